// The records the store keeps for the contact strategy:
//
//   - StoredStrategy: one version of a client's strategy document. Versions count from 1
//     per client and are never changed or deleted; the newest applies to cases that enter
//     the ladder, and a case keeps the version it started under.
//   - LadderRecord: where one case stands on its ladder, as the strategy run left it: the
//     strategy version, the pinned segment, the step and when the case entered it, the
//     attempts made on that step, the events that steer the ladder (notice, agreement) and
//     the instants at which the case left it. `last_contact_id` is the newest contact the
//     run has applied to the ladder, so each contact moves the ladder once.
//   - DueAction: the one thing the strategy wants done next for a case, with what the
//     compliance gate said about doing it when the run looked: the work queue and the
//     dialer read these. A case has at most one; a case with nothing to do has none. The
//     lease belongs to the queue: the run never changes it.
//   - CaseForRun: everything the run reads about one open case, gathered in batches.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/agreement_record.hpp"
#include "app/contact_records.hpp"
#include "core/ids.hpp"
#include "core/instant.hpp"
#include "domain/claim.hpp"
#include "domain/collection_case.hpp"
#include "domain/debtor.hpp"

namespace duecall::app {

struct StoredStrategy {
  ClientId client_id;
  int version = 0;
  std::string document;  // the JSON text, with "version" equal to `version`
  std::string sha256;    // of `document`, hex
  Instant created_at;
  std::string created_by;
};

struct LadderRecord {
  CaseId case_id;
  int strategy_version = 0;
  std::string segment;
  std::int64_t step_index = 0;
  Instant step_started_at;
  std::vector<Instant> attempts;  // on the current step, oldest first
  std::string standing;           // strategy::standing_name of the last evaluation
  std::optional<Instant> notice_sent_at;
  std::string agreement;  // none, active or broken
  std::optional<Instant> agreement_made_at;
  std::optional<Instant> agreement_broken_at;
  std::optional<std::int64_t> resume_step;
  std::optional<Instant> handed_over_at;
  std::optional<Instant> returned_to_client_at;
  std::int64_t last_contact_id = 0;
  Instant evaluated_at;
};

struct DueAction {
  CaseId case_id;
  ClientId client_id;
  int strategy_version = 0;
  std::string segment;
  std::int64_t step_index = 0;
  std::string step_name;
  std::string channel;  // strategy::channel_name
  int attempt_number = 1;
  int attempts = 1;
  Instant due_at;
  std::optional<Instant> deadline;
  // The compliance gate at evaluation: due_at when it allowed the contact at
  // max(evaluation, due_at); its earliest allowed instant when it refused; none when it
  // will not allow while the facts stay as they are. blocked_by names the refusing rules
  // (empty when allowed).
  std::optional<Instant> contactable_from;
  std::string blocked_by;  // comma-separated rule names
  Instant evaluated_at;
  std::optional<std::string> lease_owner;
  std::optional<Instant> lease_until;
  // The work queue's order (queue/queue_rank.hpp): tier ascending, then score descending.
  int rank_tier = 3;
  std::int64_t rank_score = 0;
  std::string rank_why;

  // Returns true iff the strategy part of the action (not the gate's answer) is the same.
  bool same_step_as(const DueAction& other) const {
    return step_index == other.step_index && attempt_number == other.attempt_number &&
           rank_tier == other.rank_tier && rank_score == other.rank_score &&
           due_at == other.due_at && deadline == other.deadline &&
           strategy_version == other.strategy_version && segment == other.segment;
  }
};

struct CaseForRun {
  domain::Case case_record;
  domain::Debtor debtor;
  std::vector<domain::Claim> claims;  // every claim of the case, open or not
  std::optional<Instant> last_claim_change;  // when a claim was last updated (paid, recalled)
  std::optional<LadderRecord> ladder;
  std::optional<DueAction> due_action;
  std::vector<HoldRecord> holds;
  std::vector<ContactRecord> contacts;  // within the lookback, oldest first
  // The case's active and broken agreements, in id order: an active one pauses the ladder,
  // a broken one resumes it.
  std::vector<AgreementRecord> agreements;
};

// What the work queue holds for calls at one instant.
struct QueueCounts {
  std::int64_t due = 0;        // call actions due now, deadline ahead
  std::int64_t ready = 0;      // of those: allowed by the gate at evaluation and not leased
  std::int64_t leased = 0;     // of those: held by an operator
  std::int64_t blocked = 0;    // of those: the gate refused at evaluation
  std::int64_t due_later = 0;  // call actions not yet due
  std::vector<std::pair<int, std::int64_t>> ready_by_tier;
};

// A case's new stage (the step or standing it reached) and status, as the run sets them.
struct CaseStage {
  CaseId case_id;
  std::string stage;
  domain::CaseStatus status = domain::CaseStatus::kOpen;
};

struct StrategyRunRecord {
  std::optional<ClientId> client_id;  // none: every client
  Instant evaluated_at;               // the run's "now"
  Instant started_at;
  Instant finished_at;
  std::int64_t cases = 0;
  std::string report;  // the run's JSON report
};

}  // namespace duecall::app
