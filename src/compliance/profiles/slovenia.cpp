// Slovenia: no statute sets collection-call hours (notes 3.4), so the window is our policy:
// working days 08:00-19:00, never on a public holiday. The holidays are those of the
// Holidays and Work-free Days Act, including the Sunday ones (Easter, Pentecost), which
// the weekly hours close anyway but which a client opening Sundays must not reopen.
#include "compliance/jurisdictions.hpp"
#include "compliance/profiles/zones.hpp"

namespace duecall::compliance {

HolidayCalendar slovenian_holidays() {
  return {{
              Holiday::fixed("novo leto", 1, 1),
              Holiday::fixed("novo leto (2. januar)", 1, 2),
              Holiday::fixed("Prešernov dan", 2, 8),
              Holiday::from_easter("velikonočna nedelja", 0),
              Holiday::from_easter("velikonočni ponedeljek", 1),
              Holiday::fixed("dan upora proti okupatorju", 4, 27),
              Holiday::fixed("praznik dela", 5, 1),
              Holiday::fixed("praznik dela (2. maj)", 5, 2),
              Holiday::from_easter("binkoštna nedelja", 49),
              Holiday::fixed("dan državnosti", 6, 25),
              Holiday::fixed("Marijino vnebovzetje", 8, 15),
              Holiday::fixed("dan reformacije", 10, 31),
              Holiday::fixed("dan spomina na mrtve", 11, 1),
              Holiday::fixed("božič", 12, 25),
              Holiday::fixed("dan samostojnosti in enotnosti", 12, 26),
          },
          "Zakon o praznikih in dela prostih dnevih (ZPDPD), art. 1-2; no contact on them "
          "by duecall policy"};
}

Profile slovenia_profile() {
  const DailyHours working_hours{std::chrono::hours(8), std::chrono::hours(19)};
  return Profile{
      .id = "SI",
      .country = "SI",
      .region = std::nullopt,
      .default_zones = builtin_zones({"Europe/Ljubljana"}),
      .window = {WeeklyHours::monday_to_friday(working_hours),
                 {Channel::call, Channel::sms, Channel::whatsapp},
                 "duecall policy for SI: working days 08:00-19:00 (no Slovenian statute sets "
                 "collection-call hours; UCPD Annex I(26) via ZVPNPP forbids persistent calls)"},
      .holidays = slovenian_holidays(),
      .caps = {},
      .conversation_cooldown = std::nullopt,
      .abandoned_call_gap = std::nullopt,
  };
}

}  // namespace duecall::compliance
