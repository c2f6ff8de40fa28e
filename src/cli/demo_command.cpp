// duecall demo: builds a demo database (clients with policies, generated claims, the example
// call scripts in Slovenian and English) and shows what it holds. Re-running it reuses the
// database: intake is idempotent, and saving an unchanged script stores nothing.
#include <iostream>

#include "app/call_scripts.hpp"
#include "app/case_list.hpp"
#include "app/claim_file_generator.hpp"
#include "app/clients.hpp"
#include "app/example_scripts.hpp"
#include "app/import_claims.hpp"
#include "cli/command_context.hpp"
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

Result<int> run_demo(CommandContext& context, std::int64_t shown) {
  if (context.database.empty() && std::getenv("DUECALL_DB") == nullptr) {
    context.database = "sqlite:./duecall-demo.db";
  }
  auto store = TRY(context.open_store());
  const auto& clock = context.clock();
  CivilDate today = TRY(TimeZone::find("Europe/Ljubljana")).local_date(clock.now());
  auto existing = TRY(app::list_clients(*store));
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
  return kExitOk;
}

}  // namespace

void add_demo_command(CLI::App& app, CommandContext& context) {
  auto shown = std::make_shared<std::int64_t>(10);
  auto* demo = app.add_subcommand("demo", "build a demo database and show it");
  demo->add_option("--show", *shown, "cases to list per client");
  on_run(demo, context, [&context, shown] { return run_demo(context, *shown); });
}

}  // namespace duecall::cli
