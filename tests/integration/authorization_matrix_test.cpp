// The whole route table against every kind of caller, on SQLite and on PostgreSQL. The test
// builds the route table the server builds (api_routes) only to read it, starts the real
// `duecall serve` on the same database and calls every route of the table over HTTP as
// nobody, as a user of each role and as a client user of creditor A, with A's and with B's
// path and query parameters. Since it walks the table rather than a list of its own, a route
// added later is covered without touching this file.
//
// What must hold for every route:
//   - anonymous callers get 401 unless the route is anonymous;
//   - a role the route does not list gets 403; a role it lists gets neither 401 nor 403;
//   - a client user of A on a path naming B's client gets 404;
//   - no body any GET route answers A's client user, with A's or B's parameters, contains
//     B's debtor names, debtor refs, claim refs or client code.
// And the table itself must keep two rules that the role lists could otherwise break
// silently: the client role appears only on routes that scope by tenant (a route without a
// tenant rule would show a client user everybody's data), and the auditor, who changes
// nothing, appears on no route that changes state.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <optional>

#include "adapters/http/api_context.hpp"
#include "support/http_client.hpp"
#include "support/run_process.hpp"
#include "support/server_process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_store.hpp"

namespace duecall {
namespace {

using adapters::http::Access;
using adapters::http::Route;
using adapters::http::TenantRule;
using domain::Role;
using nlohmann::json;
using testing::HttpCall;
using testing::HttpReply;

constexpr const char* kPassword = "correct horse battery";
constexpr const char* kNow = "DUECALL_NOW=2026-11-23T10:00:00Z";
constexpr const char* kHeader =
    "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
    "claim_type,currency,principal,interest,fees,due_date,reminder_sent_on\n";
constexpr const char* kPolicy =
    R"({"min_instalment": "20.00", "max_instalments": 6, "max_term_days": 180,
        "settlement_floor_percent": "85", "max_extension_days": 14})";

// A creditor with a debtor whose name and refs appear nowhere else.
struct Tenant {
  std::string code;
  std::string debtor_name;
  std::string debtor_ref;
  std::string claim_ref;
};
const Tenant kTenantA{"ALP", "Alenka Avsenik", "ALP-DEBTOR-1", "ALP-CLAIM-1"};
const Tenant kTenantB{"BRZ", "Bojan Brezovar", "BRZ-DEBTOR-7", "BRZ-CLAIM-7"};

// Who calls: nobody, or a signed-in user of each role; the client user is A's.
struct Caller {
  std::string label;
  std::optional<Role> role;  // none: anonymous
  std::string login;
};
const std::vector<Caller> kCallers = {{"anonymous", std::nullopt, ""},
                                      {"operator", Role::kOperator, "maja.op"},
                                      {"supervisor", Role::kSupervisor, "sara.sup"},
                                      {"admin", Role::kAdmin, "ada.admin"},
                                      {"auditor", Role::kAuditor, "ivo.audit"},
                                      {"client of A", Role::kClient, "alp.staff"}};

bool changes_state(const Route& route) {
  return route.method != adapters::http::beast_http::verb::get &&
         route.method != adapters::http::beast_http::verb::head;
}

std::string method_name(const Route& route) {
  return std::string(adapters::http::beast_http::to_string(route.method));
}

bool names_client(const Route& route) {
  return route.pattern.find("{client}") != std::string::npos;
}

// Never called: the table is built to be read, and the server process hashes for itself.
class UnusedHasher : public app::PasswordHasher {
 public:
  Result<std::string> hash(std::string_view) const override { return std::string(); }
  bool verify(std::string_view, std::string_view) const override { return false; }
  bool needs_rehash(std::string_view) const override { return false; }
};

class FixedClock : public app::Clock {
 public:
  Instant now() const override { return *parse_iso8601("2026-11-23T10:00:00Z"); }
};

struct Session {
  std::string cookie;
  std::string csrf_token;
};

class AuthorizationMatrixTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    for (const Tenant& tenant : {kTenantA, kTenantB}) {
      run({"client", "add", "--code", tenant.code, "--name", tenant.code + " d.d.", "--country",
           "SI", "--currency", "EUR", "--policy", dir_.write("policy.json", kPolicy)});
      std::string row = tenant.claim_ref + "," + tenant.debtor_ref + ",person," +
                        tenant.debtor_name +
                        ",,+386 40 123 456,debtor@example.com,Glavna 1,Kranj,SI,telecom,EUR,"
                        "100.00,,5.00,2026-11-01,2026-11-10\n";
      run({"import", "claims", dir_.write(tenant.code + ".csv", kHeader + row), "--client",
           tenant.code});
    }
    for (const Caller& caller : kCallers) {
      if (!caller.role) continue;
      std::vector<std::string> arguments = {
          "user",   "add",          "--login", caller.login,
          "--name", "Staff Member", "--role",  std::string(domain::role_name(*caller.role))};
      if (*caller.role == Role::kClient)
        arguments.insert(arguments.end(), {"--client", kTenantA.code});
      run(arguments, std::string(kPassword) + "\n");
    }
    // A settlement far below the floor waits for approval, so that both creditors' claims
    // are in the approvals list and in the agreement lists.
    for (const Tenant& tenant : {kTenantA, kTenantB}) {
      run({"agreement", "add", "--client", tenant.code, "--claim", tenant.claim_ref, "--operator",
           "maja.op", "--kind", "settlement", "--amount", "10.00", "--date", "2026-11-30"});
    }
    auto listed = run({"agreement", "list", "--client", kTenantA.code, "--json"});
    json agreements = json::parse(listed.out, nullptr, false);
    ASSERT_TRUE(agreements.is_array() && !agreements.empty()) << listed.out;
    agreement_id_ = std::to_string(agreements[0]["id"].get<std::int64_t>());

    table_store_ = database().open();
    metrics_.emplace();
    context_.emplace(adapters::http::ApiContext{.store = *table_store_,
                                                .clock = clock_,
                                                .hasher = hasher_,
                                                .speaker = {},
                                                .metrics = *metrics_,
                                                .version = "test"});
    routes_ = adapters::http::api_routes(*context_);
    server_.emplace(db_spec(), std::vector<std::string>{kNow}, dir_.file("server.err"));
  }

  testing::ProcessResult run(std::vector<std::string> arguments, const std::string& input = "") {
    arguments.insert(arguments.begin(), {testing::duecall_binary(), "--db", db_spec()});
    auto result = testing::run_process_with_input(arguments, input, {kNow});
    EXPECT_EQ(result.exit_status, 0) << arguments[3] << ": " << result.err;
    return result;
  }

  Session sign_in(const std::string& login) {
    HttpCall call{.method = "POST",
                  .target = "/api/session",
                  .body = json{{"login", login}, {"password", kPassword}}.dump(),
                  .headers = {{"Content-Type", "application/json"}}};
    HttpReply reply = testing::http_call(server_->port(), call);
    EXPECT_EQ(reply.status, 200) << login << ": " << reply.body;
    if (reply.set_cookies.empty()) return {};
    return {reply.set_cookies[0].substr(0, reply.set_cookies[0].find(';')),
            reply.json().value("csrf_token", "")};
  }

  // The route's path with its parameters filled for `tenant`, and a query naming the same
  // tenant with the period parameters list routes need; routes ignore what they do not use.
  std::string target_for(const Route& route, const Tenant& tenant) const {
    const std::map<std::string, std::string> values = {{"client", tenant.code},
                                                       {"ref", tenant.claim_ref},
                                                       {"id", agreement_id_},
                                                       {"step", "agent_call"},
                                                       {"language", "sl"}};
    std::string path;
    std::size_t at = 0;
    while (at < route.pattern.size()) {
      auto open = route.pattern.find('{', at);
      if (open == std::string::npos) {
        path += route.pattern.substr(at);
        break;
      }
      auto close = route.pattern.find('}', open);
      path += route.pattern.substr(at, open - at);
      std::string name = route.pattern.substr(open + 1, close - open - 1);
      auto value = values.find(name);
      path += value == values.end() ? "1" : value->second;
      at = close + 1;
    }
    return path + "?client=" + tenant.code + "&from=2026-11-01&to=2026-11-30&by=client";
  }

  HttpReply call(const Route& route, const std::string& target, const Session* session) {
    HttpCall request{.method = method_name(route), .target = target};
    if (changes_state(route)) {
      request.body = "{}";
      request.headers["Content-Type"] = "application/json";
    }
    if (session) {
      request.headers["Cookie"] = session->cookie;
      request.headers["X-CSRF-Token"] = session->csrf_token;
    }
    return testing::http_call(server_->port(), request);
  }

  // GET routes first and DELETE last, so that a route that ends the caller's session (signing
  // out) runs after the reads; sessions that ended are renewed anyway.
  std::vector<const Route*> walking_order() const {
    std::vector<const Route*> order;
    for (const Route& route : routes_) order.push_back(&route);
    auto rank = [](const Route* route) {
      if (!changes_state(*route)) return 0;
      return route->method == adapters::http::beast_http::verb::delete_ ? 2 : 1;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](const Route* a, const Route* b) { return rank(a) < rank(b); });
    return order;
  }

  testing::TempDir dir_;
  std::string agreement_id_;
  std::unique_ptr<adapters::SqlStore> table_store_;
  FixedClock clock_;
  UnusedHasher hasher_;
  std::optional<adapters::http::Metrics> metrics_;
  std::optional<adapters::http::ApiContext> context_;
  std::vector<Route> routes_;
  std::optional<testing::ServerProcess> server_;
};

TEST_P(AuthorizationMatrixTest,
       TheClientRoleIsOnlyOnTenantScopedRoutesAndTheAuditorChangesNothing) {
  ASSERT_GT(routes_.size(), 10u);
  for (const Route& route : routes_) {
    // Signing in and out concerns only the caller's own session.
    if (route.access == Access::kAnonymous || route.pattern == "/api/session") continue;
    std::string name = method_name(route) + " " + route.pattern;
    if (route.allows_role(Role::kClient)) {
      EXPECT_NE(route.tenant, TenantRule::kNone)
          << name << " lets client users in without scoping them to their client";
    }
    if (route.tenant == TenantRule::kClientInPath) {
      EXPECT_TRUE(names_client(route)) << name << " has no {client} for its tenant rule";
    }
    if (changes_state(route)) {
      EXPECT_FALSE(route.allows_role(Role::kAuditor)) << name << " lets the auditor change state";
    }
  }
}

TEST_P(AuthorizationMatrixTest, EveryRouteAnswersEveryCallerAsItsRolesAndTenantRuleSay) {
  std::map<std::string, Session> sessions;
  for (const Caller& caller : kCallers) {
    if (caller.role) sessions[caller.login] = sign_in(caller.login);
  }
  const std::vector<std::string> b_strings = {kTenantB.debtor_name, kTenantB.debtor_ref,
                                              kTenantB.claim_ref, kTenantB.code};
  int calls = 0;
  for (const Route* route : walking_order()) {
    std::vector<const Tenant*> tenants = {&kTenantA};
    if (names_client(*route) || !changes_state(*route)) tenants.push_back(&kTenantB);
    for (const Tenant* tenant : tenants) {
      std::string target = target_for(*route, *tenant);
      for (const Caller& caller : kCallers) {
        Session* session = caller.role ? &sessions[caller.login] : nullptr;
        HttpReply reply = call(*route, target, session);
        ++calls;
        std::string what = method_name(*route) + " " + target + " as " + caller.label + ": " +
                           std::to_string(reply.status) + " " + reply.body.substr(0, 300);
        if (!caller.role) {
          if (route->access != Access::kAnonymous) EXPECT_EQ(reply.status, 401) << what;
        } else if (route->access == Access::kAnonymous) {
          EXPECT_NE(reply.status, 401) << what;
          EXPECT_NE(reply.status, 403) << what;
        } else if (!route->allows_role(*caller.role)) {
          EXPECT_EQ(reply.status, 403) << what;
        } else if (*caller.role == Role::kClient && names_client(*route) &&
                   route->tenant == TenantRule::kClientInPath && tenant == &kTenantB) {
          EXPECT_EQ(reply.status, 404) << what;
        } else {
          EXPECT_NE(reply.status, 401) << what;
          EXPECT_NE(reply.status, 403) << what;
        }
        if (caller.role == Role::kClient && !changes_state(*route)) {
          for (const auto& secret : b_strings) {
            EXPECT_EQ(reply.body.find(secret), std::string::npos)
                << what << " shows creditor B's " << secret;
          }
        }
        if (reply.status >= 400) {
          EXPECT_EQ(reply.header("content-type"), "application/problem+json") << what;
        }
        // A route that ended the caller's session (signing out) leaves the next routes a
        // fresh one.
        if (session && changes_state(*route) &&
            testing::http_call(server_->port(),
                               {.target = "/api/session", .headers = {{"Cookie", session->cookie}}})
                    .status == 401) {
          *session = sign_in(caller.login);
        }
      }
    }
  }
  EXPECT_GT(calls, 100);
}

INSTANTIATE_STORE_TESTS(AuthorizationMatrixTest);

}  // namespace
}  // namespace duecall
