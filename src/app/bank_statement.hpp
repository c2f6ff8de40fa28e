// A bank statement read into payments: the credit entries of a bank CSV, an ISO 20022
// camt.053 account statement or a camt.054 debit/credit notification. Reading bytes is
// not I/O; the command line reads the file. Debit entries (money that left the account)
// are counted and skipped: only credits can pay claims.
//
// Entries that cannot be used (no entry reference, a malformed amount or date, an unknown
// currency) come back as rejects naming the line and the reason, as the claim import
// reports its rows; the rest of the statement is still read. A file that is not a
// statement of the format at all is an error.
//
// Bank CSV layout (comma-separated, UTF-8, header required, columns in any order):
//   entry_ref, booking_date (YYYY-MM-DD), amount (e.g. 1234.50; negative = debit),
//   currency (ISO 4217), reference (remittance text), payer (name; may be empty).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/payment.hpp"

namespace duecall::app {

enum class StatementFormat { kCsv, kCamt053, kCamt054 };
std::string_view statement_format_name(StatementFormat format);
Result<StatementFormat> parse_statement_format(std::string_view name);
// camt.053 or camt.054 when the bytes are such an XML document, otherwise CSV.
StatementFormat guess_statement_format(std::string_view bytes);

struct StatementReject {
  std::size_t line = 0;  // 1-based line of the entry (CSV record, XML <Ntry>)
  std::string reason;
};

struct BankStatement {
  std::vector<domain::Payment> credits;
  std::int64_t debits_skipped = 0;
  std::vector<StatementReject> rejects;
};

Result<BankStatement> read_bank_statement(std::string_view bytes, StatementFormat format);

// The two readers behind read_bank_statement.
Result<BankStatement> read_bank_csv(std::string_view bytes);
Result<BankStatement> read_camt(std::string_view bytes, StatementFormat format);

}  // namespace duecall::app
