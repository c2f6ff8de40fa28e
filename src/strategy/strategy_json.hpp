// Strategies as JSON documents, so that a client's strategy can be reviewed, versioned and
// loaded as data. The format is specified by docs/strategy.schema.json and explained in
// docs/strategy.md; src/strategy/default_strategy.json is a complete example.
//
// strategy_from_json checks every invariant listed in strategy.hpp and refuses a bad
// document with an InvalidArgument error whose message starts with the JSON path of the
// offending value and gives the reason, e.g.
//   "$.segments[1].steps[2].channel: 'fax' is not a channel (ivr, call, ...)".
// Unknown fields are refused too, so that a typo ("atempts") is not silently ignored.
// It never throws.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "strategy/strategy.hpp"

namespace duecall::strategy {

Result<Strategy> strategy_from_json(std::string_view text);

}  // namespace duecall::strategy
