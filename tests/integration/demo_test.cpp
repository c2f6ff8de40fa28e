// `duecall demo` on both stores: it builds clients, claims, users for every role and a few
// working days of floor history made through the real use cases, and then serves the
// database so that every demo login can sign in. The clock is fixed on a Monday morning in
// Ljubljana, so the history covers the Wednesday to Friday before.
#include <gtest/gtest.h>

#include <tuple>

#include <nlohmann/json.hpp>

#include <regex>
#include <set>

#include "support/http_client.hpp"
#include "support/run_process.hpp"
#include "support/server_process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_store.hpp"

namespace duecall {
namespace {

using nlohmann::json;
using testing::HttpCall;
using testing::HttpReply;

constexpr const char* kNow = "DUECALL_NOW=2026-11-23T09:00:00Z";
constexpr const char* kDemoPassword = "demo-geslo-2026";

class DemoTest : public testing::StoreTest {
 protected:
  testing::ProcessResult duecall(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {testing::duecall_binary(), "--db", db_spec()});
    return testing::run_process_with_input(arguments, "", {kNow});
  }

  json duecall_json(std::vector<std::string> arguments) {
    arguments.push_back("--json");
    auto result = duecall(arguments);
    EXPECT_EQ(result.exit_status, 0) << result.err;
    return json::parse(result.out, nullptr, false);
  }

  testing::TempDir dir_;
};

TEST_P(DemoTest, BuildsUsersForEveryRoleAndAHistoryTheReportsAgreeWith) {
  auto demo = duecall({"demo", "--no-serve", "--show", "1"});
  ASSERT_EQ(demo.exit_status, 0) << demo.err;
  std::smatch history;
  ASSERT_TRUE(std::regex_search(demo.out, history,
                                std::regex(R"(History: 3 working days, (\d+) calls, (\d+) with the debtor, (\d+) promises)")))
      << demo.out;
  int calls = std::stoi(history[1]);
  int right_party = std::stoi(history[2]);
  EXPECT_GT(calls, 100);
  EXPECT_GT(right_party, 0);
  EXPECT_LT(right_party, calls);

  std::set<std::string> roles;
  for (const auto& user : duecall_json({"user", "list"})) roles.insert(user["role"].get<std::string>());
  EXPECT_EQ(roles, (std::set<std::string>{"admin", "supervisor", "operator", "auditor", "client"}));

  // The calls went through the work queue as operators, Wednesday to Friday.
  json kpi = duecall_json({"report", "kpi", "--from", "2026-11-18", "--to", "2026-11-20", "--by", "operator"});
  ASSERT_TRUE(kpi.is_object()) << kpi.dump();
  EXPECT_EQ(kpi["totals"]["calls"], calls) << kpi.dump();
  EXPECT_EQ(kpi["totals"]["right_party_contacts"], right_party) << kpi.dump();
  // Some plans wait for a supervisor, and today's queue has work.
  EXPECT_FALSE(duecall_json({"approvals", "list"}).empty());
  json next = duecall_json({"queue", "next", "--operator", "ana"});
  EXPECT_TRUE(next["item"].is_object()) << next.dump();

  // A second run adds nothing: no new claims, users or history.
  auto again = duecall({"demo", "--no-serve", "--show", "0"});
  ASSERT_EQ(again.exit_status, 0) << again.err;
  EXPECT_EQ(again.out.find("History:"), std::string::npos) << again.out;
  EXPECT_NE(again.out.find("1500 claims, 0 new"), std::string::npos) << again.out;
}

TEST_P(DemoTest, ServesTheDatabaseAndEveryDemoLoginSignsIn) {
  testing::ServerProcess server(db_spec(), {kNow}, dir_.file("demo.err"),
                                {"demo", "--show", "0", "--listen", "127.0.0.1:0"});
  for (const char* login : {"admin", "sara", "ana", "revizor", "telekom"}) {
    HttpReply reply = testing::http_call(
        server.port(), {.method = "POST",
                        .target = "/api/session",
                        .body = json{{"login", login}, {"password", kDemoPassword}}.dump(),
                        .headers = {{"Content-Type", "application/json"}}});
    EXPECT_EQ(reply.status, 200) << login << ": " << reply.body;
  }
  // The creditor's login sees its own client only.
  HttpReply signed_in = testing::http_call(
      server.port(), {.method = "POST",
                      .target = "/api/session",
                      .body = json{{"login", "telekom"}, {"password", kDemoPassword}}.dump(),
                      .headers = {{"Content-Type", "application/json"}}});
  ASSERT_EQ(signed_in.status, 200);
  std::string cookie = signed_in.set_cookies.at(0).substr(0, signed_in.set_cookies.at(0).find(';'));
  HttpReply clients = testing::http_call(server.port(), {.target = "/api/clients", .headers = {{"Cookie", cookie}}});
  ASSERT_EQ(clients.status, 200) << clients.body;
  ASSERT_EQ(clients.json().size(), 1u) << clients.body;
  EXPECT_EQ(clients.json()[0]["code"], "TEL");

  // The call script on the case screen names whoever signed in to speak, one after the other
  // on the same case (the screen kept in memory is kept per speaker).
  for (auto [login, name, other] : {std::tuple{"ana", "Ana Kovač", "Sara Novak"},
                                    std::tuple{"sara", "Sara Novak", "Ana Kovač"}}) {
    HttpReply session = testing::http_call(
        server.port(), {.method = "POST",
                        .target = "/api/session",
                        .body = json{{"login", login}, {"password", kDemoPassword}}.dump(),
                        .headers = {{"Content-Type", "application/json"}}});
    ASSERT_EQ(session.status, 200);
    std::string speaker = session.set_cookies.at(0).substr(0, session.set_cookies.at(0).find(';'));
    HttpReply screen = testing::http_call(
        server.port(), {.target = "/api/cases/TEL/TEL-00000000", .headers = {{"Cookie", speaker}}});
    ASSERT_EQ(screen.status, 200) << screen.body;
    const std::string script = screen.json()["script"].dump();
    EXPECT_NE(script.find(name), std::string::npos) << login << ": " << script;
    EXPECT_EQ(script.find(other), std::string::npos) << login;
  }
  EXPECT_EQ(server.terminate(), 0);
}

INSTANTIATE_STORE_TESTS(DemoTest);

}  // namespace
}  // namespace duecall
