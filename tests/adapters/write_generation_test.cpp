// The store's write generation on both stores: it grows when a transaction that changed
// rows commits, and stays when a transaction only read, changed nothing (a DELETE that
// matched no row) or rolled back. The server's read caches rely on exactly this.
#include <gtest/gtest.h>

#include "domain/client.hpp"
#include "support/test_store.hpp"

namespace duecall {
namespace {

const Instant kNow = from_unix_micros(1'795'000'000'000'000);

class WriteGenerationTest : public testing::StoreTest {
 protected:
  std::unique_ptr<app::StoreTransaction> begin() {
    auto transaction = store().begin();
    EXPECT_TRUE(transaction.ok()) << transaction.error().message;
    return std::move(transaction).value();
  }

  static domain::Client client(std::string code) {
    return *domain::make_client({.code = std::move(code), .name = "Telekom", .country = "SI",
                                 .currency = "EUR"},
                                kNow);
  }
};

TEST_P(WriteGenerationTest, GrowsWhenACommittedTransactionChangedRows) {
  const std::uint64_t before = store().write_generation();
  auto transaction = begin();
  ASSERT_TRUE(transaction->insert_client(client("TEL")).ok());
  EXPECT_EQ(store().write_generation(), before) << "nothing is visible before the commit";
  ASSERT_TRUE(transaction->commit().ok());
  EXPECT_GT(store().write_generation(), before);
}

TEST_P(WriteGenerationTest, StaysAfterReadsAndAfterChangesThatTouchedNoRow) {
  auto setup = begin();
  ASSERT_TRUE(setup->insert_client(client("TEL")).ok());
  ASSERT_TRUE(setup->commit().ok());
  const std::uint64_t before = store().write_generation();

  auto reading = begin();
  ASSERT_TRUE(reading->find_client(std::string_view("TEL")).ok());
  ASSERT_TRUE(reading->commit().ok());
  EXPECT_EQ(store().write_generation(), before);

  auto deleting_nothing = begin();
  auto deleted = deleting_nothing->delete_session(std::string(64, '0'));
  ASSERT_TRUE(deleted.ok());
  EXPECT_FALSE(*deleted);
  ASSERT_TRUE(deleting_nothing->commit().ok());
  EXPECT_EQ(store().write_generation(), before);
}

TEST_P(WriteGenerationTest, StaysWhenAWriteRollsBack) {
  const std::uint64_t before = store().write_generation();
  {
    auto transaction = begin();
    ASSERT_TRUE(transaction->insert_client(client("TEL")).ok());
  }  // destroyed uncommitted: rolled back
  EXPECT_EQ(store().write_generation(), before);
  auto transaction = begin();
  auto found = transaction->find_client(std::string_view("TEL"));
  ASSERT_TRUE(found.ok());
  EXPECT_FALSE(found->has_value());
}

INSTANTIATE_STORE_TESTS(WriteGenerationTest);

}  // namespace
}  // namespace duecall
