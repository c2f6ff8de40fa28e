// Reading bank statements into payments: the sample camt.053, camt.054 and bank CSV files
// under tests/data (debits skipped, exact decimals, entry references from each place a
// bank puts them), format guessing, and files that are not statements at all.
#include "app/bank_statement.hpp"

#include <gtest/gtest.h>

#include "support/run_process.hpp"
#include "support/temp_dir.hpp"

namespace duecall::app {
namespace {

std::string sample(const std::string& name) {
  return testing::read_file(testing::source_dir() + "/tests/data/" + name);
}

TEST(BankStatement, ReadsTheCreditsOfACamt053StatementAndSkipsItsDebit) {
  std::string bytes = sample("camt053-sample.xml");
  ASSERT_EQ(guess_statement_format(bytes), StatementFormat::kCamt053);
  auto statement = read_bank_statement(bytes, StatementFormat::kCamt053);
  ASSERT_TRUE(statement.ok()) << statement.error().message;
  EXPECT_EQ(statement->debits_skipped, 1);
  EXPECT_TRUE(statement->rejects.empty());
  ASSERT_EQ(statement->credits.size(), 3u);

  const domain::Payment& first = statement->credits[0];
  EXPECT_EQ(first.entry_reference, "E-1001");                       // NtryRef wins over AcctSvcrRef
  EXPECT_EQ(first.amount, Money(123450, *Currency::parse("EUR")));  // "1234.5"
  EXPECT_EQ(first.booking_date, CivilDate::from_ymd(2026, 11, 20));
  EXPECT_EQ(first.value_date, CivilDate::from_ymd(2026, 11, 19));
  EXPECT_EQ(first.debtor_name, "Ana Kovac");
  EXPECT_EQ(first.debtor_iban, "SI56020100012345678");
  EXPECT_EQ(first.remittance, "Placilo INV-1 hvala");

  const domain::Payment& second = statement->credits[1];
  EXPECT_EQ(second.entry_reference, "BANK-77003");
  EXPECT_EQ(second.booking_date, CivilDate::from_ymd(2026, 11, 21));  // from DtTm
  EXPECT_EQ(second.debtor_name, "Janez Novak");                       // Dbtr/Pty/Nm
  EXPECT_EQ(second.remittance, "RF89CLM1001");
}

TEST(BankStatement, ReadsACamt054NotificationWithTheEntryReferenceInTheTransaction) {
  std::string bytes = sample("camt054-sample.xml");
  ASSERT_EQ(guess_statement_format(bytes), StatementFormat::kCamt054);
  auto statement = read_bank_statement(bytes, StatementFormat::kCamt054);
  ASSERT_TRUE(statement.ok()) << statement.error().message;
  EXPECT_EQ(statement->debits_skipped, 1);
  ASSERT_EQ(statement->credits.size(), 1u);
  EXPECT_EQ(statement->credits[0].entry_reference, "N-5001");
  EXPECT_EQ(statement->credits[0].amount.minor(), 2000);
  EXPECT_EQ(statement->credits[0].remittance, "SI12 10014 obrok november");
}

TEST(BankStatement, ReadsABankCsvAndRejectsBadLinesByNumber) {
  std::string bytes = sample("payments-sample.csv");
  ASSERT_EQ(guess_statement_format(bytes), StatementFormat::kCsv);
  auto statement = read_bank_statement(bytes, StatementFormat::kCsv);
  ASSERT_TRUE(statement.ok()) << statement.error().message;
  ASSERT_EQ(statement->credits.size(), 2u);
  EXPECT_EQ(statement->credits[0].entry_reference, "C-1");
  EXPECT_EQ(statement->credits[1].amount.minor(), 1250);
  EXPECT_EQ(statement->debits_skipped, 1);
  ASSERT_EQ(statement->rejects.size(), 1u);
  EXPECT_EQ(statement->rejects[0].line, 5u);
  EXPECT_NE(statement->rejects[0].reason.find("amount"), std::string::npos);
}

TEST(BankStatement, RejectsAnEntryWithoutReferenceOrWithTooManyDecimals) {
  std::string bytes =
      "<Document><BkToCstmrStmt><Stmt>"
      "<Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
      "<BookgDt><Dt>2026-11-20</Dt></BookgDt></Ntry>\n"
      "<Ntry><NtryRef>X</NtryRef><Amt Ccy=\"EUR\">1.001</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
      "<BookgDt><Dt>2026-11-20</Dt></BookgDt></Ntry>"
      "</Stmt></BkToCstmrStmt></Document>";
  auto statement = read_bank_statement(bytes, StatementFormat::kCamt053);
  ASSERT_TRUE(statement.ok());
  EXPECT_TRUE(statement->credits.empty());
  ASSERT_EQ(statement->rejects.size(), 2u);
  EXPECT_EQ(statement->rejects[1].line, 2u);
}

TEST(BankStatement, RefusesFilesThatAreNotStatementsOfTheFormat) {
  EXPECT_FALSE(read_bank_statement("<Document><BkToCstm", StatementFormat::kCamt053).ok());
  EXPECT_FALSE(read_bank_statement(sample("camt054-sample.xml"), StatementFormat::kCamt053).ok());
  EXPECT_FALSE(read_bank_statement("a,b\n1,2\n", StatementFormat::kCsv).ok());
  EXPECT_FALSE(parse_statement_format("mt940").ok());
}

}  // namespace
}  // namespace duecall::app
