// Payments fill an agreement's schedule in due-date order, each expected payment up to its
// amount; nothing paid leaves every instalment uncovered and overpaying covers them all.
#include "domain/instalment_coverage.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

Money euros(std::int64_t cents) { return Money(cents, Currency::parse("EUR").value()); }

std::vector<ExpectedPayment> three_of_twenty() {
  std::vector<ExpectedPayment> schedule;
  for (unsigned day : {1u, 8u, 15u}) {
    schedule.push_back({CivilDate::from_ymd(2026, 12, day), euros(2000)});
  }
  return schedule;
}

TEST(InstalmentCoverage, FillsInstalmentsInOrderEachUpToItsAmount) {
  EXPECT_EQ(instalment_coverage(three_of_twenty(), euros(3200)),
            (std::vector<Money>{euros(2000), euros(1200), euros(0)}));
}

TEST(InstalmentCoverage, NothingPaidCoversNothingAndOverpayingCoversEverything) {
  EXPECT_EQ(instalment_coverage(three_of_twenty(), euros(0)),
            (std::vector<Money>{euros(0), euros(0), euros(0)}));
  EXPECT_EQ(instalment_coverage(three_of_twenty(), euros(9999)),
            (std::vector<Money>{euros(2000), euros(2000), euros(2000)}));
}

TEST(InstalmentCoverage, AnAgreementWithoutScheduleHasNothingToCover) {
  EXPECT_TRUE(instalment_coverage({}, euros(500)).empty());
}

}  // namespace
}  // namespace duecall::domain
