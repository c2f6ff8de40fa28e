#include "core/language_tag.hpp"

#include <unicode/locid.h>
#include <unicode/uloc.h>

#include <cstring>
#include <string>

namespace duecall {
namespace {

// ICU's lists end with a null pointer.
bool listed(const char* const* codes, std::string_view code) {
  for (; *codes != nullptr; ++codes) {
    if (code == *codes) return true;
  }
  return false;
}

}  // namespace

Status check_language_tag(std::string_view tag) {
  auto refuse = [&](std::string_view why) {
    return Error::invalid_argument("'" + std::string(tag) + "' is not a language tag such as sl, " +
                                   "en or pt-BR: " + std::string(why));
  };
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(std::string(tag), status);
  if (U_FAILURE(status) || locale.isBogus()) return refuse("not BCP 47");
  std::string canonical = locale.toLanguageTag<std::string>(status);
  if (U_FAILURE(status)) return refuse("not BCP 47");
  if (canonical != tag) return refuse("write it as " + canonical);
  if (*locale.getScript() != '\0' || *locale.getVariant() != '\0' ||
      std::strchr(locale.getName(), '@') != nullptr) {
    return refuse("only a language and a region are allowed");
  }
  if (!listed(icu::Locale::getISOLanguages(), locale.getLanguage())) {
    return refuse("unknown language");
  }
  if (*locale.getCountry() != '\0' &&
      !listed(icu::Locale::getISOCountries(), locale.getCountry())) {
    return refuse("unknown region");
  }
  return Ok{};
}

}  // namespace duecall
