#include "compliance/tighten.hpp"

#include <algorithm>

#include "compliance/jurisdictions.hpp"
#include "compliance/region_zones.hpp"

namespace duecall::compliance {

namespace {

Error loosens(const std::string& field, const std::string& what) {
  return Error::invalid_argument("client override '" + field + "' " + what +
                                 "; a client may tighten a profile, never loosen it");
}

Status narrow_hours(Profile& profile, const WeeklyHours& hours, const std::string& prefix) {
  for (unsigned index = 0; index < 7; ++index) {
    const date::weekday day(index);
    const std::string field = prefix + "hours." + std::string(weekday_name(day));
    const auto& allowed = profile.window.hours.on(day);
    const auto& wanted = hours.on(day);
    if (!wanted) continue;
    if (!allowed)
      return loosens(field, "opens a day on which " + profile.id + " permits no contact");
    if (!allowed->contains(*wanted)) {
      return loosens(field, "asks for " + format_daily_hours(*wanted) + " beyond " + profile.id +
                                "'s " + format_daily_hours(*allowed));
    }
  }
  profile.window.hours = hours;
  profile.window.source += "; narrowed by client policy";
  return Ok{};
}

Status narrow_cap(Profile& profile, const CapOverride& change, const std::string& prefix) {
  auto cap = std::find_if(profile.caps.begin(), profile.caps.end(),
                          [&](const AttemptCap& c) { return c.name == change.name; });
  const std::string field = prefix + "caps." + change.name;
  if (cap == profile.caps.end()) {
    return Error::invalid_argument("client override '" + field + "' names no cap of " + profile.id +
                                   "; add the client's own caps as extra caps");
  }
  if (change.max_attempts) {
    if (*change.max_attempts > cap->max_attempts) {
      return loosens(field + ".max_attempts", "raises " + std::to_string(cap->max_attempts) +
                                                  " to " + std::to_string(*change.max_attempts));
    }
    if (*change.max_attempts < 0) {
      return Error::invalid_argument("client override '" + field +
                                     ".max_attempts' must not be negative");
    }
    cap->max_attempts = *change.max_attempts;
  }
  if (change.period_days) {
    if (*change.period_days < cap->period_days) {
      return loosens(field + ".period_days", "shortens " + std::to_string(cap->period_days) +
                                                 " days to " + std::to_string(*change.period_days));
    }
    cap->period_days = *change.period_days;
  }
  cap->source += "; narrowed by client policy";
  return Ok{};
}

Status add_cap(Profile& profile, AttemptCap cap, const std::string& prefix) {
  const std::string field = prefix + "extra_caps." + cap.name;
  if (cap.name.empty()) {
    return Error::invalid_argument("client override '" + prefix + "extra_caps' needs a name");
  }
  for (const AttemptCap& existing : profile.caps) {
    if (existing.name == cap.name) {
      return Error::invalid_argument("client override '" + field +
                                     "' repeats an existing cap's name");
    }
  }
  if (cap.max_attempts < 0 || cap.period_days < 1 || cap.channels.empty()) {
    return Error::invalid_argument("client override '" + field +
                                   "' needs max_attempts >= 0, period_days >= 1 and channels");
  }
  if (cap.source.empty()) cap.source = std::string(kClientPolicySource);
  profile.caps.push_back(std::move(cap));
  return Ok{};
}

Status lengthen_cooldown(Profile& profile, int days, const std::string& prefix) {
  const std::string field = prefix + "conversation_cooldown_days";
  if (days < 1) return Error::invalid_argument("client override '" + field + "' must be >= 1");
  if (!profile.conversation_cooldown) {
    profile.conversation_cooldown =
        ConversationCooldown{days, {Channel::call}, std::string(kClientPolicySource)};
    return Ok{};
  }
  if (days < profile.conversation_cooldown->days) {
    return loosens(field, "shortens " + std::to_string(profile.conversation_cooldown->days) +
                              " days to " + std::to_string(days));
  }
  profile.conversation_cooldown->days = days;
  profile.conversation_cooldown->source += "; lengthened by client policy";
  return Ok{};
}

Status lengthen_gap(Profile& profile, std::chrono::hours gap, const std::string& prefix) {
  const std::string field = prefix + "abandoned_call_gap_hours";
  if (gap.count() < 1)
    return Error::invalid_argument("client override '" + field + "' must be >= 1 hour");
  if (!profile.abandoned_call_gap) {
    profile.abandoned_call_gap = AbandonedCallGap{gap, std::string(kClientPolicySource)};
    return Ok{};
  }
  if (gap < profile.abandoned_call_gap->gap) {
    return loosens(field, "shortens " + std::to_string(profile.abandoned_call_gap->gap.count()) +
                              " hours to " + std::to_string(gap.count()));
  }
  profile.abandoned_call_gap->gap = gap;
  profile.abandoned_call_gap->source += "; lengthened by client policy";
  return Ok{};
}

}  // namespace

Result<Profile> tighten(const Profile& profile, const ClientOverrides& overrides,
                        std::string_view field_prefix) {
  const std::string prefix(field_prefix);
  Profile tightened = profile;
  if (overrides.hours) TRY(narrow_hours(tightened, *overrides.hours, prefix));
  for (const Holiday& holiday : overrides.extra_holidays) {
    tightened.holidays.holidays.push_back(holiday);
  }
  if (!overrides.extra_holidays.empty()) {
    tightened.holidays.source +=
        tightened.holidays.source.empty() ? "client policy (holidays)" : "; client holidays";
  }
  for (Channel channel : overrides.extra_windowed_channels) {
    if (!channel_is_in(channel, tightened.window.channels)) {
      tightened.window.channels.push_back(channel);
    }
  }
  for (const CapOverride& change : overrides.caps) TRY(narrow_cap(tightened, change, prefix));
  for (const AttemptCap& cap : overrides.extra_caps) TRY(add_cap(tightened, cap, prefix));
  if (overrides.conversation_cooldown_days) {
    TRY(lengthen_cooldown(tightened, *overrides.conversation_cooldown_days, prefix));
  }
  if (overrides.abandoned_call_gap) {
    TRY(lengthen_gap(tightened, *overrides.abandoned_call_gap, prefix));
  }
  return tightened;
}

Status check_tightens_every_profile(std::string_view country, const ClientOverrides& overrides,
                                    std::string_view field_prefix) {
  TRY(tighten(TRY(profile_for(country, std::nullopt)), overrides, field_prefix));
  for (const std::string& region : known_regions(country)) {
    TRY(tighten(TRY(profile_for(country, region)), overrides, field_prefix));
  }
  return Ok{};
}

}  // namespace duecall::compliance
