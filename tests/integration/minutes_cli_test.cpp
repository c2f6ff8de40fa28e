// `duecall contact log --email-minutes`, `client contacts` and `mail flush` end to end,
// once on SQLite and once on PostgreSQL, against a real SMTP server: Debian's aiosmtpd,
// started by the test on a free loopback port, delivering into a maildir. Delivered
// messages are read back with Python's own e-mail parser, so that the check of the
// recipients, the subject and the decoded UTF-8 body does not share code with the sender.
// The clock is fixed at Monday 2026-11-23 10:00 UTC (11:00 in Ljubljana).
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "support/run_process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_store.hpp"

namespace duecall {
namespace {

using nlohmann::json;
using testing::ProcessResult;

// Debian's interpreter, where python3-aiosmtpd is installed (scripts/setup); not whatever
// python3 comes first on PATH.
constexpr const char* kPython = "/usr/bin/python3";

constexpr const char* kClaims =
    "client_ref,debtor_ref,debtor_type,name,phone,country,claim_type,currency,principal,"
    "due_date\n"
    "A-1,D-1,person,Ana Čebašek,+386 40 123 456,SI,telecom,EUR,100.00,2026-11-01\n";

// Prints the maildir's messages as JSON: envelope recipients, decoded subject and body.
constexpr const char* kReadMaildir = R"(
import email, email.header, json, mailbox, sys
out = []
for message in mailbox.Maildir(sys.argv[1], create=False):
    body = message.get_payload(decode=True).decode(message.get_content_charset())
    out.append({
        "rcpt": [r.strip() for r in message["X-RcptTo"].split(",")],
        "mail_from": message["X-MailFrom"],
        "to": str(email.header.make_header(email.header.decode_header(message["To"]))),
        "subject": str(email.header.make_header(email.header.decode_header(message["Subject"]))),
        "message_id": message["Message-ID"],
        "transfer_encoding": message["Content-Transfer-Encoding"],
        "body": body,
    })
print(json.dumps(out))
)";

int free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(fd);
  return ntohs(address.sin_port);
}

bool port_accepts(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool connected = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  ::close(fd);
  return connected;
}

// An aiosmtpd process delivering into `maildir`, stopped when destroyed.
class SmtpServer {
 public:
  SmtpServer(int port, const std::string& maildir) {
    std::string listen = "127.0.0.1:" + std::to_string(port);
    pid_ = ::fork();
    if (pid_ == 0) {
      ::execl(kPython, kPython, "-m", "aiosmtpd", "-n", "-l", listen.c_str(), "-c",
              "aiosmtpd.handlers.Mailbox", maildir.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    for (int tries = 0; tries < 200 && !port_accepts(port); ++tries) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ready_ = port_accepts(port);
  }
  ~SmtpServer() {
    ::kill(pid_, SIGTERM);
    ::waitpid(pid_, nullptr, 0);
  }
  bool ready() const { return ready_; }

 private:
  pid_t pid_ = -1;
  bool ready_ = false;
};

class MinutesCliTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_EQ(testing::run_process({kPython, "-c", "import aiosmtpd"}).exit_status, 0)
        << "python3-aiosmtpd is missing: run scripts/setup";
    ASSERT_EQ(duecall({"client", "add", "--code", "TEL", "--name", "Telekom", "--country", "SI",
                       "--currency", "EUR"})
                  .exit_status,
              0);
    ASSERT_EQ(duecall({"import", "claims", dir_.write("claims.csv", kClaims), "--client", "TEL"})
                  .exit_status,
              0);
    auto user = duecall(
        {"user", "add", "--login", "mojca", "--name", "Mojca Žnidaršič", "--role", "operator"},
        "correct horse battery\n");
    ASSERT_EQ(user.exit_status, 0) << user.err;
    auto persons = duecall({"client", "contacts", "set", "--client", "TEL", "--person",
                            "Maja Žagar <maja@telco.si>", "--person", "izterjava@telco.si"});
    ASSERT_EQ(persons.exit_status, 0) << persons.err;
    port_ = free_port();
    maildir_ = dir_.file("maildir");
  }

  ProcessResult duecall(std::vector<std::string> arguments, const std::string& input = "") {
    arguments.insert(arguments.begin(),
                     {testing::duecall_binary(), "--db", db_spec(), "--smtp", smtp_url()});
    return testing::run_process_with_input(
        arguments, input,
        {"DUECALL_NOW=2026-11-23T10:00:00Z",
         "DUECALL_MAIL_FROM=Agencija Dolg <zapisniki@agencija.si>"});
  }

  std::string smtp_url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }

  ProcessResult log_with_minutes() {
    return duecall({"contact",
                    "log",
                    "--client",
                    "TEL",
                    "--claim",
                    "A-1",
                    "--channel",
                    "call",
                    "--result",
                    "right_party",
                    "--operator",
                    "mojca",
                    "--outcome",
                    "callback",
                    "--callback-at",
                    "2026-11-24T15:00:00Z",
                    "--spoke-with",
                    "dolžnica",
                    "--identity-verified",
                    "yes",
                    "--summary",
                    "Plača v petek; prosi za klic. Znaki: č š ž Č Š Ž",
                    "--notes",
                    "Doma po 16. uri.\nŠtevilka je pravilna.",
                    "--email-minutes",
                    "--json"});
  }

  json delivered() {
    if (!std::filesystem::exists(maildir_)) return json::array();
    auto read = testing::run_process({kPython, "-c", kReadMaildir, maildir_});
    EXPECT_EQ(read.exit_status, 0) << read.err;
    return json::parse(read.out, nullptr, false);
  }

  json timeline() {
    auto shown = duecall({"case", "show", "--client", "TEL", "A-1", "--json"});
    EXPECT_EQ(shown.exit_status, 0) << shown.err;
    return json::parse(shown.out)["timeline"];
  }

  void expect_audit_intact() {
    auto audit = duecall({"audit", "verify", "--json"});
    EXPECT_EQ(audit.exit_status, 0) << audit.out;
  }

  testing::TempDir dir_;
  int port_ = 0;
  std::string maildir_;
};

TEST_P(MinutesCliTest, MinutesReachTheContactPersonsInUtf8AndTheTimelineSaysSo) {
  SmtpServer server(port_, maildir_);
  ASSERT_TRUE(server.ready());
  auto logged = log_with_minutes();
  ASSERT_EQ(logged.exit_status, 0) << logged.err;
  json contact = json::parse(logged.out);
  EXPECT_EQ(contact["outcome"], "callback");
  EXPECT_EQ(contact["callback_at"], "2026-11-24T15:00:00Z");
  EXPECT_EQ(contact["actor"], "mojca");
  EXPECT_EQ(contact["minutes"]["spoke_with"], "dolžnica");
  EXPECT_EQ(contact["minutes"]["identity_verified"], true);
  EXPECT_EQ(contact["todo_items"][0]["kind"], "callback");
  EXPECT_EQ(contact["todo_items"][0]["operator"], "mojca");
  EXPECT_EQ(contact["mail"]["status"], "sent");
  EXPECT_EQ(contact["mail"]["attempts"], 1);

  json messages = delivered();
  ASSERT_EQ(messages.size(), 1u) << messages.dump();
  const json& message = messages[0];
  EXPECT_EQ(message["rcpt"], json({"maja@telco.si", "izterjava@telco.si"}));
  EXPECT_EQ(message["mail_from"], "zapisniki@agencija.si");
  EXPECT_NE(message["to"].get<std::string>().find("Maja Žagar"), std::string::npos);
  EXPECT_EQ(message["subject"],
            "Zapisnik stika: TEL A-1, Ana Čebašek, 2026-11-23 11:00 (Europe/Ljubljana)");
  EXPECT_EQ(message["message_id"], "<" + contact["mail"]["message_id"].get<std::string>() + ">");
  std::string body = message["body"];
  for (const char* line :
       {"Dolžnik: Ana Čebašek (D-1)", "Operater: mojca", "Izid: ponovni klic",
        "Dogovorjeni ponovni klic: 2026-11-24 16:00 (Europe/Ljubljana)",
        "Istovetnost preverjena: da", "Plača v petek; prosi za klic. Znaki: č š ž Č Š Ž",
        "Doma po 16. uri.\r\nŠtevilka je pravilna."}) {
    EXPECT_NE(body.find(line), std::string::npos) << line << "\n" << body;
  }

  json events = timeline();
  const json& emailed = events.back();
  EXPECT_EQ(emailed["kind"], "minutes_emailed");
  EXPECT_EQ(emailed["details"]["recipients"], json({"maja@telco.si", "izterjava@telco.si"}));
  EXPECT_EQ(emailed["details"]["message_id"], contact["mail"]["message_id"]);
  EXPECT_EQ(emailed["details"]["sha256"].get<std::string>().size(), 64u);
  EXPECT_EQ(emailed["details"]["contact"], contact["id"]);
  const json& attempted = events[events.size() - 2];
  EXPECT_EQ(attempted["kind"], "contact_attempted");
  EXPECT_EQ(attempted["details"]["outcome"], "callback");
  EXPECT_EQ(attempted["details"]["minutes"]["summary"],
            "Plača v petek; prosi za klic. Znaki: č š ž Č Š Ž");
  expect_audit_intact();
}

TEST_P(MinutesCliTest, WithTheServerDownTheContactIsKeptAndFlushDeliversTheMailOnce) {
  auto logged = log_with_minutes();
  ASSERT_EQ(logged.exit_status, 3) << logged.err;
  EXPECT_NE(logged.err.find("mail flush"), std::string::npos) << logged.err;
  EXPECT_EQ(logged.err.find("Plača"), std::string::npos) << "minutes never reach stderr";
  json contact = json::parse(logged.out);
  EXPECT_EQ(contact["mail"]["status"], "queued");
  EXPECT_TRUE(contact["mail"]["error"].is_string());
  EXPECT_NE(timeline().back()["kind"], "minutes_emailed");

  auto still_down = duecall({"mail", "flush", "--json"});
  EXPECT_EQ(still_down.exit_status, 3) << still_down.err;
  EXPECT_EQ(json::parse(still_down.out)[0]["result"], "failed");

  SmtpServer server(port_, maildir_);
  ASSERT_TRUE(server.ready());
  auto flushed = duecall({"mail", "flush", "--json"});
  ASSERT_EQ(flushed.exit_status, 0) << flushed.err;
  json attempts = json::parse(flushed.out);
  ASSERT_EQ(attempts.size(), 1u);
  EXPECT_EQ(attempts[0]["result"], "sent");
  EXPECT_EQ(attempts[0]["mail"]["attempts"], 3);
  auto again = duecall({"mail", "flush"});
  EXPECT_EQ(again.exit_status, 0);
  EXPECT_EQ(again.out, "no queued mail\n");

  json messages = delivered();
  ASSERT_EQ(messages.size(), 1u) << "delivered exactly once";
  EXPECT_NE(messages[0]["body"].get<std::string>().find("č š ž"), std::string::npos);
  json events = timeline();
  EXPECT_EQ(events.back()["kind"], "minutes_emailed");
  EXPECT_EQ(std::count_if(events.begin(), events.end(),
                          [](const json& event) { return event["kind"] == "minutes_emailed"; }),
            1);
  expect_audit_intact();
}

TEST_P(MinutesCliTest, RefusalsExitTwoAndRecordNothing) {
  auto run_log = [&](std::vector<std::string> extra, std::vector<std::string> environment = {}) {
    std::vector<std::string> arguments = {testing::duecall_binary(),
                                          "--db",
                                          db_spec(),
                                          "contact",
                                          "log",
                                          "--client",
                                          "TEL",
                                          "--claim",
                                          "A-1",
                                          "--channel",
                                          "call"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    environment.push_back("DUECALL_NOW=2026-11-23T10:00:00Z");
    return testing::run_process(arguments, environment);
  };
  struct Case {
    std::vector<std::string> extra;
    std::string error;
  };
  for (const Case& refused : std::vector<Case>{
           {{"--result", "voicemail", "--outcome", "promise"}, "outcome_requires_right_party"},
           {{"--result", "right_party", "--outcome", "callback"}, "callback_requires_a_time"},
           {{"--result", "right_party", "--outcome", "callback", "--callback-at",
             "2026-11-23T09:00:00Z"},
            "callback_must_be_after_contact"},
           {{"--result", "right_party", "--callback-at", "2026-11-24T09:00:00Z"},
            "callback_time_requires_callback_outcome"},
           {{"--result", "right_party", "--outcome", "paid"}, "not a contact outcome"},
           {{"--result", "right_party", "--operator", "nobody"}, "unknown user"},
           {{"--result", "right_party", "--identity-verified", "maybe"}, "yes or no"}}) {
    auto result = run_log(refused.extra);
    EXPECT_EQ(result.exit_status, 2) << refused.error;
    EXPECT_NE(result.err.find(refused.error), std::string::npos) << result.err;
  }
  auto no_smtp = run_log({"--result", "right_party", "--summary", "x", "--email-minutes"},
                         {"DUECALL_SMTP_URL=", "DUECALL_MAIL_FROM=a@agencija.si"});
  EXPECT_EQ(no_smtp.exit_status, 2);
  EXPECT_NE(no_smtp.err.find("no SMTP server is configured"), std::string::npos) << no_smtp.err;
  auto no_sender = run_log({"--result", "right_party", "--email-minutes"},
                           {"DUECALL_SMTP_URL=" + smtp_url(), "DUECALL_MAIL_FROM="});
  EXPECT_EQ(no_sender.exit_status, 2);
  EXPECT_NE(no_sender.err.find("DUECALL_MAIL_FROM"), std::string::npos) << no_sender.err;
  EXPECT_EQ(timeline().size(), 1u) << "only the claim's placement";
}

TEST_P(MinutesCliTest, ContactPersonsAreListedAndBadAddressesRefused) {
  auto listed = duecall({"client", "contacts", "list", "--client", "TEL", "--json"});
  ASSERT_EQ(listed.exit_status, 0) << listed.err;
  EXPECT_EQ(json::parse(listed.out), json({{{"name", "Maja Žagar"}, {"email", "maja@telco.si"}},
                                           {{"name", ""}, {"email", "izterjava@telco.si"}}}));
  auto text = duecall({"client", "contacts", "list", "--client", "TEL"});
  EXPECT_EQ(text.out, "Maja Žagar <maja@telco.si>\nizterjava@telco.si\n");
  auto bad = duecall({"client", "contacts", "set", "--client", "TEL", "--person", "maja@telco"});
  EXPECT_EQ(bad.exit_status, 2);
  EXPECT_NE(bad.err.find("'maja@telco' is not an e-mail address"), std::string::npos) << bad.err;
  EXPECT_EQ(duecall({"client", "contacts", "list", "--client", "NOPE"}).exit_status, 2);
}

INSTANTIATE_STORE_TESTS(MinutesCliTest);

}  // namespace
}  // namespace duecall
