// The screen-pop as an operator reads it in a terminal: sections with headings (debtor,
// claims, payments, agreements, ladder, script, solutions, timeline), amounts right-aligned
// in columns. The timeline is printed newest first, since the latest events are what a
// call is about; without `full` only the newest kTimelineLines are printed, with a count of
// the older ones.
#pragma once

#include <ostream>

#include "app/screen_pop.hpp"

namespace duecall::cli {

inline constexpr std::size_t kTimelineLines = 10;

enum class TimelineLength { kNewest, kFull };

void print_screen_pop(std::ostream& out, const app::ScreenPop& pop, TimelineLength length);

}  // namespace duecall::cli
