// The duecall command line end to end: each test runs the built binary against a fresh
// database, once on SQLite and once on PostgreSQL, and checks what it prints, what it
// stores and its exit status, which are contracts that scripts and other programs rely on.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "adapters/sql/copy_database.hpp"
#include "adapters/sql/migrations.hpp"
#include "support/run_process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_store.hpp"

namespace duecall {
namespace {

using nlohmann::json;
using testing::ProcessResult;

class CliTest : public testing::StoreTest {
 protected:
  ProcessResult duecall(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {testing::duecall_binary(), "--db", db()});
    return testing::run_process(arguments, {"DUECALL_NOW=2026-11-23T10:00:00Z"});
  }
  std::string db() const { return db_spec(); }
  std::string sample() const {
    return dir_.write("claims.csv",
                      testing::read_file(testing::source_dir() + "/tests/data/claims-sample.csv"));
  }
  void add_client() {
    auto added = duecall({"client", "add", "--code", "TEL", "--name", "Telekom Slovenije",
                          "--country", "SI", "--currency", "EUR"});
    ASSERT_EQ(added.exit_status, 0) << added.err;
  }
  // Changes the database behind duecall's back, through a connection of its own.
  void execute_sql(const std::string& sql) {
    auto store = database().open();
    auto connection = store->lease_connection();
    ASSERT_TRUE(connection.ok()) << connection.error().message;
    auto done = (*connection)->execute(sql);
    EXPECT_TRUE(done.ok()) << done.error().message;
  }

  testing::TempDir dir_;
};

TEST_P(CliTest, AddsAndListsClientsAndRefusesADuplicateCode) {
  add_client();
  auto list = duecall({"client", "list"});
  EXPECT_EQ(list.exit_status, 0);
  EXPECT_NE(list.out.find("TEL\tTelekom Slovenije\tSI\tEUR\tEurope/Ljubljana"), std::string::npos);
  auto again = duecall({"client", "add", "--code", "TEL", "--name", "Other", "--country", "SI",
                        "--currency", "EUR"});
  EXPECT_EQ(again.exit_status, 2);
  EXPECT_NE(again.err.find("already exists"), std::string::npos);
  auto bad_currency = duecall({"client", "add", "--code", "NLB", "--name", "NLB", "--country",
                               "SI", "--currency", "SIT"});
  EXPECT_EQ(bad_currency.exit_status, 2);
}

TEST_P(CliTest, ClientPolicyFileIsValidatedWithItsJsonPath) {
  std::string policy = dir_.write("policy.json", R"({"grace_days": 90})");
  auto added = duecall({"client", "add", "--code", "TEL", "--name", "T", "--country", "SI",
                        "--currency", "EUR", "--policy", policy});
  EXPECT_EQ(added.exit_status, 2);
  EXPECT_NE(added.err.find("$.grace_days"), std::string::npos) << added.err;
}

TEST_P(CliTest, ImportJsonReportsIntegerCountsAndWritesTheRejectsFile) {
  add_client();
  std::string file = dir_.write(
      "claims.csv",
      "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
      "claim_type,currency,principal,fees,due_date,reminder_sent_on\n"
      "A-1,D-1,person,Ana Kos,,+386 40 123 456,a@example.com,,,SI,telecom,EUR,100.00,5.00,2026-11-01,\n"
      "A-2,D-2,person,Bine Kos,,,,,,XX,telecom,EUR,100.00,,2026-11-01,\n");
  auto imported = duecall({"import", "claims", file, "--client", "TEL", "--json"});
  ASSERT_EQ(imported.exit_status, 0) << imported.err;
  json report = json::parse(imported.out);
  for (const char* key : {"rows", "imported", "updated", "unchanged", "rejected", "cases_created"}) {
    ASSERT_TRUE(report.contains(key)) << key;
    EXPECT_TRUE(report[key].is_number_integer()) << key;
  }
  EXPECT_EQ(report["rows"], 2);
  EXPECT_EQ(report["imported"], 1);
  EXPECT_EQ(report["rejected"], 1);
  ASSERT_EQ(report["rejects"].size(), 1u);
  EXPECT_EQ(report["rejects"][0]["line"], 3);
  EXPECT_EQ(report["rejects"][0]["column"], "country");
  EXPECT_TRUE(report["rejects"][0]["reason"].is_string());
  std::string rejects = testing::read_file(file + ".rejects.csv");
  EXPECT_EQ(rejects.substr(0, rejects.find('\n')),
            "line,column,reason,client_ref,debtor_ref,debtor_type,name,national_id,phone,email,"
            "address,city,country,claim_type,currency,principal,fees,due_date,reminder_sent_on");
  EXPECT_NE(rejects.find("\n3,country,"), std::string::npos);
  EXPECT_NE(rejects.find("A-2,D-2,person,Bine Kos"), std::string::npos);

  auto again = duecall({"import", "claims", file, "--client", "TEL", "--json"});
  json second = json::parse(again.out);
  EXPECT_EQ(second["unchanged"], 1);
  EXPECT_EQ(second["imported"], 0);
}

TEST_P(CliTest, ImportExitsTwoWhenTheFileCannotBeUsedAtAll) {
  add_client();
  auto missing = duecall({"import", "claims", dir_.file("nope.csv"), "--client", "TEL"});
  EXPECT_EQ(missing.exit_status, 2);
  auto unknown_client = duecall({"import", "claims", sample(), "--client", "NOPE", "--json"});
  EXPECT_EQ(unknown_client.exit_status, 2);
  EXPECT_TRUE(json::parse(unknown_client.out).contains("error"));
  std::string bad_header = dir_.write("bad.csv", "client_ref,name\nA,B\n");
  auto header = duecall({"import", "claims", bad_header, "--client", "TEL"});
  EXPECT_EQ(header.exit_status, 2);
  EXPECT_NE(header.err.find("debtor_ref"), std::string::npos);
  std::string latin = dir_.write(
      "latin.csv", testing::read_file(sample()) + "X-1,D-9,person,\xe8rt,,,,,,SI,t,EUR,1.00,,2026-11-01,\n");
  auto encoding = duecall({"import", "claims", latin, "--client", "TEL"});
  EXPECT_EQ(encoding.exit_status, 2);
  EXPECT_NE(encoding.err.find("UTF-8"), std::string::npos) << encoding.err;
  auto cases = duecall({"case", "show", "--client", "TEL", "INV-11-00000000"});
  EXPECT_EQ(cases.exit_status, 2) << "nothing may be stored from a refused file";
}

TEST_P(CliTest, CaseShowPrintsTheDebtorClaimsAndTimelineWithMoneyAsMinorUnits) {
  add_client();
  ASSERT_EQ(duecall({"import", "claims", sample(), "--client", "TEL"}).exit_status, 0);
  auto shown = duecall({"case", "show", "--client", "TEL", "INV-11-00000000", "--json"});
  ASSERT_EQ(shown.exit_status, 0) << shown.err;
  json file = json::parse(shown.out);
  EXPECT_EQ(file["debtor"]["ref"], "D11-00000014");
  EXPECT_EQ(file["debtor"]["name"], "Urška Novak");
  ASSERT_EQ(file["claims"].size(), 2u);
  EXPECT_EQ(file["claims"][0]["principal"], json({{"minor", 237390}, {"currency", "EUR"}}));
  EXPECT_EQ(file["claims"][0]["fees"], json({{"minor", 1000}, {"currency", "EUR"}}));
  ASSERT_EQ(file["timeline"].size(), 2u);
  EXPECT_EQ(file["timeline"][0]["kind"], "claim_placed");
  EXPECT_EQ(file["timeline"][0]["seq"], 1);
  // A debtor_ref finds the same case.
  auto by_debtor = duecall({"case", "show", "--client", "TEL", "D11-00000014", "--json"});
  EXPECT_EQ(json::parse(by_debtor.out)["claims"].size(), 2u);
  auto unknown = duecall({"case", "show", "--client", "TEL", "NO-SUCH", "--json"});
  EXPECT_EQ(unknown.exit_status, 2);
}

TEST_P(CliTest, AuditVerifyFindsAnEventEditedBehindTheStoresBack) {
  add_client();
  ASSERT_EQ(duecall({"import", "claims", sample(), "--client", "TEL"}).exit_status, 0);
  auto intact = duecall({"audit", "verify", "--json"});
  EXPECT_EQ(intact.exit_status, 0);
  EXPECT_EQ(json::parse(intact.out)["intact"], true);
  EXPECT_EQ(json::parse(intact.out)["events_checked"], 40);

  execute_sql("UPDATE timeline_events SET payload = replace(payload, '237390', '1') WHERE id = 1");
  auto broken = duecall({"audit", "verify", "--json"});
  EXPECT_EQ(broken.exit_status, 1);
  json report = json::parse(broken.out);
  EXPECT_EQ(report["intact"], false);
  EXPECT_EQ(report["first_broken"]["event_id"], 1);
  auto text = duecall({"audit", "verify"});
  EXPECT_EQ(text.exit_status, 1);
  EXPECT_NE(text.out.find("event 1"), std::string::npos);
}

TEST_P(CliTest, AuditVerifyFindsADeletedEventInTheMiddleOfAChain) {
  add_client();
  ASSERT_EQ(duecall({"import", "claims", sample(), "--client", "TEL"}).exit_status, 0);
  // Case of D11-00000015 has five events; remove its second.
  execute_sql(
      "DELETE FROM timeline_events WHERE id = (SELECT e.id FROM timeline_events e JOIN cases c ON "
      "c.id = e.case_id JOIN debtors d ON d.id = c.debtor_id WHERE d.ref = 'D11-00000015' AND "
      "e.seq = 2)");
  auto broken = duecall({"audit", "verify", "--json"});
  EXPECT_EQ(broken.exit_status, 1);
  EXPECT_EQ(json::parse(broken.out)["first_broken"]["seq"], 3);
}

TEST_P(CliTest, CommandsRefuseADatabaseFromANewerDuecall) {
  add_client();
  execute_sql("INSERT INTO schema_migrations (version, name, applied_at_us) VALUES (999, 'future', 0)");
  auto listed = duecall({"client", "list"});
  EXPECT_EQ(listed.exit_status, 2);
  EXPECT_NE(listed.err.find("newer"), std::string::npos);
}

TEST(DbMigrate, AppliesEveryMigrationToANewDatabaseOnce) {
  testing::TempDir dir;
  std::string path = "sqlite:" + dir.file("new.db");
  auto first = testing::run_process({testing::duecall_binary(), "--db", path, "db", "migrate"});
  EXPECT_EQ(first.exit_status, 0) << first.err;
  std::string applied =
      "applied " + std::to_string(adapters::all_migrations().size()) + " migrations";
  EXPECT_NE(first.out.find(applied), std::string::npos) << first.out;
  auto second = testing::run_process({testing::duecall_binary(), "--db", path, "db", "migrate"});
  EXPECT_NE(second.out.find("applied 0 migrations"), std::string::npos) << second.out;
}

TEST_P(CliTest, DbMigrateOnAnUpToDateDatabaseAppliesNothing) {
  auto migrated = duecall({"db", "migrate"});
  EXPECT_EQ(migrated.exit_status, 0) << migrated.err;
  EXPECT_NE(migrated.out.find("applied 0 migrations"), std::string::npos) << migrated.out;
  auto version = duecall({"db", "version"});
  EXPECT_TRUE(version.out.starts_with(std::to_string(adapters::latest_schema_version()) + " "))
      << version.out;
}

TEST_P(CliTest, TheDatabaseComesFromDuecallDbWhenNoFlagIsGiven) {
  auto added = testing::run_process(
      {testing::duecall_binary(), "client", "add", "--code", "ENV", "--name", "Env", "--country",
       "SI", "--currency", "EUR"},
      {"DUECALL_DB=" + db()});
  ASSERT_EQ(added.exit_status, 0) << added.err;
  auto listed = testing::run_process({testing::duecall_binary(), "--db", db(), "client", "list"});
  EXPECT_NE(listed.out.find("ENV"), std::string::npos);
}

TEST_P(CliTest, DemoBuildsADatabaseAndListsCases) {
  auto demo = testing::run_process({testing::duecall_binary(), "--db", db(), "demo", "--show", "3", "--no-serve"});
  ASSERT_EQ(demo.exit_status, 0) << demo.err;
  EXPECT_NE(demo.out.find("Cases of TEL"), std::string::npos);
  auto again = testing::run_process({testing::duecall_binary(), "--db", db(), "demo", "--no-serve"});
  EXPECT_EQ(again.exit_status, 0);
  EXPECT_NE(again.out.find("0 new"), std::string::npos) << again.out;
  // The demo clients get the example call scripts, once.
  EXPECT_NE(again.out.find("8 call scripts, 0 saved"), std::string::npos) << again.out;
  auto shown = testing::run_process({testing::duecall_binary(), "--db", db(), "script", "show",
                                     "--client", "NLB", "--step", "notice_follow_up_call",
                                     "--language", "en", "--json"});
  ASSERT_EQ(shown.exit_status, 0) << shown.err;
  EXPECT_EQ(json::parse(shown.out)["version"], 1);
}

TEST_P(CliTest, DbCopyMovesEverythingKeepsTheChainsAndRefusesANonEmptyTarget) {
  add_client();
  ASSERT_EQ(duecall({"import", "claims", sample(), "--client", "TEL"}).exit_status, 0);
  // A row in each table of the contact records, with and without the nullable columns.
  ASSERT_EQ(duecall({"hold", "add", "--client", "TEL", "--debtor", "D11-00000014", "--kind", "lawyer"}).exit_status, 0);
  ASSERT_EQ(duecall({"hold", "add", "--client", "TEL", "--claim", "INV-11-00000000", "--kind", "dispute"}).exit_status, 0);
  ASSERT_EQ(duecall({"hold", "remove", "--client", "TEL", "--claim", "INV-11-00000000", "--kind", "dispute"}).exit_status, 0);
  ASSERT_EQ(duecall({"dnc", "add", "+38640677200"}).exit_status, 0);
  ASSERT_EQ(duecall({"contact", "log", "--client", "TEL", "--claim", "INV-11-00000000", "--channel", "call", "--result", "busy"}).exit_status, 0);
  std::string plan = dir_.write(
      "shifts.json",
      R"({"time_zone": "Europe/Ljubljana", "shifts": [{"name": "day", "start": "08:00", "end": "19:00"}]})");
  ASSERT_EQ(duecall({"shift", "set", plan}).exit_status, 0);
  auto user = testing::run_process_with_input(
      {testing::duecall_binary(), "--db", db(), "user", "add", "--login", "tel.portal", "--name",
       "Telekom", "--role", "client", "--client", "TEL"},
      "a long enough password\n");
  ASSERT_EQ(user.exit_status, 0) << user.err;
  std::string script = testing::source_dir() + "/src/app/scripts/reminder_calls.sl.json";
  ASSERT_EQ(duecall({"script", "set", "--client", "TEL", "--step", "reminder_calls", "--language", "sl", script}).exit_status, 0);
  // Copy to the other kind of store: SQLite to PostgreSQL and back.
  testing::StoreUnderTest other(GetParam() == testing::StoreKind::kSqlite
                                    ? testing::StoreKind::kPostgres
                                    : testing::StoreKind::kSqlite);
  std::string target = other.spec();
  auto copied = testing::run_process(
      {testing::duecall_binary(), "db", "copy", "--from", db(), "--to", target, "--json"});
  ASSERT_EQ(copied.exit_status, 0) << copied.err << copied.out;
  json report = json::parse(copied.out);
  EXPECT_EQ(report["verified"], true);
  EXPECT_EQ(report["timeline_identical"], true);
  for (const auto& table : report["tables"]) {
    EXPECT_EQ(table["source_rows"], table["target_rows"]) << table["table"];
  }
  auto shown = testing::run_process(
      {testing::duecall_binary(), "--db", target, "case", "show", "--client", "TEL", "INV-11-00000000", "--json"});
  EXPECT_EQ(json::parse(shown.out)["claims"].size(), 2u);
  auto signed_in = testing::run_process_with_input(
      {testing::duecall_binary(), "--db", target, "user", "verify", "--login", "tel.portal"},
      "a long enough password\n");
  EXPECT_EQ(signed_in.exit_status, 0) << signed_in.out << signed_in.err;
  // New rows on the copy get fresh ids after the copied ones.
  auto added = testing::run_process({testing::duecall_binary(), "--db", target, "client", "add",
                                     "--code", "NLB", "--name", "NLB", "--country", "SI",
                                     "--currency", "EUR"});
  EXPECT_EQ(added.exit_status, 0) << added.err;
  auto again = testing::run_process(
      {testing::duecall_binary(), "db", "copy", "--from", db(), "--to", target});
  EXPECT_EQ(again.exit_status, 2);
  EXPECT_NE(again.err.find("not empty"), std::string::npos);
}

TEST(DbCopy, KnowsEveryColumnOfEveryTable) {
  // The copy's own list of columns must match the schema exactly, or a migration that adds a
  // column would silently lose it in `db copy`.
  testing::TempDir dir;
  std::string path = dir.file("schema.db");
  ASSERT_EQ(testing::run_process({testing::duecall_binary(), "--db", path, "db", "migrate"}).exit_status, 0);
  sqlite3* handle = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &handle), SQLITE_OK);
  std::string schema;
  sqlite3_exec(
      handle,
      "SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE "
      "m.type = 'table' AND m.name NOT IN ('schema_migrations') AND m.name NOT LIKE 'sqlite_%' "
      "ORDER BY 1",
      [](void* out, int, char** values, char**) {
        *static_cast<std::string*>(out) += std::string(values[0]) + "\n";
        return 0;
      },
      &schema, nullptr);
  sqlite3_close(handle);
  std::vector<std::string> known;
  for (const auto& table : adapters::copied_tables()) {
    for (const auto& column : table.columns) known.push_back(std::string(table.table) + "." + column.name);
  }
  std::sort(known.begin(), known.end());
  std::string expected;
  for (const auto& name : known) expected += name + "\n";
  EXPECT_EQ(schema, expected);
}

INSTANTIATE_STORE_TESTS(CliTest);

}  // namespace
}  // namespace duecall
