#include "app/strategy_run.hpp"

#include <set>

#include <nlohmann/json.hpp>

#include "app/agreement_monitor.hpp"
#include "app/case_evaluation.hpp"
#include "app/contact_check.hpp"
#include "app/debtor_reach.hpp"
#include "app/strategies.hpp"
#include "core/check.hpp"
#include "strategy/default_strategy.hpp"

namespace duecall::app {
namespace {

constexpr std::size_t kErrorsKept = 20;

void count_error(StrategyRunReport& report, CaseId case_id, const Error& error) {
  ++report.errors;
  if (report.first_errors.size() < kErrorsKept) {
    report.first_errors.push_back({case_id, error.message});
  }
}

void tally(StrategyRunReport& report, const CaseEvaluation& evaluation, Instant now) {
  ++report.by_standing[std::string(strategy::standing_name(evaluation.standing))];
  if (evaluation.entered_ladder) ++report.entered_ladder;
  if (evaluation.stage_change && !evaluation.stage_event_payload.empty()) ++report.stage_changes;
  if (evaluation.save_action) ++report.actions_written;
  if (evaluation.delete_action) ++report.actions_removed;
  if (!evaluation.action) return;
  const DueAction& action = *evaluation.action;
  if (action.due_at > now) {
    ++report.due_later;
    return;
  }
  ++report.due_now;
  ++report.due_now_by_channel[action.channel];
  const GateAnswer& gate = *evaluation.gate;
  if (gate.allowed) {
    ++report.contactable_now;
    return;
  }
  ++report.not_contactable_now;
  if (gate.unreachable) ++report.no_contact_address;
  for (compliance::Refusal rule : gate.refused_by) {
    ++report.not_contactable_by_rule[std::string(compliance::refusal_name(rule))];
  }
  if (action.channel != "call") return;
  ++report.calls_not_contactable_now;
  if (gate.unreachable) ++report.calls_no_contact_address;
  for (compliance::Refusal rule : gate.refused_by) {
    ++report.calls_not_contactable_by_rule[std::string(compliance::refusal_name(rule))];
  }
}

Status write_batch(StoreTransaction& transaction, std::vector<CaseEvaluation>& evaluations,
                   Instant now, const std::string& actor) {
  std::vector<LadderRecord> ladders;
  std::vector<DueAction> actions;
  std::vector<CaseId> removed;
  std::vector<CaseStage> stages;
  std::vector<CaseId> with_events;
  for (CaseEvaluation& evaluation : evaluations) {
    if (evaluation.ladder_to_save) ladders.push_back(std::move(*evaluation.ladder_to_save));
    if (evaluation.save_action) actions.push_back(*evaluation.action);
    if (evaluation.delete_action) removed.push_back(evaluation.case_id);
    if (evaluation.stage_change) stages.push_back(*evaluation.stage_change);
    if (!evaluation.stage_event_payload.empty()) with_events.push_back(evaluation.case_id);
  }
  TRY(transaction.save_ladders(ladders));
  TRY(transaction.save_due_actions(actions));
  TRY(transaction.delete_due_actions(removed));
  TRY(transaction.set_case_stages(stages));
  if (with_events.empty()) return Ok{};
  auto heads = TRY(transaction.timeline_heads(with_events));
  std::vector<domain::TimelineEvent> events;
  events.reserve(heads.size());
  std::size_t next = 0;
  for (CaseEvaluation& evaluation : evaluations) {
    if (evaluation.stage_event_payload.empty()) continue;
    const auto& [case_id, head] = heads[next++];
    DC_VERIFY(case_id == evaluation.case_id, "timeline heads come back in the order asked");
    events.push_back(domain::chain_event(head, case_id, domain::event_kind::kStageChanged, now,
                                         actor, std::move(evaluation.stage_event_payload)));
  }
  return transaction.append_events(events);
}

// The client's newest strategy version, storing the default first when the client has none
// (a dry run only borrows it).
Result<int> newest_strategy(Store& store, StrategyBook& book, const domain::Client& client,
                            bool dry_run, Instant now) {
  auto transaction = TRY(store.begin());
  if (dry_run) {
    auto found = TRY(transaction->find_strategy(client.id, std::nullopt));
    if (found) return found->version;
    book.remember(client.id, 1,
                  std::make_shared<const strategy::Strategy>(strategy::default_strategy()));
    return 1;
  }
  StoredStrategy newest = TRY(ensure_client_strategy(*transaction, client.id, now, "system"));
  TRY(transaction->commit());
  return newest.version;
}

}  // namespace

Result<StrategyRunReport> run_strategy(Store& store, const Clock& clock,
                                       const StrategyRunInput& input) {
  const Instant started = clock.now();
  const Instant now = input.at.value_or(started);
  StrategyRunReport report{.at = now, .dry_run = input.dry_run};

  std::vector<domain::Client> clients;
  {
    auto transaction = TRY(store.begin());
    if (input.client_code) {
      auto client = TRY(transaction->find_client(*input.client_code));
      if (!client) return Error::not_found("no client with code " + *input.client_code);
      clients.push_back(std::move(*client));
    } else {
      clients = TRY(transaction->list_clients());
    }
    TRY(transaction->commit());
  }

  GateCache gates;
  StrategyBook book;
  for (const domain::Client& client : clients) {
    const int newest = TRY(newest_strategy(store, book, client, input.dry_run, now));
    CaseId after(0);
    while (true) {
      auto transaction = TRY(store.begin());
      if (!input.dry_run) TRY(transaction->lock_client_for_intake(client.id));
      auto batch = TRY(transaction->open_cases_for_run(client.id, after, input.batch_size,
                                                       now - kContactHistoryLookback));
      if (batch.empty()) break;
      after = batch.back().case_record.id;

      const MonitorTally monitored =
          TRY(monitor_agreements(*transaction, client, batch, now, !input.dry_run, input.actor));
      report.agreements_kept += monitored.kept;
      report.agreements_broken += monitored.broken;

      std::vector<std::string> numbers;
      for (const CaseForRun& facts : batch) {
        if (auto phone = contact_address(facts.debtor, compliance::Channel::call); phone.ok()) {
          numbers.push_back(std::move(phone).value());
        }
      }
      auto listed = TRY(transaction->numbers_on_do_not_call(numbers));
      const std::set<std::string> on_do_not_call(listed.begin(), listed.end());

      std::vector<CaseEvaluation> evaluations;
      evaluations.reserve(batch.size());
      for (const CaseForRun& facts : batch) {
        const int version = facts.ladder ? facts.ladder->strategy_version : newest;
        auto strategy = book.get(*transaction, client.id, version);
        if (!strategy.ok()) {
          count_error(report, facts.case_record.id, strategy.error());
          continue;
        }
        RunContext context{.client = &client,
                           .strategy = *strategy,
                           .strategy_version = version,
                           .gates = &gates,
                           .numbers_on_do_not_call = &on_do_not_call,
                           .now = now};
        auto evaluation = evaluate_case(facts, context);
        if (!evaluation.ok()) {
          count_error(report, facts.case_record.id, evaluation.error());
          continue;
        }
        tally(report, *evaluation, now);
        evaluations.push_back(std::move(evaluation).value());
      }
      report.cases += static_cast<std::int64_t>(batch.size());
      if (!input.dry_run) {
        TRY(write_batch(*transaction, evaluations, now, input.actor));
        TRY(transaction->commit());
      }
      if (input.on_progress) input.on_progress(report.cases);
    }
  }

  if (!input.dry_run) {
    auto transaction = TRY(store.begin());
    std::optional<ClientId> only;
    if (input.client_code && !clients.empty()) only = clients.front().id;
    report.run_id = TRY(transaction->record_strategy_run(
        {.client_id = only,
         .evaluated_at = now,
         .started_at = started,
         .finished_at = clock.now(),
         .cases = report.cases,
         .report = strategy_run_report_json(report)}));
    TRY(transaction->commit());
  }
  return report;
}

std::string strategy_run_report_json(const StrategyRunReport& report) {
  nlohmann::ordered_json json;
  json["at"] = format_iso8601(report.at);
  json["dry_run"] = report.dry_run;
  json["cases"] = report.cases;
  json["entered_ladder"] = report.entered_ladder;
  json["stage_changes"] = report.stage_changes;
  json["by_standing"] = report.by_standing;
  json["due_now"] = report.due_now;
  json["due_now_by_channel"] = report.due_now_by_channel;
  json["contactable_now"] = report.contactable_now;
  json["not_contactable_now"] = report.not_contactable_now;
  json["not_contactable_by_rule"] = report.not_contactable_by_rule;
  json["no_contact_address"] = report.no_contact_address;
  json["due_later"] = report.due_later;
  json["actions_written"] = report.actions_written;
  json["actions_removed"] = report.actions_removed;
  json["agreements_kept"] = report.agreements_kept;
  json["agreements_broken"] = report.agreements_broken;
  json["errors"] = report.errors;
  nlohmann::ordered_json errors = nlohmann::ordered_json::array();
  for (const CaseError& error : report.first_errors) {
    errors.push_back({{"case_id", error.case_id.value}, {"message", error.message}});
  }
  json["first_errors"] = errors;
  if (report.run_id) json["run_id"] = *report.run_id;
  return json.dump();
}

}  // namespace duecall::app
