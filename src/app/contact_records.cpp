#include "app/contact_records.hpp"

#include <string>

namespace duecall::app {

using compliance::HoldKind;

compliance::PastContact ContactRecord::to_past_contact() const {
  return {.at = occurred_at,
          .channel = channel,
          .result = result,
          .abandoned = abandoned,
          .to = to_address,
          .number_kind = compliance::NumberKind::unknown};
}

std::string_view hold_code(HoldKind kind) {
  switch (kind) {
    case HoldKind::dispute:
      return "dispute";
    case HoldKind::cease_contact:
      return "cease";
    case HoldKind::deceased:
      return "deceased";
    case HoldKind::insolvency:
      return "insolvency";
    case HoldKind::represented_by_lawyer:
      return "lawyer";
  }
  return "unknown";
}

Result<HoldKind> parse_hold_code(std::string_view code) {
  for (HoldKind kind : compliance::kAllHoldKinds) {
    if (hold_code(kind) == code) return kind;
  }
  return Error::invalid_argument("'" + std::string(code) +
                                 "' is not a hold kind (dispute, cease, deceased, insolvency, "
                                 "lawyer)");
}

}  // namespace duecall::app
