#include "domain/us_zip_prefixes.hpp"

#include <algorithm>
#include <cctype>

namespace duecall::domain {

namespace {

struct PrefixRange {
  int first;
  int last;
  std::string_view state;
};

// Ascending and disjoint; gaps are unassigned or military prefixes.
constexpr PrefixRange kPrefixes[] = {
    {5, 5, "NY"},     {6, 7, "PR"},     {8, 8, "VI"},     {9, 9, "PR"},     {10, 27, "MA"},
    {28, 29, "RI"},   {30, 38, "NH"},   {39, 49, "ME"},   {50, 54, "VT"},   {55, 55, "MA"},
    {56, 59, "VT"},   {60, 69, "CT"},   {70, 89, "NJ"},   {100, 149, "NY"}, {150, 196, "PA"},
    {197, 199, "DE"}, {200, 200, "DC"}, {201, 201, "VA"}, {202, 205, "DC"}, {206, 219, "MD"},
    {220, 246, "VA"}, {247, 268, "WV"}, {270, 289, "NC"}, {290, 299, "SC"}, {300, 319, "GA"},
    {320, 339, "FL"}, {341, 349, "FL"}, {350, 369, "AL"}, {370, 385, "TN"}, {386, 397, "MS"},
    {398, 399, "GA"}, {400, 427, "KY"}, {430, 459, "OH"}, {460, 479, "IN"}, {480, 499, "MI"},
    {500, 528, "IA"}, {530, 549, "WI"}, {550, 567, "MN"}, {569, 569, "DC"}, {570, 577, "SD"},
    {580, 588, "ND"}, {590, 599, "MT"}, {600, 629, "IL"}, {630, 658, "MO"}, {660, 679, "KS"},
    {680, 693, "NE"}, {700, 714, "LA"}, {716, 729, "AR"}, {730, 732, "OK"}, {733, 733, "TX"},
    {734, 749, "OK"}, {750, 799, "TX"}, {800, 816, "CO"}, {820, 831, "WY"}, {832, 838, "ID"},
    {840, 847, "UT"}, {850, 865, "AZ"}, {870, 884, "NM"}, {885, 885, "TX"}, {889, 898, "NV"},
    {900, 961, "CA"}, {967, 968, "HI"}, {970, 979, "OR"}, {980, 994, "WA"}, {995, 999, "AK"},
};

// The prefix table's codes plus the territories whose ZIP codes it cannot tell apart.
constexpr std::string_view kTerritoriesWithoutPrefix[] = {"AS", "GU", "MP"};

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(),
                                      [](unsigned char c) { return std::isdigit(c) != 0; });
}

}  // namespace

std::optional<std::string_view> us_state_of_zip(std::string_view zip) {
  const bool zip5 = zip.size() == 5 && all_digits(zip);
  const bool zip9 = zip.size() == 9 && all_digits(zip);
  const bool zip_plus4 = zip.size() == 10 && zip[5] == '-' && all_digits(zip.substr(0, 5)) &&
                         all_digits(zip.substr(6));
  if (!zip5 && !zip9 && !zip_plus4) return std::nullopt;
  const int prefix = (zip[0] - '0') * 100 + (zip[1] - '0') * 10 + (zip[2] - '0');
  for (const PrefixRange& range : kPrefixes) {
    if (prefix >= range.first && prefix <= range.last) return range.state;
  }
  return std::nullopt;
}

bool is_us_state_code(std::string_view code) {
  auto named = [&](std::string_view state) { return state == code; };
  return std::any_of(std::begin(kPrefixes), std::end(kPrefixes),
                     [&](const PrefixRange& range) { return named(range.state); }) ||
         std::any_of(std::begin(kTerritoriesWithoutPrefix), std::end(kTerritoriesWithoutPrefix),
                     named);
}

}  // namespace duecall::domain
