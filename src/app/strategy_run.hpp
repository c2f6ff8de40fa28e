// `strategy run`: evaluates every open case (of one client, or of all) at one instant,
// records stage changes on the case timelines, and writes each case's due action for the
// work queue and the dialer (case_evaluation.hpp says what is decided per case). A dry run
// reads and decides the same but writes nothing: the preview a supervisor reads before a
// campaign.
//
// Cases are read and written in batches of `batch_size`, one transaction per batch that
// holds the client's lock (the one intake takes), so that two runs, or a run and an import,
// never interleave on one case: a batch sees every change committed before it and its own
// writes are all or nothing. A second run at the same instant therefore finds nothing to
// change. Each run that writes is recorded with its report.
//
// Before a batch is evaluated the promise monitor judges its active agreements
// (agreement_monitor.hpp), so a promise broken since the last run resumes the ladder in
// this one; the report counts the agreements kept and broken.
//
// The report counts, over the cases evaluated:
//   - by standing (action_due, paused_by_agreement, ...) and by the channel of due actions;
//   - actions due now (due_at <= now) and of those the ones the compliance gate allows now,
//     and the ones it refuses, by refusing rule (a case refused by two rules counts under
//     both), plus the ones with no address on the action's channel;
//   - actions due later; cases that entered the ladder, changed stage, or could not be
//     evaluated (with the first few errors, by case id).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

struct StrategyRunInput {
  std::optional<std::string> client_code;  // none: every client
  std::optional<Instant> at;               // none: now
  bool dry_run = false;
  std::string actor = "strategy";
  std::size_t batch_size = 2000;
  std::function<void(std::int64_t cases_done)> on_progress;
};

struct CaseError {
  CaseId case_id;
  std::string message;
};

struct StrategyRunReport {
  Instant at;
  bool dry_run = false;
  std::int64_t cases = 0;
  std::int64_t entered_ladder = 0;
  std::int64_t stage_changes = 0;
  std::map<std::string, std::int64_t> by_standing;
  std::map<std::string, std::int64_t> due_now_by_channel;
  std::int64_t due_now = 0;
  std::int64_t contactable_now = 0;
  std::int64_t not_contactable_now = 0;
  std::map<std::string, std::int64_t> not_contactable_by_rule;
  std::int64_t no_contact_address = 0;
  // The same three counts for due calls alone, which is what a dialer campaign works.
  std::int64_t calls_not_contactable_now = 0;
  std::map<std::string, std::int64_t> calls_not_contactable_by_rule;
  std::int64_t calls_no_contact_address = 0;
  std::int64_t due_later = 0;
  std::int64_t actions_written = 0;
  std::int64_t actions_removed = 0;
  std::int64_t agreements_kept = 0;    // by the promise monitor, in this run
  std::int64_t agreements_broken = 0;
  std::int64_t errors = 0;
  std::vector<CaseError> first_errors;  // at most 20
  std::optional<std::int64_t> run_id;   // the recorded run; none for a dry run
};

Result<StrategyRunReport> run_strategy(Store& store, const Clock& clock,
                                       const StrategyRunInput& input);

// The report as JSON (the CLI's --json and the recorded run).
std::string strategy_run_report_json(const StrategyRunReport& report);

}  // namespace duecall::app
