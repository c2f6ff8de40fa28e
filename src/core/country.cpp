#include "core/country.hpp"

#include <unicode/uloc.h>

#include <set>
#include <string>

namespace duecall {

bool is_iso_country(std::string_view code) {
  // Immutable after its first construction; safe to share between threads.
  static const std::set<std::string, std::less<>> countries = [] {
    std::set<std::string, std::less<>> result;
    for (const char* const* entry = uloc_getISOCountries(); *entry != nullptr; ++entry) {
      result.emplace(*entry);
    }
    return result;
  }();
  return countries.contains(code);
}

Status check_iso_country(std::string_view code) {
  if (is_iso_country(code)) return Ok{};
  return Error::invalid_argument("'" + std::string(code) +
                                 "' is not an ISO 3166-1 alpha-2 country code");
}

}  // namespace duecall
