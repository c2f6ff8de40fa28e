// IntakeWriter places validated claim rows into the store a batch at a time inside the
// caller's transaction: it matches or creates each debtor and their case, inserts or
// updates each claim, and appends the timeline events that record what changed.
//
// A batch costs a fixed number of round trips to the store whatever its size: one lookup
// of the batch's claims, one of its debtors, one of the chain heads it extends, then bulk
// inserts of new debtors, cases, claims and events (COPY on PostgreSQL). Rows are decided
// in file order, so a debtor's later rows see what the earlier ones created.
// What it looks up is cached only for the life of one transaction, so a concurrent writer
// between two transactions can never leave it with a stale view.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/ports.hpp"
#include "domain/claim_row.hpp"

namespace duecall::app {

enum class Placement { kImported, kUpdated, kUnchanged, kRejected };

struct PlacementResult {
  Placement placement = Placement::kUnchanged;
  bool case_created = false;
  std::string reject_reason;  // when kRejected: why
};

class IntakeWriter {
 public:
  IntakeWriter(const domain::Client& client, Instant now, std::string actor)
      : client_(client), now_(now), actor_(std::move(actor)) {}

  // Starts working in a new transaction: takes the client's intake lock and forgets
  // everything cached from the previous transaction.
  Status begin(StoreTransaction& transaction);
  // Places `rows` in order; returns one result per row.
  // REQUIRES: begin() was called with a live transaction; no client_ref twice in `rows`.
  Result<std::vector<PlacementResult>> place(std::vector<domain::ClaimRow>& rows);

 private:
  struct DebtorEntry {
    domain::Debtor debtor;
    domain::Case collection_case;  // id unset while the case is still to be inserted
    bool is_new = false;
  };
  struct PendingEvent {
    DebtorEntry* entry;
    std::string_view kind;
    std::string payload;
  };

  Status load_debtors(const std::vector<domain::ClaimRow>& rows);
  Status append_events(std::vector<PendingEvent>& pending);

  const domain::Client& client_;
  Instant now_;
  std::string actor_;
  StoreTransaction* transaction_ = nullptr;
  // Entries are heap-allocated so that pointers to them stay valid as the map grows.
  std::unordered_map<std::string, std::unique_ptr<DebtorEntry>> debtors_;
  std::unordered_map<CaseId, domain::ChainHead> chain_heads_;
};

}  // namespace duecall::app
