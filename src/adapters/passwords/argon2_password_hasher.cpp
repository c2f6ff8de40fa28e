#include "adapters/passwords/argon2_password_hasher.hpp"

#include <sodium.h>

namespace duecall::adapters {
namespace {

// crypto_pwhash_str_* read the stored hash as a C string that fits crypto_pwhash_STRBYTES.
bool fits_hash_buffer(std::string_view stored_hash) {
  return !stored_hash.empty() && stored_hash.size() < crypto_pwhash_STRBYTES &&
         stored_hash.find('\0') == std::string_view::npos;
}

}  // namespace

Argon2Cost Argon2PasswordHasher::standard_cost() {
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

Argon2Cost Argon2PasswordHasher::cheapest_cost_for_test() {
  return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Result<std::unique_ptr<Argon2PasswordHasher>> Argon2PasswordHasher::create(Argon2Cost cost) {
  // Safe to call from several threads and more than once; 1 means "already initialised".
  if (sodium_init() < 0) return Error::unavailable("libsodium could not be initialised");
  return std::unique_ptr<Argon2PasswordHasher>(new Argon2PasswordHasher(cost));
}

Result<std::string> Argon2PasswordHasher::hash(std::string_view password) const {
  char stored[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(stored, password.data(), password.size(), cost_.operations,
                            cost_.memory_bytes, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Error::internal("hashing the password failed: out of memory");
  }
  return std::string(stored);
}

bool Argon2PasswordHasher::verify(std::string_view stored_hash, std::string_view password) const {
  if (!fits_hash_buffer(stored_hash)) return false;
  std::string terminated(stored_hash);
  return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

bool Argon2PasswordHasher::needs_rehash(std::string_view stored_hash) const {
  if (!fits_hash_buffer(stored_hash)) return true;
  std::string terminated(stored_hash);
  // 0: made with exactly this cost; 1: other parameters; -1: not an argon2id hash at all.
  return crypto_pwhash_str_needs_rehash(terminated.c_str(), cost_.operations, cost_.memory_bytes) !=
         0;
}

}  // namespace duecall::adapters
