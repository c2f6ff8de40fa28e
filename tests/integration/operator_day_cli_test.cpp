// A supervisor's day of work end to end through the real binary, once on SQLite and once on
// PostgreSQL: claims imported, the strategy run, operators taking cases from the queue and
// logging outcomes, promises and an instalment plan outside the floors approved by a
// supervisor, a bank statement, and the next run's promise monitor keeping one promise and
// breaking the other: the broken one becomes the operator's to-do item and its ladder
// resumes. The KPI report over the period matches a count made by hand from these steps.
//
// The clock moves with DUECALL_NOW: Monday 2026-11-23 10:00 in Ljubljana for the calls,
// 2026-11-28 for the statement, 2026-12-05 for the run that judges the promises.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <set>

#include "support/run_process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_store.hpp"

namespace duecall {
namespace {

using nlohmann::json;
using testing::ProcessResult;

// Four debtors, each with one claim of 105.00 EUR (100.00 principal, 5.00 fees), 39 days
// past due: the default strategy calls such late placements first.
constexpr const char* kClaims =
    "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
    "claim_type,currency,principal,fees,due_date,reminder_sent_on,time_zone\n"
    "A-1,D-1,person,Ana Kos,,+386 40 123 456,,,,SI,telecom,EUR,100.00,5.00,2026-10-15,2026-10-20,\n"
    "B-1,D-2,person,Bine Kos,,+386 41 222 333,,,,SI,telecom,EUR,100.00,5.00,2026-10-15,2026-10-20,\n"
    "C-1,D-3,person,Cene Kos,,+386 31 444 555,,,,SI,telecom,EUR,100.00,5.00,2026-10-15,2026-10-20,\n"
    "E-1,D-4,person,Eva Kos,,+386 51 666 777,,,,SI,telecom,EUR,100.00,5.00,2026-10-15,2026-10-20,\n";

constexpr const char* kMonday = "2026-11-23T09:00:00Z";

class OperatorDayCliTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    expect_ok({"client", "add", "--code", "TEL", "--name", "Telekom", "--country", "SI",
               "--currency", "EUR"},
              "2026-11-23T07:00:00Z");
    expect_ok({"import", "claims", dir_.write("claims.csv", kClaims), "--client", "TEL"},
              "2026-11-23T08:00:00Z");
    for (auto [login, role] : {std::pair{"ana.op", "operator"}, std::pair{"bor.op", "operator"},
                               std::pair{"sara.sup", "supervisor"}}) {
      auto user = duecall({"user", "add", "--login", login, "--name", "User", "--role", role},
                          "2026-11-23T07:00:00Z", "correct horse battery\n");
      ASSERT_EQ(user.exit_status, 0) << user.err;
    }
  }

  ProcessResult duecall(std::vector<std::string> arguments, const std::string& now,
                        const std::string& input = "") {
    arguments.insert(arguments.begin(), {testing::duecall_binary(), "--db", db_spec()});
    return testing::run_process_with_input(arguments, input, {"DUECALL_NOW=" + now});
  }

  std::string expect_ok(std::vector<std::string> arguments, const std::string& now) {
    auto result = duecall(arguments, now);
    EXPECT_EQ(result.exit_status, 0) << arguments[0] << " " << arguments[1] << ": " << result.err;
    return result.out;
  }

  json expect_json(std::vector<std::string> arguments, const std::string& now) {
    arguments.push_back("--json");
    json parsed = json::parse(expect_ok(arguments, now), nullptr, false);
    EXPECT_FALSE(parsed.is_discarded()) << arguments[0] << " " << arguments[1];
    return parsed;
  }

  // Takes the operator's next case from the queue and returns its claim's client_ref.
  std::string next_claim(const std::string& login) {
    json next = expect_json({"queue", "next", "--operator", login}, kMonday);
    EXPECT_TRUE(next["item"].is_object()) << next.dump();
    if (!next["item"].is_object()) return "";
    EXPECT_EQ(next["item"]["channel"], "call");
    return next["item"]["claims"][0].get<std::string>();
  }

  void log_call(const std::string& claim, const std::string& login, const std::string& result,
                const std::string& outcome) {
    std::vector<std::string> arguments = {"contact", "log", "--client", "TEL", "--claim", claim,
                                          "--channel", "call", "--result", result,
                                          "--operator", login};
    if (!outcome.empty()) {
      arguments.insert(arguments.end(), {"--outcome", outcome, "--summary",
                                         "Dolžnik je potrdil dolg in se zavezal plačati."});
    }
    expect_ok(arguments, kMonday);
  }

  json agreement_of(const std::string& claim) {
    json listed = expect_json({"agreement", "list", "--client", "TEL", "--claim", claim},
                              "2026-12-05T10:00:00Z");
    EXPECT_EQ(listed.size(), 1u) << listed.dump();
    return listed.empty() ? json::object() : listed[0];
  }

  testing::TempDir dir_;
};

TEST_P(OperatorDayCliTest, ADayOfWorkFromIntakeToKeptAndBrokenPromisesAndTheKpis) {
  json first_run = expect_json({"strategy", "run", "--client", "TEL"}, kMonday);
  EXPECT_EQ(first_run["cases"], 4);
  EXPECT_EQ(first_run["contactable_now"], 4) << first_run.dump();

  // ana.op: no answer, then two promises; bor.op: a plan outside the floors.
  const std::string unanswered = next_claim("ana.op");
  log_call(unanswered, "ana.op", "no_answer", "");
  const std::string kept = next_claim("ana.op");
  log_call(kept, "ana.op", "right_party", "promise");
  expect_ok({"agreement", "add", "--client", "TEL", "--claim", kept, "--operator", "ana.op",
             "--kind", "promise", "--amount", "50.00", "--date", "2026-12-01"},
            kMonday);
  const std::string broken = next_claim("ana.op");
  log_call(broken, "ana.op", "right_party", "promise");
  expect_ok({"agreement", "add", "--client", "TEL", "--claim", broken, "--operator", "ana.op",
             "--kind", "promise", "--amount", "30.00", "--date", "2026-11-30"},
            kMonday);
  const std::string planned = next_claim("bor.op");
  log_call(planned, "bor.op", "right_party", "plan");
  expect_ok({"agreement", "add", "--client", "TEL", "--claim", planned, "--operator", "bor.op",
             "--kind", "plan", "--amount", "105.00", "--instalments", "3", "--first-date",
             "2026-12-10", "--every", "month"},
            kMonday);
  std::set<std::string> distinct{unanswered, kept, broken, planned};
  ASSERT_EQ(distinct.size(), 4u) << "the queue hands out each case once";

  // The plan waits for a supervisor, as an approval on the to-do list.
  json plan = agreement_of(planned);
  EXPECT_EQ(plan["state"], "pending_approval");
  json todo = expect_json({"todo", "list"}, kMonday);
  ASSERT_EQ(todo.size(), 1u) << todo.dump();
  EXPECT_EQ(todo[0]["kind"], "approval");
  EXPECT_EQ(todo[0]["claim_ref"], planned);
  expect_ok({"approvals", "approve", std::to_string(plan["id"].get<int>()), "--by", "sara.sup"},
            "2026-11-23T09:30:00Z");
  EXPECT_EQ(agreement_of(planned)["state"], "active");
  EXPECT_TRUE(expect_json({"todo", "list"}, "2026-11-23T09:31:00Z").empty());

  // The agreements pause their ladders at the next run.
  expect_json({"strategy", "run", "--client", "TEL"}, "2026-11-23T12:00:00Z");
  json paused = expect_json({"case", "show", "--client", "TEL", broken}, "2026-11-23T12:01:00Z");
  EXPECT_EQ(paused["case"]["stage"], "paused") << paused["case"].dump();

  // The statement pays the first promise in time; nothing comes for the second.
  const std::string statement = "entry_ref,booking_date,amount,currency,reference,payer\n"
                                "P-1,2026-11-28,50.00,EUR," + kept + ",Debtor\n";
  json posted = expect_json({"payments", "import", dir_.write("statement.csv", statement),
                             "--client", "TEL"},
                            "2026-11-28T10:00:00Z");
  EXPECT_EQ(posted["posted"], 1);

  json judged = expect_json({"strategy", "run", "--client", "TEL"}, "2026-12-05T09:00:00Z");
  EXPECT_EQ(judged["agreements_kept"], 1) << judged.dump();
  EXPECT_EQ(judged["agreements_broken"], 1);
  EXPECT_EQ(agreement_of(kept)["state"], "kept");
  EXPECT_EQ(agreement_of(broken)["state"], "broken");
  EXPECT_EQ(agreement_of(planned)["state"], "active");

  // The broken promise is ana.op's to-do item, and its ladder runs again.
  json mine = expect_json({"todo", "list", "--operator", "ana.op"}, "2026-12-05T09:05:00Z");
  ASSERT_EQ(mine.size(), 1u) << mine.dump();
  EXPECT_EQ(mine[0]["kind"], "broken_agreement");
  EXPECT_EQ(mine[0]["claim_ref"], broken);
  EXPECT_EQ(mine[0]["client"], "TEL");
  EXPECT_EQ(mine[0]["amount"], (json{{"minor", 3000}, {"currency", "EUR"}}));
  EXPECT_TRUE(expect_json({"todo", "list", "--operator", "bor.op"}, "2026-12-05T09:05:00Z").empty());
  json resumed = expect_json({"case", "show", "--client", "TEL", broken}, "2026-12-05T09:06:00Z");
  EXPECT_NE(resumed["case"]["stage"], "paused");
  EXPECT_TRUE(resumed["due_action"].is_object()) << resumed.dump();
  expect_ok({"todo", "done", std::to_string(mine[0]["id"].get<int>()), "--outcome",
             "called, debtor pays on Friday", "--by", "ana.op"},
            "2026-12-05T10:00:00Z");
  EXPECT_TRUE(expect_json({"todo", "list", "--operator", "ana.op"}, "2026-12-05T10:01:00Z").empty());

  // The KPIs, counted by hand from the steps above.
  json kpi = expect_json({"report", "kpi", "--from", "2026-11-23", "--to", "2026-12-05", "--by",
                          "operator"},
                         "2026-12-05T11:00:00Z");
  json ana, bor;
  for (const json& row : kpi["rows"]) {
    if (row["operator"] == "ana.op") ana = row;
    if (row["operator"] == "bor.op") bor = row;
  }
  ASSERT_TRUE(ana.is_object() && bor.is_object()) << kpi.dump();
  EXPECT_EQ(ana["calls"], 3);
  EXPECT_EQ(ana["right_party_contacts"], 2);
  EXPECT_EQ(ana["rpc_rate_percent"], "66.67");
  EXPECT_EQ(ana["promises"], 2);
  EXPECT_EQ(ana["instalment_agreements"], 0);
  EXPECT_EQ(ana["promised"], (json::array({{{"minor", 8000}, {"currency", "EUR"}}})));
  EXPECT_EQ(ana["kept"], 1);
  EXPECT_EQ(ana["broken"], 1);
  EXPECT_EQ(ana["kept_rate_percent"], "50.00");
  EXPECT_EQ(ana["collected"], (json::array({{{"minor", 5000}, {"currency", "EUR"}}})));
  EXPECT_EQ(bor["calls"], 1);
  EXPECT_EQ(bor["right_party_contacts"], 1);
  EXPECT_EQ(bor["promises"], 0);
  EXPECT_EQ(bor["instalment_agreements"], 1);
  EXPECT_EQ(bor["promised"], (json::array({{{"minor", 10500}, {"currency", "EUR"}}})));
  EXPECT_EQ(bor["kept_rate_percent"], nullptr);
  const json& totals = kpi["totals"];
  EXPECT_EQ(totals["calls"], 4);
  EXPECT_EQ(totals["right_party_contacts"], 3);
  EXPECT_EQ(totals["rpc_rate_percent"], "75.00");
  EXPECT_EQ(totals["cases_taken_in"], 4);
  EXPECT_EQ(totals["first_attempt_within_24h"], 4);
  EXPECT_EQ(totals["first_attempt_within_24h_percent"], "100.00");
  EXPECT_EQ(totals["collected"], (json::array({{{"minor", 5000}, {"currency", "EUR"}}})));

  auto audit = duecall({"audit", "verify", "--json"}, "2026-12-05T11:00:00Z");
  EXPECT_EQ(audit.exit_status, 0) << audit.out;
}

INSTANTIATE_STORE_TESTS(OperatorDayCliTest);

}  // namespace
}  // namespace duecall
