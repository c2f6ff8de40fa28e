// IntakeWriter places validated claim rows into the store, one row at a time inside the
// caller's transaction: it matches or creates the debtor and their case, inserts or updates
// the claim, and appends the timeline events that record what changed.
// What it looks up is cached only for the life of one transaction, so a concurrent writer
// between two transactions can never leave it with a stale view.
#pragma once

#include <string>
#include <unordered_map>

#include "app/ports.hpp"
#include "domain/claim_row.hpp"

namespace duecall::app {

enum class Placement { kImported, kUpdated, kUnchanged, kRejected };

struct PlacementResult {
  Placement placement;
  bool case_created = false;
  std::string reject_reason;  // when kRejected: why, naming the client_ref column's value
};

class IntakeWriter {
 public:
  IntakeWriter(const domain::Client& client, Instant now, std::string actor)
      : client_(client), now_(now), actor_(std::move(actor)) {}

  // Starts working in a new transaction: takes the client's intake lock and forgets
  // everything cached from the previous transaction.
  Status begin(StoreTransaction& transaction);
  // REQUIRES: begin() was called with a live transaction.
  Result<PlacementResult> place(domain::ClaimRow row);

 private:
  struct DebtorEntry {
    domain::Debtor debtor;
    CaseId case_id;
  };

  // The stored debtor with this ref and their case, from the cache or the store; nullptr
  // when the client has no such debtor yet.
  Result<DebtorEntry*> find_debtor(const std::string& ref);
  Result<DebtorEntry*> create_debtor(domain::Debtor& incoming);
  // Brings the stored debtor's details up to date with the row; returns true iff changed.
  Result<bool> update_debtor(DebtorEntry& entry, domain::Debtor& incoming);
  Status append_event(CaseId case_id, std::string_view kind, std::string payload);

  const domain::Client& client_;
  Instant now_;
  std::string actor_;
  StoreTransaction* transaction_ = nullptr;
  std::unordered_map<std::string, DebtorEntry> debtors_;
  std::unordered_map<CaseId, domain::ChainHead> chain_heads_;
};

}  // namespace duecall::app
