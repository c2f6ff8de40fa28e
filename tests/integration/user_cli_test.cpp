// `duecall user ...` and `duecall shift ...` end to end, on both stores: passwords come from
// standard input and never appear in any output, role and client combinations are checked,
// logins are unique, `user verify` answers as sign-in will (exit 0 accepted, 1 refused),
// and the shift plan is validated with JSON paths. These outputs and exit statuses are
// contracts for scripts.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run_process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_store.hpp"

namespace duecall {
namespace {

using nlohmann::json;
using testing::ProcessResult;

constexpr const char* kPassword = "correct horse battery";

class UserCliTest : public testing::StoreTest {
 protected:
  ProcessResult duecall(std::vector<std::string> arguments, const std::string& input = "") {
    arguments.insert(arguments.begin(), {testing::duecall_binary(), "--db", db_spec()});
    return testing::run_process_with_input(arguments, input, {"DUECALL_NOW=2026-11-23T10:00:00Z"});
  }
  ProcessResult add_user(const std::string& login, const std::string& role,
                         std::vector<std::string> extra = {},
                         const std::string& password = kPassword) {
    std::vector<std::string> arguments = {"user",   "add",     "--login", login,
                                          "--name", "Ana Kos", "--role",  role};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    return duecall(arguments, password + "\n");
  }
  ProcessResult verify(const std::string& login, const std::string& password) {
    return duecall({"user", "verify", "--login", login}, password + "\n");
  }
  void add_client() {
    auto added = duecall({"client", "add", "--code", "TEL", "--name", "Telekom Slovenije",
                          "--country", "SI", "--currency", "EUR"});
    ASSERT_EQ(added.exit_status, 0) << added.err;
  }
  // Fails the test if `secret` appears in anything the process printed.
  static void expect_not_printed(const ProcessResult& result, const std::string& secret) {
    EXPECT_EQ(result.out.find(secret), std::string::npos) << "stdout shows the password";
    EXPECT_EQ(result.err.find(secret), std::string::npos) << "stderr shows the password";
  }

  testing::TempDir dir_;
};

TEST_P(UserCliTest, AddsAUserWithThePasswordFromStdinAndNeverPrintsIt) {
  auto added = add_user("ana.kos", "operator", {"--shift", "early"});
  ASSERT_EQ(added.exit_status, 0) << added.err;
  EXPECT_EQ(added.out, "user ana.kos added (operator)\n");
  expect_not_printed(added, kPassword);

  auto listed = duecall({"user", "list"});
  EXPECT_EQ(listed.exit_status, 0);
  EXPECT_EQ(listed.out, "ana.kos\tAna Kos\toperator\t-\tearly\tactive\n");
  auto as_json = duecall({"user", "list", "--json"});
  ASSERT_EQ(as_json.exit_status, 0) << as_json.err;
  json users = json::parse(as_json.out);
  ASSERT_EQ(users.size(), 1u);
  EXPECT_EQ(users[0]["login"], "ana.kos");
  EXPECT_EQ(users[0]["role"], "operator");
  EXPECT_EQ(users[0]["shift"], "early");
  EXPECT_TRUE(users[0]["client"].is_null());
  EXPECT_EQ(users[0]["disabled"], false);
  for (const char* secret : {"argon2", "$", kPassword}) {
    EXPECT_EQ(as_json.out.find(secret), std::string::npos) << secret;
    EXPECT_EQ(listed.out.find(secret), std::string::npos) << secret;
  }
}

TEST_P(UserCliTest, RefusesAnEmptyOrShortPasswordWithoutEchoingIt) {
  auto empty = duecall({"user", "add", "--login", "ana", "--name", "Ana", "--role", "operator"});
  EXPECT_EQ(empty.exit_status, 2);
  EXPECT_NE(empty.err.find("must not be empty"), std::string::npos) << empty.err;
  auto blank_line = add_user("ana", "operator", {}, "");
  EXPECT_EQ(blank_line.exit_status, 2);
  auto short_one = add_user("ana", "operator", {}, "nine-char");
  EXPECT_EQ(short_one.exit_status, 2);
  EXPECT_NE(short_one.err.find("at least 10 characters"), std::string::npos) << short_one.err;
  expect_not_printed(short_one, "nine-char");
  EXPECT_EQ(duecall({"user", "list"}).out, "") << "nothing may be stored";
}

TEST_P(UserCliTest, ChecksTheRoleAgainstClientAndShift) {
  add_client();
  auto no_client = add_user("tel.portal", "client");
  EXPECT_EQ(no_client.exit_status, 2);
  EXPECT_NE(no_client.err.find("role client requires --client"), std::string::npos);
  auto stray_client = add_user("boss", "admin", {"--client", "TEL"});
  EXPECT_EQ(stray_client.exit_status, 2);
  EXPECT_NE(stray_client.err.find("takes no --client"), std::string::npos);
  auto unknown_client = add_user("tel.portal", "client", {"--client", "NOPE"});
  EXPECT_EQ(unknown_client.exit_status, 2);
  EXPECT_NE(unknown_client.err.find("NOPE"), std::string::npos);
  auto stray_shift = add_user("audit", "auditor", {"--shift", "early"});
  EXPECT_EQ(stray_shift.exit_status, 2);
  auto unknown_shift = add_user("ana", "operator", {"--shift", "night"});
  EXPECT_EQ(unknown_shift.exit_status, 2);
  EXPECT_NE(unknown_shift.err.find("not in the shift plan"), std::string::npos);
  auto bad_role = add_user("ana", "agent");
  EXPECT_EQ(bad_role.exit_status, 2);

  auto portal = add_user("tel.portal", "client", {"--client", "TEL"});
  ASSERT_EQ(portal.exit_status, 0) << portal.err;
  EXPECT_EQ(json::parse(duecall({"user", "list", "--json"}).out)[0]["client"], "TEL");
}

TEST_P(UserCliTest, RefusesADuplicateLogin) {
  ASSERT_EQ(add_user("ana.kos", "operator").exit_status, 0);
  auto again = add_user("Ana.Kos", "supervisor");
  EXPECT_EQ(again.exit_status, 2);
  EXPECT_NE(again.err.find("login ana.kos is already taken"), std::string::npos) << again.err;
}

TEST_P(UserCliTest, VerifyAcceptsTheRightPasswordAndRefusesEverythingElseAlike) {
  ASSERT_EQ(add_user("ana.kos", "operator").exit_status, 0);
  auto good = verify("ana.kos", kPassword);
  EXPECT_EQ(good.exit_status, 0) << good.err;
  EXPECT_EQ(good.out, "accepted: ana.kos (operator)\n");
  expect_not_printed(good, kPassword);
  auto wrong = verify("ana.kos", "correct horse batterY");
  auto unknown = verify("nobody", kPassword);
  EXPECT_EQ(wrong.exit_status, 1);
  EXPECT_EQ(unknown.exit_status, 1);
  EXPECT_EQ(wrong.out, "refused\n");
  EXPECT_EQ(unknown.out, wrong.out) << "a wrong password and an unknown login look the same";

  auto changed = duecall({"user", "passwd", "--login", "ana.kos"}, "a brand new passphrase\n");
  ASSERT_EQ(changed.exit_status, 0) << changed.err;
  EXPECT_EQ(verify("ana.kos", kPassword).exit_status, 1);
  EXPECT_EQ(verify("ana.kos", "a brand new passphrase").exit_status, 0);
  EXPECT_EQ(duecall({"user", "passwd", "--login", "ana.kos"}, "short\n").exit_status, 2);
  EXPECT_EQ(duecall({"user", "passwd", "--login", "nobody"}, "long enough really\n").exit_status,
            2);

  auto disabled = duecall({"user", "disable", "--login", "ana.kos"});
  ASSERT_EQ(disabled.exit_status, 0) << disabled.err;
  EXPECT_EQ(disabled.out, "user ana.kos disabled since 2026-11-23T10:00:00Z\n");
  EXPECT_EQ(verify("ana.kos", "a brand new passphrase").out, "refused\n");
  EXPECT_NE(duecall({"user", "list"}).out.find("\tdisabled\n"), std::string::npos);
  EXPECT_EQ(duecall({"user", "disable", "--login", "nobody"}).exit_status, 2);
}

TEST_P(UserCliTest, ShiftListShowsTheStandardPlanAndSetValidatesWithThePath) {
  auto standard = duecall({"shift", "list"});
  EXPECT_EQ(standard.exit_status, 0);
  EXPECT_EQ(standard.out,
            "early\t08:00-13:30\tEurope/Ljubljana\nlate\t13:30-19:00\tEurope/Ljubljana\n");
  json as_json = json::parse(duecall({"shift", "list", "--json"}).out);
  EXPECT_EQ(as_json["time_zone"], "Europe/Ljubljana");
  EXPECT_EQ(as_json["shifts"].size(), 2u);

  std::string overlapping = dir_.write("overlap.json", R"({"time_zone": "Europe/Ljubljana",
      "shifts": [{"name": "early", "start": "08:00", "end": "14:00"},
                 {"name": "late", "start": "13:30", "end": "19:00"}]})");
  auto refused = duecall({"shift", "set", overlapping});
  EXPECT_EQ(refused.exit_status, 2);
  EXPECT_NE(
      refused.err.find("$.shifts[1]: shift 'late' starts at 13:30, overlapping shift 'early'"),
      std::string::npos)
      << refused.err;
  std::string out_of_order = dir_.write("order.json", R"({"time_zone": "Europe/Ljubljana",
      "shifts": [{"name": "late", "start": "13:30", "end": "19:00"},
                 {"name": "early", "start": "08:00", "end": "13:30"}]})");
  auto disordered = duecall({"shift", "set", out_of_order});
  EXPECT_EQ(disordered.exit_status, 2);
  EXPECT_NE(disordered.err.find("$.shifts[1]"), std::string::npos) << disordered.err;
  EXPECT_EQ(duecall({"shift", "set", dir_.write("bad.json", "{")}).exit_status, 2);

  std::string three = dir_.write("three.json", R"({"time_zone": "Europe/Lisbon",
      "shifts": [{"name": "morning", "start": "07:00", "end": "11:00"},
                 {"name": "midday", "start": "11:00", "end": "15:00"},
                 {"name": "evening", "start": "15:00", "end": "21:00"}]})");
  auto set = duecall({"shift", "set", three});
  ASSERT_EQ(set.exit_status, 0) << set.err;
  EXPECT_EQ(set.out, "shift plan set: 3 shifts in Europe/Lisbon\n");
  EXPECT_NE(duecall({"shift", "list"}).out.find("midday\t11:00-15:00\tEurope/Lisbon\n"),
            std::string::npos);
  ASSERT_EQ(add_user("ana", "operator", {"--shift", "midday"}).exit_status, 0);
  EXPECT_EQ(add_user("bine", "operator", {"--shift", "early"}).exit_status, 2) << "gone";

  // A plan that drops a shift someone works is refused until they are moved.
  std::string one = dir_.write("one.json", R"({"time_zone": "Europe/Lisbon",
      "shifts": [{"name": "morning", "start": "07:00", "end": "11:00"}]})");
  auto dropped = duecall({"shift", "set", one});
  EXPECT_EQ(dropped.exit_status, 2);
  EXPECT_NE(dropped.err.find("'midday'"), std::string::npos) << dropped.err;
  auto moved = duecall({"user", "set-shift", "--login", "ana", "--shift", "morning"});
  ASSERT_EQ(moved.exit_status, 0) << moved.err;
  EXPECT_EQ(moved.out, "ana works shift morning\n");
  EXPECT_EQ(duecall({"shift", "set", one}).exit_status, 0);
  EXPECT_EQ(duecall({"user", "set-shift", "--login", "ana", "--none"}).out, "ana works no shift\n");
}

INSTANTIATE_STORE_TESTS(UserCliTest);

}  // namespace
}  // namespace duecall
