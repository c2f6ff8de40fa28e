// The store's user and shift-plan methods on both stores: what is inserted reads back
// equal, logins are unique, the password hash is kept apart from users, disabling keeps the
// first date, and the shift plan is absent until set and then replaced whole. Method:
// StoreTest (a fresh database of each kind per test) and the port methods directly.
#include <gtest/gtest.h>

#include <map>

#include "support/test_store.hpp"

namespace duecall {
namespace {

using domain::Role;
using domain::User;

const Instant kNow = from_unix_micros(1'795'000'000'000'000);

class SqlUsersTest : public testing::StoreTest {
 protected:
  std::unique_ptr<app::StoreTransaction> begin() {
    auto transaction = store().begin();
    EXPECT_TRUE(transaction.ok()) << transaction.error().message;
    return std::move(transaction).value();
  }

  static User operator_named(std::string login) {
    return User{.login = std::move(login),
                .name = "Ana Kos",
                .role = Role::kOperator,
                .shift = "early",
                .created_at = kNow};
  }

  ClientId add_client() {
    auto client = domain::make_client(
        {.code = "TEL", .name = "Telekom", .country = "SI", .currency = "EUR"}, kNow);
    auto transaction = begin();
    auto id = transaction->insert_client(*client);
    EXPECT_TRUE(id.ok());
    EXPECT_TRUE(transaction->commit().ok());
    return *id;
  }
};

TEST_P(SqlUsersTest, AUserReadsBackAsStoredAndItsHashSeparately) {
  ClientId client = add_client();
  auto transaction = begin();
  User ana = operator_named("ana.kos");
  User portal{.login = "tel.portal",
              .name = "Telekom portal",
              .role = Role::kClient,
              .client_id = client,
              .created_at = kNow};
  ana.id = *transaction->insert_user(ana, "$argon2id$hash-of-ana");
  portal.id = *transaction->insert_user(portal, "$argon2id$hash-of-portal");
  ASSERT_TRUE(transaction->commit().ok());

  transaction = begin();
  auto found = transaction->find_user("ana.kos");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ(**found, ana);
  EXPECT_EQ(*transaction->password_hash_of(ana.id), "$argon2id$hash-of-ana");
  auto listed = transaction->list_users();
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0], ana);  // login order
  EXPECT_EQ((*listed)[1], portal);
  EXPECT_FALSE(transaction->find_user("nobody")->has_value());
  EXPECT_EQ(transaction->password_hash_of(UserId(999)).error().code, ErrorCode::kNotFound);
}

TEST_P(SqlUsersTest, ATakenLoginIsRefusedAsAlreadyExisting) {
  auto transaction = begin();
  ASSERT_TRUE(transaction->insert_user(operator_named("ana.kos"), "h1").ok());
  auto again = transaction->insert_user(operator_named("ana.kos"), "h2");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kAlreadyExists);
  EXPECT_NE(again.error().message.find("ana.kos"), std::string::npos);
}

TEST_P(SqlUsersTest, TheSchemaRefusesAClientUserWithoutAClient) {
  auto transaction = begin();
  User portal{.login = "tel.portal", .name = "T", .role = Role::kClient, .created_at = kNow};
  EXPECT_FALSE(transaction->insert_user(portal, "h").ok());
}

TEST_P(SqlUsersTest, PasswordsShiftsAndDisablingChangeOnlyTheirColumns) {
  auto transaction = begin();
  UserId id = *transaction->insert_user(operator_named("ana.kos"), "old");
  ASSERT_TRUE(transaction->set_password_hash(id, "new", kNow + std::chrono::hours(1)).ok());
  ASSERT_TRUE(transaction->set_user_shift(id, "late").ok());
  Instant first = kNow + std::chrono::hours(2);
  ASSERT_TRUE(transaction->disable_user(id, first).ok());
  ASSERT_TRUE(transaction->disable_user(id, first + std::chrono::hours(1)).ok());
  ASSERT_TRUE(transaction->commit().ok());

  transaction = begin();
  EXPECT_EQ(*transaction->password_hash_of(id), "new");
  auto user = **transaction->find_user("ana.kos");
  EXPECT_EQ(user.shift, "late");
  EXPECT_EQ(user.disabled_at, first) << "a second disable keeps the first date";
  ASSERT_TRUE(transaction->set_user_shift(id, "").ok());
  EXPECT_TRUE((**transaction->find_user("ana.kos")).shift.empty());
  EXPECT_EQ(transaction->set_password_hash(UserId(999), "x", kNow).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(transaction->disable_user(UserId(999), kNow).error().code, ErrorCode::kNotFound);
}

TEST_P(SqlUsersTest, TheShiftPlanIsAbsentUntilSetAndThenReplacedWhole) {
  auto transaction = begin();
  auto none = transaction->find_shift_plan();
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  ASSERT_TRUE(transaction->replace_shift_plan(domain::ShiftPlan::standard()).ok());
  auto three = domain::ShiftPlan::make(
      "America/Sao_Paulo", {{"a", std::chrono::minutes(420), std::chrono::minutes(600)},
                            {"b", std::chrono::minutes(600), std::chrono::minutes(900)},
                            {"c", std::chrono::minutes(960), std::chrono::minutes(1200)}});
  ASSERT_TRUE(three.ok());
  ASSERT_TRUE(transaction->replace_shift_plan(*three).ok());
  ASSERT_TRUE(transaction->commit().ok());
  transaction = begin();
  auto stored = transaction->find_shift_plan();
  ASSERT_TRUE(stored.ok() && stored->has_value()) << (stored.ok() ? "" : stored.error().message);
  EXPECT_EQ(**stored, *three);
}

TEST_P(SqlUsersTest, CountRowsIncludesUsersAndShifts) {
  auto transaction = begin();
  ASSERT_TRUE(transaction->insert_user(operator_named("ana.kos"), "h").ok());
  auto counts = transaction->count_rows();
  ASSERT_TRUE(counts.ok());
  std::map<std::string, std::int64_t> by_table;
  for (const auto& count : *counts) by_table[count.table] = count.rows;
  EXPECT_EQ(by_table["users"], 1);
  EXPECT_EQ(by_table["shifts"], 0);
}

INSTANTIATE_STORE_TESTS(SqlUsersTest);

}  // namespace
}  // namespace duecall
