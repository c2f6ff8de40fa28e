// Stored strategies and the strategy run, on both real stores: versions, the ladder entered
// and kept across runs, due actions with the compliance gate's answer, contacts counted as
// attempts, holds and the do-not-call list, paid cases leaving the ladder, dry runs that
// write nothing, and the timeline's hash chain intact after every run.
//
// 2026-11-23 is a Monday; Slovenia is on CET (UTC+1) then. Intake happens at 10:00 UTC.
#include <gtest/gtest.h>

#include <algorithm>

#include "adapters/clock/system_clock.hpp"
#include "app/audit.hpp"
#include "app/case_file.hpp"
#include "app/clients.hpp"
#include "app/contact_log.hpp"
#include "app/do_not_call.hpp"
#include "app/holds.hpp"
#include "app/import_claims.hpp"
#include "app/strategies.hpp"
#include "app/strategy_run.hpp"
#include "strategy/default_strategy.hpp"
#include "support/test_store.hpp"

namespace duecall::app {
namespace {

// D-1 owes two claims (155 EUR, standard segment), D-2 one (70 EUR, standard), D-3 one
// small claim (20 EUR, small_balance). Every debtor has a valid Slovenian mobile number.
constexpr const char* kClaims =
    "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
    "claim_type,currency,principal,fees,due_date,reminder_sent_on,time_zone\n"
    "A-1,D-1,person,Ana Kos,,+386 40 123 456,,Glavna 1,Kranj,SI,telecom,EUR,100.00,5.00,"
    "2026-11-01,2026-11-20,\n"
    "A-2,D-1,person,Ana Kos,,+386 40 123 456,,Glavna 1,Kranj,SI,telecom,EUR,50.00,,2026-11-02,"
    "2026-11-20,\n"
    "B-1,D-2,person,Bine Kos,,+386 41 222 333,,Glavna 2,Kranj,SI,telecom,EUR,70.00,,2026-11-02,"
    "2026-11-20,\n"
    "C-1,D-3,person,Cene Kos,,+386 31 444 555,,Glavna 3,Kranj,SI,telecom,EUR,20.00,,2026-11-02,"
    "2026-11-20,\n";

Instant at(const char* iso) {
  return parse_iso8601(iso).value();
}

class StrategyRunTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(add_client(store(), clock_,
                           {.code = "TEL", .name = "Telekom", .country = "SI", .currency = "EUR"})
                    .ok());
    import(kClaims, "claims.csv");
  }

  void import(const char* claims, const char* name) {
    auto report = import_claims(store(), clock_, claims, {.client_code = "TEL", .file_name = name});
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_EQ(report->rejected, 0)
        << report->rejects.at(0).problem.column << ": " << report->rejects.at(0).problem.reason;
  }

  StrategyRunReport run(const char* when, bool dry_run = false) {
    auto report = run_strategy(store(), clock_,
                               {.client_code = "TEL", .at = at(when), .dry_run = dry_run});
    EXPECT_TRUE(report.ok()) << report.error().message;
    if (!report.ok()) return {};
    EXPECT_EQ(report->errors, 0) << report->first_errors.at(0).message;
    return *report;
  }

  CaseId case_of(const char* claim_ref) {
    auto file = find_case_file(store(), "TEL", claim_ref);
    EXPECT_TRUE(file.ok()) << file.error().message;
    return file.ok() ? file->collection_case.id : CaseId();
  }

  std::optional<DueAction> due_action(const char* claim_ref) {
    CaseId id = case_of(claim_ref);
    auto transaction = store().begin();
    EXPECT_TRUE(transaction.ok());
    auto found = (*transaction)->find_due_action(id);
    EXPECT_TRUE(found.ok()) << found.error().message;
    return found.ok() ? *found : std::nullopt;
  }

  std::optional<LadderRecord> ladder(const char* claim_ref) {
    CaseId id = case_of(claim_ref);
    auto transaction = store().begin();
    EXPECT_TRUE(transaction.ok());
    auto found = (*transaction)->find_ladder(id);
    EXPECT_TRUE(found.ok()) << found.error().message;
    return found.ok() ? *found : std::nullopt;
  }

  std::vector<std::string> timeline_kinds(const char* claim_ref) {
    std::vector<std::string> kinds;
    auto file = find_case_file(store(), "TEL", claim_ref);
    EXPECT_TRUE(file.ok());
    if (!file.ok()) return kinds;
    for (const auto& event : file->timeline) kinds.push_back(event.kind);
    return kinds;
  }

  std::vector<TableCount> row_counts() {
    auto transaction = store().begin();
    EXPECT_TRUE(transaction.ok());
    auto counts = (*transaction)->count_rows();
    EXPECT_TRUE(counts.ok());
    return counts.ok() ? *counts : std::vector<TableCount>{};
  }

  void log_call(const char* claim, const char* when) {
    auto logged = log_contact(store(), clock_,
                              {.client_code = "TEL",
                               .claim_ref = claim,
                               .channel = compliance::Channel::call,
                               .result = compliance::ContactResult::no_answer,
                               .at = at(when),
                               .actor = "tester"});
    ASSERT_TRUE(logged.ok()) << logged.error().message;
  }

  void expect_audit_intact() {
    auto report = verify_audit(store());
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->first_broken.has_value()) << report->first_broken->reason;
  }

  adapters::FixedClock clock_{at("2026-11-23T10:00:00Z")};
};

// A default strategy with the first step's attempts changed, as a client would edit it.
std::string edited_default(int first_contact_attempts) {
  std::string document(strategy::kDefaultStrategyJson);
  const std::string from = "\"attempts\": 2, \"spacing_hours\": 4";
  const std::string to =
      "\"attempts\": " + std::to_string(first_contact_attempts) + ", \"spacing_hours\": 4";
  for (std::size_t found = document.find(from); found != std::string::npos;
       found = document.find(from, found + to.size())) {
    document.replace(found, from.size(), to);
  }
  return document;
}

TEST_P(StrategyRunTest, EveryClientStartsWithTheDefaultStrategyAsVersionOne) {
  auto shown = show_strategy(store(), "TEL", std::nullopt);
  ASSERT_TRUE(shown.ok()) << shown.error().message;
  EXPECT_TRUE(shown->is_stored);
  EXPECT_EQ(shown->stored.version, 1);
  EXPECT_EQ(shown->stored.created_by, "system");
  EXPECT_NE(shown->stored.document.find("\"si-default\""), std::string::npos);
}

TEST_P(StrategyRunTest, SetStoresTheNextVersionAndShowFindsEveryVersion) {
  auto second = set_strategy(store(), clock_, {.client_code = "TEL", .document = edited_default(3)});
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(second->version, 2);
  auto third = set_strategy(store(), clock_, {.client_code = "TEL", .document = edited_default(4)});
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(third->version, 3);
  EXPECT_NE(third->document.find("\"version\": 3"), std::string::npos)
      << "the stored document says which version it is";

  auto newest = show_strategy(store(), "TEL", std::nullopt);
  ASSERT_TRUE(newest.ok());
  EXPECT_EQ(newest->stored.version, 3);
  EXPECT_NE(newest->stored.document.find("\"attempts\": 4"), std::string::npos);
  auto older = show_strategy(store(), "TEL", 2);
  ASSERT_TRUE(older.ok());
  EXPECT_NE(older->stored.document.find("\"attempts\": 3"), std::string::npos);
  EXPECT_EQ(older->stored.sha256.size(), 64u);

  auto missing = show_strategy(store(), "TEL", 9);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_FALSE(show_strategy(store(), "NOPE", std::nullopt).ok());
}

TEST_P(StrategyRunTest, ABadDocumentIsRefusedWithItsPathAndStoresNothing) {
  std::string document(strategy::kDefaultStrategyJson);
  document.replace(document.find("\"channel\": \"ivr\""), 16, "\"channel\": \"fax\"");
  auto refused = set_strategy(store(), clock_, {.client_code = "TEL", .document = document});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(refused.error().message.rfind("$.segments[0].steps[0].channel", 0), 0u)
      << refused.error().message;
  EXPECT_FALSE(set_strategy(store(), clock_, {.client_code = "TEL", .document = "[1, 2"}).ok());
  auto shown = show_strategy(store(), "TEL", std::nullopt);
  ASSERT_TRUE(shown.ok());
  EXPECT_EQ(shown->stored.version, 1);
}

TEST_P(StrategyRunTest, TheFirstRunPutsEveryCaseOnTheLadderAndARepeatChangesNothing) {
  StrategyRunReport first = run("2026-11-23T11:00:00Z");
  EXPECT_EQ(first.cases, 3);
  EXPECT_EQ(first.entered_ladder, 3);
  EXPECT_EQ(first.stage_changes, 3);
  EXPECT_EQ(first.actions_written, 3);
  EXPECT_EQ(first.due_now, 3) << "the first contact is due at intake";
  EXPECT_EQ(first.contactable_now, 3) << "Monday 12:00 in Ljubljana";
  EXPECT_EQ(first.due_now_by_channel.at("ivr"), 3);
  ASSERT_TRUE(first.run_id.has_value());

  auto action = due_action("A-1");
  ASSERT_TRUE(action.has_value());
  EXPECT_EQ(action->step_name, "first_contact");
  EXPECT_EQ(action->channel, "ivr");
  EXPECT_EQ(action->segment, "standard");
  EXPECT_EQ(action->attempt_number, 1);
  EXPECT_EQ(action->due_at, at("2026-11-23T10:00:00Z"));
  EXPECT_EQ(action->deadline, at("2026-11-24T10:00:00Z"));
  EXPECT_EQ(action->contactable_from, action->due_at);
  EXPECT_EQ(action->blocked_by, "");
  EXPECT_EQ(due_action("C-1")->segment, "small_balance");
  EXPECT_EQ(ladder("A-1")->strategy_version, 1);

  auto kinds = timeline_kinds("A-1");
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "stage_changed"), 1);
  expect_audit_intact();

  auto before = row_counts();
  StrategyRunReport again = run("2026-11-23T11:00:00Z");
  EXPECT_EQ(again.cases, 3);
  EXPECT_EQ(again.entered_ladder, 0);
  EXPECT_EQ(again.stage_changes, 0);
  EXPECT_EQ(again.actions_written, 0);
  auto after = row_counts();
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (before[i].table == "strategy_runs") {
      EXPECT_EQ(after[i].rows, before[i].rows + 1);
    } else {
      EXPECT_EQ(after[i].rows, before[i].rows) << before[i].table;
    }
  }
}

TEST_P(StrategyRunTest, ADryRunReportsTheSameAndWritesNothing) {
  auto before = row_counts();
  StrategyRunReport dry = run("2026-11-23T11:00:00Z", /*dry_run=*/true);
  EXPECT_TRUE(dry.dry_run);
  EXPECT_FALSE(dry.run_id.has_value());
  EXPECT_EQ(row_counts(), before);
  StrategyRunReport real = run("2026-11-23T11:00:00Z");
  EXPECT_EQ(dry.cases, real.cases);
  EXPECT_EQ(dry.entered_ladder, real.entered_ladder);
  EXPECT_EQ(dry.due_now, real.due_now);
  EXPECT_EQ(dry.contactable_now, real.contactable_now);
  EXPECT_EQ(dry.by_standing, real.by_standing);
}

TEST_P(StrategyRunTest, OutsideCallingHoursTheReportNamesTheRuleAndTheActionWhenItOpens) {
  // 18:30 UTC is 19:30 in Ljubljana: after the 19:00 end of the Slovenian window.
  StrategyRunReport evening = run("2026-11-23T18:30:00Z");
  EXPECT_EQ(evening.due_now, 3);
  EXPECT_EQ(evening.contactable_now, 0);
  EXPECT_EQ(evening.not_contactable_now, 3);
  EXPECT_EQ(evening.not_contactable_by_rule.at("contact_outside_permitted_hours"), 3);
  auto action = due_action("B-1");
  ASSERT_TRUE(action.has_value());
  EXPECT_EQ(action->blocked_by, "contact_outside_permitted_hours");
  EXPECT_EQ(action->contactable_from, at("2026-11-24T07:00:00Z")) << "08:00 the next morning";
}

TEST_P(StrategyRunTest, AHoldBlocksTheDueActionWithNoEndInSight) {
  run("2026-11-23T11:00:00Z");
  ASSERT_TRUE(place_hold(store(), clock_,
                         {.target = {.client_code = "TEL", .scope = TargetScope::kDebtor,
                                     .ref = "D-2"},
                          .kind = compliance::HoldKind::dispute,
                          .note = "disputes the bill",
                          .actor = "tester"})
                  .ok());
  StrategyRunReport held = run("2026-11-23T11:30:00Z");
  EXPECT_EQ(held.not_contactable_now, 1);
  EXPECT_EQ(held.not_contactable_by_rule.at("debt_is_disputed"), 1);
  EXPECT_EQ(held.actions_written, 1) << "only the held case's action changed";
  auto action = due_action("B-1");
  ASSERT_TRUE(action.has_value());
  EXPECT_EQ(action->blocked_by, "debt_is_disputed");
  EXPECT_FALSE(action->contactable_from.has_value());
}

TEST_P(StrategyRunTest, ANumberOnTheDoNotCallListBlocksCallsToIt) {
  ASSERT_TRUE(add_to_do_not_call(store(), clock_, "+386 31 444 555", "asked by phone", "tester")
                  .ok());
  StrategyRunReport report = run("2026-11-23T11:00:00Z");
  EXPECT_EQ(report.not_contactable_by_rule.at("number_is_on_do_not_call_list"), 1);
  EXPECT_EQ(due_action("C-1")->blocked_by, "number_is_on_do_not_call_list");
  EXPECT_EQ(due_action("A-1")->blocked_by, "");
}

TEST_P(StrategyRunTest, LoggedCallsAreAttemptsOnTheDueStepAndExhaustItForward) {
  run("2026-11-23T11:00:00Z");
  log_call("B-1", "2026-11-23T11:05:00Z");
  run("2026-11-23T11:10:00Z");
  auto after_one = due_action("B-1");
  ASSERT_TRUE(after_one.has_value());
  EXPECT_EQ(after_one->step_name, "first_contact");
  EXPECT_EQ(after_one->attempt_number, 2);
  EXPECT_EQ(after_one->due_at, at("2026-11-23T15:05:00Z")) << "4 hours' spacing";
  EXPECT_EQ(ladder("B-1")->attempts.size(), 1u);
  EXPECT_EQ(due_action("A-1")->attempt_number, 1) << "other cases are untouched";

  // A call before the spacing allows a second attempt counts for the gate, not the ladder.
  log_call("B-1", "2026-11-23T12:00:00Z");
  run("2026-11-23T12:10:00Z");
  EXPECT_EQ(due_action("B-1")->attempt_number, 2);

  log_call("B-1", "2026-11-23T15:10:00Z");
  StrategyRunReport moved = run("2026-11-23T15:20:00Z");
  EXPECT_EQ(moved.stage_changes, 1);
  auto next_step = due_action("B-1");
  ASSERT_TRUE(next_step.has_value());
  EXPECT_EQ(next_step->step_name, "reminder_calls");
  EXPECT_EQ(next_step->channel, "call");
  EXPECT_EQ(next_step->due_at, at("2026-11-23T23:00:00Z"))
      << "reminder 2026-11-20 + 4 days, midnight in Ljubljana";
  auto kinds = timeline_kinds("B-1");
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "stage_changed"), 2);
  expect_audit_intact();
}

TEST_P(StrategyRunTest, APaidCaseLeavesTheLadderAndLosesItsDueAction) {
  run("2026-11-23T11:00:00Z");
  {
    auto transaction = store().begin();
    ASSERT_TRUE(transaction.ok());
    auto claim = (*transaction)->find_claim(ClientId(1), "B-1");
    ASSERT_TRUE(claim.ok() && claim->has_value());
    domain::Claim paid = **claim;
    paid.status = domain::ClaimStatus::kPaid;
    ASSERT_TRUE((*transaction)->update_claim(paid, at("2026-11-23T11:30:00Z")).ok());
    ASSERT_TRUE((*transaction)->commit().ok());
  }
  StrategyRunReport report = run("2026-11-23T12:00:00Z");
  EXPECT_EQ(report.actions_removed, 1);
  EXPECT_EQ(report.by_standing.at("left_ladder_paid"), 1);
  EXPECT_FALSE(due_action("B-1").has_value());
  auto file = find_case_file(store(), "TEL", "B-1");
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->collection_case.stage, "paid");
  EXPECT_EQ(file->collection_case.status, domain::CaseStatus::kClosed);
  EXPECT_EQ(run("2026-11-23T12:30:00Z").cases, 2) << "a closed case is not evaluated again";
  expect_audit_intact();
}

TEST_P(StrategyRunTest, ACaseKeepsTheStrategyVersionItStartedUnder) {
  run("2026-11-23T11:00:00Z");
  ASSERT_TRUE(
      set_strategy(store(), clock_, {.client_code = "TEL", .document = edited_default(5)}).ok());
  import(
      "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
      "claim_type,currency,principal,fees,due_date,reminder_sent_on,time_zone\n"
      "E-1,D-5,person,Eva Kos,,+386 40 999 888,,Glavna 5,Kranj,SI,telecom,EUR,300.00,,"
      "2026-11-05,2026-11-20,\n",
      "later.csv");
  StrategyRunReport report = run("2026-11-23T11:30:00Z");
  EXPECT_EQ(report.entered_ladder, 1);
  EXPECT_EQ(ladder("A-1")->strategy_version, 1);
  EXPECT_EQ(ladder("E-1")->strategy_version, 2);
  EXPECT_EQ(due_action("A-1")->attempts, 2);
  EXPECT_EQ(due_action("E-1")->attempts, 5);
}

TEST_P(StrategyRunTest, CasesMoveToAnotherVersionOnlyWhenAskedAndKeepTheirStep) {
  run("2026-11-23T11:00:00Z");
  ASSERT_TRUE(
      set_strategy(store(), clock_, {.client_code = "TEL", .document = edited_default(5)}).ok());
  auto one = move_cases_to_strategy(store(), clock_, {.client_code = "TEL", .claim_ref = "A-1"});
  ASSERT_TRUE(one.ok()) << one.error().message;
  EXPECT_EQ(one->version, 2);
  EXPECT_EQ(one->moved, 1);
  EXPECT_EQ(ladder("A-1")->strategy_version, 2);
  EXPECT_EQ(ladder("B-1")->strategy_version, 1);
  auto kinds = timeline_kinds("A-1");
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "strategy_moved"), 1);

  StrategyRunReport report = run("2026-11-23T11:30:00Z");
  EXPECT_EQ(report.stage_changes, 0) << "the case kept its step";
  EXPECT_EQ(due_action("A-1")->step_name, "first_contact");
  EXPECT_EQ(due_action("A-1")->attempts, 5);
  EXPECT_EQ(due_action("B-1")->attempts, 2);

  auto all = move_cases_to_strategy(store(), clock_, {.client_code = "TEL"});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->moved, 2);
  EXPECT_EQ(all->already_there, 1);
  expect_audit_intact();
}

TEST_P(StrategyRunTest, ACaseIsNotMovedToAVersionWithoutItsStep) {
  run("2026-11-23T11:00:00Z");
  std::string renamed(strategy::kDefaultStrategyJson);
  for (std::size_t found = renamed.find("\"first_contact\""); found != std::string::npos;
       found = renamed.find("\"first_contact\"", found)) {
    renamed.replace(found, 15, "\"opening_call\"");
  }
  ASSERT_TRUE(set_strategy(store(), clock_, {.client_code = "TEL", .document = renamed}).ok());
  auto moved = move_cases_to_strategy(store(), clock_, {.client_code = "TEL", .claim_ref = "B-1"});
  ASSERT_TRUE(moved.ok()) << moved.error().message;
  EXPECT_EQ(moved->moved, 0);
  ASSERT_EQ(moved->refused.size(), 1u);
  EXPECT_NE(moved->refused[0].reason.find("first_contact"), std::string::npos);
  EXPECT_EQ(ladder("B-1")->strategy_version, 1);
}

TEST_P(StrategyRunTest, AClientsNarrowerHoursHoldTheDueActionsBack) {
  ASSERT_TRUE(add_client(store(), clock_,
                         {.code = "EARLY",
                          .name = "Early Energy",
                          .country = "SI",
                          .currency = "EUR",
                          .policy = nlohmann::json::parse(
                              R"({"compliance": {"hours": {"monday": "09:00-17:00"}}})")})
                  .ok())
      << "a client may narrow the Slovenian window";
  auto report = import_claims(store(), clock_, kClaims,
                              {.client_code = "EARLY", .file_name = "early.csv"});
  ASSERT_TRUE(report.ok()) << report.error().message;
  // 16:30 UTC on Monday is 17:30 in Ljubljana: inside SI's window, outside the client's.
  auto early = run_strategy(store(), clock_, {.client_code = "EARLY", .at = at("2026-11-23T16:30:00Z")});
  ASSERT_TRUE(early.ok()) << early.error().message;
  EXPECT_EQ(early->not_contactable_by_rule.at("contact_outside_permitted_hours"), 3);
  StrategyRunReport tel = run("2026-11-23T16:30:00Z");
  EXPECT_EQ(tel.contactable_now, 3) << "the profile alone allows 17:30";
}

TEST_P(StrategyRunTest, AnUnknownClientIsAnError) {
  auto report = run_strategy(store(), clock_, {.client_code = "NOPE"});
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().code, ErrorCode::kNotFound);
}

INSTANTIATE_STORE_TESTS(StrategyRunTest);

}  // namespace
}  // namespace duecall::app
