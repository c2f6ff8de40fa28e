// AnchorTimes turns a step's Offsets (offset.hpp) into instants for one case: it knows the
// case's intake instant, reminder and due dates, and the debtor's time zone. A date anchor
// means the start of that day in the debtor's zone; "+ N days" moves the local wall clock by
// N civil days (a local time that does not exist because of a DST change becomes the
// instant the clocks jumped); "+ N hours" then adds elapsed hours.
// Immutable; safe to share.
#pragma once

#include <date/tz.h>

#include "core/civil_date.hpp"
#include "core/instant.hpp"
#include "core/result.hpp"
#include "strategy/case_state.hpp"
#include "strategy/case_totals.hpp"
#include "strategy/offset.hpp"

namespace duecall::strategy {

class AnchorTimes {
 public:
  // Refuses (InvalidArgument) an unknown debtor time zone.
  static Result<AnchorTimes> for_case(const CaseState& state, const CaseTotals& totals);

  // The instant `offset` names for a step that the case entered at `step_start`.
  Instant resolve(const Offset& offset, Instant step_start) const;
  // The start of `day` in the debtor's zone.
  Instant start_of(CivilDate day) const;
  Instant plus_days(Instant instant, int days) const;

 private:
  AnchorTimes(const date::time_zone* zone, Instant intake, CivilDate reminder, CivilDate due)
      : zone_(zone), intake_(intake), reminder_(reminder), due_date_(due) {}

  const date::time_zone* zone_;
  Instant intake_;
  CivilDate reminder_;
  CivilDate due_date_;
};

}  // namespace duecall::strategy
