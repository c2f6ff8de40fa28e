// The collection routes of the HTTP API end to end, on SQLite and on PostgreSQL: the case
// list, recording contacts, agreements and approvals, claim and statement uploads and the
// KPIs. The test starts the real `duecall serve`, prepares data with the real command line
// and checks each route's answer against what the command line prints with --json (the
// same writer serves both), then its refusals: 400 naming the fields, 404, 409, 413, 415.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
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
using testing::ProcessResult;

constexpr const char* kPassword = "correct horse battery";
constexpr const char* kNow = "DUECALL_NOW=2026-11-23T10:00:00Z";
constexpr const char* kHeader =
    "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
    "claim_type,currency,principal,interest,fees,due_date,reminder_sent_on\n";
constexpr const char* kPolicy =
    R"({"min_instalment": "20.00", "max_instalments": 6, "max_term_days": 180,
        "settlement_floor_percent": "85", "max_extension_days": 14})";

std::string claim_row(const std::string& claim_ref, const std::string& debtor_ref,
                      const std::string& name) {
  return claim_ref + "," + debtor_ref + ",person," + name +
         ",,+386 40 123 456,debtor@example.com,Glavna 1,Kranj,SI,telecom,EUR,100.00,,5.00,"
         "2026-11-01,2026-11-10\n";
}

struct Session {
  std::string cookie;
  std::string csrf_token;
};

std::set<std::string> keys_of(const json& object) {
  std::set<std::string> keys;
  for (const auto& [key, value] : object.items()) keys.insert(key);
  return keys;
}

std::set<std::string> error_fields(const HttpReply& reply) {
  std::set<std::string> fields;
  for (const auto& error : reply.json().value("errors", json::array())) {
    fields.insert(error.value("field", ""));
  }
  return fields;
}

class CollectionApiTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    for (const char* code : {"TEL", "OTH"}) {
      ASSERT_EQ(duecall({"client", "add", "--code", code, "--name", std::string(code) + " d.d.",
                         "--country", "SI", "--currency", "EUR", "--policy",
                         dir_.write("policy.json", kPolicy)})
                    .exit_status,
                0);
    }
    std::string tel = std::string(kHeader) + claim_row("A-1", "D-1", "Ana Kos") +
                      claim_row("A-2", "D-2", "Marko Novak");
    ASSERT_EQ(
        duecall({"import", "claims", dir_.write("tel.csv", tel), "--client", "TEL"}).exit_status,
        0);
    std::string oth = std::string(kHeader) + claim_row("B-1", "E-1", "Bine Oblak");
    ASSERT_EQ(
        duecall({"import", "claims", dir_.write("oth.csv", oth), "--client", "OTH"}).exit_status,
        0);
    const std::vector<std::vector<std::string>> users = {
        {"maja.op", "operator"},
        {"sara.sup", "supervisor"},
        {"ada.admin", "admin"},
        {"ivo.audit", "auditor"},
        {"tel.staff", "client", "--client", "TEL"}};
    for (const auto& user : users) {
      std::vector<std::string> arguments = {"user",   "add",          "--login", user[0],
                                            "--name", "Staff Member", "--role"};
      arguments.insert(arguments.end(), user.begin() + 1, user.end());
      ASSERT_EQ(duecall(arguments, std::string(kPassword) + "\n").exit_status, 0);
    }
    server_.emplace(db_spec(), std::vector<std::string>{kNow}, dir_.file("server.err"));
  }

  ProcessResult duecall(std::vector<std::string> arguments, const std::string& input = "") {
    arguments.insert(arguments.begin(), {testing::duecall_binary(), "--db", db_spec()});
    return testing::run_process_with_input(arguments, input, {kNow});
  }

  Session sign_in(const std::string& login) {
    HttpReply reply = http({.method = "POST",
                            .target = "/api/session",
                            .body = json{{"login", login}, {"password", kPassword}}.dump(),
                            .headers = {{"Content-Type", "application/json"}}});
    EXPECT_EQ(reply.status, 200) << reply.body;
    if (reply.set_cookies.empty()) return {};
    return {reply.set_cookies[0].substr(0, reply.set_cookies[0].find(';')),
            reply.json().value("csrf_token", "")};
  }

  HttpReply http(const HttpCall& request) { return testing::http_call(server_->port(), request); }

  HttpReply get(const std::string& target, const Session& session) {
    return http({.target = target, .headers = {{"Cookie", session.cookie}}});
  }

  HttpReply post(const std::string& target, const std::string& body, const Session& session,
                 const std::string& content_type = "application/json") {
    return http({.method = "POST",
                 .target = target,
                 .body = body,
                 .headers = {{"Cookie", session.cookie},
                             {"X-CSRF-Token", session.csrf_token},
                             {"Content-Type", content_type}}});
  }

  json cli_json(std::vector<std::string> arguments) {
    ProcessResult result = duecall(std::move(arguments));
    EXPECT_EQ(result.exit_status, 0) << result.err;
    return json::parse(result.out, nullptr, false);
  }

  testing::TempDir dir_;
  std::optional<testing::ServerProcess> server_;
};

TEST_P(CollectionApiTest, ListsAClientsCasesAPageAtATimeAndFindsThemByNameOrRef) {
  Session supervisor = sign_in("sara.sup");
  HttpReply all = get("/api/cases?client=TEL", supervisor);
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(all.json()["total"], 2);
  ASSERT_EQ(all.json()["cases"].size(), 2u);
  EXPECT_EQ(all.json()["cases"][0], (json{{"client", "TEL"},
                                          {"debtor_ref", "D-1"},
                                          {"name", "Ana Kos"},
                                          {"stage", "new"},
                                          {"next_action", nullptr},
                                          {"open", {{{"minor", 10500}, {"currency", "EUR"}}}},
                                          {"claims", 1}}));
  HttpReply found = get("/api/cases?client=TEL&q=NOVAK", supervisor);
  ASSERT_EQ(found.status, 200);
  EXPECT_EQ(found.json()["total"], 1);
  EXPECT_EQ(found.json()["cases"][0]["debtor_ref"], "D-2");
  EXPECT_EQ(get("/api/cases?client=TEL&q=A-1", supervisor).json()["total"], 1) << "a claim ref";
  EXPECT_EQ(get("/api/cases?client=TEL&q=%25", supervisor).json()["total"], 0)
      << "a LIKE wildcard matches only itself";
  HttpReply second = get("/api/cases?client=TEL&limit=1&offset=1", supervisor);
  EXPECT_EQ(second.json()["total"], 2);
  ASSERT_EQ(second.json()["cases"].size(), 1u);
  EXPECT_EQ(second.json()["cases"][0]["debtor_ref"], "D-2");

  Session client = sign_in("tel.staff");
  EXPECT_EQ(get("/api/cases", client).json()["total"], 2) << "a client user's own client";
  EXPECT_EQ(get("/api/cases?client=OTH", client).status, 404);
}

TEST_P(CollectionApiTest, RefusesACaseListWithoutClientOrWithABadPage) {
  Session supervisor = sign_in("sara.sup");
  HttpReply without = get("/api/cases", supervisor);
  EXPECT_EQ(without.status, 400);
  EXPECT_EQ(error_fields(without), (std::set<std::string>{"client"}));
  HttpReply bad_page = get("/api/cases?client=TEL&limit=0&offset=-1", supervisor);
  EXPECT_EQ(bad_page.status, 400);
  EXPECT_EQ(error_fields(bad_page), (std::set<std::string>{"limit", "offset"}));
  EXPECT_EQ(get("/api/cases?client=NOPE", supervisor).status, 404);
}

TEST_P(CollectionApiTest, RecordsAContactAsTheSignedInOperatorAsContactLogJsonPrintsIt) {
  Session op = sign_in("maja.op");
  HttpReply reply = post("/api/cases/TEL/A-1/contacts",
                         json{{"channel", "call"},
                              {"result", "right_party"},
                              {"outcome", "callback"},
                              {"callback_at", "2026-11-24T09:00:00Z"},
                              {"summary", "call back"},
                              {"spoke_with", "the debtor"},
                              {"identity_verified", true},
                              {"email_minutes", false}}
                             .dump(),
                         op);
  ASSERT_EQ(reply.status, 201) << reply.body;
  json contact = reply.json();
  EXPECT_EQ(contact["claim"], "A-1");
  EXPECT_EQ(contact["result"], "right_party");
  EXPECT_EQ(contact["outcome"], "callback");
  EXPECT_EQ(contact["operator"], "maja.op");
  EXPECT_EQ(contact["callback_at"], "2026-11-24T09:00:00Z");
  ASSERT_EQ(contact["todo_items"].size(), 1u);

  json logged = cli_json({"contact", "log", "--client", "TEL", "--claim", "A-2", "--channel",
                          "call", "--result", "no_answer", "--json"});
  EXPECT_EQ(keys_of(contact), keys_of(logged)) << "the shape contact log --json prints";
}

// The case screen is kept in memory between reloads (adapters/http/fresh_cache.hpp): a
// write through this server shows on the very next reload, one by another process (here
// the CLI) once the kept copy is older than its maximum age.
TEST_P(CollectionApiTest, TheCaseScreenShowsAWriteAtOnceAndAnotherProcesssWriteWithinASecond) {
  Session op = sign_in("maja.op");
  auto contacts_on_screen = [&] {
    HttpReply screen = get("/api/cases/TEL/A-1", op);
    EXPECT_EQ(screen.status, 200) << screen.body;
    return screen.body;
  };
  const std::string before = contacts_on_screen();
  EXPECT_EQ(contacts_on_screen(), before) << "nothing changed";
  ASSERT_EQ(before.find("screen written through the server"), std::string::npos);

  HttpReply recorded = post("/api/cases/TEL/A-1/contacts",
                            json{{"channel", "call"},
                                 {"result", "right_party"},
                                 {"outcome", "callback"},
                                 {"callback_at", "2026-11-24T09:00:00Z"},
                                 {"summary", "screen written through the server"},
                                 {"spoke_with", "the debtor"},
                                 {"identity_verified", true},
                                 {"email_minutes", false}}
                                .dump(),
                            op);
  ASSERT_EQ(recorded.status, 201) << recorded.body;
  const std::string after_server_write = contacts_on_screen();
  EXPECT_NE(after_server_write.find("screen written through the server"), std::string::npos);

  ProcessResult logged = duecall({"contact", "log", "--client", "TEL", "--claim", "A-1",
                                  "--channel", "call", "--result", "no_answer", "--summary",
                                  "screen written by another process"});
  ASSERT_EQ(logged.exit_status, 0) << logged.err;
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // the maximum age, 1 s
  EXPECT_NE(contacts_on_screen().find("screen written by another process"), std::string::npos);
}

TEST_P(CollectionApiTest, RefusesAContactWithBadFieldsOrAnUnknownClaim) {
  Session op = sign_in("maja.op");
  HttpReply bad = post("/api/cases/TEL/A-1/contacts",
                       json{{"channel", 5},
                            {"result", "shouted"},
                            {"callback_at", "tomorrow"},
                            {"email_minutes", true}}
                           .dump(),
                       op);
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(error_fields(bad),
            (std::set<std::string>{"channel", "result", "callback_at", "email_minutes"}));
  EXPECT_EQ(post("/api/cases/TEL/A-1/contacts", "[1]", op).status, 400);
  EXPECT_EQ(post("/api/cases/TEL/NOPE/contacts", R"({"result": "no_answer"})", op).status, 404);
}

TEST_P(CollectionApiTest, MakesAnAgreementActiveInsideTheFloorsAndRefusesASecondOne) {
  Session op = sign_in("maja.op");
  HttpReply made = post("/api/cases/TEL/A-1/agreements",
                        R"({"kind": "promise", "amount": "50.00", "date": "2026-11-30"})", op);
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.json()["state"], "active");
  EXPECT_EQ(made.json()["operator"], "maja.op");
  json listed = cli_json({"agreement", "list", "--client", "TEL", "--json"});
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(made.json(), listed[0]) << "the element agreement list --json prints";

  HttpReply again = post("/api/cases/TEL/A-1/agreements",
                         R"({"kind": "promise", "amount": "50.00", "date": "2026-11-30"})", op);
  EXPECT_EQ(again.status, 409) << again.body;
}

TEST_P(CollectionApiTest, AnAgreementOutsideTheFloorsWaitsForApprovalWithItsReasons) {
  Session op = sign_in("maja.op");
  HttpReply made = post("/api/cases/TEL/A-1/agreements",
                        R"({"kind": "settlement", "amount": "10.00", "date": "2026-11-30"})", op);
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.json()["state"], "pending_approval");
  EXPECT_FALSE(made.json()["outside_floors"].empty());
}

TEST_P(CollectionApiTest, RefusesAnAgreementWithBadTermsOrAnUnknownClaim) {
  Session op = sign_in("maja.op");
  HttpReply bad =
      post("/api/cases/TEL/A-1/agreements", R"({"kind": "gift", "instalments": "x"})", op);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(error_fields(bad), (std::set<std::string>{"kind", "instalments"}));
  HttpReply missing = post("/api/cases/TEL/A-1/agreements", R"({"kind": "promise"})", op);
  EXPECT_EQ(missing.status, 400) << missing.body;
  EXPECT_EQ(post("/api/cases/TEL/NOPE/agreements",
                 R"({"kind": "promise", "amount": "50.00", "date": "2026-11-30"})", op)
                .status,
            404);
}

TEST_P(CollectionApiTest, ListsAgreementsAsAgreementListJsonByStateAndOnlyTheClientUsersOwn) {
  Session op = sign_in("maja.op");
  ASSERT_EQ(post("/api/cases/TEL/A-1/agreements",
                 R"({"kind": "promise", "amount": "50.00", "date": "2026-11-30"})", op)
                .status,
            201);
  ASSERT_EQ(post("/api/cases/TEL/A-2/agreements",
                 R"({"kind": "settlement", "amount": "10.00", "date": "2026-11-30"})", op)
                .status,
            201);
  HttpReply all = get("/api/agreements?client=TEL", op);
  ASSERT_EQ(all.status, 200);
  EXPECT_EQ(all.json(), cli_json({"agreement", "list", "--client", "TEL", "--json"}));
  HttpReply pending = get("/api/agreements?client=TEL&state=pending_approval", op);
  ASSERT_EQ(pending.json().size(), 1u);
  EXPECT_EQ(pending.json()[0]["claim"], "A-2");

  HttpReply bad = get("/api/agreements?state=lost", op);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(error_fields(bad), (std::set<std::string>{"client", "state"}));
  EXPECT_EQ(get("/api/agreements?client=NOPE", op).status, 404);

  Session client = sign_in("tel.staff");
  EXPECT_EQ(get("/api/agreements", client).json().size(), 2u);
  EXPECT_EQ(get("/api/agreements?client=OTH", client).status, 404);
}

TEST_P(CollectionApiTest, CancelsAnOpenAgreementOnceWithAReason) {
  Session op = sign_in("maja.op");
  HttpReply made = post("/api/cases/TEL/A-1/agreements",
                        R"({"kind": "promise", "amount": "50.00", "date": "2026-11-30"})", op);
  ASSERT_EQ(made.status, 201);
  std::string path = "/api/agreements/" + std::to_string(made.json()["id"].get<int>()) + "/cancel";
  HttpReply without = post(path, "{}", op);
  EXPECT_EQ(without.status, 400);
  EXPECT_EQ(error_fields(without), (std::set<std::string>{"reason"}));
  HttpReply cancelled = post(path, R"({"reason": "the debtor paid in full"})", op);
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  EXPECT_EQ(cancelled.json()["state"], "cancelled");
  EXPECT_EQ(cancelled.json()["ended_by"], "maja.op");
  EXPECT_EQ(post(path, R"({"reason": "again"})", op).status, 409);
  EXPECT_EQ(post("/api/agreements/999/cancel", R"({"reason": "x"})", op).status, 404);
  EXPECT_EQ(post("/api/agreements/abc/cancel", R"({"reason": "x"})", op).status, 404);
}

TEST_P(CollectionApiTest, ASupervisorApprovesOrRejectsWhatWaitsForApproval) {
  Session op = sign_in("maja.op");
  std::vector<std::string> ids;
  for (const char* claim : {"A-1", "A-2"}) {
    HttpReply made = post(std::string("/api/cases/TEL/") + claim + "/agreements",
                          R"({"kind": "settlement", "amount": "10.00", "date": "2026-11-30"})", op);
    ASSERT_EQ(made.status, 201);
    ids.push_back(std::to_string(made.json()["id"].get<int>()));
  }
  Session supervisor = sign_in("sara.sup");
  HttpReply waiting = get("/api/approvals", supervisor);
  ASSERT_EQ(waiting.status, 200);
  EXPECT_EQ(waiting.json(), cli_json({"approvals", "list", "--json"}));
  EXPECT_EQ(waiting.json().size(), 2u);

  HttpReply approved = post("/api/approvals/" + ids[0] + "/approve", "", supervisor);
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.json()["state"], "active");
  EXPECT_EQ(approved.json()["decided_by"], "sara.sup");
  EXPECT_EQ(post("/api/approvals/" + ids[0] + "/approve", "", supervisor).status, 409);

  HttpReply no_reason = post("/api/approvals/" + ids[1] + "/reject", "{}", supervisor);
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_EQ(error_fields(no_reason), (std::set<std::string>{"reason"}));
  HttpReply rejected =
      post("/api/approvals/" + ids[1] + "/reject", R"({"reason": "too low"})", supervisor);
  ASSERT_EQ(rejected.status, 200) << rejected.body;
  EXPECT_EQ(rejected.json()["state"], "cancelled");
  EXPECT_EQ(rejected.json()["decision_reason"], "too low");
  EXPECT_EQ(post("/api/approvals/999/approve", "", supervisor).status, 404);
  EXPECT_EQ(get("/api/approvals", supervisor).json().size(), 0u);
}

TEST_P(CollectionApiTest, ImportsAnUploadedClaimFileOnceAsImportClaimsJsonReportsIt) {
  Session client = sign_in("tel.staff");
  // Larger than the 64 KiB every other route takes: uploads have a limit of their own.
  std::string file = kHeader;
  for (int row = 0; row < 1000; ++row) {
    file += claim_row("U-" + std::to_string(row), "UD-" + std::to_string(row), "Upload Debtor");
  }
  file +=
      "U-bad,UD-bad,person,Bad Row,,+386 40 123 456,x@example.com,Glavna 1,Kranj,SI,"
      "telecom,EUR,abc,,5.00,2026-11-01,2026-11-10\n";
  ASSERT_GT(file.size(), 64u * 1024);
  HttpReply first =
      post("/api/clients/TEL/claims?file_name=november.csv", file, client, "text/csv");
  ASSERT_EQ(first.status, 200) << first.body;
  json report = first.json();
  EXPECT_EQ(report["rows"], 1001);
  EXPECT_EQ(report["imported"], 1000);
  EXPECT_EQ(report["rejected"], 1);
  ASSERT_EQ(report["rejects"].size(), 1u);
  EXPECT_EQ(report["rejects"][0]["line"], 1002);

  HttpReply again = post("/api/clients/TEL/claims", file, client, "text/csv; charset=utf-8");
  ASSERT_EQ(again.status, 200);
  EXPECT_EQ(again.json()["unchanged"], 1000) << "idempotent";
  json printed =
      cli_json({"import", "claims", dir_.write("november.csv", file), "--client", "TEL", "--json"});
  EXPECT_EQ(again.json(), printed) << "the report import claims --json prints";
}

TEST_P(CollectionApiTest, RefusesAClaimUploadThatIsNotCsvIsEmptyOrTooLarge) {
  Session admin = sign_in("ada.admin");
  EXPECT_EQ(post("/api/clients/TEL/claims", "{}", admin).status, 415);
  HttpReply empty = post("/api/clients/TEL/claims", "", admin, "text/csv");
  EXPECT_EQ(empty.status, 400);
  EXPECT_EQ(error_fields(empty), (std::set<std::string>{"body"}));
  EXPECT_EQ(post("/api/clients/NOPE/claims", std::string(kHeader) + claim_row("Z", "Z", "Z Z"),
                 admin, "text/csv")
                .status,
            404);

  // Over 32 MiB is refused as soon as the header says so, before the body is read.
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(server_->port()));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  std::string header =
      "POST /api/clients/TEL/claims HTTP/1.1\r\nHost: x\r\nCookie: " + admin.cookie +
      "\r\nX-CSRF-Token: " + admin.csrf_token +
      "\r\nContent-Type: text/csv\r\nContent-Length: " + std::to_string(33 * 1024 * 1024) +
      "\r\n\r\n";
  ASSERT_EQ(::send(fd, header.data(), header.size(), 0), static_cast<ssize_t>(header.size()));
  char answer[64] = {};
  ASSERT_GT(::recv(fd, answer, sizeof answer - 1, 0), 0);
  ::close(fd);
  EXPECT_EQ(std::string(answer).rfind("HTTP/1.1 413", 0), 0u) << answer;
}

TEST_P(CollectionApiTest, PostsAnUploadedStatementOnceAsPaymentsImportJsonReportsIt) {
  Session supervisor = sign_in("sara.sup");
  std::string statement =
      "entry_ref,booking_date,amount,currency,reference,payer\n"
      "E-1,2026-11-20,40.00,EUR,A-1,Ana Kos\n"
      "E-2,2026-11-20,15.00,EUR,nothing we know,Someone\n";
  HttpReply first = post("/api/payments?format=csv&client=TEL", statement, supervisor, "text/csv");
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json(),
            (json{{"entries", 2}, {"posted", 1}, {"duplicates", 0}, {"unmatched", 1}}));
  HttpReply again = post("/api/payments?client=TEL", statement, supervisor, "text/csv");
  ASSERT_EQ(again.status, 200);
  EXPECT_EQ(again.json(), cli_json({"payments", "import", dir_.write("bank.csv", statement),
                                    "--client", "TEL", "--json"}))
      << "a duplicate twice over, as payments import --json says";
  EXPECT_EQ(again.json()["duplicates"], 2);
}

TEST_P(CollectionApiTest, RefusesAStatementOfAnUnknownFormatOrThatCannotBeRead) {
  Session supervisor = sign_in("sara.sup");
  HttpReply format = post("/api/payments?format=mt940&client=TEL", "x", supervisor, "text/plain");
  EXPECT_EQ(format.status, 400);
  EXPECT_EQ(error_fields(format), (std::set<std::string>{"format"}));
  HttpReply unreadable =
      post("/api/payments?format=camt053&client=TEL", "<not-camt/>", supervisor, "application/xml");
  EXPECT_EQ(unreadable.status, 400);
  EXPECT_EQ(error_fields(unreadable), (std::set<std::string>{"body"}));
  EXPECT_EQ(post("/api/payments?client=NOPE",
                 "entry_ref,booking_date,amount,currency,reference,payer\n", supervisor, "text/csv")
                .status,
            404);
}

TEST_P(CollectionApiTest, TheKpisAreWhatReportKpiJsonPrintsAndAClientUserSeesItsOwn) {
  Session op = sign_in("maja.op");
  ASSERT_EQ(
      post("/api/cases/TEL/A-1/contacts", R"({"result": "right_party", "outcome": "refusal"})", op)
          .status,
      201);
  Session supervisor = sign_in("sara.sup");
  HttpReply by_operator = get("/api/kpi?from=2026-11-01&to=2026-11-30&by=operator", supervisor);
  ASSERT_EQ(by_operator.status, 200) << by_operator.body;
  ProcessResult printed = duecall({"report", "kpi", "--from", "2026-11-01", "--to", "2026-11-30",
                                   "--by", "operator", "--json"});
  EXPECT_EQ(by_operator.body, printed.out);

  Session client = sign_in("tel.staff");
  HttpReply own = get("/api/kpi?from=2026-11-01&to=2026-11-30&by=day", client);
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(own.json()["client"], "TEL");
  HttpReply staff_rows = get("/api/kpi?from=2026-11-01&to=2026-11-30&by=operator", client);
  EXPECT_EQ(staff_rows.status, 400);
  EXPECT_EQ(error_fields(staff_rows), (std::set<std::string>{"by"}));
  EXPECT_EQ(get("/api/kpi?from=2026-11-01&to=2026-11-30&by=day&client=OTH", client).status, 404);
}

TEST_P(CollectionApiTest, RefusesAKpiReportWithoutAPeriodOrGrouping) {
  Session supervisor = sign_in("sara.sup");
  HttpReply missing = get("/api/kpi?from=November", supervisor);
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(error_fields(missing), (std::set<std::string>{"from", "to", "by"}));
  EXPECT_EQ(get("/api/kpi?from=2026-11-30&to=2026-11-01&by=day", supervisor).status, 400)
      << "the period ends before it starts";
  EXPECT_EQ(get("/api/kpi?from=2026-11-01&to=2026-11-30&by=day&client=NOPE", supervisor).status,
            404);
}

TEST_P(CollectionApiTest, TheTargetsAreWhatTargetListJsonPrints) {
  ASSERT_EQ(duecall({"target", "set", "--client", "TEL", "--calls-per-day", "80",
                     "--agreements-per-day", "6"})
                .exit_status,
            0);
  Session op = sign_in("maja.op");
  HttpReply targets = get("/api/kpi/targets", op);
  ASSERT_EQ(targets.status, 200);
  ProcessResult printed = duecall({"target", "list", "--json"});
  EXPECT_EQ(targets.body, printed.out);
  EXPECT_EQ(targets.json()[0]["calls_per_day"], 80);
}

INSTANTIATE_STORE_TESTS(CollectionApiTest);

}  // namespace
}  // namespace duecall
