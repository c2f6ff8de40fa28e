// Goal: compute_kpis counts each fact in exactly the row and period it belongs to, at the
// edges where a report is most easily wrong: local midnight on the period's boundaries, a
// day with a clock change, the minute a shift ends, agreements made in one period and
// ended in another, several currencies, and empty denominators.
// Method: hand-made facts in Europe/Ljubljana (UTC+1 in winter, UTC+2 in summer) under the
// standard shift plan (early 08:00-13:30, late 13:30-19:00), one edge per test.
#include "domain/kpi_report.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

Instant at(const char* iso) {
  return parse_iso8601(iso).value();
}
CivilDate day(const char* iso) {
  return CivilDate::parse_iso(iso).value();
}
Money eur(std::int64_t minor) {
  return Money(minor, Currency::parse("EUR").value());
}
Money usd(std::int64_t minor) {
  return Money(minor, Currency::parse("USD").value());
}

KpiPeriod period(const char* from, const char* to) {
  return KpiPeriod::make(day(from), day(to), TimeZone::find("Europe/Ljubljana").value()).value();
}

KpiCallBucket call(const char* login, const char* when, std::int64_t calls = 1,
                   std::int64_t right_party = 0, const char* client = "TEL") {
  return {.operator_login = login,
          .client_code = client,
          .minute = at(when),
          .calls = calls,
          .right_party = right_party};
}

KpiAgreementFact agreement(const char* login, AgreementKind kind, const char* created,
                           std::optional<Money> expected = std::nullopt) {
  return {.operator_login = login,
          .client_code = "TEL",
          .kind = kind,
          .state = AgreementState::kActive,
          .created_at = at(created),
          .activated_at = at(created),
          .ended_at = std::nullopt,
          .expected = expected};
}

KpiReport report(const KpiFacts& facts, const KpiPeriod& period, KpiGrouping by,
                 KpiOptions options = {}) {
  options.by = by;
  auto computed = compute_kpis(facts, period, ShiftPlan::standard(), options);
  EXPECT_TRUE(computed.ok()) << computed.error().message;
  return computed.ok() ? *computed : KpiReport{};
}

std::vector<std::string> keys(const KpiReport& report) {
  std::vector<std::string> out;
  for (const auto& row : report.rows) out.push_back(row.key.value_or("(none)"));
  return out;
}

TEST(KpiReport, HasNoRatesWhenNothingWasMeasured) {
  KpiReport empty = report({}, period("2026-11-02", "2026-11-08"), KpiGrouping::kOperator);
  EXPECT_TRUE(empty.rows.empty());
  EXPECT_EQ(empty.totals.calls, 0);
  EXPECT_FALSE(empty.totals.rpc_rate().defined());
  EXPECT_EQ(empty.totals.rpc_rate().percent(), std::nullopt);
  EXPECT_EQ(empty.totals.kept_rate().percent(), std::nullopt);
  ASSERT_TRUE(empty.totals.first_attempt_within_24h.has_value());
  EXPECT_EQ(empty.totals.first_attempt_within_24h->percent(), std::nullopt);
  ASSERT_TRUE(empty.totals.collected.has_value());
  EXPECT_TRUE(empty.totals.collected->empty());
}

TEST(KpiReport, CountsACallAtLocalMidnightOnTheDayItStartsAndNotTheDayBefore) {
  KpiFacts facts{.calls = {call("ana", "2026-11-01T22:59:00Z"),    // 23:59 on the 1st: before
                           call("ana", "2026-11-01T23:00:00Z"),    // 00:00 on the 2nd: first day
                           call("ana", "2026-11-03T22:59:00Z"),    // 23:59 on the 3rd: last day
                           call("ana", "2026-11-03T23:00:00Z")}};  // 00:00 on the 4th: after
  KpiReport by_day = report(facts, period("2026-11-02", "2026-11-03"), KpiGrouping::kDay);
  EXPECT_EQ(keys(by_day), (std::vector<std::string>{"2026-11-02", "2026-11-03"}));
  EXPECT_EQ(by_day.rows[0].figures.calls, 1);
  EXPECT_EQ(by_day.rows[1].figures.calls, 1);
  EXPECT_EQ(by_day.totals.calls, 2);
}

TEST(KpiReport, SplitsDaysByTheLocalClockOnTheDaysTheClockChanges) {
  // 29 March 2026 has 23 hours in Ljubljana (02:00 becomes 03:00), 25 October 2026 has 25.
  KpiFacts facts{.calls = {call("ana", "2026-03-28T23:00:00Z"),    // 00:00 on the 29th, CET
                           call("ana", "2026-03-29T21:59:00Z"),    // 23:59 on the 29th, CEST
                           call("ana", "2026-03-29T22:00:00Z"),    // 00:00 on the 30th
                           call("ana", "2026-10-24T22:00:00Z"),    // 00:00 on the 25th, CEST
                           call("ana", "2026-10-25T22:59:00Z"),    // 23:59 on the 25th, CET
                           call("ana", "2026-10-25T23:00:00Z")}};  // 00:00 on the 26th
  KpiReport spring = report(facts, period("2026-03-29", "2026-03-29"), KpiGrouping::kDay);
  ASSERT_EQ(keys(spring), std::vector<std::string>{"2026-03-29"});
  EXPECT_EQ(spring.rows[0].figures.calls, 2);
  KpiReport autumn = report(facts, period("2026-10-25", "2026-10-26"), KpiGrouping::kDay);
  ASSERT_EQ(keys(autumn), (std::vector<std::string>{"2026-10-25", "2026-10-26"}));
  EXPECT_EQ(autumn.rows[0].figures.calls, 2);
  EXPECT_EQ(autumn.rows[1].figures.calls, 1);
}

TEST(KpiReport, PutsACallInTheShiftWhoseIntervalHoldsItsMinute) {
  // Local times (UTC+1): 07:59 none, 08:00 early, 13:29 early, 13:30 late, 18:59 late,
  // 19:00 none.
  KpiFacts facts{.calls = {call("ana", "2026-11-02T06:59:00Z"), call("ana", "2026-11-02T07:00:00Z"),
                           call("ana", "2026-11-02T12:29:00Z"), call("ana", "2026-11-02T12:30:00Z"),
                           call("ana", "2026-11-02T17:59:00Z"),
                           call("ana", "2026-11-02T18:00:00Z")}};
  KpiReport by_shift = report(facts, period("2026-11-02", "2026-11-02"), KpiGrouping::kShift);
  ASSERT_EQ(keys(by_shift), (std::vector<std::string>{"early", "late", "(none)"}));
  EXPECT_EQ(by_shift.rows[0].figures.calls, 2);
  EXPECT_EQ(by_shift.rows[1].figures.calls, 2);
  EXPECT_EQ(by_shift.rows[2].figures.calls, 2);
  EXPECT_FALSE(by_shift.rows[0].figures.collected.has_value());
  EXPECT_FALSE(by_shift.rows[0].figures.first_attempt_within_24h.has_value());
}

TEST(KpiReport, CountsAgreementsMadeInThePeriodApartFromThoseThatEndedInIt) {
  auto made_before_kept_inside =
      agreement("ana", AgreementKind::kPromise, "2026-10-20T10:00:00Z", eur(5000));
  made_before_kept_inside.state = AgreementState::kKept;
  made_before_kept_inside.ended_at = at("2026-11-03T10:00:00Z");
  auto made_inside_broken_after =
      agreement("ana", AgreementKind::kPlan, "2026-11-02T10:00:00Z", eur(12000));
  made_inside_broken_after.state = AgreementState::kBroken;
  made_inside_broken_after.ended_at = at("2026-12-01T10:00:00Z");
  auto made_and_broken_inside =
      agreement("ana", AgreementKind::kPromise, "2026-11-02T11:00:00Z", eur(3000));
  made_and_broken_inside.state = AgreementState::kBroken;
  made_and_broken_inside.ended_at = at("2026-11-04T10:00:00Z");
  auto pending = agreement("ana", AgreementKind::kPromise, "2026-11-02T12:00:00Z", eur(999));
  pending.state = AgreementState::kPendingApproval;
  pending.activated_at = std::nullopt;
  auto rejected = pending;
  rejected.state = AgreementState::kCancelled;
  rejected.ended_at = at("2026-11-03T09:00:00Z");
  auto cancelled = agreement("ana", AgreementKind::kSettlement, "2026-11-03T09:00:00Z", eur(700));
  cancelled.state = AgreementState::kCancelled;
  cancelled.ended_at = at("2026-11-04T09:00:00Z");
  KpiFacts facts{.agreements = {made_before_kept_inside, made_inside_broken_after,
                                made_and_broken_inside, pending, rejected, cancelled}};

  KpiReport by_operator = report(facts, period("2026-11-02", "2026-11-08"), KpiGrouping::kOperator);
  ASSERT_EQ(keys(by_operator), std::vector<std::string>{"ana"});
  const KpiFigures& figures = by_operator.rows[0].figures;
  EXPECT_EQ(figures.agreements, 3);  // plan, promise, settlement; not pending or rejected
  EXPECT_EQ(figures.promises, 1);
  EXPECT_EQ(figures.plans, 1);
  EXPECT_EQ(figures.promised.at("EUR"), eur(12000 + 3000 + 700));
  EXPECT_EQ(figures.kept, 1);
  EXPECT_EQ(figures.broken, 1);
  EXPECT_EQ(figures.kept_rate().percent(), "50.00");
}

TEST(KpiReport, SumsMoneyPerCurrencyAndCreditsUnattributedPaymentsToNoOperator) {
  KpiFacts facts{
      .agreements = {agreement("ana", AgreementKind::kPromise, "2026-11-02T10:00:00Z", eur(100)),
                     agreement("ana", AgreementKind::kPromise, "2026-11-02T11:00:00Z", usd(250)),
                     agreement("bor", AgreementKind::kPromise, "2026-11-02T12:00:00Z", eur(7))},
      .collected = {{"TEL", day("2026-11-02"), "ana", eur(40)},
                    {"TEL", day("2026-11-03"), "ana", usd(60)},
                    {"TEL", day("2026-11-03"), "", eur(5)},
                    {"TEL", day("2026-11-09"), "ana", eur(1000)}}};  // after the period
  KpiReport by_operator = report(facts, period("2026-11-02", "2026-11-08"), KpiGrouping::kOperator);
  ASSERT_EQ(keys(by_operator), (std::vector<std::string>{"ana", "bor", "(none)"}));
  const KpiFigures& ana = by_operator.rows[0].figures;
  EXPECT_EQ(ana.promised.size(), 2u);
  EXPECT_EQ(ana.promised.at("EUR"), eur(100));
  EXPECT_EQ(ana.promised.at("USD"), usd(250));
  EXPECT_EQ(ana.collected->at("EUR"), eur(40));
  EXPECT_EQ(ana.collected->at("USD"), usd(60));
  EXPECT_EQ(by_operator.rows[2].figures.collected->at("EUR"), eur(5));
  EXPECT_FALSE(by_operator.rows[2].target.has_value());
  EXPECT_EQ(by_operator.totals.promised.at("EUR"), eur(107));
  EXPECT_EQ(by_operator.totals.collected->at("EUR"), eur(45));
  EXPECT_EQ(by_operator.totals.collected->at("USD"), usd(60));
}

TEST(KpiReport, RefusesASumThatWouldOverflow) {
  KpiFacts facts{.collected = {{"TEL", day("2026-11-02"), "ana", eur(INT64_MAX)},
                               {"TEL", day("2026-11-02"), "ana", eur(1)}}};
  auto computed = compute_kpis(facts, period("2026-11-02", "2026-11-02"), ShiftPlan::standard(),
                               {.by = KpiGrouping::kClient, .targets = {}});
  EXPECT_FALSE(computed.ok());
}

TEST(KpiReport, SplitsFirstAttemptsByClientAndDayOnly) {
  KpiFacts facts{.intake = {{"TEL", at("2026-11-02T09:00:00Z"), 3, 2},
                            {"BNK", at("2026-11-03T09:00:00Z"), 1, 0}}};
  KpiReport by_client = report(facts, period("2026-11-02", "2026-11-08"), KpiGrouping::kClient);
  ASSERT_EQ(keys(by_client), (std::vector<std::string>{"BNK", "TEL"}));
  EXPECT_EQ(by_client.rows[0].figures.first_attempt_within_24h->percent(), "0.00");
  EXPECT_EQ(by_client.rows[1].figures.first_attempt_within_24h->percent(), "66.67");
  EXPECT_EQ(by_client.totals.first_attempt_within_24h->percent(), "50.00");
  KpiReport by_operator = report(facts, period("2026-11-02", "2026-11-08"), KpiGrouping::kOperator);
  EXPECT_TRUE(by_operator.rows.empty());
  EXPECT_EQ(by_operator.totals.first_attempt_within_24h->denominator, 4);
}

TEST(KpiReport, ChecksEachOperatorAgainstTheTargetOverTheDaysTheyCalled) {
  KpiFacts facts{
      .calls = {call("ana", "2026-11-02T08:00:00Z", 30, 10),
                call("ana", "2026-11-03T08:00:00Z", 29), call("bor", "2026-11-02T08:00:00Z", 5)},
      .agreements = {agreement("ana", AgreementKind::kPromise, "2026-11-02T10:00:00Z", eur(1)),
                     agreement("ana", AgreementKind::kPlan, "2026-11-03T10:00:00Z", eur(2)),
                     agreement("cli", AgreementKind::kPromise, "2026-11-03T10:00:00Z", eur(3))}};
  KpiOptions options;
  options.targets["ana"] = {"team", "north", {.calls_per_day = 30, .agreements_per_day = 1}};
  options.targets["cli"] = {"team", "north", {.calls_per_day = 30, .agreements_per_day = 1}};
  KpiReport by_operator =
      report(facts, period("2026-11-02", "2026-11-08"), KpiGrouping::kOperator, options);
  ASSERT_EQ(keys(by_operator), (std::vector<std::string>{"ana", "bor", "cli"}));
  const TargetCheck& ana = *by_operator.rows[0].target;
  EXPECT_EQ(ana.working_days, 2);
  EXPECT_EQ(ana.calls_per_day.ratio(), "29.50");
  EXPECT_EQ(ana.agreements_per_day.ratio(), "1.00");
  EXPECT_EQ(ana.calls_met, false);  // 59 < 2 x 30, although 29.50 rounds to nothing better
  EXPECT_EQ(ana.agreements_met, true);
  EXPECT_EQ(by_operator.rows[0].figures.rpc_rate().percent(), "16.95");  // 10 / 59
  const TargetCheck& bor = *by_operator.rows[1].target;
  EXPECT_FALSE(bor.target.has_value());
  EXPECT_EQ(bor.calls_met, std::nullopt);
  const TargetCheck& cli = *by_operator.rows[2].target;
  EXPECT_EQ(cli.working_days, 0);
  EXPECT_EQ(cli.calls_per_day.ratio(), std::nullopt);
  EXPECT_EQ(cli.agreements_met, std::nullopt);  // no working day: unknown, not failed
}

TEST(KpiPeriod, RefusesAnEndBeforeTheStartAndOverlongPeriods) {
  auto zone = TimeZone::find("Europe/Ljubljana").value();
  EXPECT_FALSE(KpiPeriod::make(day("2026-11-02"), day("2026-11-01"), zone).ok());
  EXPECT_TRUE(KpiPeriod::make(day("2026-01-01"), day("2027-02-04"), zone).ok());  // 400 days
  EXPECT_FALSE(KpiPeriod::make(day("2026-01-01"), day("2027-02-05"), zone).ok());
}

TEST(KpiGrouping, ParsesTheFourNamesOnly) {
  EXPECT_EQ(parse_kpi_grouping("shift").value(), KpiGrouping::kShift);
  EXPECT_FALSE(parse_kpi_grouping("team").ok());
}

}  // namespace
}  // namespace duecall::domain
