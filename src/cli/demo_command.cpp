// duecall demo: builds a demo database (clients with policies, generated claims, the example
// call scripts in Slovenian and English, users for every role, three working days of floor
// history), shows what it holds and serves it over HTTP, printing the URL and the demo
// logins. Re-running it reuses the database: intake is idempotent, saving an unchanged
// script stores nothing, and users and history are made only once.
#include <iostream>
#include <set>

#include "app/call_scripts.hpp"
#include "app/case_list.hpp"
#include "app/claim_file_generator.hpp"
#include "app/clients.hpp"
#include "adapters/clock/system_clock.hpp"
#include "adapters/passwords/argon2_password_hasher.hpp"
#include "app/demo_history.hpp"
#include "app/example_scripts.hpp"
#include "app/import_claims.hpp"
#include "app/users.hpp"
#include "cli/command_context.hpp"
#include "cli/serve_command.hpp"
#include "core/time_zone.hpp"

namespace duecall::cli {
namespace {

struct DemoClient {
  const char* code;
  const char* name;
  const char* policy;
  std::int64_t claims;
};

constexpr DemoClient kDemoClients[] = {
    {"TEL", "Telekom Slovenije d.d.",
     R"({"min_instalment": "20.00", "max_instalments": 6, "max_term_days": 180,
         "settlement_floor_percent": "85", "grace_days": 3})", 1500},
    {"NLB", "NLB d.d.",
     R"({"min_instalment": "50.00", "max_instalments": 12, "max_term_days": 365,
         "settlement_floor_percent": "90", "grace_days": 5})", 1000},
    {"ENE", "Energija plus d.o.o.",
     R"({"min_instalment": "15.00", "max_instalments": 3, "max_term_days": 90,
         "settlement_floor_percent": "95", "grace_days": 2})", 800},
};

struct DemoUser {
  const char* login;
  const char* name;
  const char* role;
  const char* client;
  const char* team;
};

constexpr DemoUser kDemoUsers[] = {
    {"admin", "Andrej Admin", "admin", "", ""},
    {"sara", "Sara Novak", "supervisor", "", "floor-a"},
    {"ana", "Ana Kovač", "operator", "", "floor-a"},
    {"bor", "Bor Zupan", "operator", "", "floor-a"},
    {"cene", "Cene Potočnik", "operator", "", "floor-b"},
    {"revizor", "Rok Revizor", "auditor", "", ""},
    {"telekom", "Tina Telekom", "client", "TEL", ""},
    {"nlb", "Nina Banka", "client", "NLB", ""},
    {"energija", "Eva Energija", "client", "ENE", ""},
};

// Known to everybody who reads this file: the demo database is for trying the product, never
// for real debtors.
constexpr const char* kDemoPassword = "demo-geslo-2026";

struct DemoArguments {
  std::int64_t shown = 10;
  bool serve = true;
  ServeArguments server;
};

// Adds the demo users missing from the database, and the floor history when the operators
// are new (a database that had them has its history already).
Result<bool> add_users_and_history(CommandContext& context, app::Store& store) {
  std::set<std::string> existing;
  for (const auto& listing : TRY(app::list_users(store))) existing.insert(listing.user.login);
  auto hasher = TRY(adapters::Argon2PasswordHasher::create());
  std::vector<std::string> operators;
  bool new_operators = false;
  for (const auto& user : kDemoUsers) {
    bool is_operator = std::string_view(user.role) == "operator";
    if (is_operator) operators.emplace_back(user.login);
    if (existing.contains(user.login)) continue;
    new_operators = new_operators || is_operator;
    TRY(app::add_user(store, *hasher, context.clock(),
                      {.login = user.login,
                       .name = user.name,
                       .role = user.role,
                       .client_code = user.client,
                       .team = user.team},
                      kDemoPassword));
  }
  if (!new_operators) return false;
  auto history = TRY(app::build_demo_history(
      store, {.operators = operators, .now = context.clock().now()}));
  std::cout << "History: " << history.days << " working days, " << history.calls << " calls, "
            << history.right_party << " with the debtor, " << history.promises << " promises, "
            << history.plans << " instalment plans (" << history.awaiting_approval
            << " awaiting approval), " << history.payments_posted << " payments posted; "
            << history.due_now << " actions due now\n";
  return true;
}

void print_logins(const std::string& url) {
  std::cout << "\nOpen " << url << "/ and sign in (password for every login: " << kDemoPassword
            << "):\n";
  for (const auto& user : kDemoUsers) {
    std::cout << "  " << user.login << "  " << user.role;
    if (*user.client != 0) std::cout << " of " << user.client;
    std::cout << "\n";
  }
  std::cout << "Stop with Ctrl-C.\n" << std::flush;
}

Result<int> run_demo(CommandContext& context, const DemoArguments& arguments) {
  std::int64_t shown = arguments.shown;
  if (context.database.empty() && std::getenv("DUECALL_DB") == nullptr) {
    context.database = "sqlite:./duecall-demo.db";
  }
  auto store = TRY(context.open_store());
  auto existing = TRY(app::list_clients(*store));
  // A new demo database is set up as of the first morning of its history, so that the
  // history's days find the claims placed.
  adapters::FixedClock history_start(TRY(app::demo_history_start({.now = context.clock().now()})));
  const app::Clock& clock = existing.empty() ? static_cast<const app::Clock&>(history_start)
                                             : context.clock();
  CivilDate today = TRY(TimeZone::find("Europe/Ljubljana")).local_date(clock.now());
  std::uint64_t seed = 1;
  for (const auto& demo : kDemoClients) {
    bool known = false;
    for (const auto& client : existing) known = known || client.code == demo.code;
    if (!known) {
      TRY(app::add_client(*store, clock,
                          {.code = demo.code, .name = demo.name, .country = "SI", .currency = "EUR",
                           .policy = nlohmann::json::parse(demo.policy)}));
    }
    std::string csv = app::generate_claim_csv(
        {.rows = demo.claims, .seed = seed++, .today = today, .prefix = demo.code});
    auto report = TRY(app::import_claims(
        *store, clock, std::move(csv),
        {.client_code = demo.code, .file_name = std::string(demo.code) + "-demo.csv"}));
    std::int64_t scripts_saved = 0;
    for (const auto& example : app::example_scripts()) {
      app::ScriptKey key{demo.code, std::string(example.step), std::string(example.language)};
      auto saved = TRY(app::save_call_script(*store, clock, key, example.document, "demo"));
      if (saved.created) ++scripts_saved;
    }
    std::cout << demo.code << " (" << demo.name << "): " << report.rows << " claims, "
              << report.imported << " new, " << report.cases_created << " new cases; "
              << app::example_scripts().size() << " call scripts, " << scripts_saved
              << " saved\n";
  }
  for (const auto& demo : kDemoClients) {
    std::cout << "\nCases of " << demo.code << " (first " << shown << "):\n";
    for (const auto& summary : TRY(app::list_case_summaries(*store, demo.code, shown))) {
      std::cout << "  case " << summary.id.value << "  " << summary.debtor_ref << "  "
                << summary.debtor_name << "  " << summary.claims << " claims  "
                << summary.total_due.to_string() << "\n";
    }
  }
  std::cout << "\nDatabase: " << store->describe() << "\n"
            << "Try: duecall --db " << context.database_spec()
            << " case show --client TEL TEL-00000000\n"
            << "     duecall --db " << context.database_spec()
            << " script show --client TEL --step reminder_calls --language sl --claim "
               "TEL-00000000 --agency \"Izterjava d.o.o.\" --operator Maja --retention-months "
               "24\n";
  TRY(add_users_and_history(context, *store));
  if (!arguments.serve) return kExitOk;
  return serve_until_stopped(context, *store, arguments.server, print_logins);
}

}  // namespace

void add_demo_command(CLI::App& app, CommandContext& context) {
  auto arguments = std::make_shared<DemoArguments>();
  auto* demo = app.add_subcommand("demo", "build a demo database and serve it");
  demo->add_option("--show", arguments->shown, "cases to list per client");
  demo->add_option("--listen", arguments->server.listen,
                   "address and port to serve on (default 127.0.0.1:8080; port 0: any free one)");
  demo->add_flag("!--no-serve", arguments->serve, "build the database and exit without serving");
  on_run(demo, context, [&context, arguments] { return run_demo(context, *arguments); });
}

}  // namespace duecall::cli
