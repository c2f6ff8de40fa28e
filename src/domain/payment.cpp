#include "domain/payment.hpp"

namespace duecall::domain {

Status Payment::validate() const {
  if (entry_reference.empty()) return Error::invalid_argument("the entry has no entry reference");
  if (amount.minor() <= 0) return Error::invalid_argument("the amount must be positive");
  return {};
}

}  // namespace duecall::domain
