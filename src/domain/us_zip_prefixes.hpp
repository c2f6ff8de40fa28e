// The US state, district or territory a ZIP code belongs to, from its first three digits,
// and the USPS two-letter codes we recognise in address text. The prefixes are those of the
// USPS list of three-digit ZIP Code prefixes (USPS labeling list L002 and the National
// Five-Digit ZIP Code and Post Office Directory). A handful of single ZIP codes lie outside
// their prefix's state (75502 Texarkana AR, 96799 American Samoa); the three digits cannot
// tell them, and the caller's text state, when given, becomes a second candidate.
//
// Military prefixes (090-099 AE, 340 AA, 962-966 AP) and 969 (shared by Guam, the Northern
// Mariana Islands, Palau, Micronesia and the Marshall Islands) name no state and give none.
#pragma once

#include <optional>
#include <string_view>

namespace duecall::domain {

// The state of a ZIP code "02110", "02110-1234" or "021101234"; empty for any other text
// and for prefixes that name no state.
std::optional<std::string_view> us_state_of_zip(std::string_view zip);

// Returns true iff `code` is the USPS code of a state, DC, or a territory with its own time
// zone (PR, VI, GU, AS, MP), upper case ("MA").
bool is_us_state_code(std::string_view code);

}  // namespace duecall::domain
