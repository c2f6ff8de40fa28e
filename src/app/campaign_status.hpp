// A campaign's status for supervisors (`duecall campaign status`, GET /api/campaigns/{id}):
// its state, mode and cap; its dial attempts and abandonment rate over the last 24 hours
// and the last 30 days; and the due calls of its clients now, with how many of them the
// compliance gate refuses now and why. The due calls come from the strategy run's dry run
// (strategy_preview.hpp), so they are exactly the ones the work queue and the dialer would
// be given, and the refusals are the gate's own.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "app/ports.hpp"

namespace duecall::app {

inline constexpr std::chrono::hours kAbandonWindowShort{24};
inline constexpr std::chrono::hours kAbandonWindowLong{24 * 30};

struct CampaignStatus {
  CampaignRecord campaign;
  Instant at;
  CampaignAttemptCounts last_24h;
  CampaignAttemptCounts last_30d;
  std::optional<std::int64_t> abandon_rate_24h_bp;  // none: nothing answered
  std::optional<std::int64_t> abandon_rate_30d_bp;
  std::int64_t due_calls = 0;
  std::int64_t not_contactable = 0;
  std::map<std::string, std::int64_t> not_contactable_by_reason;  // rule name -> count
  std::string not_contactable_sentence;  // "2 of 5 not contactable now, because ..."
};

// The status at the clock's now. `with_due_calls` false skips the dry run (the list view).
Result<CampaignStatus> campaign_status(Store& store, const Clock& clock,
                                       std::string_view id_or_name, bool with_due_calls = true);

// Returns true iff the campaign's abandonment rate over either window exceeds its cap.
bool over_abandon_cap(const CampaignStatus& status);

}  // namespace duecall::app
