#include "core/sha256.hpp"

#include <openssl/evp.h>

#include "core/check.hpp"

namespace duecall {
namespace {

// OpenSSL 3 looks the algorithm up in its providers on every EVP_sha256() init unless it is
// fetched once; the fetched method is immutable and safe to share between threads.
const EVP_MD* sha256_method() {
  static EVP_MD* const method = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  DC_VERIFY(method != nullptr, "OpenSSL has no SHA-256");
  return method;
}

}  // namespace

Sha256::Sha256() : context_(EVP_MD_CTX_new()) {
  DC_VERIFY(context_ != nullptr, "OpenSSL could not allocate a digest context");
  DC_VERIFY(EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(context_), sha256_method(), nullptr) == 1,
            "OpenSSL refused SHA-256");
}

Sha256::~Sha256() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(context_)); }

Sha256& Sha256::update(std::string_view bytes) {
  EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(context_), bytes.data(), bytes.size());
  return *this;
}

Sha256& Sha256::update(const Sha256Digest& digest) {
  EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(context_), digest.data(), digest.size());
  return *this;
}

Sha256Digest Sha256::finish() {
  Sha256Digest digest{};
  unsigned int length = 0;
  auto* context = static_cast<EVP_MD_CTX*>(context_);
  EVP_DigestFinal_ex(context, digest.data(), &length);
  EVP_DigestInit_ex(context, sha256_method(), nullptr);
  return digest;
}

Sha256Digest Sha256::of(std::string_view bytes) {
  Sha256 hasher;
  hasher.update(bytes);
  return hasher.finish();
}

std::string to_hex(const Sha256Digest& digest) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(64);
  for (auto byte : digest) {
    out += kHex[byte >> 4];
    out += kHex[byte & 0xf];
  }
  return out;
}

}  // namespace duecall
