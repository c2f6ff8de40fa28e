#include "strategy/anchor_times.hpp"

#include "core/time_zone.hpp"

namespace duecall::strategy {

namespace {

using LocalMicros = date::local_time<std::chrono::microseconds>;

Instant to_instant(const date::time_zone* zone, LocalMicros local) {
  return std::chrono::time_point_cast<std::chrono::microseconds>(
      zone->to_sys(local, date::choose::earliest));
}

}  // namespace

Result<AnchorTimes> AnchorTimes::for_case(const CaseState& state, const CaseTotals& totals) {
  auto zone = TimeZone::find(state.debtor_time_zone);
  if (!zone.ok()) return Error::invalid_argument("debtor time zone: " + zone.error().message);
  // locate_zone cannot throw here: TimeZone::find has just found the same name.
  return AnchorTimes(date::locate_zone(zone->name()), state.intake_at, totals.reminder_date,
                     totals.oldest_due_date);
}

Instant AnchorTimes::start_of(CivilDate day) const {
  return to_instant(zone_, LocalMicros(day.days().time_since_epoch()));
}

Instant AnchorTimes::plus_days(Instant instant, int days) const {
  if (days == 0) return instant;
  return to_instant(zone_, zone_->to_local(instant) + date::days(days));
}

Instant AnchorTimes::resolve(const Offset& offset, Instant step_start) const {
  Instant base;
  switch (offset.from) {
    case Anchor::intake:
      base = plus_days(intake_, offset.days);
      break;
    case Anchor::previous_step:
      base = plus_days(step_start, offset.days);
      break;
    case Anchor::reminder:
      base = start_of(reminder_.plus_days(offset.days));
      break;
    case Anchor::due_date:
      base = start_of(due_date_.plus_days(offset.days));
      break;
  }
  return base + std::chrono::hours(offset.hours);
}

}  // namespace duecall::strategy
