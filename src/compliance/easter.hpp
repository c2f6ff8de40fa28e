// Easter Sunday in the Gregorian calendar, computed with the anonymous Gregorian algorithm
// (Meeus/Jones/Butcher), so that movable holidays (Easter Monday, Pentecost, Carnival,
// Good Friday, Corpus Christi) need no per-year table. Valid for every Gregorian year.
#pragma once

#include <date/date.h>

namespace duecall::compliance {

date::year_month_day easter_sunday(date::year year);

}  // namespace duecall::compliance
