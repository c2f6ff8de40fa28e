// A KpiRate is an exact fraction that reports print as a decimal: a share as a percent
// ("66.67" for 2 of 3) or an average per day ("12.50"). Numerator and denominator stay
// integers; the decimal is made once, at printing, rounded half up to two places. A rate
// whose denominator is 0 has no value (printed as null in JSON, empty in CSV, "—" in text)
// rather than 0 %, since nothing was there to measure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace duecall::domain {

struct KpiRate {
  std::int64_t numerator = 0;
  std::int64_t denominator = 0;

  // Returns true iff there is a value (the denominator is not 0).
  bool defined() const { return denominator != 0; }
  // numerator / denominator * 100 with two decimals, half up; none when undefined.
  // REQUIRES: 0 <= numerator < 4e14 and denominator >= 0.
  std::optional<std::string> percent() const;
  // numerator / denominator with two decimals, half up; none when undefined.
  std::optional<std::string> ratio() const;
  bool operator==(const KpiRate&) const = default;
};

}  // namespace duecall::domain
