// The strategy preview a supervisor reads before a campaign: the dry run of the strategy run
// (nothing written) and one sentence that says how many of the actions due now cannot be
// carried out now and why, e.g. "3 of 12 not contactable now, because 2 contact outside
// permitted hours, 1 no contact address." A case refused by two rules counts under both,
// as in the report, so the reasons may add up to more than X.
#pragma once

#include <optional>
#include <string>

#include "app/strategy_run.hpp"

namespace duecall::app {

// The dry run for one client (or all) at `clock`'s now.
Result<StrategyRunReport> preview_strategy(Store& store, const Clock& clock,
                                           const std::optional<std::string>& client_code);

std::string not_contactable_sentence(const StrategyRunReport& report);

}  // namespace duecall::app
