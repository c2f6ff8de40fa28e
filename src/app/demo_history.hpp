// A few working days of floor history for the demo database, made through the same use
// cases an operator's day goes through: each morning the strategy runs; operators take
// cases from the work queue and log what happened (no answer, busy, the debtor with an
// outcome and minutes); promises and instalment plans are agreed, some outside the
// client's floors so that they wait for a supervisor; a bank statement pays part of the
// promises. Finally the strategy runs "now" so that the queue is ready for today.
//
// The clock steps through the days; the outcomes come from a seeded generator, so the same
// seed and day give the same history. The gate applies as in real work: at an hour or on a
// day when no call is allowed the queue hands nothing out and the day has fewer calls.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

struct DemoHistoryInput {
  std::vector<std::string> operators;  // logins of enabled operators
  Instant now;                         // the last day of history is the working day before
  std::string time_zone = "Europe/Ljubljana";
  int days = 3;                        // working days (Monday to Friday) of history
  int calls_per_operator_per_day = 24;
  std::uint64_t seed = 7;
};

struct DemoHistoryReport {
  int days = 0;
  std::int64_t calls = 0;
  std::int64_t right_party = 0;
  std::int64_t promises = 0;
  std::int64_t plans = 0;
  std::int64_t awaiting_approval = 0;
  std::int64_t payments_posted = 0;
  std::int64_t due_now = 0;  // due actions after the final run
};

// The first morning of the history (07:00 local): a demo database is set up as of then, so
// that its claims are placed before the days of work begin.
Result<Instant> demo_history_start(const DemoHistoryInput& input);

Result<DemoHistoryReport> build_demo_history(Store& store, const DemoHistoryInput& input);

}  // namespace duecall::app
