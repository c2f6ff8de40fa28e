// CaseFile is everything known about one case, as an operator or a client reads it: the
// debtor with contact points, the claims with what was placed, paid and is still open by
// bucket, the payments posted to the case and what each was allocated to, the agreements
// with their schedules, where the case stands on its ladder and what is due next, and the
// timeline in order. find_case_file() finds it by a claim's client_ref or a debtor_ref.
//
// Everything is read in one store transaction, so the parts agree with each other (a
// payment and the balances it reduced), with one query per kind of record rather than one
// per claim or payment.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

struct CaseFile {
  domain::Client client;
  domain::Case collection_case;
  domain::Debtor debtor;
  std::vector<domain::Claim> claims;
  std::vector<domain::TimelineEvent> timeline;
  std::vector<PaymentRecord> payments;  // posted to the case, by value date then id
  std::vector<PaymentAllocationRecord> allocations;  // to the case's claims
  std::vector<AgreementRecord> agreements;           // in id order, with schedules
  std::optional<LadderRecord> ladder;
  std::string ladder_step;  // the name of the ladder's step; empty without a ladder
  std::optional<DueAction> due_action;
  std::vector<std::string> numbers_on_do_not_call;  // of the debtor's valid phones

  // What the open claims were placed for, all buckets (the JSON's case.total_due).
  Money total_due() const;
  // The sum of the allocations to `claim`, per bucket.
  domain::Balance paid_to(const domain::Claim& claim) const;
  // What is still owed on `claim` per bucket (domain::open_balance); zero unless open.
  domain::Balance open_of(const domain::Claim& claim) const;
  // What is still owed on the open claims, one amount per currency, the client's first.
  std::vector<Money> open_total_by_currency() const;
  // The claims with their balances replaced by what is still open: what a call script and
  // the solutions speak of.
  std::vector<domain::Claim> claims_as_open() const;
  // The claim with `id`, or nullptr.
  const domain::Claim* claim_with(ClaimId id) const;
};

Result<CaseFile> find_case_file(Store& store, std::string_view client_code, std::string_view ref);
// The same inside a transaction the caller holds (and commits).
Result<CaseFile> read_case_file(StoreTransaction& transaction, std::string_view client_code,
                                std::string_view ref);

// The case file as the API and `case show --json` print it. Money is always
// {"minor": integer, "currency": "EUR"}. Keys are only ever added, never renamed.
nlohmann::json case_file_to_json(const CaseFile& file);

}  // namespace duecall::app
