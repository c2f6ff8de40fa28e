// Goal: check_new_password() accepts passwords of at least ten characters, counted as code
// points, and refuses empty, short, oversized, malformed and control-character passwords
// with messages that never contain the password. Method: boundary values around each limit.
#include "domain/password_rule.hpp"

#include <gtest/gtest.h>

#include <string>

namespace duecall::domain {
namespace {

void expect_refused(const std::string& password, std::string_view why) {
  auto checked = check_new_password(password);
  ASSERT_FALSE(checked.ok()) << "accepted a password that should fail: " << why;
  EXPECT_EQ(checked.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(checked.error().message.find(why), std::string::npos) << checked.error().message;
  if (!password.empty()) {
    EXPECT_EQ(checked.error().message.find(password), std::string::npos) << "leaks the password";
  }
}

TEST(PasswordRule, AcceptsTenCharactersOrMore) {
  EXPECT_TRUE(check_new_password("abcdefghij").ok());
  EXPECT_TRUE(check_new_password("correct horse battery staple").ok());
  EXPECT_TRUE(check_new_password(std::string(kMaxPasswordBytes, 'x')).ok());
}

TEST(PasswordRule, RefusesAnEmptyPassword) {
  expect_refused("", "must not be empty");
}

TEST(PasswordRule, RefusesFewerThanTenCharacters) {
  expect_refused("abcdefghi", "at least 10 characters");
  expect_refused("x", "at least 10 characters");
}

TEST(PasswordRule, CountsCharactersNotBytes) {
  // Nine letters of two bytes each are eighteen bytes but nine characters.
  expect_refused("čšžčšžčšž", "at least 10 characters");
  EXPECT_TRUE(check_new_password("čšžčšžčšžđ").ok());
}

TEST(PasswordRule, RefusesMoreThanTheByteBound) {
  expect_refused(std::string(kMaxPasswordBytes + 1, 'x'), "at most 1024 bytes");
}

TEST(PasswordRule, RefusesMalformedUtf8) {
  expect_refused("abcdefghij\xff", "valid UTF-8");
  expect_refused("abcdefghij\xc3", "valid UTF-8");          // cut short
  expect_refused("abcdefghij\xc0\xaf", "valid UTF-8");      // overlong '/'
  expect_refused("abcdefghij\xed\xa0\x80", "valid UTF-8");  // a surrogate
}

TEST(PasswordRule, RefusesControlCharacters) {
  expect_refused("abcde\tfghij", "control characters");
  expect_refused(std::string("abcde\0fghij", 11), "control characters");
  expect_refused("abcdefghij\x1b[0m", "control characters");
}

}  // namespace
}  // namespace duecall::domain
