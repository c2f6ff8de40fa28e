// The screen-pop on both real stores: a case with two claims, a partial payment and a plan
// whose first instalment the payment covers, a script for the step the case is on, and the
// solutions the client's policy allows for what is still open; another case whose payment
// overpaid it and holds the rest. Asserts the values of the keys `case show --json` added
// (claims' paid and open buckets, total_due, payments, agreements, ladder, due_action,
// script, solutions), not only their presence.
//
// The client allows up to 6 instalments of at least 20.00 within 180 days, settlements down
// to 85 % and 14 days of extension. The clock is Monday 2026-11-23 10:00 UTC (11:00 in
// Ljubljana); payments are imported an hour after the plan is made.
#include "app/screen_pop.hpp"

#include <gtest/gtest.h>

#include "adapters/clock/system_clock.hpp"
#include "app/agreements.hpp"
#include "app/bank_statement.hpp"
#include "app/clients.hpp"
#include "app/import_claims.hpp"
#include "app/import_payments.hpp"
#include "app/strategy_run.hpp"
#include "support/test_store.hpp"

namespace duecall::app {
namespace {

using nlohmann::json;

constexpr const char* kClaims =
    "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
    "claim_type,currency,principal,interest,fees,due_date,reminder_sent_on\n"
    "A-1,D-1,person,Ana Kos,,+386 40 123 456,ana@example.com,Glavna 1,Kranj,SI,telecom,EUR,"
    "100.00,,5.00,2026-11-01,2026-11-10\n"
    "A-2,D-1,person,Ana Kos,,+386 40 123 456,ana@example.com,Glavna 1,Kranj,SI,telecom,EUR,"
    "200.00,10.00,,2026-11-10,2026-11-10\n"
    "B-1,D-2,person,Bine Kos,,+386 41 222 333,,Glavna 2,Kranj,SI,telecom,EUR,70.00,,,"
    "2026-11-02,2026-11-10\n";

const json kPolicy = {{"min_instalment", "20.00"},
                      {"max_instalments", 6},
                      {"max_term_days", 180},
                      {"settlement_floor_percent", "85"},
                      {"max_extension_days", 14}};

json money(std::int64_t minor) {
  return {{"minor", minor}, {"currency", "EUR"}};
}

Instant at(const char* iso) {
  return parse_iso8601(iso).value();
}

class ScreenPopTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto client = add_client(store(), clock_,
                             {.code = "TEL",
                              .name = "Telekom",
                              .country = "SI",
                              .currency = "EUR",
                              .time_zone = "",
                              .policy = kPolicy});
    ASSERT_TRUE(client.ok()) << client.error().message;
    auto report =
        import_claims(store(), clock_, kClaims, {.client_code = "TEL", .file_name = "c.csv"});
    ASSERT_TRUE(report.ok() && report->rejected == 0);
    auto transaction = store().begin();
    ASSERT_TRUE(transaction.ok());
    domain::User user{.login = "ana.op",
                      .name = "Ana",
                      .role = domain::Role::kOperator,
                      .created_at = clock_.now()};
    ASSERT_TRUE((*transaction)->insert_user(user, "$argon2id$x").ok());
    ASSERT_TRUE((*transaction)->commit().ok());
  }

  void run_strategy_now() {
    auto report = run_strategy(store(), clock_, {.client_code = "TEL", .at = clock_.now()});
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_EQ(report->errors, 0);
  }

  void pay(const std::string& csv_rows) {
    adapters::FixedClock later(at("2026-11-23T11:00:00Z"));
    std::string csv = "entry_ref,booking_date,amount,currency,reference,payer\n" + csv_rows;
    auto statement = read_bank_statement(csv, StatementFormat::kCsv);
    ASSERT_TRUE(statement.ok()) << statement.error().message;
    auto posted = import_payments(store(), later, *statement,
                                  {.client_code = "TEL", .file_name = "bank.csv", .actor = "t"});
    ASSERT_TRUE(posted.ok()) << posted.error().message;
    ASSERT_EQ(posted->unmatched, 0);
  }

  Result<ScreenPop> show(const char* ref) {
    return show_case(store(), clock_,
                     {.client_code = "TEL",
                      .ref = ref,
                      .speaker = {.agency_name = "Izterjava d.o.o.",
                                  .recording_retention_months = 24,
                                  .operator_name = "Maja"}});
  }

  json shown_json(const char* ref) {
    auto pop = show(ref);
    EXPECT_TRUE(pop.ok()) << pop.error().message;
    return pop.ok() ? screen_pop_to_json(*pop) : json();
  }

  adapters::FixedClock clock_{at("2026-11-23T10:00:00Z")};
};

TEST_P(ScreenPopTest, ShowsBalancesPaymentsAPlanItsCoverageTheScriptAndTheSolutions) {
  run_strategy_now();
  auto before = show("A-1");
  ASSERT_TRUE(before.ok()) << before.error().message;
  const std::string step = before->script.step;
  ASSERT_FALSE(step.empty()) << "the strategy run put the case on a step";
  EXPECT_FALSE(before->script.filled);
  EXPECT_EQ(before->script.note, "client TEL has no script for step " + step + " in sl");

  json script = {{"opening", "Dober dan, tukaj {operator.name} iz družbe {agency.name}."},
                 {"identity_verification", "Ali je pri telefonu {debtor.name}?"},
                 {"debt_statement", "Odprti znesek je {case.total_due}."},
                 {"deadline", {{"days", 8}, {"text", "Rok plačila je {deadline}."}}},
                 {"solutions", {"Najnižji obrok je {policy.min_instalment}."}},
                 {"closing", "Hvala in lep pozdrav."}};
  ASSERT_TRUE(save_call_script(store(), clock_, {"TEL", step, "sl"}, script.dump(), "test").ok());
  auto plan = add_agreement(store(), clock_,
                            {.client_code = "TEL",
                             .claim_ref = "A-1",
                             .operator_login = "ana.op",
                             .request = {.kind = domain::AgreementKind::kPlan,
                                         .amount = "105.00",
                                         .instalments = 2,
                                         .first_date = "2026-11-25",
                                         .every = "week"}});
  ASSERT_TRUE(plan.ok()) << plan.error().message;
  pay("P-1,2026-11-23,60.00,EUR,A-1,Ana Kos\n");

  json file = shown_json("D-1");
  ASSERT_EQ(file["claims"].size(), 2u);
  const json& a1 = file["claims"][0];
  EXPECT_EQ(a1["client_ref"], "A-1");
  EXPECT_EQ(a1["balance"], money(10500)) << "the placed balance key is unchanged";
  EXPECT_EQ(a1["paid"]["fees"], money(500));
  EXPECT_EQ(a1["paid"]["principal"], money(5500));
  EXPECT_EQ(a1["open"]["principal"], money(4500));
  EXPECT_EQ(a1["open"]["fees"], money(0));
  EXPECT_EQ(a1["open"]["total"], money(4500));
  EXPECT_EQ(file["claims"][1]["open"]["total"], money(21000));
  EXPECT_EQ(file["total_due"], json::array({money(25500)}));
  EXPECT_EQ(file["case"]["total_due"], money(31500)) << "case.total_due keeps its meaning";

  ASSERT_EQ(file["payments"].size(), 1u);
  const json& payment = file["payments"][0];
  EXPECT_EQ(payment["entry_ref"], "P-1");
  EXPECT_EQ(payment["booking_date"], "2026-11-23");
  EXPECT_EQ(payment["amount"], money(6000));
  EXPECT_EQ(payment["held"], money(0));
  EXPECT_EQ(payment["matched_claim"], "A-1");
  EXPECT_EQ(payment["allocations"],
            json::array({{{"claim", "A-1"}, {"bucket", "fees"}, {"amount", money(500)}},
                         {{"claim", "A-1"}, {"bucket", "principal"}, {"amount", money(5500)}}}));

  ASSERT_EQ(file["agreements"].size(), 1u);
  const json& agreement = file["agreements"][0];
  EXPECT_EQ(agreement["kind"], "plan");
  EXPECT_EQ(agreement["state"], "active");
  EXPECT_EQ(agreement["claim"], "A-1");
  EXPECT_EQ(agreement["operator"], "ana.op");
  EXPECT_EQ(agreement["paid_since_made"], money(6000));
  ASSERT_EQ(agreement["instalments"].size(), 2u);
  EXPECT_EQ(agreement["instalments"][0]["due_date"], "2026-11-25");
  EXPECT_EQ(agreement["instalments"][0]["amount"], money(5250));
  EXPECT_EQ(agreement["instalments"][0]["covered"], money(5250));
  EXPECT_EQ(agreement["instalments"][1]["covered"], money(750));
  EXPECT_EQ(agreement["instalments"][1]["open"], money(4500));

  EXPECT_FALSE(file["ladder"].is_null());
  EXPECT_EQ(file["ladder"]["step"], step);
  const json& contacts = file["debtor"]["contact_points"];
  ASSERT_EQ(contacts.size(), 2u);
  EXPECT_EQ(contacts[0]["channel"], "phone");
  EXPECT_EQ(contacts[0]["value"], "+38640123456");
  EXPECT_EQ(contacts[0]["reachable"], true);
  EXPECT_EQ(contacts[1]["channel"], "email");

  EXPECT_EQ(file["script"]["available"], true);
  EXPECT_EQ(file["script"]["step"], step);
  EXPECT_EQ(file["script"]["language"], "sl");
  EXPECT_EQ(file["script"]["version"], 1);
  EXPECT_NE(file["script"].dump().find("Odprti znesek je 255,00\u00a0€."), std::string::npos)
      << "the script speaks of what is still open: " << file["script"].dump();

  const json& solutions = file["solutions"];
  EXPECT_EQ(solutions["balance"], money(25500));
  EXPECT_EQ(solutions["promise"]["min_amount"], money(2000));
  EXPECT_EQ(solutions["promise"]["latest_date"], "2027-05-22");
  EXPECT_EQ(solutions["plan"]["max_instalments"], 6);
  EXPECT_EQ(solutions["settlement"]["min_amount"], money(21675));
  EXPECT_EQ(solutions["settlement"]["floor_percent"], "85%");
  EXPECT_EQ(solutions["extension"]["latest_date"], "2026-12-07");
  EXPECT_EQ(solutions["reduced_interest"]["min_interest"], money(0));
  EXPECT_EQ(solutions["language"], "sl");
  EXPECT_EQ(solutions["text"].get<std::string>().rfind("Za odprti znesek 255,00\u00a0€ upnik "
                                                       "dovoljuje: obljubo plačila najmanj 20,00",
                                                       0),
            0u)
      << solutions["text"];
  EXPECT_EQ(file["today"], "2026-11-23");
}

TEST_P(ScreenPopTest, AnOverpaymentIsHeldAndLeavesNothingToNegotiate) {
  pay("P-9,2026-11-23,100.00,EUR,B-1,Bine Kos\n");
  json file = shown_json("B-1");
  ASSERT_EQ(file["payments"].size(), 1u);
  EXPECT_EQ(file["payments"][0]["held"], money(3000));
  EXPECT_EQ(file["claims"][0]["status"], "paid");
  EXPECT_EQ(file["claims"][0]["paid"]["principal"], money(7000));
  EXPECT_EQ(file["claims"][0]["open"]["total"], money(0));
  EXPECT_EQ(file["total_due"], json::array({money(0)}));
  EXPECT_TRUE(file["solutions"]["promise"].is_null());
  EXPECT_TRUE(file["solutions"]["plan"].is_null());
  EXPECT_EQ(file["solutions"]["text"], "Odprtega zneska ni.");
  EXPECT_TRUE(file["agreements"].empty());
}

TEST_P(ScreenPopTest, ACaseTheStrategyHasNotReachedHasNoLadderAndSaysWhyThereIsNoScript) {
  json file = shown_json("A-2");
  EXPECT_TRUE(file["ladder"].is_null());
  EXPECT_TRUE(file["due_action"].is_null());
  EXPECT_EQ(file["script"]["available"], false);
  EXPECT_TRUE(file["script"]["step"].is_null());
  EXPECT_NE(file["script"]["note"].get<std::string>().find("no ladder step"), std::string::npos);
  EXPECT_EQ(file["solutions"]["balance"], money(31500));
}

TEST_P(ScreenPopTest, AnUnknownRefIsNotFound) {
  auto pop = show("NO-SUCH");
  ASSERT_FALSE(pop.ok());
  EXPECT_EQ(pop.error().code, ErrorCode::kNotFound);
}

INSTANTIATE_STORE_TESTS(ScreenPopTest);

}  // namespace
}  // namespace duecall::app
