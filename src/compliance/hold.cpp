#include "compliance/hold.hpp"

#include <string>

namespace duecall::compliance {

std::string_view hold_kind_name(HoldKind kind) {
  switch (kind) {
    case HoldKind::dispute:
      return "dispute";
    case HoldKind::cease_contact:
      return "cease_contact";
    case HoldKind::deceased:
      return "deceased";
    case HoldKind::insolvency:
      return "insolvency";
    case HoldKind::represented_by_lawyer:
      return "represented_by_lawyer";
  }
  return "unknown";
}

Result<HoldKind> parse_hold_kind(std::string_view name) {
  for (HoldKind kind : kAllHoldKinds) {
    if (hold_kind_name(kind) == name) return kind;
  }
  return Error::invalid_argument("'" + std::string(name) + "' is not a hold kind");
}

}  // namespace duecall::compliance
