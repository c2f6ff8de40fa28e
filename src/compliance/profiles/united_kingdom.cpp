// United Kingdom: the FCA sets no numeric hours ("not at unreasonable times"), so the
// window is the 08:00-21:00 that UK collectors use; Ofcom's persistent-misuse policy adds
// the 72-hour pause after an abandoned call (notes 3.2).
#include "compliance/jurisdictions.hpp"
#include "compliance/profiles/zones.hpp"

namespace duecall::compliance {

Profile united_kingdom_profile() {
  return Profile{
      .id = "GB",
      .country = "GB",
      .region = std::nullopt,
      .default_zones = builtin_zones({"Europe/London"}),
      .window = {WeeklyHours::every_day({std::chrono::hours(8), std::chrono::hours(21)}),
                 {Channel::call, Channel::sms, Channel::whatsapp},
                 "FCA CONC 7.9 (no contact at unreasonable times); 08:00-21:00 is industry "
                 "practice, not a statutory figure"},
      .holidays = {{}, ""},
      .caps = {},
      .conversation_cooldown = std::nullopt,
      .abandoned_call_gap =
          AbandonedCallGap{std::chrono::hours(72),
                           "Ofcom persistent misuse policy statement (2016): no repeat call "
                           "within 72 hours of an abandoned call without a guaranteed live "
                           "operator"},
  };
}

}  // namespace duecall::compliance
