#include "dialer/pacing_mode.hpp"

namespace duecall::dialer {

std::string_view pacing_mode_name(PacingMode mode) {
  switch (mode) {
    case PacingMode::kProgressive: return "progressive";
    case PacingMode::kRatio: return "ratio";
    case PacingMode::kAdaptive: return "adaptive";
    case PacingMode::kPredictive: return "predictive";
    case PacingMode::kOracle: return "oracle";
  }
  return "unknown";
}

std::optional<PacingMode> parse_pacing_mode(std::string_view name) {
  for (PacingMode mode : kAllPacingModes) {
    if (pacing_mode_name(mode) == name) return mode;
  }
  return std::nullopt;
}

}  // namespace duecall::dialer
