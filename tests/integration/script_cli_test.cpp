// `duecall script set` and `script show` end to end, once on SQLite and once on PostgreSQL:
// versions as the command line reports them, the template and the filled script as text
// and JSON (a contract for the agent desktop), and exit status 2 with a message that names
// the problem for unknown clients, steps, versions, claims and placeholders.
// The clock is fixed at Monday 2026-11-23 10:00 UTC (11:00 in Ljubljana).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run_process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_store.hpp"

namespace duecall {
namespace {

using nlohmann::json;
using testing::ProcessResult;

constexpr const char* kClaims =
    "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
    "claim_type,currency,principal,fees,due_date,reminder_sent_on,time_zone\n"
    "A-1,D-1,person,Ana Kos,,+386 40 123 456,,Glavna 1,Kranj,SI,telecom,EUR,1200.00,34.56,"
    "2026-11-01,,\n"
    "US-1,D-US,person,John Doe,,+1 201 555 0123,,,,US,telecom,EUR,90.00,,2026-11-02,,"
    "America/New_York\n";

json script(
    const std::string& opening = "Dober dan, tukaj {operator.name} iz družbe {agency.name}.") {
  return {{"opening", opening},
          {"identity_verification", "Ali je pri telefonu {debtor.name}?"},
          {"debt_statement", "Skupni odprti znesek je {case.total_due}."},
          {"deadline", {{"days", 8}, {"text", "Rok plačila je {deadline}."}}},
          {"objections", {{{"objection", "Nimam denarja."}, {"responses", "Poiščiva rešitev."}}}},
          {"solutions", {"Plačilo celotnega zneska."}},
          {"closing", "Hvala in lep pozdrav."}};
}

class ScriptCliTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto added = duecall({"client", "add", "--code", "TEL", "--name", "Telekom", "--country", "SI",
                          "--currency", "EUR"});
    ASSERT_EQ(added.exit_status, 0) << added.err;
    auto imported =
        duecall({"import", "claims", dir_.write("claims.csv", kClaims), "--client", "TEL"});
    ASSERT_EQ(imported.exit_status, 0) << imported.err;
  }

  ProcessResult duecall(std::vector<std::string> arguments,
                        std::vector<std::string> environment = {}) {
    arguments.insert(arguments.begin(), {testing::duecall_binary(), "--db", db_spec()});
    environment.push_back("DUECALL_NOW=2026-11-23T10:00:00Z");
    return testing::run_process(arguments, environment);
  }

  ProcessResult set(const json& document, const std::string& step = "reminder_calls",
                    const std::string& language = "sl") {
    return duecall({"script", "set", "--client", "TEL", "--step", step, "--language", language,
                    dir_.write("script.json", document.dump(2))});
  }

  std::vector<std::string> show(const std::vector<std::string>& more) {
    std::vector<std::string> arguments = {"script", "show",           "--client",   "TEL",
                                          "--step", "reminder_calls", "--language", "sl"};
    arguments.insert(arguments.end(), more.begin(), more.end());
    return arguments;
  }

  testing::TempDir dir_;
};

TEST_P(ScriptCliTest, SetSavesVersionsAndShowPrintsTheLatestOrAGivenOne) {
  auto first = set(script());
  ASSERT_EQ(first.exit_status, 0) << first.err;
  EXPECT_EQ(first.out, "script TEL/reminder_calls/sl: saved as version 1\n");
  auto unchanged = set(script());
  EXPECT_EQ(unchanged.out, "script TEL/reminder_calls/sl: unchanged, still version 1\n");
  auto second = set(script("Pozdravljeni, tukaj {operator.name}."));
  EXPECT_EQ(second.out, "script TEL/reminder_calls/sl: saved as version 2\n");

  auto latest = duecall(show({"--json"}));
  ASSERT_EQ(latest.exit_status, 0) << latest.err;
  json shown = json::parse(latest.out);
  EXPECT_EQ(shown["version"], 2);
  EXPECT_EQ(shown["saved_by"], "cli");
  EXPECT_EQ(shown["saved_at"], "2026-11-23T10:00:00Z");
  EXPECT_EQ(shown["script"]["opening"], json::array({"Pozdravljeni, tukaj {operator.name}."}));
  EXPECT_EQ(shown["script"]["deadline"]["days"], 8);

  auto older = duecall(show({"--version", "1", "--json"}));
  ASSERT_EQ(older.exit_status, 0) << older.err;
  EXPECT_EQ(json::parse(older.out)["script"]["opening"][0],
            "Dober dan, tukaj {operator.name} iz družbe {agency.name}.");

  auto text = duecall(show({}));
  ASSERT_EQ(text.exit_status, 0) << text.err;
  EXPECT_NE(text.out.find("Script TEL/reminder_calls/sl, version 2"), std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("\nDeadline (8 days)\n  Rok plačila je {deadline}.\n"), std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("\nObjections\n  \"Nimam denarja.\"\n    - Poiščiva rešitev.\n"),
            std::string::npos)
      << text.out;
}

TEST_P(ScriptCliTest, ShowWithAClaimFillsTheScriptForItsCase) {
  ASSERT_EQ(set(script()).exit_status, 0);
  auto filled = duecall(show({"--claim", "A-1", "--agency", "Izterjava d.o.o.", "--operator",
                              "Maja", "--retention-months", "24", "--json"}));
  ASSERT_EQ(filled.exit_status, 0) << filled.err;
  EXPECT_EQ(filled.err, "");
  json out = json::parse(filled.out);
  EXPECT_EQ(out["debtor"], "D-1");
  EXPECT_EQ(out["jurisdiction"], "SI");
  EXPECT_EQ(out["deadline"], "2026-12-01");
  EXPECT_EQ(out["missing_facts"], json::array());
  EXPECT_EQ(out["parts"][0],
            json({{"part", "opening"},
                  {"lines", {{{"text", "Dober dan, tukaj Maja iz družbe Izterjava d.o.o."}}}}}));
  EXPECT_EQ(out["parts"][1]["part"], "recording_notice");
  EXPECT_TRUE(out["parts"][1]["lines"][0]["required_by"].is_string());
  EXPECT_EQ(out["parts"][3]["lines"][0]["text"], "Skupni odprti znesek je 1.234,56\u00a0€.");
  EXPECT_EQ(out["parts"][4]["lines"][0]["text"], "Rok plačila je 1. december 2026.");

  auto text = duecall(show({"--claim", "A-1", "--agency", "Izterjava d.o.o.", "--operator", "Maja",
                            "--retention-months", "24"}));
  ASSERT_EQ(text.exit_status, 0) << text.err;
  EXPECT_NE(text.out.find("for debtor D-1 (SI), deadline 2026-12-01"), std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("\nRecording notice\n  Obveščamo vas, da klic snemamo."),
            std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("    (required: GDPR art. 13"), std::string::npos) << text.out;
}

TEST_P(ScriptCliTest, FactsNobodyGaveShowAsGapsAndAreNamedOnStderr) {
  ASSERT_EQ(set(script()).exit_status, 0);
  auto gaps = duecall(show({"--claim", "A-1"}));
  ASSERT_EQ(gaps.exit_status, 0) << gaps.err;
  EXPECT_NE(gaps.out.find("Dober dan, tukaj [operator.name] iz družbe [agency.name]."),
            std::string::npos)
      << gaps.out;
  EXPECT_NE(gaps.err.find("no value for {operator.name}, {agency.name}, "
                          "{agency.recording_retention}"),
            std::string::npos)
      << gaps.err;
  auto from_environment = duecall(show({"--claim", "A-1", "--json"}),
                                  {"DUECALL_OPERATOR=Maja", "DUECALL_AGENCY=Izterjava d.o.o.",
                                   "DUECALL_RECORDING_RETENTION_MONTHS=12"});
  ASSERT_EQ(from_environment.exit_status, 0) << from_environment.err;
  EXPECT_EQ(json::parse(from_environment.out)["missing_facts"], json::array());
}

TEST_P(ScriptCliTest, ExitsTwoNamingWhatIsUnknown) {
  ASSERT_EQ(set(script()).exit_status, 0);
  json typo = script();
  typo["solutions"] = {"Plačilo celotnega zneska.", "Najnižji obrok je {policy.min_instalmnet}."};
  auto refused = set(typo);
  EXPECT_EQ(refused.exit_status, 2);
  EXPECT_NE(refused.err.find("script.json: $.solutions[1]: unknown placeholder "
                             "{policy.min_instalmnet}; did you mean {policy.min_instalment}?"),
            std::string::npos)
      << refused.err;

  struct Case {
    std::vector<std::string> arguments;
    std::string message;
  };
  for (const auto& [arguments, message] : std::vector<Case>{
           {{"script", "show", "--client", "NOPE", "--step", "reminder_calls", "--language", "sl"},
            "unknown client 'NOPE'"},
           {{"script", "show", "--client", "TEL", "--step", "dunning", "--language", "sl"},
            "client TEL's strategy has no step 'dunning'"},
           {{"script", "set", "--client", "TEL", "--step", "dunning", "--language", "sl",
             dir_.write("ok.json", script().dump())},
            "client TEL's strategy has no step 'dunning'"},
           {show({"--version", "7"}), "client TEL has no version 7 of a script"},
           {{"script", "show", "--client", "TEL", "--step", "reminder_calls", "--language", "en"},
            "client TEL has no script for step reminder_calls in en"},
           {{"script", "show", "--client", "TEL", "--step", "reminder_calls", "--language",
             "sl_SI"},
            "'sl_SI' is not a language tag"},
           {show({"--claim", "NOPE"}), "client TEL has no claim or debtor 'NOPE'"},
           {show({"--claim", "US-1"}), "no required call disclosures for US in language 'sl'"},
           {{"script", "set", "--client", "TEL", "--step", "reminder_calls", "--language", "sl",
             dir_.file("missing.json")},
            "cannot read"},
       }) {
    auto result = duecall(arguments);
    EXPECT_EQ(result.exit_status, 2) << message;
    EXPECT_NE(result.err.find(message), std::string::npos) << result.err;
  }
}

INSTANTIATE_STORE_TESTS(ScriptCliTest);

}  // namespace
}  // namespace duecall
