#include "domain/password_rule.hpp"

#include <optional>
#include <string>

namespace duecall::domain {
namespace {

// Decodes the code point that starts at text[*at] and advances *at past it; nothing when the
// bytes there are not well-formed UTF-8 (overlong forms and surrogates included).
std::optional<char32_t> next_code_point(std::string_view text, std::size_t* at) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(*at);
  int length = lead < 0x80           ? 1
               : (lead >> 5) == 0x6  ? 2
               : (lead >> 4) == 0xE  ? 3
               : (lead >> 3) == 0x1E ? 4
                                     : 0;
  if (length == 0 || *at + length > text.size()) return std::nullopt;
  char32_t code = length == 1 ? lead : lead & (0x7F >> length);
  for (int i = 1; i < length; ++i) {
    unsigned char continuation = byte(*at + i);
    if ((continuation & 0xC0) != 0x80) return std::nullopt;
    code = (code << 6) | (continuation & 0x3F);
  }
  constexpr char32_t kSmallestOfLength[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < kSmallestOfLength[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    return std::nullopt;
  }
  *at += length;
  return code;
}

bool is_control(char32_t code) {
  return code < 0x20 || (code >= 0x7F && code <= 0x9F);
}

}  // namespace

Status check_new_password(std::string_view password) {
  if (password.empty()) return Error::invalid_argument("the password must not be empty");
  if (password.size() > kMaxPasswordBytes) {
    return Error::invalid_argument("the password must be at most " +
                                   std::to_string(kMaxPasswordBytes) + " bytes long");
  }
  std::size_t characters = 0;
  for (std::size_t at = 0; at < password.size(); ++characters) {
    auto code = next_code_point(password, &at);
    if (!code) return Error::invalid_argument("the password must be valid UTF-8 text");
    if (is_control(*code)) {
      return Error::invalid_argument("the password must not contain control characters");
    }
  }
  if (characters < kMinPasswordCharacters) {
    return Error::invalid_argument("the password must be at least " +
                                   std::to_string(kMinPasswordCharacters) + " characters long");
  }
  return Ok{};
}

}  // namespace duecall::domain
