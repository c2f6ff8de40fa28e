// United States: Regulation F (12 CFR 1006) everywhere, plus state rules that are stricter.
// The time-of-day rule binds e-mail as well as calls and texts (notes 3.1), so e-mail is
// among the window's channels here. When the consumer's zone is unknown, every zone of the
// fifty states stands in for it, which is what the commentary on conflicting location
// information asks for; the common window is then 13:00-21:00 Eastern in winter. A known
// state narrows the stand-ins to that state's zones.
#include <string>

#include "compliance/jurisdictions.hpp"
#include "compliance/profiles/zones.hpp"
#include "compliance/region_zones.hpp"

namespace duecall::compliance {

namespace {

AttemptCap regulation_f_cap() {
  return {
      .name = "regulation_f_calls",
      .max_attempts = 7,
      .period_days = 7,
      .channels = {Channel::call},
      .number_kinds = {},
      // A busy line never connected; 1006.14(b)(3) leaves such calls out of the count.
      .uncounted_results = {ContactResult::busy},
      .source = "12 CFR 1006.14(b)(2)(i)(A); busy lines excluded per 12 CFR 1006.14(b)(3)",
  };
}

// Massachusetts counts every initiated communication, answered or not, by call or text
// (Watkins v. Glenn Assocs., 2016), so nothing is left out of its counts.
void add_massachusetts_caps(Profile& profile) {
  const std::vector<Channel> channels = {Channel::call, Channel::sms, Channel::whatsapp};
  const std::string source = "940 CMR 7.04(1)(f); 209 CMR 18.16(1)(d)";
  profile.caps.push_back({"massachusetts_home_and_mobile",
                          2,
                          7,
                          channels,
                          {NumberKind::home, NumberKind::mobile},
                          {},
                          source});
  profile.caps.push_back({"massachusetts_other_numbers",
                          2,
                          30,
                          channels,
                          {NumberKind::work, NumberKind::other},
                          {},
                          source});
}

}  // namespace

Profile united_states_profile(std::optional<std::string_view> state) {
  Profile profile{
      .id = "US",
      .country = "US",
      .region = std::nullopt,
      .default_zones =
          builtin_zones({"America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
                         "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu"}),
      .window = {WeeklyHours::every_day({std::chrono::hours(8), std::chrono::hours(21)}),
                 {Channel::call, Channel::sms, Channel::whatsapp, Channel::email},
                 "12 CFR 1006.6(b)(1)(i); with conflicting location information, every "
                 "candidate zone (official commentary to 1006.6(b)(1)(i))"},
      .holidays = {{}, ""},
      .caps = {regulation_f_cap()},
      .conversation_cooldown =
          ConversationCooldown{7, {Channel::call}, "12 CFR 1006.14(b)(2)(i)(B)"},
      .abandoned_call_gap = std::nullopt,
  };
  if (state) {
    profile.region = std::string(*state);
    profile.id = "US-" + std::string(*state);
    if (auto zones = region_zones("US", *state); zones.ok()) profile.default_zones = *zones;
  }
  if (state == "MA") add_massachusetts_caps(profile);
  return profile;
}

}  // namespace duecall::compliance
