// Goal: the promise monitor's rule decides kept, broken and running exactly at its edges:
// the last grace day, one minor unit short, a payment after the deadline, partial payments
// that add up, a plan paid ahead, a plan broken at its second instalment.
//
// Method: promises and plans in EUR made on 2026-12-01 with 3 grace days, judged on chosen
// days against chosen payments.
#include "domain/promise_judgement.hpp"

#include <gtest/gtest.h>

#include <vector>

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
const CivilDate kMadeOn = day(2026, 12, 1);
constexpr int kGraceDays = 3;

AgreementTerms promise_of_50_on_the_10th() {
  return make_promise(eur_cents(5000), day(2026, 12, 10), kMadeOn).value();
}

// 3 x 40.00 EUR monthly from 2026-12-10.
AgreementTerms plan_of_three() {
  return make_equal_plan(eur_cents(12000), 3, day(2026, 12, 10), Frequency::kMonth, kMadeOn)
      .value();
}

PromiseJudgement judge(const AgreementTerms& terms, std::vector<DatedPayment> payments,
                       CivilDate today) {
  return judge_promise(terms, payments, kGraceDays, today).value();
}

TEST(PromiseJudgement, RunsUntilPaidWhileTheDeadlineIsAhead) {
  auto judged = judge(promise_of_50_on_the_10th(), {}, day(2026, 12, 10));
  EXPECT_EQ(judged.verdict, PromiseVerdict::kRunning);
  EXPECT_EQ(judged.paid_total, eur_cents(0));
}

TEST(PromiseJudgement, IsKeptByAPaymentOnTheLastGraceDay) {
  auto judged = judge(promise_of_50_on_the_10th(), {{day(2026, 12, 13), eur_cents(5000)}},
                      day(2026, 12, 20));
  EXPECT_EQ(judged.verdict, PromiseVerdict::kKept);
  EXPECT_EQ(judged.kept_on, day(2026, 12, 13));
}

TEST(PromiseJudgement, IsStillRunningOnTheLastGraceDayWithoutPayment) {
  auto judged = judge(promise_of_50_on_the_10th(), {}, day(2026, 12, 13));
  EXPECT_EQ(judged.verdict, PromiseVerdict::kRunning);
}

TEST(PromiseJudgement, IsBrokenTheDayAfterTheLastGraceDay) {
  auto judged = judge(promise_of_50_on_the_10th(), {}, day(2026, 12, 14));
  EXPECT_EQ(judged.verdict, PromiseVerdict::kBroken);
  EXPECT_EQ(judged.instalment, 1);
  EXPECT_EQ(judged.deadline, day(2026, 12, 13));
  EXPECT_EQ(judged.expected, eur_cents(5000));
  EXPECT_EQ(judged.paid, eur_cents(0));
  EXPECT_EQ(judged.shortfall(), eur_cents(5000));
}

TEST(PromiseJudgement, IsBrokenByAPaymentOneMinorUnitShort) {
  auto judged = judge(promise_of_50_on_the_10th(), {{day(2026, 12, 9), eur_cents(4999)}},
                      day(2026, 12, 14));
  EXPECT_EQ(judged.verdict, PromiseVerdict::kBroken);
  EXPECT_EQ(judged.shortfall(), eur_cents(1));
}

TEST(PromiseJudgement, IsBrokenByAPaymentAfterTheDeadline) {
  auto judged = judge(promise_of_50_on_the_10th(), {{day(2026, 12, 14), eur_cents(5000)}},
                      day(2026, 12, 15));
  EXPECT_EQ(judged.verdict, PromiseVerdict::kBroken);
  EXPECT_EQ(judged.paid, eur_cents(0));
  EXPECT_EQ(judged.paid_total, eur_cents(5000));
}

TEST(PromiseJudgement, CountsPartialPaymentsTogether) {
  auto judged = judge(promise_of_50_on_the_10th(),
                      {{day(2026, 12, 12), eur_cents(2000)}, {day(2026, 12, 5), eur_cents(3000)}},
                      day(2026, 12, 12));
  EXPECT_EQ(judged.verdict, PromiseVerdict::kKept);
  EXPECT_EQ(judged.kept_on, day(2026, 12, 12));
}

TEST(PromiseJudgement, KeepsAPromiseOverpaidEarly) {
  auto judged = judge(promise_of_50_on_the_10th(), {{day(2026, 12, 2), eur_cents(9000)}},
                      day(2026, 12, 2));
  EXPECT_EQ(judged.verdict, PromiseVerdict::kKept);
  EXPECT_EQ(judged.kept_on, day(2026, 12, 2));
}

TEST(PlanJudgement, RunsAfterTheFirstInstalmentIsMet) {
  auto judged = judge(plan_of_three(), {{day(2026, 12, 10), eur_cents(4000)}}, day(2027, 1, 5));
  EXPECT_EQ(judged.verdict, PromiseVerdict::kRunning);
}

TEST(PlanJudgement, IsBrokenAtTheSecondInstalmentWithTheRunningTotalMissing) {
  // 40.00 paid for the first, 39.99 for the second: due by 2027-01-13 was 80.00.
  auto judged = judge(plan_of_three(),
                      {{day(2026, 12, 10), eur_cents(4000)}, {day(2027, 1, 13), eur_cents(3999)}},
                      day(2027, 1, 14));
  EXPECT_EQ(judged.verdict, PromiseVerdict::kBroken);
  EXPECT_EQ(judged.instalment, 2);
  EXPECT_EQ(judged.deadline, day(2027, 1, 13));
  EXPECT_EQ(judged.expected, eur_cents(8000));
  EXPECT_EQ(judged.shortfall(), eur_cents(1));
}

TEST(PlanJudgement, APaymentAheadCoversLaterInstalments) {
  auto judged = judge(plan_of_three(), {{day(2026, 12, 10), eur_cents(8000)}}, day(2027, 1, 20));
  EXPECT_EQ(judged.verdict, PromiseVerdict::kRunning);  // the third is due 2027-02-10
}

TEST(PlanJudgement, IsKeptWhenTheWholeScheduleIsPaid) {
  auto judged = judge(plan_of_three(),
                      {{day(2026, 12, 10), eur_cents(4000)},
                       {day(2027, 1, 10), eur_cents(4000)},
                       {day(2027, 2, 12), eur_cents(4000)}},
                      day(2027, 2, 12));
  EXPECT_EQ(judged.verdict, PromiseVerdict::kKept);
  EXPECT_EQ(judged.kept_on, day(2027, 2, 12));
}

TEST(PlanJudgement, AFirstInstalmentMissedBreaksThePlanEvenIfLaterPaymentsCatchUp) {
  auto judged = judge(plan_of_three(), {{day(2026, 12, 20), eur_cents(12000)}}, day(2026, 12, 21));
  EXPECT_EQ(judged.verdict, PromiseVerdict::kBroken);
  EXPECT_EQ(judged.instalment, 1);
}

TEST(PromiseJudgement, WithoutGraceIsBrokenTheDayAfterTheDate) {
  std::vector<DatedPayment> none;
  auto judged = judge_promise(promise_of_50_on_the_10th(), none, 0, day(2026, 12, 11)).value();
  EXPECT_EQ(judged.verdict, PromiseVerdict::kBroken);
  EXPECT_EQ(judged.deadline, day(2026, 12, 10));
}

TEST(PromiseJudgement, RefusesPaymentsInAnotherCurrencyAndNoSchedule) {
  std::vector<DatedPayment> dollars{
      {day(2026, 12, 9), Money(5000, Currency::parse("USD").value())}};
  EXPECT_FALSE(judge_promise(promise_of_50_on_the_10th(), dollars, kGraceDays, kMadeOn).ok());
  auto reduced = make_reduced_interest(eur_cents(100), eur_cents(500), eur_cents(10000)).value();
  std::vector<DatedPayment> none;
  EXPECT_FALSE(judge_promise(reduced, none, kGraceDays, kMadeOn).ok());
}

}  // namespace
}  // namespace duecall::domain
