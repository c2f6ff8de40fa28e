// import_claims is the intake use case: a creditor's claim file in, debtors, cases, claims
// and timeline events out, with a report of every row that could not be taken.
//
// Guarantees:
// - A file that cannot be read as a whole (unknown client, wrong encoding, no usable header)
//   is refused with an error and nothing is stored.
// - Otherwise every row is accounted for exactly once: imported (a new claim), updated (a
//   known claim or its debtor changed), unchanged, or rejected with its line, first failing
//   column and reason. A bad row never stops the file.
// - Idempotent: importing the same file again stores nothing new and reports every good row
//   as unchanged. Debtors are matched by (client, debtor_ref), claims by (client,
//   client_ref), and a debtor's claims at one client share one case.
// - Rows are validated in parallel and written in large transactions; a crash loses at
//   most the transaction in flight, and re-running the import completes it.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "app/claim_file_mapping.hpp"
#include "app/ports.hpp"

namespace duecall::app {

struct ImportOptions {
  std::string client_code;
  std::string file_name;   // recorded with the import; never opened here
  ClaimFileMapping mapping;
  unsigned workers = 0;    // validation threads; 0 = one per core
  std::size_t rows_per_transaction = 50'000;
  // Called after each written chunk with bytes of the file read so far and in all.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

struct RowProblem {
  std::size_t line = 0;
  std::string column;      // the header name of the column as the file spells it
  std::string reason;
};

struct RejectedRow {
  RowProblem problem;
  std::vector<std::string> fields;  // the record as it was in the file
};

struct ImportReport : ImportCounts {
  std::vector<std::string> header;
  std::vector<RejectedRow> rejects;
  std::vector<RowProblem> warnings;
};

Result<ImportReport> import_claims(Store& store, const Clock& clock, std::string file_bytes,
                                   const ImportOptions& options);

}  // namespace duecall::app
