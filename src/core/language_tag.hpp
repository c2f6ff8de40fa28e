// A language tag names the language a script is written in and in which money and dates are
// formatted: BCP 47 as ICU writes it ("sl", "en", "pt-BR"), a language code from ISO 639
// and, optionally, a region from ISO 3166-1. Only the canonical spelling is accepted, so
// that one language never appears under two keys ("pt-br" and "pt-BR") in the store.
#pragma once

#include <string_view>

#include "core/result.hpp"

namespace duecall {

// Returns an error naming `tag` unless it is a canonical language tag of a known language
// with at most a known region.
Status check_language_tag(std::string_view tag);

}  // namespace duecall
