// Debtor is a natural or legal person who owes a client money, as that client knows them:
// debtors are matched by (client, debtor_ref), so the same person at two clients is two
// debtors with two cases. Contact points are ordered: the first phone is tried first.
// A phone that failed validation is kept as the creditor sent it but marked invalid, and a
// debtor with no valid phone is unreachable by phone.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/ids.hpp"
#include "core/phone_number.hpp"

namespace duecall::domain {

enum class DebtorKind { kPerson, kCompany };
std::string_view debtor_kind_name(DebtorKind kind);
Result<DebtorKind> parse_debtor_kind(std::string_view text);

struct PhoneContact {
  std::string raw;          // as the creditor sent it
  std::string e164;         // empty when the number is invalid
  PhoneType type = PhoneType::kOther;
  bool valid() const { return !e164.empty(); }
  bool operator==(const PhoneContact&) const = default;
};

struct Debtor {
  DebtorId id;
  ClientId client_id;
  std::string ref;          // the client's own reference for this person
  DebtorKind kind = DebtorKind::kPerson;
  std::string name;
  std::string national_id;
  std::string address;
  std::string postal_code;
  std::string city;
  std::string country;      // ISO 3166-1 alpha-2
  std::string language;     // empty: the client's policy language
  std::string time_zone;    // empty: derived from address or phone when needed
  std::vector<PhoneContact> phones;
  std::vector<std::string> emails;

  // Returns true iff at least one phone number is valid.
  bool reachable_by_phone() const;
  // Returns true iff the details that a creditor file sets are equal (ids aside).
  bool same_details_as(const Debtor& other) const;
};

}  // namespace duecall::domain
