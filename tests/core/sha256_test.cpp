// SHA-256 against the FIPS 180-2 test vectors.
#include "core/sha256.hpp"

#include <gtest/gtest.h>

namespace duecall {
namespace {

TEST(Sha256, MatchesPublishedTestVectors) {
  EXPECT_EQ(to_hex(Sha256::of("")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(to_hex(Sha256::of("abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, ResetsAfterFinishing) {
  Sha256 hasher;
  hasher.update("ab").update("c");
  EXPECT_EQ(to_hex(hasher.finish()), to_hex(Sha256::of("abc")));
  hasher.update("abc");
  EXPECT_EQ(to_hex(hasher.finish()), to_hex(Sha256::of("abc")));
}

}  // namespace
}  // namespace duecall
