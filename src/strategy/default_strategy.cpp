#include "strategy/default_strategy.hpp"

#include "core/check.hpp"
#include "strategy/strategy_json.hpp"

namespace duecall::strategy {

Strategy default_strategy() {
  auto parsed = strategy_from_json(kDefaultStrategyJson);
  DC_VERIFY(parsed.ok(), "the built-in default strategy is valid (default_strategy_test)");
  return std::move(parsed).value();
}

}  // namespace duecall::strategy
