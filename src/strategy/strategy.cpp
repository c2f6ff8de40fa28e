#include "strategy/strategy.hpp"

namespace duecall::strategy {

std::optional<std::size_t> Segment::step_index_of(std::string_view name) const {
  for (std::size_t step_idx = 0; step_idx < steps.size(); ++step_idx) {
    if (steps[step_idx].name == name) return step_idx;
  }
  return std::nullopt;
}

const Segment* Strategy::segment_named(std::string_view name) const {
  for (const Segment& segment : segments) {
    if (segment.name == name) return &segment;
  }
  return nullptr;
}

}  // namespace duecall::strategy
