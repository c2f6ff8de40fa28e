#include "compliance/strictness.hpp"

#include <algorithm>

#include "compliance/jurisdictions.hpp"

namespace duecall::compliance {

namespace {

template <typename T>
bool includes_all(const std::vector<T>& wider, const std::vector<T>& narrower) {
  return std::all_of(narrower.begin(), narrower.end(), [&](const T& item) {
    return std::find(wider.begin(), wider.end(), item) != wider.end();
  });
}

bool window_within(const ContactWindow& stricter, const ContactWindow& looser) {
  for (unsigned index = 0; index < 7; ++index) {
    const date::weekday day(index);
    const auto& narrow = stricter.hours.on(day);
    const auto& wide = looser.hours.on(day);
    if (narrow && (!wide || !wide->contains(*narrow))) return false;
  }
  return includes_all(stricter.channels, looser.channels);
}

// The same day every year; names differ between calendars and do not matter here. A
// holiday observed from an earlier year on covers one observed from a later year on.
bool same_day_or_longer(const Holiday& stricter, const Holiday& looser) {
  return stricter.fixed_date == looser.fixed_date &&
         (stricter.fixed_date || stricter.days_from_easter == looser.days_from_easter) &&
         stricter.first_year <= looser.first_year;
}

bool holidays_include(const HolidayCalendar& stricter, const HolidayCalendar& looser) {
  return std::all_of(looser.holidays.begin(), looser.holidays.end(), [&](const Holiday& day) {
    return std::any_of(stricter.holidays.begin(), stricter.holidays.end(),
                       [&](const Holiday& other) { return same_day_or_longer(other, day); });
  });
}

// An empty list of number kinds means every kind.
bool kinds_cover(const std::vector<NumberKind>& wider, const std::vector<NumberKind>& narrower) {
  return wider.empty() || (!narrower.empty() && includes_all(wider, narrower));
}

bool cap_at_least_as_strict(const AttemptCap& stricter, const AttemptCap& looser) {
  return stricter.max_attempts <= looser.max_attempts &&
         stricter.period_days >= looser.period_days &&
         includes_all(stricter.channels, looser.channels) &&
         kinds_cover(stricter.number_kinds, looser.number_kinds) &&
         includes_all(looser.uncounted_results, stricter.uncounted_results);
}

bool caps_cover(const std::vector<AttemptCap>& stricter, const std::vector<AttemptCap>& looser) {
  return std::all_of(looser.begin(), looser.end(), [&](const AttemptCap& cap) {
    return std::any_of(stricter.begin(), stricter.end(),
                       [&](const AttemptCap& other) { return cap_at_least_as_strict(other, cap); });
  });
}

bool cooldown_covers(const std::optional<ConversationCooldown>& stricter,
                     const std::optional<ConversationCooldown>& looser) {
  if (!looser) return true;
  return stricter && stricter->days >= looser->days &&
         includes_all(stricter->channels, looser->channels);
}

bool gap_covers(const std::optional<AbandonedCallGap>& stricter,
                const std::optional<AbandonedCallGap>& looser) {
  return !looser || (stricter && stricter->gap >= looser->gap);
}

std::string joined(const std::vector<std::string>& regions) {
  std::string text;
  for (const std::string& region : regions) text += (text.empty() ? "" : ", ") + region;
  return text;
}

}  // namespace

bool at_least_as_strict(const Profile& stricter, const Profile& looser) {
  return window_within(stricter.window, looser.window) &&
         holidays_include(stricter.holidays, looser.holidays) &&
         caps_cover(stricter.caps, looser.caps) &&
         cooldown_covers(stricter.conversation_cooldown, looser.conversation_cooldown) &&
         gap_covers(stricter.abandoned_call_gap, looser.abandoned_call_gap);
}

Result<std::optional<std::string>> strictest_region(std::string_view country,
                                                    const std::vector<std::string>& candidates) {
  if (candidates.empty()) return std::optional<std::string>();
  if (candidates.size() == 1) return std::optional<std::string>(candidates.front());
  std::vector<Profile> profiles;
  for (const std::string& region : candidates) {
    profiles.push_back(TRY(profile_for(country, region)));
  }
  auto covers_every_candidate = [&](const Profile& profile) {
    return std::all_of(profiles.begin(), profiles.end(), [&](const Profile& candidate) {
      return at_least_as_strict(profile, candidate);
    });
  };
  // The unknown-region profile comes first because its name does not claim a state the
  // debtor may not live in.
  if (covers_every_candidate(TRY(profile_for(country, std::nullopt)))) {
    return std::optional<std::string>();
  }
  for (std::size_t index = 0; index < candidates.size(); ++index) {
    if (covers_every_candidate(profiles[index])) {
      return std::optional<std::string>(candidates[index]);
    }
  }
  return Error::failed_precondition(
      "the debtor may be in any of the regions " + joined(candidates) + " of " +
      std::string(country) + ", and no single compliance profile is at least as strict as each");
}

}  // namespace duecall::compliance
