// Policy is what a creditor client allows its agency to agree with a debtor, and how the
// agency must treat its money: negotiation limits, grace days, the order in which payments
// are allocated, the language of contact, who receives call minutes, and how it narrows
// the compliance rules for its own debtors.
// Invariants: every limit is within its documented range; amounts are in the client's
// currency. The default (a client that set nothing) allows one promise of any amount up to
// 30 days ahead with 3 grace days, and no discount.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "core/currency.hpp"
#include "core/money.hpp"
#include "core/result.hpp"

namespace duecall::domain {

enum class BalanceBucket { kFees, kInterest, kPrincipal };
std::string_view bucket_name(BalanceBucket bucket);

struct ContactPerson {
  std::string name;
  std::string email;
};

struct Policy {
  std::string language;            // BCP 47 tag of the contact language: "sl", "en", "pt-BR"
  Money min_instalment;            // smallest instalment or promise amount accepted
  int max_instalments = 1;         // 1 means a single promise, no plans
  int max_term_days = 30;          // the last payment of any agreement at most this far ahead
  int settlement_floor_bp = 10000; // lowest settlement in basis points of the balance (10000 = no discount)
  int grace_days = 3;              // a promise is kept if paid by its date plus these days
  int max_extension_days = 0;      // how far a due date may be moved by an extension
  std::vector<BalanceBucket> allocation_order{BalanceBucket::kFees, BalanceBucket::kInterest,
                                              BalanceBucket::kPrincipal};
  std::vector<ContactPerson> contact_persons;
  std::string strategy = "default";
  // The client's tightenings of the compliance profile (narrower hours, extra holidays,
  // lower caps, longer pauses), kept as the JSON object the client gave: the domain layer
  // does not know compliance types, so compliance::client_overrides_from_json reads it and
  // app::compliance_overrides_of is how a use case gets it. Here it is only checked to be
  // an object; app::add_client refuses overrides that are malformed or would loosen a
  // profile before a client is stored.
  nlohmann::json compliance = nlohmann::json::object();

  static Policy defaults(Currency currency, std::string language);
  // Reads a policy document, starting from the defaults; every error names its JSON path
  // ("$.grace_days: must be between 0 and 30").
  static Result<Policy> from_json(const nlohmann::json& document, Currency currency,
                                  std::string default_language);
  nlohmann::json to_json() const;
};

// The contact language most debtors of a country speak ("SI" -> "sl").
std::string default_language_for_country(std::string_view country);

}  // namespace duecall::domain
