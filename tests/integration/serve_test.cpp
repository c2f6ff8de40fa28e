// `duecall serve` end to end, on SQLite and on PostgreSQL: the test starts the real binary
// on a free port and talks HTTP to it over sockets. It checks sign-in (cookie attributes,
// CSRF, throttling shared by two server processes), that anonymous callers get 401
// problem+json, the authorization matrix (every route x every role x own and other tenant,
// from the table below), that the OpenAPI document names exactly the routes of that table,
// the access log's lack of personal data, and graceful shutdown with a request in flight.
#include <gtest/gtest.h>

// g++ 12 in C++20 needs <utility> before Asio (std::exchange is used without it).
#include <utility>

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <nlohmann/json.hpp>

#include <cctype>
#include <chrono>
#include <functional>
#include <future>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "support/http_client.hpp"
#include "support/run_process.hpp"
#include "support/server_process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_store.hpp"

namespace duecall {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = boost::beast::websocket;
using nlohmann::json;
using testing::HttpCall;
using testing::HttpReply;
using testing::ProcessResult;

constexpr const char* kPassword = "correct horse battery";
constexpr const char* kNow = "DUECALL_NOW=2026-11-23T10:00:00Z";

constexpr const char* kHeader =
    "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
    "claim_type,currency,principal,interest,fees,due_date,reminder_sent_on\n";
constexpr const char* kPolicy =
    R"({"min_instalment": "20.00", "max_instalments": 6, "max_term_days": 180,
        "settlement_floor_percent": "85", "max_extension_days": 14})";

// Who calls: nobody, or a signed-in user of each role; the client user is bound to TEL.
enum class Who { kAnonymous, kOperator, kSupervisor, kAdmin, kAuditor, kClient };
const std::vector<Who> kEverybody = {Who::kAnonymous, Who::kOperator, Who::kSupervisor,
                                     Who::kAdmin,     Who::kAuditor,  Who::kClient};
const std::map<Who, std::string> kLogins = {{Who::kOperator, "maja.op"},
                                            {Who::kSupervisor, "sara.sup"},
                                            {Who::kAdmin, "ada.admin"},
                                            {Who::kAuditor, "ivo.audit"},
                                            {Who::kClient, "tel.staff"}};

// The authorization matrix: one row per route (a parameterised route once per tenant), the
// status each caller must get, in the order of kEverybody. Signing out comes last, since it
// ends each caller's session.
struct MatrixRow {
  std::string method;
  std::string pattern;  // as the route table and the OpenAPI document name it
  std::string target;
  std::string body;
  std::vector<int> statuses;  // anonymous, operator, supervisor, admin, auditor, client
};

const std::vector<MatrixRow> kMatrix = {
    {"GET", "/api/health", "/api/health", "", {200, 200, 200, 200, 200, 200}},
    {"GET", "/metrics", "/metrics", "", {200, 200, 200, 200, 200, 200}},
    {"GET", "/api/openapi.json", "/api/openapi.json", "", {200, 200, 200, 200, 200, 200}},
    // Anonymous by design; an incomplete body is refused whoever sends it.
    {"POST", "/api/session", "/api/session", "{}", {400, 400, 400, 400, 400, 400}},
    {"GET", "/api/session", "/api/session", "", {401, 200, 200, 200, 200, 200}},
    // Own tenant for the client user.
    {"GET", "/api/cases/{client}/{ref}", "/api/cases/TEL/A-1", "", {401, 200, 200, 200, 200, 200}},
    // Another creditor's case answers the client user as if it did not exist.
    {"GET", "/api/cases/{client}/{ref}", "/api/cases/OTH/B-1", "", {401, 200, 200, 200, 200, 404}},
    {"GET", "/api/clients", "/api/clients", "", {401, 200, 200, 200, 200, 200}},
    {"POST", "/api/queue/next", "/api/queue/next", "{}", {401, 200, 200, 403, 403, 403}},
    {"GET", "/api/todo", "/api/todo", "", {401, 200, 200, 200, 200, 403}},
    // No item 999: an operator may only complete their own, others learn it is missing.
    {"POST", "/api/todo/{id}/done", "/api/todo/999/done", R"({"outcome": "called"})",
     {401, 404, 404, 404, 403, 403}},
    {"GET", "/api/cases", "/api/cases?client=TEL", "", {401, 200, 200, 200, 200, 200}},
    {"GET", "/api/cases", "/api/cases?client=OTH", "", {401, 200, 200, 200, 200, 404}},
    // Empty bodies: the role and tenant checks come first, then the handler's 400.
    {"POST", "/api/cases/{client}/{ref}/contacts", "/api/cases/TEL/A-1/contacts", "{}",
     {401, 400, 400, 403, 403, 403}},
    {"POST", "/api/cases/{client}/{ref}/agreements", "/api/cases/TEL/A-1/agreements", "{}",
     {401, 400, 400, 403, 403, 403}},
    {"GET", "/api/agreements", "/api/agreements?client=TEL", "", {401, 200, 200, 200, 200, 200}},
    {"GET", "/api/agreements", "/api/agreements?client=OTH", "", {401, 200, 200, 200, 200, 404}},
    {"POST", "/api/agreements/{id}/cancel", "/api/agreements/999/cancel", R"({"reason": "x"})",
     {401, 404, 404, 403, 403, 403}},
    {"GET", "/api/approvals", "/api/approvals", "", {401, 403, 200, 200, 200, 403}},
    {"POST", "/api/approvals/{id}/approve", "/api/approvals/999/approve", "{}",
     {401, 403, 404, 404, 403, 403}},
    {"POST", "/api/approvals/{id}/reject", "/api/approvals/999/reject", R"({"reason": "x"})",
     {401, 403, 404, 404, 403, 403}},
    // A JSON body where a claim file belongs: 415 for whoever may upload.
    {"POST", "/api/clients/{client}/claims", "/api/clients/TEL/claims", "{}",
     {401, 403, 415, 415, 403, 415}},
    {"POST", "/api/clients/{client}/claims", "/api/clients/OTH/claims", "{}",
     {401, 403, 415, 415, 403, 404}},
    {"POST", "/api/payments", "/api/payments", "", {401, 403, 400, 400, 403, 403}},
    {"GET", "/api/kpi", "/api/kpi?from=2026-11-01&to=2026-11-30&by=day", "",
     {401, 403, 200, 200, 200, 200}},
    {"GET", "/api/kpi/targets", "/api/kpi/targets", "", {401, 200, 200, 200, 200, 403}},
    {"POST", "/api/tokens", "/api/tokens", R"({"login": "maja.op", "name": "matrix"})",
     {401, 403, 403, 201, 403, 403}},
    {"GET", "/api/tokens", "/api/tokens", "", {401, 403, 403, 200, 403, 403}},
    {"DELETE", "/api/tokens/{id}", "/api/tokens/999", "", {401, 403, 403, 404, 403, 403}},
    {"GET", "/api/clients/{client}/strategy", "/api/clients/TEL/strategy", "",
     {401, 200, 200, 200, 200, 403}},
    // An empty object is not a strategy: refused, with its errors, to those who may save one.
    {"PUT", "/api/clients/{client}/strategy", "/api/clients/TEL/strategy", "{}",
     {401, 403, 400, 400, 403, 403}},
    {"POST", "/api/strategy/preview", "/api/strategy/preview", "{}", {401, 403, 200, 200, 403, 403}},
    {"GET", "/api/clients/{client}/scripts", "/api/clients/TEL/scripts", "",
     {401, 200, 200, 200, 200, 403}},
    {"PUT", "/api/clients/{client}/scripts/{step}/{language}",
     "/api/clients/TEL/scripts/reminder_calls/en", "{}", {401, 403, 400, 400, 403, 403}},
    {"GET", "/api/floor", "/api/floor", "", {401, 403, 200, 200, 200, 403}},
    // A plain GET of the WebSocket path, once access is granted, is told to upgrade.
    {"GET", "/api/live", "/api/live", "", {401, 403, 426, 426, 426, 403}},
    {"GET", "/api/clients/{client}/report", "/api/clients/TEL/report?from=2026-10-01&to=2026-11-30",
     "", {401, 403, 200, 200, 200, 200}},
    {"GET", "/api/clients/{client}/report", "/api/clients/OTH/report?from=2026-11-01&to=2026-11-30",
     "", {401, 403, 200, 200, 200, 404}},
    {"GET", "/api/campaigns", "/api/campaigns", "", {401, 403, 200, 200, 200, 403}},
    // An empty object is not a campaign: refused, naming its fields, to those who may create.
    {"POST", "/api/campaigns", "/api/campaigns", "{}", {401, 403, 400, 400, 403, 403}},
    {"GET", "/api/campaigns/{id}", "/api/campaigns/999", "", {401, 403, 404, 404, 404, 403}},
    {"POST", "/api/campaigns/{id}/start", "/api/campaigns/999/start", "{}",
     {401, 403, 404, 404, 403, 403}},
    {"POST", "/api/campaigns/{id}/pause", "/api/campaigns/999/pause", "{}",
     {401, 403, 404, 404, 403, 403}},
    {"POST", "/api/campaigns/{id}/stop", "/api/campaigns/999/stop", "{}",
     {401, 403, 404, 404, 403, 403}},
    {"DELETE", "/api/session", "/api/session", "", {401, 204, 204, 204, 204, 204}},
};

struct Session {
  std::string cookie;  // "duecall_session=..."
  std::string csrf_token;
};

// A WebSocket client on Beast for /api/live; every wait is bounded, so a silent server fails
// the test instead of hanging it.
class LiveClient {
 public:
  LiveClient(int port, const std::string& cookie,
             const std::map<std::string, std::string>& headers = {})
      : socket_(io_) {
    asio::ip::tcp::resolver resolver(io_);
    beast::get_lowest_layer(socket_).connect(*resolver.resolve("127.0.0.1", std::to_string(port)).begin());
    socket_.set_option(websocket::stream_base::decorator([cookie, headers](websocket::request_type& request) {
      if (!cookie.empty()) request.set(beast::http::field::cookie, cookie);
      for (const auto& [name, value] : headers) request.set(name, value);
    }));
    beast::get_lowest_layer(socket_).expires_after(std::chrono::seconds(10));
    // The Host header a browser sends: host and port.
    socket_.handshake(response_, "127.0.0.1:" + std::to_string(port), "/api/live", error_);
    beast::get_lowest_layer(socket_).expires_never();
  }

  // 101 when the upgrade was granted, else 0.
  int status() const { return error_ ? 0 : static_cast<int>(response_.result_int()); }
  // The next message, or nothing when `wait` passed or the socket closed (see closed()).
  std::optional<json> next(std::chrono::seconds wait = std::chrono::seconds(10)) {
    beast::flat_buffer buffer;
    std::optional<json> message;
    bool done = false;
    socket_.async_read(buffer, [&](beast::error_code error, std::size_t) {
      done = true;
      error_ = error;
      if (!error) message = json::parse(beast::buffers_to_string(buffer.data()));
    });
    io_.restart();
    io_.run_for(wait);
    if (!done) {
      beast::get_lowest_layer(socket_).cancel();
      io_.restart();
      io_.run();
    }
    return message;
  }
  // Messages until one satisfies `wanted`, for at most `wait` in all.
  std::optional<json> until(const std::function<bool(const json&)>& wanted,
                            std::chrono::seconds wait = std::chrono::seconds(10)) {
    auto deadline = std::chrono::steady_clock::now() + wait;
    while (std::chrono::steady_clock::now() < deadline) {
      auto message = next(std::chrono::duration_cast<std::chrono::seconds>(
                              deadline - std::chrono::steady_clock::now()) +
                          std::chrono::seconds(1));
      if (!message) return std::nullopt;
      if (wanted(*message)) return message;
    }
    return std::nullopt;
  }
  bool closed_normally() const { return error_ == websocket::error::closed; }
  // The code of the server's close frame, once closed.
  int close_code() const { return static_cast<int>(socket_.reason().code); }

 private:
  asio::io_context io_;
  websocket::stream<beast::tcp_stream> socket_;
  websocket::response_type response_;
  beast::error_code error_;
};

// The operator `login` of a floor message.
json operator_of(const json& floor, const std::string& login) {
  for (const auto& person : floor["operators"]) {
    if (person["login"] == login) return person;
  }
  return nullptr;
}

class ServeTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    for (const auto& [code, ref, debtor] :
         {std::tuple{"TEL", "A-1", "D-1"}, std::tuple{"OTH", "B-1", "E-1"}}) {
      auto added = duecall({"client", "add", "--code", code, "--name", std::string(code) + " d.d.",
                            "--country", "SI", "--currency", "EUR", "--policy",
                            dir_.write("policy.json", kPolicy)});
      ASSERT_EQ(added.exit_status, 0) << added.err;
      std::string row = std::string(ref) + "," + debtor +
                        ",person,Ana Kos,,+386 40 123 456,ana@example.com,Glavna 1,Kranj,SI,"
                        "telecom,EUR,100.00,,5.00,2026-11-01,2026-11-10\n";
      auto imported = duecall({"import", "claims",
                               dir_.write(std::string(code) + ".csv", kHeader + row), "--client", code});
      ASSERT_EQ(imported.exit_status, 0) << imported.err;
    }
    const std::map<Who, std::vector<std::string>> roles = {
        {Who::kOperator, {"operator"}},   {Who::kSupervisor, {"supervisor"}},
        {Who::kAdmin, {"admin"}},         {Who::kAuditor, {"auditor"}},
        {Who::kClient, {"client", "--client", "TEL"}}};
    for (const auto& [who, role] : roles) {
      std::vector<std::string> arguments = {"user", "add", "--login", kLogins.at(who), "--name",
                                            "Staff Member", "--role"};
      arguments.insert(arguments.end(), role.begin(), role.end());
      auto added = duecall(arguments, std::string(kPassword) + "\n");
      ASSERT_EQ(added.exit_status, 0) << added.err;
    }
    server_.emplace(db_spec(), std::vector<std::string>{kNow}, dir_.file("server.err"));
  }

  ProcessResult duecall(std::vector<std::string> arguments, const std::string& input = "") {
    arguments.insert(arguments.begin(), {testing::duecall_binary(), "--db", db_spec()});
    return testing::run_process_with_input(arguments, input, {kNow});
  }

  HttpReply call(const std::string& method, const std::string& target, const std::string& body = "",
                 const Session* session = nullptr, bool with_csrf = true) {
    HttpCall request{.method = method, .target = target, .body = body};
    if (!body.empty()) request.headers["Content-Type"] = "application/json";
    if (session) {
      request.headers["Cookie"] = session->cookie;
      if (with_csrf) request.headers["X-CSRF-Token"] = session->csrf_token;
    }
    return testing::http_call(server_->port(), request);
  }

  static std::string sign_in_body(const std::string& login, const std::string& password) {
    return json{{"login", login}, {"password", password}}.dump();
  }

  Session sign_in(Who who) {
    HttpReply reply = call("POST", "/api/session", sign_in_body(kLogins.at(who), kPassword));
    EXPECT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(reply.set_cookies.size(), 1u);
    if (reply.set_cookies.empty()) return {};
    std::string cookie = reply.set_cookies[0].substr(0, reply.set_cookies[0].find(';'));
    return {cookie, reply.json().value("csrf_token", "")};
  }

  testing::TempDir dir_;
  std::optional<testing::ServerProcess> server_;
};

TEST_P(ServeTest, SignInSetsAnHttpOnlyStrictCookieAndAnswersWhoIsSignedIn) {
  HttpReply reply = call("POST", "/api/session", sign_in_body("TEL.Staff", kPassword));
  ASSERT_EQ(reply.status, 200) << reply.body;
  ASSERT_EQ(reply.set_cookies.size(), 1u);
  const std::string& cookie = reply.set_cookies[0];
  EXPECT_EQ(cookie.rfind("duecall_session=", 0), 0u) << cookie;
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; SameSite=Strict"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; Path=/"), std::string::npos) << cookie;
  EXPECT_EQ(cookie.find("Secure"), std::string::npos) << "no TLS here: " << cookie;
  json body = reply.json();
  EXPECT_EQ(body["csrf_token"].get<std::string>().size(), 64u);
  EXPECT_EQ(body["user"], (json{{"login", "tel.staff"}, {"name", "Staff Member"},
                                {"role", "client"}, {"client", "TEL"}}));

  Session session{cookie.substr(0, cookie.find(';')), body["csrf_token"]};
  HttpReply who = call("GET", "/api/session", "", &session);
  EXPECT_EQ(who.status, 200);
  EXPECT_EQ(who.json()["user"]["login"], "tel.staff");
  EXPECT_EQ(who.json()["csrf_token"], body["csrf_token"]);

  EXPECT_EQ(call("DELETE", "/api/session", "", &session).status, 204);
  EXPECT_EQ(call("GET", "/api/session", "", &session).status, 401) << "signed out";
}

TEST_P(ServeTest, AnonymousCallersGetProblemJson401OnEveryProtectedRoute) {
  for (const MatrixRow& row : kMatrix) {
    if (row.statuses[0] != 401) continue;
    HttpReply reply = call(row.method, row.target, row.body);
    EXPECT_EQ(reply.status, 401) << row.method << " " << row.target;
    EXPECT_EQ(reply.header("content-type"), "application/problem+json") << row.target;
    json problem = reply.json();
    EXPECT_EQ(problem["status"], 401) << row.target;
    EXPECT_EQ(problem["title"], "Unauthorized") << row.target;
    EXPECT_TRUE(problem.contains("type") && problem.contains("detail")) << row.target;
  }
  HttpCall with_made_up_cookie{.method = "GET", .target = "/api/todo",
                               .headers = {{"Cookie", "duecall_session=" + std::string(64, 'a')}}};
  EXPECT_EQ(testing::http_call(server_->port(), with_made_up_cookie).status, 401);
}

TEST_P(ServeTest, StateChangingRequestsWithoutTheCsrfTokenAreForbidden) {
  Session session = sign_in(Who::kOperator);
  HttpReply without = call("POST", "/api/queue/next", "{}", &session, /*with_csrf=*/false);
  EXPECT_EQ(without.status, 403);
  EXPECT_EQ(without.header("content-type"), "application/problem+json");
  Session wrong = session;
  wrong.csrf_token = std::string(64, '0');
  EXPECT_EQ(call("POST", "/api/queue/next", "{}", &wrong).status, 403);
  EXPECT_EQ(call("DELETE", "/api/session", "", &session, false).status, 403);
  HttpReply with = call("POST", "/api/queue/next", "{}", &session);
  EXPECT_EQ(with.status, 200) << with.body;
  EXPECT_TRUE(with.json().contains("item"));
}

TEST_P(ServeTest, RefusesAWrongPasswordThenThrottlesTheLoginAcrossProcesses) {
  for (int attempt = 0; attempt < 5; ++attempt) {
    HttpReply refused = call("POST", "/api/session", sign_in_body("maja.op", "wrong password"));
    EXPECT_EQ(refused.status, 401) << attempt;
    EXPECT_EQ(refused.header("content-type"), "application/problem+json");
    EXPECT_TRUE(refused.set_cookies.empty());
  }
  HttpReply throttled = call("POST", "/api/session", sign_in_body("maja.op", kPassword));
  EXPECT_EQ(throttled.status, 429) << "even the right password waits";
  EXPECT_EQ(throttled.header("retry-after"), "900");
  EXPECT_TRUE(throttled.set_cookies.empty());

  // A second server on the same database counts the same failures.
  testing::ServerProcess other(db_spec(), {kNow}, dir_.file("other.err"));
  HttpCall again{.method = "POST", .target = "/api/session",
                 .body = sign_in_body("maja.op", kPassword),
                 .headers = {{"Content-Type", "application/json"}}};
  EXPECT_EQ(testing::http_call(other.port(), again).status, 429);
  // Other logins are not affected.
  EXPECT_EQ(call("POST", "/api/session", sign_in_body("sara.sup", kPassword)).status, 200);
  EXPECT_EQ(other.terminate(), 0);
}

TEST_P(ServeTest, EveryRouteAnswersEveryRoleAsTheMatrixSays) {
  std::map<Who, Session> sessions;
  for (Who who : kEverybody) {
    if (who != Who::kAnonymous) sessions[who] = sign_in(who);
  }
  for (const MatrixRow& row : kMatrix) {
    for (std::size_t who_idx = 0; who_idx < kEverybody.size(); ++who_idx) {
      Who who = kEverybody[who_idx];
      const Session* session = who == Who::kAnonymous ? nullptr : &sessions[who];
      HttpReply reply = call(row.method, row.target, row.body, session);
      EXPECT_EQ(reply.status, row.statuses[who_idx])
          << row.method << " " << row.target << " as caller " << who_idx << ": " << reply.body;
      if (reply.status >= 400) {
        EXPECT_EQ(reply.header("content-type"), "application/problem+json") << row.target;
      }
    }
  }
}

TEST_P(ServeTest, TheOpenApiDocumentNamesExactlyTheRoutesOfTheMatrix) {
  HttpReply reply = call("GET", "/api/openapi.json");
  ASSERT_EQ(reply.status, 200);
  json document = reply.json();
  EXPECT_EQ(document["openapi"], "3.1.0");
  std::set<std::pair<std::string, std::string>> documented, tested;
  for (const auto& [path, operations] : document["paths"].items()) {
    for (const auto& [method, operation] : operations.items()) {
      std::string upper = method;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      documented.insert({upper, path});
    }
  }
  for (const MatrixRow& row : kMatrix) tested.insert({row.method, row.pattern});
  // A route served but missing from the matrix, or tested but undocumented, fails here.
  EXPECT_EQ(documented, tested);
  EXPECT_EQ(document["paths"]["/api/health"]["get"]["security"], json::array());
  EXPECT_EQ(document["paths"]["/api/cases/{client}/{ref}"]["get"]["parameters"].size(), 2u);
}

TEST_P(ServeTest, TheCaseIsTheScreenPopThatCaseShowJsonPrints) {
  Session session = sign_in(Who::kClient);
  HttpReply reply = call("GET", "/api/cases/TEL/A-1", "", &session);
  ASSERT_EQ(reply.status, 200) << reply.body;
  ProcessResult shown = duecall({"case", "show", "--client", "TEL", "A-1", "--json"});
  ASSERT_EQ(shown.exit_status, 0) << shown.err;
  EXPECT_EQ(reply.body, shown.out);
  EXPECT_EQ(call("GET", "/api/cases/TEL/NOPE", "", &session).status, 404);

  HttpReply clients = call("GET", "/api/clients", "", &session);
  ASSERT_EQ(clients.status, 200);
  ASSERT_EQ(clients.json().size(), 1u) << clients.body;
  EXPECT_EQ(clients.json()[0]["code"], "TEL");
  Session admin = sign_in(Who::kAdmin);
  EXPECT_EQ(call("GET", "/api/clients", "", &admin).json().size(), 2u);
}

TEST_P(ServeTest, AccessLogLinesNameRoutePatternsAndUserIdsButNoPersonalData) {
  Session session = sign_in(Who::kOperator);
  ASSERT_EQ(call("GET", "/api/cases/TEL/A-1", "", &session).status, 200);
  HttpReply metrics = call("GET", "/metrics");
  EXPECT_NE(metrics.body.find("duecall_http_requests_total{method=\"GET\",route=\"/api/cases/"
                              "{client}/{ref}\",status=\"200\"} 1"),
            std::string::npos)
      << metrics.body;
  EXPECT_NE(metrics.body.find("duecall_http_request_duration_seconds_bucket{route=\"/api/session\""),
            std::string::npos);
  EXPECT_EQ(server_->terminate(), 0);
  std::string log = server_->stderr_text();
  bool saw_case = false;
  std::size_t at = 0;
  while (at < log.size()) {
    std::size_t end = log.find('\n', at);
    json line = json::parse(log.substr(at, end - at), nullptr, false);
    ASSERT_FALSE(line.is_discarded()) << log.substr(at, end - at);
    if (line["route"] == "/api/cases/{client}/{ref}") {
      saw_case = true;
      EXPECT_EQ(line["status"], 200);
      EXPECT_TRUE(line["user_id"].is_number_integer());
      EXPECT_TRUE(line["duration_us"].is_number_integer());
    }
    at = end + 1;
  }
  EXPECT_TRUE(saw_case) << log;
  for (const char* personal : {"A-1", "Ana Kos", "maja.op", kPassword, "ana@example.com"}) {
    EXPECT_EQ(log.find(personal), std::string::npos) << personal;
  }
  EXPECT_EQ(log.find(session.csrf_token), std::string::npos);
}

TEST_P(ServeTest, ABearerTokenActsAsItsUserWithoutCsrfUntilRevokedOrTheUserIsDisabled) {
  ProcessResult created = duecall({"token", "create", "--login", "maja.op", "--name", "dialer"});
  ASSERT_EQ(created.exit_status, 0) << created.err;
  std::string secret = created.out.substr(0, created.out.find('\n'));
  ASSERT_EQ(secret.rfind("dct_", 0), 0u) << secret;
  auto with_token = [&](const std::string& method, const std::string& target,
                        const std::string& token) {
    return testing::http_call(server_->port(),
                              {.method = method, .target = target, .body = "{}",
                               .headers = {{"Authorization", "Bearer " + token},
                                           {"Content-Type", "application/json"}}});
  };
  HttpReply next = with_token("POST", "/api/queue/next", secret);
  EXPECT_EQ(next.status, 200) << next.body;
  EXPECT_EQ(with_token("GET", "/api/session", secret).json()["user"]["login"], "maja.op");
  EXPECT_EQ(with_token("GET", "/api/tokens", secret).status, 403) << "an operator's role";

  // An admin makes a second token over HTTP; the list shows both, without secrets.
  Session admin = sign_in(Who::kAdmin);
  HttpReply made = call("POST", "/api/tokens", R"({"login": "tel.staff", "name": "portal"})", &admin);
  ASSERT_EQ(made.status, 201) << made.body;
  std::string client_secret = made.json()["token"];
  EXPECT_EQ(with_token("GET", "/api/cases/OTH/B-1", client_secret).status, 404) << "own tenant only";
  EXPECT_EQ(with_token("GET", "/api/cases/TEL/A-1", client_secret).status, 200);
  ProcessResult listed = duecall({"token", "list", "--json"});
  ASSERT_EQ(listed.exit_status, 0) << listed.err;
  json tokens = json::parse(listed.out);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[1]["created_by"], "ada.admin");
  EXPECT_EQ(listed.out.find(secret), std::string::npos);
  EXPECT_EQ(call("GET", "/api/tokens", "", &admin).json(), tokens);

  ProcessResult revoked = duecall({"token", "revoke", std::to_string(tokens[0]["id"].get<int>())});
  ASSERT_EQ(revoked.exit_status, 0) << revoked.err;
  EXPECT_EQ(with_token("POST", "/api/queue/next", secret).status, 401);
  EXPECT_EQ(duecall({"token", "revoke", std::to_string(tokens[0]["id"].get<int>())}).exit_status, 2);

  EXPECT_EQ(call("DELETE", "/api/tokens/" + std::to_string(tokens[1]["id"].get<int>()), "", &admin).status,
            204);
  EXPECT_EQ(with_token("GET", "/api/cases/TEL/A-1", client_secret).status, 401);

  ProcessResult again = duecall({"token", "create", "--login", "sara.sup", "--name", "wall", "--json"});
  ASSERT_EQ(again.exit_status, 0) << again.err;
  std::string supervisor_secret = json::parse(again.out)["token"];
  EXPECT_EQ(with_token("GET", "/api/todo", supervisor_secret).status, 200);
  ASSERT_EQ(duecall({"user", "disable", "--login", "sara.sup"}).exit_status, 0);
  EXPECT_EQ(with_token("GET", "/api/todo", supervisor_secret).status, 401) << "disabled user";
}

TEST_P(ServeTest, StrategiesAreReadAndSavedAsTheCliDoesAndRefusalsListTheirErrors) {
  Session supervisor = sign_in(Who::kSupervisor);
  HttpReply shown = call("GET", "/api/clients/TEL/strategy", "", &supervisor);
  ASSERT_EQ(shown.status, 200) << shown.body;
  ProcessResult cli = duecall({"strategy", "show", "--client", "TEL", "--json"});
  ASSERT_EQ(cli.exit_status, 0) << cli.err;
  EXPECT_EQ(shown.json(), json::parse(cli.out));

  std::string document = shown.json()["document"].dump();
  HttpReply saved = call("PUT", "/api/clients/TEL/strategy", document, &supervisor);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.json()["version"], 2);
  EXPECT_EQ(call("GET", "/api/clients/TEL/strategy", "", &supervisor).json()["created_by"],
            "sara.sup");

  json broken = shown.json()["document"];
  broken["segments"] = "none";
  HttpReply refused = call("PUT", "/api/clients/TEL/strategy", broken.dump(), &supervisor);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.header("content-type"), "application/problem+json");
  ASSERT_EQ(refused.json()["errors"].size(), 1u) << refused.body;
  EXPECT_EQ(refused.json()["errors"][0]["field"].get<std::string>().rfind("$.segments", 0), 0u)
      << refused.body;
  EXPECT_EQ(call("PUT", "/api/clients/NOPE/strategy", document, &supervisor).status, 404);
}

TEST_P(ServeTest, ThePreviewIsTheDryRunWithASentenceOnWhatCannotBeContactedNow) {
  Session admin = sign_in(Who::kAdmin);
  HttpReply preview = call("POST", "/api/strategy/preview", R"({"client": "TEL"})", &admin);
  ASSERT_EQ(preview.status, 200) << preview.body;
  json report = preview.json();
  std::string sentence = report["sentence"];
  report.erase("sentence");
  ProcessResult cli = duecall({"strategy", "run", "--client", "TEL", "--dry-run", "--json"});
  ASSERT_EQ(cli.exit_status, 0) << cli.err;
  EXPECT_EQ(report, json::parse(cli.out));
  std::string expected_start = std::to_string(report["not_contactable_now"].get<int>()) + " of " +
                               std::to_string(report["due_now"].get<int>()) +
                               " not contactable now";
  EXPECT_EQ(sentence.rfind(expected_start, 0), 0u) << sentence;
  EXPECT_EQ(sentence.back(), '.');
  EXPECT_EQ(call("POST", "/api/strategy/preview", R"({"client": 7})", &admin).status, 400);
}

TEST_P(ServeTest, ScriptsAreSavedAsNewVersionsAndListedAsScriptShowJsonPrintsThem) {
  Session admin = sign_in(Who::kAdmin);
  std::string script =
      testing::read_file(testing::source_dir() + "/src/app/scripts/reminder_calls.en.json");
  HttpReply saved = call("PUT", "/api/clients/TEL/scripts/reminder_calls/en", script, &admin);
  ASSERT_EQ(saved.status, 201) << saved.body;
  EXPECT_EQ(saved.json()["version"], 1);
  EXPECT_TRUE(saved.json()["created"].get<bool>());
  HttpReply again = call("PUT", "/api/clients/TEL/scripts/reminder_calls/en", script, &admin);
  EXPECT_EQ(again.status, 200) << "unchanged";
  EXPECT_FALSE(again.json()["created"].get<bool>());

  HttpReply listed = call("GET", "/api/clients/TEL/scripts", "", &admin);
  ASSERT_EQ(listed.status, 200);
  ASSERT_EQ(listed.json().size(), 1u) << listed.body;
  ProcessResult cli = duecall({"script", "show", "--client", "TEL", "--step", "reminder_calls",
                               "--language", "en", "--json"});
  ASSERT_EQ(cli.exit_status, 0) << cli.err;
  EXPECT_EQ(listed.json()[0], json::parse(cli.out));
  EXPECT_TRUE(listed.json()[0]["script"].contains("objections"));

  json unknown = json::parse(script);
  unknown["opening"] = json::array({"Hello, this is {operator.nickname}."});
  HttpReply refused =
      call("PUT", "/api/clients/TEL/scripts/reminder_calls/en", unknown.dump(), &admin);
  EXPECT_EQ(refused.status, 400) << refused.body;
  ASSERT_EQ(refused.json()["errors"].size(), 1u) << refused.body;
  EXPECT_NE(refused.json()["errors"][0]["message"].get<std::string>().find("operator.nickname"),
            std::string::npos)
      << refused.body;
  EXPECT_EQ(call("PUT", "/api/clients/TEL/scripts/no_such_step/en", script, &admin).status, 404);
}

TEST_P(ServeTest, TheFloorSaysWhoIsSignedInAndWhatWasCalledToday) {
  Session supervisor = sign_in(Who::kSupervisor);
  HttpReply before = call("GET", "/api/floor", "", &supervisor);
  ASSERT_EQ(before.status, 200) << before.body;
  json floor = before.json();
  EXPECT_EQ(floor["at"], "2026-11-23T10:00:00Z");
  ASSERT_EQ(floor["operators"].size(), 1u) << "operators only: " << before.body;
  json maja = operator_of(floor, "maja.op");
  EXPECT_EQ(maja["state"], "signed_out");
  EXPECT_TRUE(maja["case"].is_null());
  EXPECT_TRUE(floor["kpi_today"].contains("calls"));
  EXPECT_TRUE(floor["targets"].is_array());
  EXPECT_EQ(floor["hourly"], json::array());

  sign_in(Who::kOperator);
  EXPECT_EQ(operator_of(call("GET", "/api/floor", "", &supervisor).json(), "maja.op")["state"], "idle");
  ProcessResult logged = duecall({"contact", "log", "--client", "TEL", "--claim", "A-1", "--channel",
                                  "call", "--result", "right_party", "--outcome", "promise",
                                  "--operator", "maja.op"});
  ASSERT_EQ(logged.exit_status, 0) << logged.err;
  floor = call("GET", "/api/floor", "", &supervisor).json();
  maja = operator_of(floor, "maja.op");
  EXPECT_EQ(maja["state"], "wrap_up") << floor.dump();
  EXPECT_EQ(maja["since"], "2026-11-23T10:00:00Z");
  EXPECT_EQ(maja["calls_today"], 1);
  EXPECT_EQ(maja["rpc_today"], 1);
  EXPECT_EQ(maja["promises_today"], 1);
  // 10:00 UTC is 11:00 in Ljubljana, the standard shift plan's zone.
  EXPECT_EQ(floor["hourly"], (json::array({{{"hour", "11"}, {"calls", 1}, {"rpc", 1}, {"promises", 1}}})));
  EXPECT_EQ(floor["kpi_today"]["calls"], 1);
}

TEST_P(ServeTest, TheLiveFeedPushesTheFloorOnConnectAndOnChangeAndClosesOnShutdown) {
  // Beast's client does not keep a refused handshake's answer: ask with the upgrade headers.
  auto upgrade_status = [this](const std::string& cookie) {
    HttpCall upgrade{.target = "/api/live",
                     .headers = {{"Upgrade", "websocket"},
                                 {"Connection", "Upgrade"},
                                 {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="},
                                 {"Sec-WebSocket-Version", "13"}}};
    if (!cookie.empty()) upgrade.headers["Cookie"] = cookie;
    return testing::http_call(server_->port(), upgrade).status;
  };
  EXPECT_EQ(upgrade_status(""), 401);
  EXPECT_EQ(upgrade_status(sign_in(Who::kOperator).cookie), 403);
  EXPECT_EQ(upgrade_status(sign_in(Who::kClient).cookie), 403);
  EXPECT_EQ(LiveClient(server_->port(), "").status(), 0) << "refused";

  LiveClient live(server_->port(), sign_in(Who::kAuditor).cookie);
  ASSERT_EQ(live.status(), 101);
  auto first = live.next();
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ((*first)["type"], "floor");
  EXPECT_TRUE(first->contains("operators") && first->contains("kpi_today") && first->contains("hourly"));
  // The operator signed in above: idle already, or on its way.
  auto idle = live.until([](const json& floor) { return operator_of(floor, "maja.op")["state"] == "idle"; });
  ASSERT_TRUE(idle.has_value());

  auto changed_at = std::chrono::steady_clock::now();
  ProcessResult logged = duecall({"contact", "log", "--client", "TEL", "--claim", "A-1", "--channel",
                                  "call", "--result", "no_answer", "--operator", "maja.op"});
  ASSERT_EQ(logged.exit_status, 0) << logged.err;
  auto wrap_up = live.until([](const json& floor) {
    return operator_of(floor, "maja.op")["state"] == "wrap_up";
  });
  ASSERT_TRUE(wrap_up.has_value()) << "pushed on change";
  EXPECT_LT(std::chrono::steady_clock::now() - changed_at, std::chrono::seconds(4));
  EXPECT_EQ(operator_of(*wrap_up, "maja.op")["calls_today"], 1);

  // Nothing changes now (the clock is fixed): the view still comes at least every 5 s.
  auto quiet_from = std::chrono::steady_clock::now();
  ASSERT_TRUE(live.next(std::chrono::seconds(8)).has_value());
  EXPECT_LT(std::chrono::steady_clock::now() - quiet_from, std::chrono::milliseconds(6500));

  // SIGTERM closes the socket with a close frame, and the server still exits cleanly.
  auto stopped = std::async(std::launch::async, [this] { return server_->terminate(); });
  std::optional<json> after;
  do {
    after = live.next(std::chrono::seconds(15));
  } while (after.has_value());
  EXPECT_TRUE(live.closed_normally());
  EXPECT_EQ(stopped.get(), 0);
}

TEST_P(ServeTest, TheLiveFeedClosesOnceTheWatchersSessionHasEnded) {
  Session supervisor = sign_in(Who::kSupervisor);
  LiveClient live(server_->port(), supervisor.cookie);
  ASSERT_EQ(live.status(), 101);
  ASSERT_TRUE(live.next().has_value());
  ASSERT_EQ(call("DELETE", "/api/session", "", &supervisor).status, 204);
  auto signed_out_at = std::chrono::steady_clock::now();
  std::optional<json> message;
  do {
    message = live.next(std::chrono::seconds(10));
  } while (message.has_value());
  EXPECT_TRUE(live.closed_normally());
  EXPECT_EQ(live.close_code(), 1008) << "policy violation";
  EXPECT_LT(std::chrono::steady_clock::now() - signed_out_at, std::chrono::seconds(8));
}

TEST_P(ServeTest, HeadAnswersAsGetWithoutTheBody) {
  HttpReply get = call("GET", "/api/health");
  ASSERT_EQ(get.status, 200);
  HttpReply head = call("HEAD", "/api/health");
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
  EXPECT_EQ(head.header("content-length"), std::to_string(get.body.size()));
  // The same for a signed-in route, on a kept-alive connection that still works afterwards.
  Session operator_session = sign_in(Who::kOperator);
  testing::HttpConnection connection(server_->port());
  HttpReply clients = connection.request(
      {.method = "HEAD", .target = "/api/clients", .headers = {{"Cookie", operator_session.cookie}}});
  EXPECT_EQ(clients.status, 200);
  EXPECT_TRUE(clients.body.empty());
  HttpReply after = connection.request(
      {.target = "/api/clients", .headers = {{"Cookie", operator_session.cookie}}});
  EXPECT_EQ(after.status, 200);
  EXPECT_EQ(std::to_string(after.body.size()), clients.header("content-length"));
}

TEST_P(ServeTest, SignInTakesOnlyABodySaidToBeJson) {
  // A cross-site form can post text/plain that reads as JSON; it must not sign anybody in.
  HttpReply reply = testing::http_call(
      server_->port(), {.method = "POST",
                        .target = "/api/session",
                        .body = sign_in_body(kLogins.at(Who::kOperator), kPassword),
                        .headers = {{"Content-Type", "text/plain"}}});
  EXPECT_EQ(reply.status, 415) << reply.body;
  EXPECT_TRUE(reply.set_cookies.empty());
  HttpReply json_reply = testing::http_call(
      server_->port(), {.method = "POST",
                        .target = "/api/session",
                        .body = sign_in_body(kLogins.at(Who::kOperator), kPassword),
                        .headers = {{"Content-Type", "Application/JSON; charset=utf-8"}}});
  EXPECT_EQ(json_reply.status, 200) << json_reply.body;
}

TEST_P(ServeTest, TargetsThatAreNotTextAreRefusedAndMadeUpMethodsAreCountedAsOther) {
  Session supervisor = sign_in(Who::kSupervisor);
  EXPECT_EQ(call("GET", "/api/cases/%FF/A-1", "", &supervisor).status, 404);
  EXPECT_EQ(call("GET", "/api/cases/TEL/A%0A1", "", &supervisor).status, 404);
  HttpReply search = call("GET", "/api/cases?client=TEL&q=%FF", "", &supervisor);
  EXPECT_EQ(search.status, 400) << search.body;
  EXPECT_FALSE(search.json().is_discarded());
  HttpReply kpi = call("GET", "/api/kpi?from=%C3%28&to=2026-11-30&by=day", "", &supervisor);
  EXPECT_EQ(kpi.status, 400) << kpi.body;
  EXPECT_FALSE(kpi.json().is_discarded());
  for (const char* method : {"BREW", "XYZZY"}) {
    EXPECT_NE(call(method, "/api/health").status, 200) << method;
  }
  std::string metrics = call("GET", "/metrics").body;
  EXPECT_NE(metrics.find("method=\"OTHER\""), std::string::npos) << metrics;
  EXPECT_EQ(metrics.find("BREW"), std::string::npos);
  EXPECT_EQ(metrics.find("XYZZY"), std::string::npos);
}

TEST_P(ServeTest, TheLiveFeedOpensFromTheServersOwnPagesOnly) {
  Session supervisor = sign_in(Who::kSupervisor);
  std::string own = "http://127.0.0.1:" + std::to_string(server_->port());
  LiveClient from_our_page(server_->port(), supervisor.cookie, {{"Origin", own}});
  EXPECT_EQ(from_our_page.status(), 101);
  LiveClient from_elsewhere(server_->port(), supervisor.cookie, {{"Origin", "http://evil.example"}});
  EXPECT_EQ(from_elsewhere.status(), 0) << "the upgrade must be refused";
}

TEST_P(ServeTest, TheLiveFeedOfAnApiTokenEndsWhenTheTokenIsRevoked) {
  ProcessResult created =
      duecall({"token", "create", "--login", kLogins.at(Who::kSupervisor), "--name", "wallboard", "--json"});
  ASSERT_EQ(created.exit_status, 0) << created.err;
  json token = json::parse(created.out);
  LiveClient live(server_->port(), "",
                  {{"Authorization", "Bearer " + token["token"].get<std::string>()},
                   {"Origin", "http://evil.example"}});  // a token is not a browser's cookie
  ASSERT_EQ(live.status(), 101);
  ASSERT_TRUE(live.next().has_value());
  ProcessResult revoked = duecall({"token", "revoke", std::to_string(token["id"].get<std::int64_t>())});
  ASSERT_EQ(revoked.exit_status, 0) << revoked.err;
  auto revoked_at = std::chrono::steady_clock::now();
  std::optional<json> message;
  do {
    message = live.next(std::chrono::seconds(10));
  } while (message.has_value());
  EXPECT_TRUE(live.closed_normally());
  EXPECT_EQ(live.close_code(), 1008) << "policy violation";
  EXPECT_LT(std::chrono::steady_clock::now() - revoked_at, std::chrono::seconds(8));
}

TEST_P(ServeTest, TheCreditorsReportIsACsvOrAPdfWithItsNameAndFiguresByMonth) {
  auto added = duecall({"client", "add", "--code", "ZAS", "--name",
                        "Čebelarstvo Šuštar Žužek – São Comércio", "--country", "SI",
                        "--currency", "EUR", "--policy", dir_.file("policy.json")});
  ASSERT_EQ(added.exit_status, 0) << added.err;
  auto imported = duecall({"import", "claims",
                           dir_.write("ZAS.csv", std::string(kHeader) +
                                                     "Z-1,F-1,person,Ana Kos,,+386 40 123 457,,"
                                                     "Glavna 1,Kranj,SI,telecom,EUR,100.00,,5.00,"
                                                     "2026-11-01,2026-11-10\n"),
                           "--client", "ZAS"});
  ASSERT_EQ(imported.exit_status, 0) << imported.err;
  for (const char* result : {"right_party", "no_answer", "busy"}) {
    ProcessResult logged = duecall({"contact", "log", "--client", "ZAS", "--claim", "Z-1",
                                    "--channel", "call", "--result", result});
    ASSERT_EQ(logged.exit_status, 0) << logged.err;
  }
  Session auditor = sign_in(Who::kAuditor);
  HttpReply csv = call("GET", "/api/clients/ZAS/report?from=2026-10-15&to=2026-11-30&format=csv", "",
                       &auditor);
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv.body.rfind("month,calls,right_party_contacts,", 0), 0u) << csv.body;
  EXPECT_NE(csv.body.find("\r\n2026-10,0,0,,"), std::string::npos) << csv.body;
  EXPECT_NE(csv.body.find("\r\n2026-11,3,1,33.33,"), std::string::npos) << csv.body;
  EXPECT_NE(csv.body.find("\r\ntotal,3,1,33.33,"), std::string::npos) << csv.body;

  HttpReply pdf = call("GET", "/api/clients/ZAS/report?from=2026-10-15&to=2026-11-30&format=pdf", "",
                       &auditor);
  ASSERT_EQ(pdf.status, 200) << pdf.body.substr(0, 300);
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  EXPECT_EQ(pdf.body.rfind("%PDF-", 0), 0u);
  ProcessResult text = testing::run_process({"pdftotext", "-layout", dir_.write("report.pdf", pdf.body), "-"});
  ASSERT_EQ(text.exit_status, 0) << text.err;
  EXPECT_NE(text.out.find("Čebelarstvo Šuštar Žužek – São Comércio"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("2026-11"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("33.33 %"), std::string::npos) << text.out;

  EXPECT_EQ(call("GET", "/api/clients/ZAS/report?from=2026-11-30&to=2026-11-01", "", &auditor).status,
            400);
  EXPECT_EQ(call("GET", "/api/clients/ZAS/report?from=2026-11-01&to=2026-11-30&format=doc", "",
                 &auditor).status,
            400);
  Session client = sign_in(Who::kClient);
  EXPECT_EQ(call("GET", "/api/clients/ZAS/report?from=2026-11-01&to=2026-11-30", "", &client).status,
            404)
      << "another creditor's report";
}

TEST_P(ServeTest, SigtermAnswersTheRequestInFlightClosesIdleOnesAndExitsZero) {
  testing::HttpConnection busy(server_->port());
  testing::HttpConnection idle(server_->port());
  // One request each first, so both connections are accepted and kept alive.
  ASSERT_EQ(busy.request({.target = "/api/health"}).status, 200);
  ASSERT_EQ(idle.request({.target = "/api/health"}).status, 200);
  // A sign-in is slow on purpose (argon2id): it is still being answered when SIGTERM comes.
  busy.send({.method = "POST",
             .target = "/api/session",
             .body = sign_in_body("maja.op", kPassword),
             .headers = {{"Content-Type", "application/json"}}});
  EXPECT_EQ(server_->terminate(), 0);
  HttpReply answered = busy.receive();
  EXPECT_EQ(answered.status, 200) << answered.body;
  EXPECT_EQ(busy.receive().status, 0) << "closed after the answer";
  EXPECT_EQ(idle.receive().status, 0) << "the idle connection is closed";
}

TEST_P(ServeTest, OversizedBodiesAreRefusedWithProblemJson) {
  HttpReply reply = call("POST", "/api/session", std::string(70 * 1024, 'x'));
  EXPECT_EQ(reply.status, 413);
  EXPECT_EQ(reply.header("content-type"), "application/problem+json");
  EXPECT_EQ(call("GET", "/api/nothing-here").status, 404);
  EXPECT_EQ(call("PUT", "/api/health").status, 405);
}

INSTANTIATE_STORE_TESTS(ServeTest);

}  // namespace
}  // namespace duecall
