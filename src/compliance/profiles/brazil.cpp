// Brazil: the CDC (arts. 42 and 71) forbids collection that disturbs rest or leisure, and
// several states fix calling hours by law (notes 3.3). A debtor in a state with such a law
// gets that law's window; any other state, or an unknown one, gets the strictest window
// found across the state laws (weekdays 09:00-18:00), since a national campaign must be
// lawful wherever the debtor turns out to live. For the same reason a debtor whose state is
// unknown is not contacted on any state's own holiday either, so that the profile for an
// unknown state is at least as strict as every state's (see strictness.hpp).
#include <string>

#include "compliance/jurisdictions.hpp"
#include "compliance/profiles/zones.hpp"
#include "compliance/region_zones.hpp"

namespace duecall::compliance {

namespace {

using std::chrono::hours;

struct StateLaw {
  WeeklyHours hours;
  const char* source;
};

std::optional<StateLaw> state_law(std::string_view state) {
  const DailyHours eight_to_twenty{hours(8), hours(20)};
  const DailyHours eight_to_fourteen{hours(8), hours(14)};
  if (state == "SP") {
    return StateLaw{
        WeeklyHours::monday_to_friday(eight_to_twenty).with(date::Saturday, eight_to_fourteen),
        "SP Lei Estadual 15.426/2014 art. 2"};
  }
  if (state == "AL") {
    return StateLaw{
        WeeklyHours::monday_to_friday(eight_to_twenty).with(date::Saturday, eight_to_fourteen),
        "AL Lei 7.782/2016"};
  }
  if (state == "RJ") {
    return StateLaw{WeeklyHours::monday_to_friday({hours(9), hours(19)}), "RJ Lei 7.868/2018"};
  }
  if (state == "ES") {
    return StateLaw{WeeklyHours::monday_to_friday({hours(8), hours(19)}), "ES Lei 10.626/2017"};
  }
  if (state == "AM") {
    // Sources disagree (until 18:00 or 19:00; Saturdays or not); we take the strictest.
    return StateLaw{WeeklyHours::monday_to_friday({hours(8), hours(18)}),
                    "AM state law, strictest reading of conflicting sources (notes 3.3)"};
  }
  return std::nullopt;
}

StateLaw strictest_law() {
  return {WeeklyHours::monday_to_friday({hours(9), hours(18)}),
          "CDC (Lei 8.078/1990) arts. 42 and 71; strictest of the state calling-hours laws "
          "(duecall synthesis, notes 3.3)"};
}

// The state holidays we know of; a state law's "excetuando-se os feriados" covers them.
void add_sao_paulo_holidays(HolidayCalendar& calendar) {
  calendar.holidays.push_back(Holiday::fixed("Revolução Constitucionalista", 7, 9));
  calendar.source += "; SP Lei Estadual 9.497/1997 (9 July)";
}

}  // namespace

HolidayCalendar brazilian_holidays(std::optional<std::string_view> state) {
  HolidayCalendar calendar{
      {
          Holiday::fixed("Confraternização Universal", 1, 1),
          Holiday::from_easter("Carnaval (segunda-feira)", -48),
          Holiday::from_easter("Carnaval (terça-feira)", -47),
          Holiday::from_easter("Sexta-feira Santa", -2),
          Holiday::fixed("Tiradentes", 4, 21),
          Holiday::fixed("Dia do Trabalho", 5, 1),
          Holiday::from_easter("Corpus Christi", 60),
          Holiday::fixed("Independência do Brasil", 9, 7),
          Holiday::fixed("Nossa Senhora Aparecida", 10, 12),
          Holiday::fixed("Finados", 11, 2),
          Holiday::fixed("Proclamação da República", 11, 15),
          Holiday::fixed("Dia Nacional de Zumbi e da Consciência Negra", 11, 20, 2024),
          Holiday::fixed("Natal", 12, 25),
      },
      "Lei 662/1949 with Lei 10.607/2002, Lei 6.802/1980, Lei 9.093/1995 and Lei "
      "14.759/2023; Carnival and Corpus Christi treated as holidays by duecall policy"};
  if (state == "SP") add_sao_paulo_holidays(calendar);
  return calendar;
}

Result<Profile> brazil_profile(std::optional<std::string_view> state) {
  std::vector<TimeZone> zones;
  StateLaw law = strictest_law();
  HolidayCalendar holidays = brazilian_holidays(state);
  if (state) {
    auto state_zones = region_zones("BR", *state);
    if (!state_zones.ok()) {
      return Error::invalid_argument("region '" + std::string(*state) +
                                     "' is not a Brazilian state (UF) code");
    }
    zones = std::move(*state_zones);
    if (auto specific = state_law(*state)) law = *specific;
  } else {
    zones = builtin_zones(
        {"America/Noronha", "America/Sao_Paulo", "America/Manaus", "America/Rio_Branco"});
    add_sao_paulo_holidays(holidays);
    holidays.source += ", as the debtor may live in SP";
  }
  return Profile{
      .id = state ? "BR-" + std::string(*state) : "BR",
      .country = "BR",
      .region = state ? std::optional<std::string>(*state) : std::nullopt,
      .default_zones = std::move(zones),
      .window = {law.hours, {Channel::call, Channel::sms, Channel::whatsapp}, law.source},
      .holidays = std::move(holidays),
      .caps = {},
      .conversation_cooldown = std::nullopt,
      .abandoned_call_gap = std::nullopt,
  };
}

}  // namespace duecall::compliance
