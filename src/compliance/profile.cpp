#include "compliance/profile.hpp"

#include <algorithm>

namespace duecall::compliance {

bool AttemptCap::covers(NumberKind kind) const {
  return number_kinds.empty() || kind == NumberKind::unknown ||
         std::find(number_kinds.begin(), number_kinds.end(), kind) != number_kinds.end();
}

}  // namespace duecall::compliance
