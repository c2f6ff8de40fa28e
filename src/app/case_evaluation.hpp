// What the strategy run decides for one case, computed without touching the store: the
// use case (strategy_run.hpp) reads cases in batches, evaluates each here and writes back
// what changed. Pure apart from reading its arguments, so it is tested case by case.
//
// For a case, at the run's instant `now`:
//   1. A case without open claims leaves the ladder: paid when every claim is paid,
//      recalled when the client recalled any; it is closed and loses its due action.
//   2. Otherwise its ladder state is rebuilt from the stored LadderRecord (or a fresh one
//      under the client's newest strategy), the contacts logged since the last run are
//      applied as attempts on the step that was due when each was made (a contact on
//      another channel, or before the step's attempt was due, still counts for the
//      compliance gate but does not move the ladder), and the ladder catches up to `now`.
//   3. The next action becomes the case's due action, with the compliance gate's answer for
//      doing it at max(now, due_at): allowed, or the rules that refuse and the earliest
//      instant every rule allows. A case with several open claims may be contacted when
//      the gate allows contact about at least one of them; when it allows none, the answer
//      is that of the claim that opens first.
//   4. The case's stage is the step it is on, or its standing when there is no step to
//      work (paused, paid, recalled, handed_over, returned_to_client); a change of stage
//      goes on the timeline with the engine's explanation.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "app/strategy_records.hpp"
#include "compliance/gate.hpp"
#include "compliance/reason.hpp"
#include "domain/client.hpp"
#include "queue/queue_rank.hpp"
#include "strategy/next_action.hpp"
#include "strategy/strategy.hpp"

namespace duecall::app {

// One ComplianceGate per client and jurisdiction, built on first use.
class GateCache {
 public:
  Result<const compliance::ComplianceGate*> gate_for(const domain::Client& client,
                                                     const std::string& country,
                                                     const std::optional<std::string>& region);

 private:
  std::map<std::tuple<std::int64_t, std::string, std::string>,
           std::unique_ptr<compliance::ComplianceGate>>
      gates_;
};

struct RunContext {
  const domain::Client* client = nullptr;
  // The strategy the case is on (its ladder's version), and the client's newest version,
  // which a case entering the ladder starts under.
  std::shared_ptr<const strategy::Strategy> strategy;
  int strategy_version = 0;
  GateCache* gates = nullptr;
  const std::set<std::string>* numbers_on_do_not_call = nullptr;
  Instant now;
};

struct GateAnswer {
  bool allowed = false;
  std::optional<Instant> contactable_from;
  std::vector<compliance::Refusal> refused_by;
  bool unreachable = false;  // no address on the action's channel
};

struct CaseEvaluation {
  CaseId case_id;
  std::string stage;  // the stage the case is at after the run
  strategy::Standing standing = strategy::Standing::action_due;
  std::optional<DueAction> action;  // the case's due action after the run
  std::optional<GateAnswer> gate;   // the gate's answer about `action`, for contact channels
  bool entered_ladder = false;

  // What to write; empty when nothing changed.
  std::optional<LadderRecord> ladder_to_save;
  bool save_action = false;
  bool delete_action = false;
  std::optional<CaseStage> stage_change;
  std::string stage_event_payload;  // JSON, when the stage changed
};

Result<CaseEvaluation> evaluate_case(const CaseForRun& facts, const RunContext& context);

// The compliance gate's answer for doing `action` (on a step of `step_channel`) at
// max(context.now, action.due_at); the work queue asks it again when it hands a call out.
// context.strategy is not used.
Result<GateAnswer> ask_gate(const CaseForRun& facts, const RunContext& context,
                            const DueAction& action, strategy::Channel step_channel);

// Returns true iff a contact logged on `logged` is an attempt at a step on `step`: an
// agent's call also answers for the automated reminder call.
bool contact_counts_for(compliance::Channel logged, strategy::Channel step);

// Stores the gate's answer on the due action: contactable_from and the refusing rules.
void record_gate_answer(DueAction& action, const GateAnswer& gate);

// The case's rank in the work queue at `now` (queue/queue_rank.hpp).
queue::Rank rank_for(const CaseForRun& facts, const domain::Client& client, Instant now,
                     const std::optional<Instant>& agreement_broken_at);

// The stage name for a standing without an action ("paused", "paid", ...).
std::string_view stage_of_standing(strategy::Standing standing);

}  // namespace duecall::app
