// A Verdict is one rule's answer for one instant: allow, or refuse with a Reason and the
// earliest instant at or after the asked one at which this rule alone would allow, assuming
// no further contact happens meanwhile. "Never" is an empty `next_allowed_at`.
//
// Invariants: an allowing verdict has no reason and `next_allowed_at` equal to the asked
// instant; a refusing verdict has a reason and, when it names an instant, that instant is
// later than the asked one and the rule allows there. The gate's fixed-point search is only
// exact because every rule's `next_allowed_at` is exact (not merely "some later time").
#pragma once

#include <optional>
#include <utility>

#include "compliance/reason.hpp"
#include "core/instant.hpp"

namespace duecall::compliance {

struct Verdict {
  std::optional<Reason> refusal;
  std::optional<Instant> next_allowed_at;

  static Verdict allow(Instant at) { return {std::nullopt, at}; }
  static Verdict refuse(Reason reason, std::optional<Instant> next_allowed_at) {
    return {std::move(reason), next_allowed_at};
  }
  // Returns true iff the rule allows at the asked instant.
  bool allowed() const { return !refusal.has_value(); }
};

}  // namespace duecall::compliance
