#include "domain/kpi_rate.hpp"

#include "core/check.hpp"

namespace duecall::domain {
namespace {

// numerator * scale / denominator in hundredths, rounded half up, as "I.FF".
std::string hundredths(std::int64_t numerator, std::int64_t denominator, std::int64_t scale) {
  // Half up: add half the denominator before the integer division.
  std::int64_t scaled = (numerator * scale * 2 + denominator) / (denominator * 2);
  std::string fraction = std::to_string(scaled % 100);
  if (fraction.size() < 2) fraction.insert(0, "0");
  return std::to_string(scaled / 100) + "." + fraction;
}

}  // namespace

std::optional<std::string> KpiRate::percent() const {
  DC_VERIFY(numerator >= 0 && denominator >= 0, "rates count things");
  if (!defined()) return std::nullopt;
  return hundredths(numerator, denominator, 10000);
}

std::optional<std::string> KpiRate::ratio() const {
  DC_VERIFY(numerator >= 0 && denominator >= 0, "rates count things");
  if (!defined()) return std::nullopt;
  return hundredths(numerator, denominator, 100);
}

}  // namespace duecall::domain
