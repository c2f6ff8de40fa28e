// AbandonLedger counts, per campaign, the calls answered live and the answered calls that
// were abandoned (no agent within the grace time), over the two sliding windows the rules
// measure: 24 hours (Ofcom: "any 24-hour period") and 30 days (FCC/FTC: "a 30-day period
// for a single calling campaign"). An abandoned call is also an answered call: the rate is
// abandoned / answered.
//
// A window of length W at `now` holds the events with now − W < at <= now. Events must be
// recorded in non-decreasing time per campaign; events older than 30 days before the newest
// one are forgotten. Pure and event-based: it never reads a clock.
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <string>

#include "core/instant.hpp"

namespace duecall::dialer {

enum class AnswerOutcome { kConnected, kAbandoned };

enum class LedgerWindow { kDay, kThirtyDays };

std::chrono::microseconds window_length(LedgerWindow window);

struct WindowCounts {
  std::int64_t answered = 0;
  std::int64_t abandoned = 0;
  // abandoned / answered; 0 when nothing was answered.
  double rate() const;
};

class AbandonLedger {
 public:
  // REQUIRES: `at` is not earlier than the campaign's previous record.
  void record(const std::string& campaign, Instant at, AnswerOutcome outcome);
  WindowCounts counts(const std::string& campaign, Instant now, LedgerWindow window) const;

 private:
  struct Entry {
    Instant at;
    std::int64_t answered_through;   // answered calls up to and including this entry
    std::int64_t abandoned_through;  // abandoned calls up to and including this entry
  };
  struct CampaignLog {
    std::deque<Entry> entries;
    std::int64_t answered_total = 0;
    std::int64_t abandoned_total = 0;
  };
  std::map<std::string, CampaignLog> campaigns_;
};

}  // namespace duecall::dialer
