#include "adapters/http/session_tokens.hpp"

#include <sodium.h>

#include <array>
#include <stdexcept>

namespace duecall::adapters::http {
namespace {

std::string random_hex() {
  // sodium_init is idempotent and thread-safe; it fails only when no entropy source exists,
  // and then no session may be issued.
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  std::array<unsigned char, 32> bytes;
  randombytes_buf(bytes.data(), bytes.size());
  std::array<char, 65> hex;
  sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
  return std::string(hex.data(), 64);
}

}  // namespace

app::NewSessionTokens new_session_tokens() {
  return {.session_token = random_hex(), .csrf_token = random_hex()};
}

std::string new_api_token_secret() { return "dct_" + random_hex(); }

}  // namespace duecall::adapters::http
