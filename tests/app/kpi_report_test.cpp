// Goal: the KPI report over a real store (SQLite and PostgreSQL) matches a hand count of a
// small but complete fortnight of work: calls inside and outside the period and its
// shifts, agreements made, approved, kept, broken and left pending, payments with and
// without an agreement in force, cases called within and after 24 hours of intake, two
// currencies, and targets per team and per client.
// Method: everything goes in through the use cases (clients, intake, contact log,
// agreements) or, where no use case exists yet (the promise monitor's verdicts, posted
// payments), through the store's own calls; then every figure is asserted.
//
// The period is 2-3 November 2026 in Ljubljana (UTC+1): local time = UTC + 1 h.
//
//   TEL (EUR): A-1, B-1, C-1 taken in at 08:00Z on the 2nd. BNK (USD): X-1 at 09:00Z on the 3rd.
//   calls   #1 ana A-1 right party 08:30Z 2nd (09:30 early)   #2 ana B-1 no answer 12:30Z 2nd
//           (13:30 late)   #3 ana B-1 right party 07:00Z 3rd (08:00 early)   #4 bor X-1 right
//           party 10:00Z 3rd (early)   #5 bor C-1 busy 09:00Z 3rd (early; 25 h after intake)
//           outside: an SMS to A-1, and ana's call at 23:00Z on the 3rd (00:00 on the 4th)
//   agreements  a1 ana A-1 promise 50.00 EUR, 09:00Z 2nd, kept 12:00Z 3rd
//               a2 ana B-1 plan 3 x 20.00 EUR, 13:00Z 2nd, approved 13:30Z 2nd
//               a3 bor X-1 promise 30.00 USD, 10:05Z 3rd
//               a4 bor C-1 promise 10.00 EUR, 09:05Z 3rd, broken 20:00Z 3rd
//               a5 ana A-1 plan, 13:00Z 3rd, pending approval (not counted)
//   payments    P1 50.00 EUR to A-1 (45.00 principal + 5.00 fees), booked 3rd, posted 11:00Z
//               3rd: a1 in force -> ana.  P2 15.00 EUR to C-1, booked 2nd, posted 10:00Z 2nd:
//               nothing in force -> no operator.  P4 20.00 EUR to B-1 booked 3rd, posted
//               16:00Z: a2 -> ana.  P3 30.00 USD to X-1 booked the 4th: outside.
#include <gtest/gtest.h>

#include "adapters/clock/system_clock.hpp"
#include "app/agreements.hpp"
#include "app/clients.hpp"
#include "app/contact_log.hpp"
#include "app/import_claims.hpp"
#include "app/kpi_report.hpp"
#include "app/kpi_targets.hpp"
#include "support/test_store.hpp"

namespace duecall::app {
namespace {

using domain::AgreementKind;
using domain::AgreementState;
using domain::KpiGrouping;
using domain::KpiRow;

constexpr const char* kHeader =
    "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
    "claim_type,currency,principal,fees,due_date,reminder_sent_on,time_zone\n";
constexpr const char* kTelClaims =
    "A-1,D-1,person,Ana Kos,,+386 40 123 456,,Glavna 1,Kranj,SI,telecom,EUR,100.00,5.00,"
    "2026-10-01,2026-10-20,\n"
    "B-1,D-2,person,Bine Kos,,+386 41 222 333,,Glavna 2,Kranj,SI,telecom,EUR,70.00,,2026-10-02,"
    "2026-10-20,\n"
    "C-1,D-3,person,Cene Kos,,+386 41 222 444,,Glavna 3,Kranj,SI,telecom,EUR,40.00,,2026-10-02,"
    "2026-10-20,\n";
constexpr const char* kBnkClaims =
    "X-1,D-9,person,Iks Kos,,+386 41 999 444,,Glavna 9,Kranj,SI,loan,USD,90.00,,2026-10-02,"
    "2026-10-20,\n";

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

class KpiReportTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    adapters::FixedClock setup_clock(at("2026-11-01T12:00:00Z"));
    ASSERT_TRUE(add_client(store(), setup_clock,
                           {.code = "TEL", .name = "Telekom", .country = "SI", .currency = "EUR"})
                    .ok());
    ASSERT_TRUE(add_client(store(), setup_clock,
                           {.code = "BNK", .name = "Banka", .country = "SI", .currency = "USD"})
                    .ok());
    import("TEL", kTelClaims, "2026-11-02T08:00:00Z");
    import("BNK", kBnkClaims, "2026-11-03T09:00:00Z");
    add_users();
    log_calls();
    make_agreements();
    post_payments();
    set_targets();
  }

  void import(const char* client, const char* rows, const char* when) {
    adapters::FixedClock clock(at(when));
    auto report = import_claims(store(), clock, std::string(kHeader) + rows,
                                {.client_code = client, .file_name = "claims.csv"});
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_EQ(report->rejected, 0);
  }

  void add_users() {
    auto transaction = store().begin();
    ASSERT_TRUE(transaction.ok());
    for (auto [login, role, team] : {std::tuple{"ana.op", domain::Role::kOperator, "north"},
                                     std::tuple{"bor.op", domain::Role::kOperator, "south"},
                                     std::tuple{"sara.sup", domain::Role::kSupervisor, ""}}) {
      domain::User user{.login = login,
                        .name = "User",
                        .role = role,
                        .created_at = at("2026-11-01T12:00:00Z"),
                        .team = team};
      ASSERT_TRUE((*transaction)->insert_user(user, "$argon2id$x").ok());
    }
    ASSERT_TRUE((*transaction)->commit().ok());
  }

  void log(const char* client, const char* claim, compliance::Channel channel,
           compliance::ContactResult result, const char* when, const char* actor) {
    adapters::FixedClock clock(at(when));
    auto logged = log_contact(store(), clock,
                              {.client_code = client,
                               .claim_ref = claim,
                               .channel = channel,
                               .result = result,
                               .abandoned = false,
                               .at = at(when),
                               .actor = actor});
    ASSERT_TRUE(logged.ok()) << logged.error().message;
  }

  void log_calls() {
    using compliance::Channel;
    using compliance::ContactResult;
    log("TEL", "A-1", Channel::call, ContactResult::right_party, "2026-11-02T08:30:00Z", "ana.op");
    log("TEL", "B-1", Channel::call, ContactResult::no_answer, "2026-11-02T12:30:00Z", "ana.op");
    log("TEL", "B-1", Channel::call, ContactResult::right_party, "2026-11-03T07:00:00Z", "ana.op");
    log("BNK", "X-1", Channel::call, ContactResult::right_party, "2026-11-03T10:00:00Z", "bor.op");
    log("TEL", "C-1", Channel::call, ContactResult::busy, "2026-11-03T09:00:00Z", "bor.op");
    log("TEL", "A-1", Channel::sms, ContactResult::right_party, "2026-11-02T09:00:00Z", "ana.op");
    log("TEL", "A-1", Channel::call, ContactResult::right_party, "2026-11-03T23:00:00Z", "ana.op");
  }

  AgreementId agree(const char* client, const char* claim, const char* login, const char* when,
                    AgreementRequest request) {
    adapters::FixedClock clock(at(when));
    auto added = add_agreement(store(), clock,
                               {.client_code = client,
                                .claim_ref = claim,
                                .operator_login = login,
                                .request = std::move(request)});
    EXPECT_TRUE(added.ok()) << added.error().message;
    return added.ok() ? added->agreement.id : AgreementId();
  }

  // The promise monitor's verdict, written as it will write it.
  void end(AgreementId id, AgreementState state, const char* when) {
    auto transaction = store().begin();
    ASSERT_TRUE(transaction.ok());
    auto found = (*transaction)->find_agreement(id);
    ASSERT_TRUE(found.ok() && found->has_value());
    AgreementRecord record = **found;
    record.state = state;
    record.ended_at = at(when);
    record.ended_by = "promise-monitor";
    ASSERT_TRUE((*transaction)->update_agreement(record, AgreementState::kActive).ok());
    ASSERT_TRUE((*transaction)->commit().ok());
  }

  void make_agreements() {
    auto promise = [](const char* amount) {
      return AgreementRequest{
          .kind = AgreementKind::kPromise, .amount = amount, .date = "2026-11-20"};
    };
    AgreementId a1 = agree("TEL", "A-1", "ana.op", "2026-11-02T09:00:00Z", promise("50.00"));
    AgreementId a2 = agree("TEL", "B-1", "ana.op", "2026-11-02T13:00:00Z",
                           {.kind = AgreementKind::kPlan,
                            .first_date = "2026-11-10",
                            .amounts = {"20.00", "20.00", "20.00"}});
    adapters::FixedClock approval_clock(at("2026-11-02T13:30:00Z"));
    auto approved =
        approve_agreement(store(), approval_clock,
                          {.id = a2, .actor = "sara.sup", .actor_is_user = true, .reason = ""});
    ASSERT_TRUE(approved.ok()) << approved.error().message;
    agree("BNK", "X-1", "bor.op", "2026-11-03T10:05:00Z", promise("30.00"));
    AgreementId a4 = agree("TEL", "C-1", "bor.op", "2026-11-03T09:05:00Z", promise("10.00"));
    end(a1, AgreementState::kKept, "2026-11-03T12:00:00Z");
    end(a4, AgreementState::kBroken, "2026-11-03T20:00:00Z");
    AgreementId a5 = agree("TEL", "A-1", "ana.op", "2026-11-03T13:00:00Z",
                           {.kind = AgreementKind::kPlan,
                            .first_date = "2026-11-10",
                            .amounts = {"30.00", "30.00", "30.00"}});
    auto transaction = store().begin();
    ASSERT_TRUE(transaction.ok());
    EXPECT_EQ((**(*transaction)->find_agreement(a5)).state, AgreementState::kPendingApproval);
  }

  void pay(const char* client, const char* claim, const char* entry, const char* booked,
           const char* posted, std::vector<std::pair<domain::BalanceBucket, Money>> parts) {
    auto transaction = store().begin();
    ASSERT_TRUE(transaction.ok());
    auto found_client = (*transaction)->find_client(client);
    ASSERT_TRUE(found_client.ok() && found_client->has_value());
    auto claim_found = (*transaction)->find_claim((**found_client).id, claim);
    ASSERT_TRUE(claim_found.ok() && claim_found->has_value());
    const domain::Claim& stored = **claim_found;
    Money total = parts.front().second;
    for (std::size_t index = 1; index < parts.size(); ++index) {
      total = total.plus(parts[index].second).value();
    }
    PaymentRecord payment{.id = PaymentId(),
                          .payment = {.entry_reference = entry,
                                      .booking_date = day(booked),
                                      .value_date = day(booked),
                                      .amount = total,
                                      .debtor_name = "",
                                      .debtor_iban = "",
                                      .remittance = ""},
                          .client_id = (**found_client).id,
                          .matched_claim_id = stored.id,
                          .case_id = stored.case_id,
                          .outcome = PaymentOutcome::kPosted,
                          .held_minor = 0,
                          .file_name = "statement.csv",
                          .imported_at = at(posted)};
    auto id = (*transaction)->insert_payment(payment);
    ASSERT_TRUE(id.ok() && id->has_value());
    std::vector<PaymentAllocationRecord> allocations;
    for (const auto& [bucket, amount] : parts) {
      allocations.push_back({**id, stored.id, bucket, amount.minor()});
    }
    ASSERT_TRUE((*transaction)->insert_payment_allocations(allocations).ok());
    ASSERT_TRUE((*transaction)->commit().ok());
  }

  void post_payments() {
    using domain::BalanceBucket;
    pay("TEL", "A-1", "P1", "2026-11-03", "2026-11-03T11:00:00Z",
        {{BalanceBucket::kFees, eur(500)}, {BalanceBucket::kPrincipal, eur(4500)}});
    pay("TEL", "C-1", "P2", "2026-11-02", "2026-11-02T10:00:00Z",
        {{BalanceBucket::kPrincipal, eur(1500)}});
    pay("BNK", "X-1", "P3", "2026-11-04", "2026-11-04T10:00:00Z",
        {{BalanceBucket::kPrincipal, usd(3000)}});
    pay("TEL", "B-1", "P4", "2026-11-03", "2026-11-03T16:00:00Z",
        {{BalanceBucket::kPrincipal, eur(2000)}});
  }

  void set_targets() {
    adapters::FixedClock clock(at("2026-11-01T12:00:00Z"));
    ASSERT_TRUE(set_kpi_target(store(), clock,
                               {.scope = KpiTargetScope::kTeam,
                                .name = "north",
                                .calls_per_day = 2,
                                .agreements_per_day = 1,
                                .actor = "cli"})
                    .ok());
    ASSERT_TRUE(set_kpi_target(store(), clock,
                               {.scope = KpiTargetScope::kClient,
                                .name = "TEL",
                                .calls_per_day = 1,
                                .agreements_per_day = 1,
                                .actor = "cli"})
                    .ok());
  }

  KpiReportResult report(KpiGrouping by, const char* client = "") {
    auto result = kpi_report(
        store(),
        {.from = day("2026-11-02"), .to = day("2026-11-03"), .by = by, .client_code = client});
    if (!result.ok()) throw std::runtime_error("no report: " + result.error().message);
    return std::move(*result);
  }
};

const KpiRow& row(const KpiReportResult& result, std::optional<std::string> key) {
  for (const auto& row : result.report.rows) {
    if (row.key == key) return row;
  }
  throw std::runtime_error("no row " + key.value_or("(none)"));
}

TEST_P(KpiReportTest, CountsEachOperatorsWorkAsCountedByHand) {
  auto result = report(KpiGrouping::kOperator);
  ASSERT_EQ(result.report.rows.size(), 3u);  // ana.op, bor.op, no operator
  const KpiRow& ana = row(result, "ana.op");
  EXPECT_EQ(ana.figures.calls, 3);
  EXPECT_EQ(ana.figures.right_party_contacts, 2);
  EXPECT_EQ(ana.figures.rpc_rate().percent(), "66.67");
  EXPECT_EQ(ana.figures.agreements, 2);
  EXPECT_EQ(ana.figures.promises, 1);
  EXPECT_EQ(ana.figures.plans, 1);
  EXPECT_EQ(ana.figures.promised, (domain::MoneyByCurrency{{"EUR", eur(11000)}}));
  EXPECT_EQ(ana.figures.kept, 1);
  EXPECT_EQ(ana.figures.broken, 0);
  EXPECT_EQ(ana.figures.kept_rate().percent(), "100.00");
  EXPECT_EQ(ana.figures.collected, (domain::MoneyByCurrency{{"EUR", eur(7000)}}));
  EXPECT_FALSE(ana.figures.first_attempt_within_24h.has_value());
  ASSERT_TRUE(ana.target.has_value());
  EXPECT_EQ(ana.target->working_days, 2);
  EXPECT_EQ(ana.target->calls_per_day.ratio(), "1.50");
  EXPECT_EQ(ana.target->agreements_per_day.ratio(), "1.00");
  ASSERT_TRUE(ana.target->target.has_value());
  EXPECT_EQ(ana.target->target->scope, "team");
  EXPECT_EQ(ana.target->target->name, "north");
  EXPECT_EQ(ana.target->calls_met, false);  // 3 calls < 2 per day x 2 days
  EXPECT_EQ(ana.target->agreements_met, true);

  const KpiRow& bor = row(result, "bor.op");
  EXPECT_EQ(bor.figures.calls, 2);
  EXPECT_EQ(bor.figures.right_party_contacts, 1);
  EXPECT_EQ(bor.figures.agreements, 2);
  EXPECT_EQ(bor.figures.promises, 2);
  EXPECT_EQ(bor.figures.plans, 0);
  EXPECT_EQ(bor.figures.promised,
            (domain::MoneyByCurrency{{"EUR", eur(1000)}, {"USD", usd(3000)}}));
  EXPECT_EQ(bor.figures.kept, 0);
  EXPECT_EQ(bor.figures.broken, 1);
  EXPECT_EQ(bor.figures.kept_rate().percent(), "0.00");
  EXPECT_EQ(bor.figures.collected, domain::MoneyByCurrency{});
  EXPECT_EQ(bor.target->working_days, 1);
  EXPECT_FALSE(bor.target->target.has_value());  // team south has no target

  const KpiRow& nobody = row(result, std::nullopt);
  EXPECT_EQ(nobody.figures.calls, 0);
  EXPECT_EQ(nobody.figures.collected, (domain::MoneyByCurrency{{"EUR", eur(1500)}}));

  const auto& totals = result.report.totals;
  EXPECT_EQ(totals.calls, 5);
  EXPECT_EQ(totals.right_party_contacts, 3);
  EXPECT_EQ(totals.rpc_rate().percent(), "60.00");
  EXPECT_EQ(totals.agreements, 4);
  EXPECT_EQ(totals.promises, 3);
  EXPECT_EQ(totals.plans, 1);
  EXPECT_EQ(totals.promised, (domain::MoneyByCurrency{{"EUR", eur(12000)}, {"USD", usd(3000)}}));
  EXPECT_EQ(totals.kept_rate().percent(), "50.00");
  EXPECT_EQ(totals.collected, (domain::MoneyByCurrency{{"EUR", eur(8500)}}));
  EXPECT_EQ(totals.first_attempt_within_24h, (domain::KpiRate{3, 4}));
  EXPECT_EQ(totals.first_attempt_within_24h->percent(), "75.00");
  EXPECT_EQ(result.period.start(), at("2026-11-01T23:00:00Z"));
  EXPECT_EQ(result.period.end(), at("2026-11-03T23:00:00Z"));
}

TEST_P(KpiReportTest, CountsEachClientsCasesAsCountedByHand) {
  auto result = report(KpiGrouping::kClient);
  ASSERT_EQ(result.report.rows.size(), 2u);
  const KpiRow& tel = row(result, "TEL");
  EXPECT_EQ(tel.figures.calls, 4);
  EXPECT_EQ(tel.figures.rpc_rate().percent(), "50.00");
  EXPECT_EQ(tel.figures.agreements, 3);
  EXPECT_EQ(tel.figures.promised, (domain::MoneyByCurrency{{"EUR", eur(12000)}}));
  EXPECT_EQ(tel.figures.kept_rate().percent(), "50.00");
  EXPECT_EQ(tel.figures.collected, (domain::MoneyByCurrency{{"EUR", eur(8500)}}));
  EXPECT_EQ(tel.figures.first_attempt_within_24h, (domain::KpiRate{2, 3}));
  EXPECT_EQ(tel.figures.first_attempt_within_24h->percent(), "66.67");
  const KpiRow& bnk = row(result, "BNK");
  EXPECT_EQ(bnk.figures.calls, 1);
  EXPECT_EQ(bnk.figures.rpc_rate().percent(), "100.00");
  EXPECT_EQ(bnk.figures.promised, (domain::MoneyByCurrency{{"USD", usd(3000)}}));
  EXPECT_EQ(bnk.figures.kept_rate().percent(), std::nullopt);
  EXPECT_EQ(bnk.figures.collected, domain::MoneyByCurrency{});
  EXPECT_EQ(bnk.figures.first_attempt_within_24h->percent(), "100.00");
  EXPECT_FALSE(bnk.target.has_value());
}

TEST_P(KpiReportTest, CountsEachLocalDayAsCountedByHand) {
  auto result = report(KpiGrouping::kDay);
  ASSERT_EQ(result.report.rows.size(), 2u);
  const KpiRow& second = row(result, "2026-11-02");
  EXPECT_EQ(second.figures.calls, 2);
  EXPECT_EQ(second.figures.right_party_contacts, 1);
  EXPECT_EQ(second.figures.agreements, 2);
  EXPECT_EQ(second.figures.kept + second.figures.broken, 0);
  EXPECT_EQ(second.figures.collected, (domain::MoneyByCurrency{{"EUR", eur(1500)}}));
  EXPECT_EQ(second.figures.first_attempt_within_24h, (domain::KpiRate{2, 3}));
  const KpiRow& third = row(result, "2026-11-03");
  EXPECT_EQ(third.figures.calls, 3);
  EXPECT_EQ(third.figures.right_party_contacts, 2);
  EXPECT_EQ(third.figures.agreements, 2);
  EXPECT_EQ(third.figures.kept, 1);
  EXPECT_EQ(third.figures.broken, 1);
  EXPECT_EQ(third.figures.collected, (domain::MoneyByCurrency{{"EUR", eur(7000)}}));
  EXPECT_EQ(third.figures.first_attempt_within_24h, (domain::KpiRate{1, 1}));
}

TEST_P(KpiReportTest, CountsEachShiftAsCountedByHand) {
  auto result = report(KpiGrouping::kShift);
  ASSERT_EQ(result.report.rows.size(), 2u);
  const KpiRow& early = row(result, "early");
  EXPECT_EQ(early.figures.calls, 4);
  EXPECT_EQ(early.figures.right_party_contacts, 3);
  EXPECT_EQ(early.figures.agreements, 3);
  EXPECT_EQ(early.figures.kept, 1);
  EXPECT_EQ(early.figures.broken, 1);
  EXPECT_FALSE(early.figures.collected.has_value());
  const KpiRow& late = row(result, "late");
  EXPECT_EQ(late.figures.calls, 1);
  EXPECT_EQ(late.figures.right_party_contacts, 0);
  EXPECT_EQ(late.figures.rpc_rate().percent(), "0.00");
  EXPECT_EQ(late.figures.agreements, 1);
  EXPECT_EQ(late.figures.plans, 1);
}

TEST_P(KpiReportTest, AppliesTheClientsTargetToAReportForThatClient) {
  auto result = report(KpiGrouping::kOperator, "TEL");
  const KpiRow& ana = row(result, "ana.op");
  EXPECT_EQ(ana.figures.calls, 3);
  ASSERT_TRUE(ana.target && ana.target->target);
  EXPECT_EQ(ana.target->target->scope, "client");
  EXPECT_EQ(ana.target->target->name, "TEL");
  EXPECT_EQ(ana.target->calls_met, true);  // 3 >= 1 x 2 days
  EXPECT_EQ(ana.target->agreements_met, true);
  const KpiRow& bor = row(result, "bor.op");
  EXPECT_EQ(bor.figures.calls, 1);  // the BNK call is another client's
  EXPECT_EQ(bor.figures.agreements, 1);
  EXPECT_EQ(bor.target->target->name, "TEL");
  EXPECT_EQ(bor.target->calls_met, true);
  EXPECT_EQ(result.report.totals.first_attempt_within_24h, (domain::KpiRate{2, 3}));
}

TEST_P(KpiReportTest, RefusesAnUnknownClientAndAnInvertedPeriod) {
  auto unknown = kpi_report(store(), {.from = day("2026-11-02"),
                                      .to = day("2026-11-03"),
                                      .by = KpiGrouping::kClient,
                                      .client_code = "NOPE"});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  auto inverted = kpi_report(store(), {.from = day("2026-11-03"),
                                       .to = day("2026-11-02"),
                                       .by = KpiGrouping::kClient,
                                       .client_code = ""});
  ASSERT_FALSE(inverted.ok());
  EXPECT_EQ(inverted.error().code, ErrorCode::kInvalidArgument);
}

TEST_P(KpiReportTest, ListsTargetsClientsFirstAndReplacesATargetSetAgain) {
  adapters::FixedClock clock(at("2026-11-04T12:00:00Z"));
  ASSERT_TRUE(set_kpi_target(store(), clock,
                             {.scope = KpiTargetScope::kTeam,
                              .name = "north",
                              .calls_per_day = 40,
                              .agreements_per_day = 3,
                              .actor = "cli"})
                  .ok());
  EXPECT_FALSE(set_kpi_target(store(), clock,
                              {.scope = KpiTargetScope::kClient,
                               .name = "NOPE",
                               .calls_per_day = 1,
                               .agreements_per_day = 1,
                               .actor = "cli"})
                   .ok());
  EXPECT_FALSE(set_kpi_target(store(), clock,
                              {.scope = KpiTargetScope::kTeam,
                               .name = "Not A Team",
                               .calls_per_day = 1,
                               .agreements_per_day = 1,
                               .actor = "cli"})
                   .ok());
  auto targets = list_kpi_targets(store());
  ASSERT_TRUE(targets.ok());
  ASSERT_EQ(targets->size(), 2u);
  EXPECT_EQ((*targets)[0].scope, KpiTargetScope::kClient);
  EXPECT_EQ((*targets)[0].name, "TEL");
  EXPECT_EQ((*targets)[1].name, "north");
  EXPECT_EQ((*targets)[1].target, (domain::KpiTarget{40, 3}));
  EXPECT_EQ((*targets)[1].set_at, clock.now());
}

INSTANTIATE_STORE_TESTS(KpiReportTest);

}  // namespace
}  // namespace duecall::app
