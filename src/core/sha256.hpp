// SHA-256 digests (OpenSSL's EVP interface), for the timeline's hash chain and for the
// fingerprints of imported files. A digest is 32 bytes; hex() prints it in lower case.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace duecall {

using Sha256Digest = std::array<std::uint8_t, 32>;

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  Sha256& update(std::string_view bytes);
  Sha256& update(const Sha256Digest& digest);
  // Returns the digest and resets the hasher for reuse.
  Sha256Digest finish();

  static Sha256Digest of(std::string_view bytes);

 private:
  void* context_;  // EVP_MD_CTX, kept opaque so that callers do not include OpenSSL.
};

std::string to_hex(const Sha256Digest& digest);

}  // namespace duecall
