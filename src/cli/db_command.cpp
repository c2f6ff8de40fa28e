// duecall db migrate | version | check
#include <iostream>

#include "adapters/sql/migrations.hpp"
#include "cli/command_context.hpp"

namespace duecall::cli {

void add_db_command(CLI::App& app, CommandContext& context) {
  auto* db = app.add_subcommand("db", "the database");
  db->require_subcommand(1);
  auto* migrate = db->add_subcommand("migrate", "apply pending schema migrations");
  on_run(migrate, context, [&context]() -> Result<int> {
    auto store = TRY(context.open_store(adapters::Migrate::kLeavePending));
    int applied = TRY(store->migrate());
    std::cout << "applied " << applied << " migrations; schema version "
              << TRY(store->schema_version()) << "\n";
    return kExitOk;
  });
  auto* version = db->add_subcommand("version", "print the schema version");
  on_run(version, context, [&context]() -> Result<int> {
    auto store = TRY(context.open_store(adapters::Migrate::kLeavePending));
    std::cout << TRY(store->schema_version()) << " (this duecall: "
              << adapters::latest_schema_version() << ")\n";
    return kExitOk;
  });
  auto* check = db->add_subcommand("check", "run the store's integrity check");
  on_run(check, context, [&context]() -> Result<int> {
    auto store = TRY(context.open_store());
    std::string findings = TRY(store->integrity_check());
    std::cout << findings << "\n";
    return findings == "ok" ? kExitOk : kExitCheckFailed;
  });
}

}  // namespace duecall::cli
