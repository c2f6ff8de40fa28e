// A Decision is the compliance gate's answer to a ContactRequest.
//
// Invariants:
//   - `allowed` iff `reasons` is empty; `reasons` holds one Reason per refusing rule.
//   - When allowed, `next_allowed_at` equals the request's `at`.
//   - When refused, `next_allowed_at` is the earliest instant after `at` at which every rule
//     allows at once (given the same holds and history), or empty for "never": some rule
//     will not allow again unless the facts change (a permanent hold, a do-not-call entry).
#pragma once

#include <optional>
#include <vector>

#include "compliance/reason.hpp"
#include "core/instant.hpp"

namespace duecall::compliance {

struct Decision {
  bool allowed = false;
  std::vector<Reason> reasons;
  std::optional<Instant> next_allowed_at;

  // Returns true iff some refusal came from `rule`.
  bool refused_by(Refusal rule) const {
    for (const Reason& reason : reasons) {
      if (reason.rule == rule) return true;
    }
    return false;
  }
};

}  // namespace duecall::compliance
