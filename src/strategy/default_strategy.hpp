// The strategy a client gets until it writes its own: Slovenian early-collection practice,
// as the document src/strategy/default_strategy.json (compiled in verbatim, so the file is
// both the source and the example in docs/strategy.md). In brief, per segment:
//
//   small_balance (<= 49.99 EUR)   ivr within 24 h of intake; calls reminder+4..+10 days;
//                                  SMS; letter; extrajudicial notice; a follow-up call,
//                                  then return_to_client
//   late_placement (> 30 days past due at intake)
//                                  call within 24 h; calls intake+1..+8 days; SMS; letter;
//                                  notice; bureau; judicial
//   standard (catch-all)           ivr within 24 h; calls reminder+4..+10 days; SMS;
//                                  letter; notice; bureau (once the notice is N days old;
//                                  skipped when the case may not be registered); judicial
//
// A broken agreement resumes late_placement and standard at the extrajudicial notice (or
// where the ladder paused, if later).
#pragma once

#include <string_view>

#include "strategy/strategy.hpp"

namespace duecall::strategy {

extern const std::string_view kDefaultStrategyJson;

// The parsed default strategy. The document is validated by a unit test, so parsing it
// cannot fail at run time.
Strategy default_strategy();

}  // namespace duecall::strategy
