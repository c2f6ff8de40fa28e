// Goal: agreement terms are built only when they make sense on their own (positive amounts,
// dates from today on, plans of two or more), plan schedules split money exactly and fall
// due on the right days, and the stored form reads back to the same terms.
//
// Method: one example per rule and edge, in EUR, with today fixed at 2026-12-01.
#include "domain/agreement.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

Currency eur() {
  return Currency::parse("EUR").value();
}
Money eur_cents(std::int64_t cents) {
  return Money(cents, eur());
}
CivilDate day(int y, unsigned m, unsigned d) {
  return CivilDate::from_ymd(y, m, d);
}
const CivilDate kToday = day(2026, 12, 1);

TEST(AgreementKinds, ReadAndWriteTheirCommandLineNames) {
  for (auto name : {"promise", "plan", "settlement", "extension", "reduced_interest"}) {
    EXPECT_EQ(agreement_kind_name(parse_agreement_kind(name).value()), name);
  }
  EXPECT_FALSE(parse_agreement_kind("loan").ok());
  for (auto name : {"active", "pending_approval", "kept", "broken", "cancelled"}) {
    EXPECT_EQ(agreement_state_name(parse_agreement_state(name).value()), name);
  }
  EXPECT_TRUE(agreement_is_open(AgreementState::kPendingApproval));
  EXPECT_FALSE(agreement_is_open(AgreementState::kKept));
}

TEST(Promise, IsOnePaymentOnItsDate) {
  auto terms = make_promise(eur_cents(5000), day(2026, 12, 10), kToday).value();
  ASSERT_EQ(terms.schedule.size(), 1u);
  EXPECT_EQ(terms.schedule[0], (ExpectedPayment{day(2026, 12, 10), eur_cents(5000)}));
}

TEST(Promise, RefusesZeroAmountsAndPastDatesButAcceptsToday) {
  EXPECT_FALSE(make_promise(eur_cents(0), day(2026, 12, 10), kToday).ok());
  EXPECT_FALSE(make_promise(eur_cents(100), day(2026, 11, 30), kToday).ok());
  EXPECT_TRUE(make_promise(eur_cents(100), kToday, kToday).ok());
}

TEST(EqualPlan, GivesTheRemainderOfTheDivisionToTheLastInstalment) {
  auto terms =
      make_equal_plan(eur_cents(10000), 3, day(2026, 12, 10), Frequency::kMonth, kToday).value();
  ASSERT_EQ(terms.schedule.size(), 3u);
  EXPECT_EQ(terms.schedule[0].amount, eur_cents(3333));
  EXPECT_EQ(terms.schedule[1].amount, eur_cents(3333));
  EXPECT_EQ(terms.schedule[2].amount, eur_cents(3334));
  EXPECT_EQ(terms.scheduled_total().value(), eur_cents(10000));
  EXPECT_EQ(terms.schedule[2].due_date, day(2027, 2, 10));
}

TEST(EqualPlan, RefusesFewerThanTwoInstalments) {
  EXPECT_FALSE(make_equal_plan(eur_cents(10000), 1, kToday, Frequency::kWeek, kToday).ok());
  EXPECT_FALSE(make_equal_plan(eur_cents(10000), 121, kToday, Frequency::kWeek, kToday).ok());
}

TEST(PlanOfAmounts, KeepsTheAmountsAndSpacesThemByTheFrequency) {
  auto terms = make_plan_of_amounts({eur_cents(5000), eur_cents(5000), eur_cents(2000)},
                                    day(2026, 12, 3), Frequency::kTwoWeeks, kToday)
                   .value();
  EXPECT_EQ(terms.schedule[1].due_date, day(2026, 12, 17));
  EXPECT_EQ(terms.schedule[2].due_date, day(2026, 12, 31));
  EXPECT_EQ(terms.schedule[2].amount, eur_cents(2000));
  EXPECT_FALSE(
      make_plan_of_amounts({eur_cents(5000), eur_cents(0)}, kToday, Frequency::kWeek, kToday).ok());
}

TEST(MonthlyDueDates, KeepTheDayOfMonthOrFallBackToTheMonthsLastDay) {
  const CivilDate first = day(2027, 1, 31);
  EXPECT_EQ(nth_due_date(first, Frequency::kMonth, 1), day(2027, 2, 28));
  EXPECT_EQ(nth_due_date(first, Frequency::kMonth, 2), day(2027, 3, 31));
  EXPECT_EQ(nth_due_date(first, Frequency::kWeek, 1), day(2027, 2, 7));
}

TEST(Settlement, RefusesMoreThanTheBalance) {
  EXPECT_TRUE(make_settlement(eur_cents(10000), kToday, eur_cents(10000), kToday).ok());
  EXPECT_FALSE(make_settlement(eur_cents(10001), kToday, eur_cents(10000), kToday).ok());
}

TEST(Extension, SchedulesTheWholeBalanceOnALaterDay) {
  auto terms = make_extension(day(2026, 12, 20), eur_cents(12345), kToday).value();
  EXPECT_EQ(terms.schedule[0], (ExpectedPayment{day(2026, 12, 20), eur_cents(12345)}));
  EXPECT_FALSE(make_extension(kToday, eur_cents(12345), kToday).ok());
}

TEST(ReducedInterest, MustLowerTheInterestAndSchedulesNothing) {
  auto terms = make_reduced_interest(eur_cents(500), eur_cents(2000), eur_cents(12000)).value();
  EXPECT_TRUE(terms.schedule.empty());
  EXPECT_FALSE(make_reduced_interest(eur_cents(2000), eur_cents(2000), eur_cents(12000)).ok());
  EXPECT_FALSE(make_reduced_interest(eur_cents(-1), eur_cents(2000), eur_cents(12000)).ok());
}

TEST(StoredTerms, ReadBackToTheSameTerms) {
  std::vector<AgreementTerms> all = {
      make_promise(eur_cents(5000), day(2026, 12, 10), kToday).value(),
      make_equal_plan(eur_cents(10000), 3, day(2026, 12, 10), Frequency::kWeek, kToday).value(),
      make_settlement(eur_cents(8000), kToday, eur_cents(10000), kToday).value(),
      make_extension(day(2026, 12, 20), eur_cents(12345), kToday).value(),
      make_reduced_interest(eur_cents(500), eur_cents(2000), eur_cents(12000)).value()};
  for (const auto& terms : all) {
    auto json = nlohmann::json::parse(terms_to_json(terms).dump());
    EXPECT_EQ(terms_from_json(terms.kind, json, terms.schedule, eur()).value(), terms)
        << json.dump();
  }
}

}  // namespace
}  // namespace duecall::domain
