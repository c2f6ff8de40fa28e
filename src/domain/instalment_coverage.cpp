#include "domain/instalment_coverage.hpp"

#include <algorithm>

namespace duecall::domain {

std::vector<Money> instalment_coverage(const std::vector<ExpectedPayment>& schedule,
                                       const Money& paid) {
  std::vector<Money> covered;
  std::int64_t left = std::max<std::int64_t>(paid.minor(), 0);
  for (const auto& expected : schedule) {
    const std::int64_t part = std::min(left, expected.amount.minor());
    covered.emplace_back(part, expected.amount.currency());
    left -= part;
  }
  return covered;
}

}  // namespace duecall::domain
