// import_payments posts a bank statement's credit entries to claims, in one transaction
// for the whole statement (docs/payments.md):
//   - each entry is matched by its remittance text (domain/payment_reference.hpp) against
//     the client's claim references; the first candidate naming a claim wins;
//   - a matched entry is allocated over the open claims of that claim's case, oldest first,
//     in the client's bucket order; an overpayment is held on the payment; a claim whose
//     open balance reaches zero becomes 'paid'; the posting goes on the case timeline;
//   - an unmatched entry is stored too, and becomes an 'unmatched_payment' to-do item;
//   - an entry whose entry reference was imported before is a duplicate and posts nothing,
//     so importing a statement twice, or two imports racing, never posts twice.
// Invariant per report: entries == posted + duplicates + unmatched.
#pragma once

#include <string>
#include <vector>

#include "app/bank_statement.hpp"
#include "app/ports.hpp"

namespace duecall::app {

struct PaymentImportOptions {
  // The client whose claims the statement pays; may be empty when exactly one client exists.
  std::string client_code;
  std::string file_name;
  std::string actor;  // recorded on timeline events
};

struct PaymentImportReport {
  std::int64_t entries = 0;     // credit entries read
  std::int64_t posted = 0;      // matched and allocated
  std::int64_t duplicates = 0;  // imported before, posted nothing now
  std::int64_t unmatched = 0;   // matched no claim; kept as to-do items
  std::int64_t debits_skipped = 0;
  std::vector<StatementReject> rejects;
};

Result<PaymentImportReport> import_payments(Store& store, const Clock& clock,
                                            const BankStatement& statement,
                                            const PaymentImportOptions& options);

}  // namespace duecall::app
