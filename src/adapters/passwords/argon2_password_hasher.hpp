// The PasswordHasher over libsodium's crypto_pwhash_str_alg with argon2id (version 1.3),
// named explicitly rather than through crypto_pwhash_ALG_DEFAULT, which may change between
// libsodium versions. Each hash has a random 16-byte salt and is stored as the
// self-describing string "$argon2id$v=19$m=65536,t=2,p=1$salt$hash", so that a hash keeps
// working after the cost is raised and needs_rehash() can tell it is due for an upgrade.
//
// Cost: libsodium's INTERACTIVE limits (opslimit 2, 64 MiB), which its documentation gives
// as the baseline for online operations. Passwords are verified on the call server at every
// sign-in, with a shift's worth of operators signing in within minutes, on nodes of two to
// four cores that are also running calls. Measured on the two-core build machine: 85 ms of
// CPU per hash or verification at INTERACTIVE, 590 ms at MODERATE (opslimit 3, 256 MiB).
// MODERATE would hold 2.5 GB for ten sign-ins at once and keep a core busy for over half
// a second each; SENSITIVE (1 GiB) is meant for offline use. 64 MiB and two passes are
// well above OWASP's argon2id minimum (19 MiB, two passes). Raising the cost later needs no
// migration: needs_rehash() reports old hashes and the sign-in use case replaces them.
//
// Thread-safe: libsodium is initialised once, by create(), and hashing keeps no state.
#pragma once

#include <cstddef>
#include <memory>

#include "app/ports.hpp"

namespace duecall::adapters {

struct Argon2Cost {
  unsigned long long operations;  // passes over memory (libsodium's opslimit)
  std::size_t memory_bytes;       // memlimit
};

class Argon2PasswordHasher final : public app::PasswordHasher {
 public:
  // The cost duecall hashes with (see above).
  static Argon2Cost standard_cost();
  // The smallest cost libsodium accepts: for tests only, where hashing must be quick.
  static Argon2Cost cheapest_cost_for_test();

  // kUnavailable when libsodium cannot initialise (no source of randomness).
  static Result<std::unique_ptr<Argon2PasswordHasher>> create(Argon2Cost cost = standard_cost());

  Result<std::string> hash(std::string_view password) const override;
  bool verify(std::string_view stored_hash, std::string_view password) const override;
  bool needs_rehash(std::string_view stored_hash) const override;

 private:
  explicit Argon2PasswordHasher(Argon2Cost cost) : cost_(cost) {}

  Argon2Cost cost_;
};

}  // namespace duecall::adapters
