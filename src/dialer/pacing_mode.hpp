// The pacing modes the simulator runs and the command line names, in their report order.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace duecall::dialer {

enum class PacingMode { kProgressive, kRatio, kAdaptive, kPredictive, kOracle };

inline constexpr std::array<PacingMode, 5> kAllPacingModes = {
    PacingMode::kProgressive, PacingMode::kRatio, PacingMode::kAdaptive,
    PacingMode::kPredictive, PacingMode::kOracle};

std::string_view pacing_mode_name(PacingMode mode);
std::optional<PacingMode> parse_pacing_mode(std::string_view name);

}  // namespace duecall::dialer
