// Goal: the libsodium hasher stores argon2id hashes with a fresh salt, verifies exactly the
// password a hash was made from, reports hashes of another cost as due for rehashing, and
// treats malformed stored hashes as non-matching rather than crashing. Method: the cheapest
// cost libsodium allows, so that each hash takes microseconds, plus one hash at the real
// cost to show which parameters it records (and how long it takes, printed for the record).
#include "adapters/passwords/argon2_password_hasher.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

namespace duecall::adapters {
namespace {

std::unique_ptr<Argon2PasswordHasher> cheap_hasher() {
  auto hasher = Argon2PasswordHasher::create(Argon2PasswordHasher::cheapest_cost_for_test());
  EXPECT_TRUE(hasher.ok());
  return std::move(hasher).value();
}

TEST(Argon2PasswordHasher, VerifiesThePasswordAHashWasMadeFromAndNoOther) {
  auto hasher = cheap_hasher();
  auto hash = hasher->hash("correct horse battery");
  ASSERT_TRUE(hash.ok());
  EXPECT_TRUE(hash->starts_with("$argon2id$v=19$")) << *hash;
  EXPECT_EQ(hash->find("correct horse"), std::string::npos);
  EXPECT_TRUE(hasher->verify(*hash, "correct horse battery"));
  EXPECT_FALSE(hasher->verify(*hash, "correct horse batterY"));
  EXPECT_FALSE(hasher->verify(*hash, ""));
}

TEST(Argon2PasswordHasher, SaltsEveryHashAfresh) {
  auto hasher = cheap_hasher();
  EXPECT_NE(*hasher->hash("same password here"), *hasher->hash("same password here"));
}

TEST(Argon2PasswordHasher, AMalformedStoredHashMatchesNothing) {
  auto hasher = cheap_hasher();
  using namespace std::string_view_literals;
  for (std::string_view stored :
       {""sv, "plain text"sv, "$argon2id$v=19$m=8,t=1,p=1$broken"sv, "$argon2id\0$"sv}) {
    EXPECT_FALSE(hasher->verify(stored, "anything at all"));
    EXPECT_TRUE(hasher->needs_rehash(stored));
  }
  EXPECT_FALSE(hasher->verify(std::string(500, 'x'), "anything at all"));
}

TEST(Argon2PasswordHasher, AHashOfAnotherCostNeedsRehashing) {
  auto cheap = cheap_hasher();
  auto standard = Argon2PasswordHasher::create();
  ASSERT_TRUE(standard.ok());
  auto old_hash = *cheap->hash("a password of old");
  EXPECT_FALSE(cheap->needs_rehash(old_hash));
  EXPECT_TRUE((*standard)->needs_rehash(old_hash));
  EXPECT_TRUE((*standard)->verify(old_hash, "a password of old")) << "the hash says its own cost";
}

TEST(Argon2PasswordHasher, TheStandardCostIsLibsodiumsInteractiveArgon2id) {
  auto hasher = Argon2PasswordHasher::create();
  ASSERT_TRUE(hasher.ok());
  auto started = std::chrono::steady_clock::now();
  auto hash = (*hasher)->hash("a password for the record");
  auto took = std::chrono::steady_clock::now() - started;
  ASSERT_TRUE(hash.ok());
  EXPECT_TRUE(hash->starts_with("$argon2id$v=19$m=65536,t=2,p=1$")) << *hash;
  EXPECT_FALSE((*hasher)->needs_rehash(*hash));
  std::cout << "argon2id at the standard cost (64 MiB, t=2) took "
            << std::chrono::duration_cast<std::chrono::milliseconds>(took).count() << " ms\n";
}

}  // namespace
}  // namespace duecall::adapters
