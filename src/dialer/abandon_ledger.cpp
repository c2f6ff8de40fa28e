#include "dialer/abandon_ledger.hpp"

#include <algorithm>

#include "core/check.hpp"

namespace duecall::dialer {

using namespace std::chrono_literals;

std::chrono::microseconds window_length(LedgerWindow window) {
  return window == LedgerWindow::kDay ? std::chrono::microseconds(24h)
                                      : std::chrono::microseconds(24h * 30);
}

double WindowCounts::rate() const {
  return answered == 0 ? 0.0 : static_cast<double>(abandoned) / static_cast<double>(answered);
}

void AbandonLedger::record(const std::string& campaign, Instant at, AnswerOutcome outcome) {
  CampaignLog& log = campaigns_[campaign];
  DC_VERIFY(log.entries.empty() || log.entries.back().at <= at,
            "the ledger is fed in time order by its single driver");
  log.answered_total += 1;
  if (outcome == AnswerOutcome::kAbandoned) log.abandoned_total += 1;
  log.entries.push_back({at, log.answered_total, log.abandoned_total});
  // Keep one entry at or before the 30-day edge so the window's base count stays known.
  const Instant horizon = at - window_length(LedgerWindow::kThirtyDays);
  while (log.entries.size() > 1 && log.entries[1].at <= horizon) log.entries.pop_front();
}

WindowCounts AbandonLedger::counts(const std::string& campaign, Instant now,
                                   LedgerWindow window) const {
  auto found = campaigns_.find(campaign);
  if (found == campaigns_.end()) return {};
  const std::deque<Entry>& entries = found->second.entries;
  auto by_time = [](const Entry& entry, Instant t) { return entry.at <= t; };
  // Entries at or before `now`, and at or before the window's open edge.
  auto end = std::partition_point(entries.begin(), entries.end(),
                                   [&](const Entry& e) { return by_time(e, now); });
  const Instant edge = now - window_length(window);
  auto start = std::partition_point(entries.begin(), end,
                                    [&](const Entry& e) { return by_time(e, edge); });
  if (end == entries.begin()) return {};
  const Entry& last = *(end - 1);
  WindowCounts counts{last.answered_through, last.abandoned_through};
  if (start != entries.begin()) {
    const Entry& before = *(start - 1);
    counts.answered -= before.answered_through;
    counts.abandoned -= before.abandoned_through;
  }
  return counts;
}

}  // namespace duecall::dialer
