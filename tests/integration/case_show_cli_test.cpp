// `duecall case show` as the operator's screen-pop, through the built binary on SQLite and
// on PostgreSQL: the JSON keys that were there first keep their names and meaning, the keys
// the screen-pop added are present with the case's values, and the text view prints its
// sections with the timeline newest first, trimmed unless --full. The clock is fixed at
// 2026-11-23 10:00 UTC.
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
    "claim_type,currency,principal,interest,fees,due_date,reminder_sent_on\n"
    "A-1,D-1,person,Ana Kos,,+386 40 123 456,ana@example.com,Glavna 1,Kranj,SI,telecom,EUR,"
    "100.00,,5.00,2026-11-01,2026-11-10\n"
    "A-2,D-1,person,Ana Kos,,+386 40 123 456,ana@example.com,Glavna 1,Kranj,SI,telecom,EUR,"
    "200.00,10.00,,2026-11-10,2026-11-10\n";

constexpr const char* kPolicy =
    R"({"min_instalment": "20.00", "max_instalments": 6, "max_term_days": 180,
        "settlement_floor_percent": "85", "max_extension_days": 14})";

json money(std::int64_t minor) {
  return {{"minor", minor}, {"currency", "EUR"}};
}

std::vector<std::string> keys_of(const json& object) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : object.items()) keys.push_back(key);
  return keys;
}

bool has_keys(const json& object, const std::vector<std::string>& keys) {
  for (const auto& key : keys) {
    if (!object.contains(key)) return false;
  }
  return true;
}

class CaseShowCliTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto added = duecall({"client", "add", "--code", "TEL", "--name", "Telekom", "--country", "SI",
                          "--currency", "EUR", "--policy", dir_.write("policy.json", kPolicy)});
    ASSERT_EQ(added.exit_status, 0) << added.err;
    auto imported =
        duecall({"import", "claims", dir_.write("claims.csv", kClaims), "--client", "TEL"});
    ASSERT_EQ(imported.exit_status, 0) << imported.err;
  }

  ProcessResult duecall(std::vector<std::string> arguments, const std::string& input = "") {
    arguments.insert(arguments.begin(), {testing::duecall_binary(), "--db", db_spec()});
    return testing::run_process_with_input(arguments, input, {"DUECALL_NOW=2026-11-23T10:00:00Z"});
  }

  json shown(const char* ref) {
    auto result = duecall({"case", "show", "--client", "TEL", ref, "--json", "--operator", "Maja",
                           "--agency", "Izterjava d.o.o.", "--retention-months", "24"});
    EXPECT_EQ(result.exit_status, 0) << result.err;
    return json::parse(result.out, nullptr, false);
  }

  testing::TempDir dir_;
};

TEST_P(CaseShowCliTest, KeepsTheFirstKeysAndAddsTheScreenPops) {
  json plain = shown("A-1");
  // The first keys, as they always were.
  EXPECT_EQ(keys_of(plain["case"]), (std::vector<std::string>{"client", "id", "opened_at", "stage",
                                                              "status", "total_due"}));
  EXPECT_EQ(plain["case"]["total_due"], money(31500));
  EXPECT_TRUE(has_keys(plain["debtor"], {"ref", "kind", "name", "national_id", "address",
                                         "postal_code", "city", "country", "language", "time_zone",
                                         "phones", "emails", "reachable_by_phone"}));
  EXPECT_EQ(plain["debtor"]["phones"][0],
            json({{"number", "+38640123456"}, {"valid", true}, {"type", "mobile"}}));
  EXPECT_EQ(plain["claims"][0]["principal"], money(10000));
  EXPECT_EQ(plain["claims"][0]["balance"], money(10500));
  EXPECT_TRUE(
      has_keys(plain["claims"][0], {"client_ref", "claim_type", "status", "principal", "interest",
                                    "fees", "balance", "due_date", "reminder_sent_on"}));
  EXPECT_EQ(
      keys_of(plain["timeline"][0]),
      (std::vector<std::string>{"actor", "details", "hash", "id", "kind", "occurred_at", "seq"}));
  EXPECT_TRUE(plain["ladder"].is_null());
  EXPECT_EQ(plain["script"]["available"], false);

  // A strategy run, a script for its step, a plan and a partial payment.
  ASSERT_EQ(duecall({"strategy", "run", "--client", "TEL"}).exit_status, 0);
  const std::string step = shown("A-1")["ladder"]["step"].get<std::string>();
  std::string script = dir_.write(
      "script.json", json({{"opening", "Dober dan, tukaj {operator.name} iz družbe {agency.name}."},
                           {"identity_verification", "Ali je pri telefonu {debtor.name}?"},
                           {"debt_statement", "Odprti znesek je {case.total_due}."},
                           {"deadline", {{"days", 8}, {"text", "Rok plačila je {deadline}."}}},
                           {"solutions", {"Najnižji obrok je {policy.min_instalment}."}},
                           {"closing", "Hvala."}})
                         .dump());
  auto saved =
      duecall({"script", "set", "--client", "TEL", "--step", step, "--language", "sl", script});
  ASSERT_EQ(saved.exit_status, 0) << saved.err;
  auto user = duecall({"user", "add", "--login", "ana.op", "--name", "Ana", "--role", "operator"},
                      "correct horse battery\n");
  ASSERT_EQ(user.exit_status, 0) << user.err;
  auto plan = duecall({"agreement", "add", "--client", "TEL", "--operator", "ana.op", "--claim",
                       "A-1", "--kind", "plan", "--instalments", "2", "--amount", "105.00",
                       "--first-date", "2026-11-25", "--every", "week"});
  ASSERT_EQ(plan.exit_status, 0) << plan.err;
  auto paid = duecall({"payments", "import",
                       dir_.write("bank.csv",
                                  "entry_ref,booking_date,amount,currency,reference,payer\n"
                                  "P-1,2026-11-23,60.00,EUR,A-1,Ana Kos\n"),
                       "--client", "TEL"});
  ASSERT_EQ(paid.exit_status, 0) << paid.err;

  json file = shown("D-1");
  EXPECT_EQ(file["case"]["total_due"], money(31500)) << "placed, as before";
  EXPECT_EQ(file["claims"][0]["balance"], money(10500));
  for (const char* key : {"today", "total_due", "payments", "agreements", "ladder", "due_action",
                          "script", "solutions"}) {
    EXPECT_TRUE(file.contains(key)) << key;
  }
  EXPECT_EQ(file["total_due"], json::array({money(25500)}));
  EXPECT_EQ(file["claims"][0]["open"]["total"], money(4500));
  EXPECT_EQ(file["payments"][0]["entry_ref"], "P-1");
  EXPECT_EQ(file["agreements"][0]["instalments"][0]["covered"], money(5250));
  EXPECT_EQ(file["agreements"][0]["instalments"][1]["covered"], money(750));
  EXPECT_EQ(file["script"]["available"], true) << file["script"].dump();
  EXPECT_NE(file["script"].dump().find("Dober dan, tukaj Maja iz družbe Izterjava d.o.o."),
            std::string::npos);
  EXPECT_EQ(file["solutions"]["plan"]["max_instalments"], 6);
  EXPECT_EQ(file["solutions"]["settlement"]["min_amount"], money(21675));
  EXPECT_EQ(file["debtor"]["contact_points"].size(), 2u);
}

TEST_P(CaseShowCliTest, TheTextViewHasSectionsAndTrimsTheTimelineNewestFirst) {
  // Twelve hold events and the two placements: more than the ten the text view shows.
  for (int round = 0; round < 6; ++round) {
    ASSERT_EQ(duecall({"hold", "add", "--client", "TEL", "--claim", "A-1", "--kind", "dispute"})
                  .exit_status,
              0);
    ASSERT_EQ(duecall({"hold", "remove", "--client", "TEL", "--claim", "A-1", "--kind", "dispute"})
                  .exit_status,
              0);
  }
  auto text = duecall({"case", "show", "--client", "TEL", "A-1"});
  ASSERT_EQ(text.exit_status, 0) << text.err;
  for (const char* heading : {"DEBTOR", "CLAIMS", "PAYMENTS", "AGREEMENTS", "LADDER", "SCRIPT",
                              "SOLUTIONS", "TIMELINE (newest first"}) {
    EXPECT_NE(text.out.find(heading), std::string::npos) << heading << "\n" << text.out;
  }
  EXPECT_NE(text.out.find("Za odprti znesek 315,00"), std::string::npos) << text.out;
  json timeline = shown("A-1")["timeline"];
  const std::string newest = "#" + std::to_string(timeline.back()["seq"].get<int>());
  const std::string oldest = "#" + std::to_string(timeline.front()["seq"].get<int>());
  const auto section = text.out.find("TIMELINE");
  EXPECT_LT(text.out.find(newest, section), text.out.find(oldest + " ", section));
  EXPECT_NE(text.out.find("10 of 14; --full shows all"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("4 older event(s)"), std::string::npos);
  auto full = duecall({"case", "show", "--client", "TEL", "A-1", "--full"});
  EXPECT_EQ(full.out.find("--full shows all"), std::string::npos);
  EXPECT_NE(full.out.find(oldest + " "), std::string::npos);
  EXPECT_EQ(duecall({"case", "show", "--client", "TEL", "NO-SUCH"}).exit_status, 2);
}

INSTANTIATE_STORE_TESTS(CaseShowCliTest);

}  // namespace
}  // namespace duecall
