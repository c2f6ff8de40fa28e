// An Offset places a step's window on the time line: an anchor plus whole days plus hours,
// e.g. "reminder + 4 days" or "intake + 24 hours". Days are civil days in the debtor's time
// zone (so "+ 1 day" keeps the wall-clock time across a DST change); hours are elapsed
// hours added after the days. Anchors that are dates (reminder, due_date) stand for the
// start of that day in the debtor's zone.
//
//   intake         the instant the case was taken in
//   reminder       the day the creditor's written reminder went out; for a claim without
//                  one, its due date + Strategy::reminder_fallback_days
//   due_date       the due date of the oldest open claim
//   previous_step  the instant the case entered this step, i.e. when the previous step was
//                  exhausted (for the first step: the intake instant)
#pragma once

#include <string_view>

#include "core/result.hpp"

namespace duecall::strategy {

enum class Anchor { intake, reminder, due_date, previous_step };

inline constexpr Anchor kAllAnchors[] = {Anchor::intake, Anchor::reminder, Anchor::due_date,
                                         Anchor::previous_step};

std::string_view anchor_name(Anchor anchor);
Result<Anchor> parse_anchor(std::string_view name);

struct Offset {
  Anchor from = Anchor::previous_step;
  int days = 0;
  int hours = 0;

  // Returns the offset's length in hours, counting a day as 24 hours; only for comparing
  // two offsets from the same anchor.
  long long nominal_hours() const { return days * 24LL + hours; }
  // "reminder + 4 days", "intake + 24 hours", "previous_step".
  std::string describe() const;
  bool operator==(const Offset&) const = default;
};

}  // namespace duecall::strategy
