#include "domain/debtor.hpp"

namespace duecall::domain {

std::string_view debtor_kind_name(DebtorKind kind) {
  return kind == DebtorKind::kCompany ? "company" : "person";
}

Result<DebtorKind> parse_debtor_kind(std::string_view text) {
  if (text == "person") return DebtorKind::kPerson;
  if (text == "company") return DebtorKind::kCompany;
  return Error::invalid_argument("'" + std::string(text) + "' is not person or company");
}

bool Debtor::reachable_by_phone() const {
  for (const auto& phone : phones) {
    if (phone.valid()) return true;
  }
  return false;
}

bool Debtor::same_details_as(const Debtor& other) const {
  return ref == other.ref && kind == other.kind && name == other.name &&
         national_id == other.national_id && address == other.address &&
         postal_code == other.postal_code && city == other.city && country == other.country &&
         language == other.language && time_zone == other.time_zone && phones == other.phones &&
         emails == other.emails;
}

}  // namespace duecall::domain
