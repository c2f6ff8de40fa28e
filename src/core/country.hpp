// Country codes are ISO 3166-1 alpha-2 ("SI", "BR"), checked against ICU's list of current
// codes. Countries decide the default jurisdiction profile, time zone and phone region.
#pragma once

#include <string_view>

#include "core/result.hpp"

namespace duecall {

// Returns true iff `code` is a current ISO 3166-1 alpha-2 code in upper case.
bool is_iso_country(std::string_view code);
Status check_iso_country(std::string_view code);

}  // namespace duecall
