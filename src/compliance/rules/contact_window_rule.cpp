#include "compliance/rules/contact_window_rule.hpp"

#include <algorithm>
#include <string>

#include "compliance/local_clock.hpp"

namespace duecall::compliance {

namespace {

// Zones agree within a round or two per day; this bound is only reached when the zones
// share no hours, and it turns that case into "never" instead of an endless search.
constexpr int kMaxRounds = 64;

std::string describe(const TimeZone& zone, Instant at, const WeeklyHours& hours) {
  auto local = date::floor<std::chrono::seconds>(zone.to_local(at));
  auto day = date::weekday(date::floor<date::days>(local));
  const auto& open = hours.on(day);
  std::string text = date::format("%F %T", local) + " " + std::string(zone.name()) + " (" +
                     std::string(weekday_name(day)) + ") is outside ";
  return text + (open ? format_daily_hours(*open) : std::string("the permitted days"));
}

}  // namespace

std::optional<Instant> ContactWindowRule::next_opening(const TimeZone& zone, Instant at) const {
  const date::local_days first_day = local_day_of(zone, at);
  // Eight days cover a whole week from any starting point, so an open day is always met.
  for (int offset = 0; offset <= 7; ++offset) {
    const date::local_days day = first_day + date::days(offset);
    const auto& hours = window_.hours.on(date::weekday(day));
    if (!hours) continue;
    const Instant opens = instant_of_local(zone, day, hours->open);
    const Instant closes = instant_of_local(zone, day, hours->close);
    // A window lying wholly in a skipped hour is empty that day.
    if (opens < closes && closes > at) return std::max(opens, at);
  }
  return std::nullopt;
}

Verdict ContactWindowRule::evaluate(const ContactRequest& request, Instant at) const {
  if (!channel_is_in(request.channel, window_.channels)) return Verdict::allow(at);
  const auto& zones = zones_for(request, default_zones_);
  Instant candidate = at;
  std::optional<std::string> first_refusal;
  for (int round = 0; round < kMaxRounds; ++round) {
    bool every_zone_open = true;
    for (const TimeZone& zone : zones) {
      const std::optional<Instant> opening = next_opening(zone, candidate);
      if (!opening) {
        return Verdict::refuse({Refusal::contact_outside_permitted_hours, window_.source,
                                "the profile permits no contact on any day"},
                               std::nullopt);
      }
      if (*opening == candidate) continue;
      if (!first_refusal) first_refusal = describe(zone, at, window_.hours);
      candidate = *opening;
      every_zone_open = false;
    }
    if (every_zone_open) {
      if (candidate == at) return Verdict::allow(at);
      return Verdict::refuse(
          {Refusal::contact_outside_permitted_hours, window_.source, *first_refusal}, candidate);
    }
  }
  return Verdict::refuse({Refusal::contact_outside_permitted_hours, window_.source,
                          "the candidate time zones share no permitted hours"},
                         std::nullopt);
}

}  // namespace duecall::compliance
