// duecall db migrate | version | check
#include <iostream>

#include "adapters/sql/migrations.hpp"
#include "adapters/sql/copy_database.hpp"
#include "app/audit.hpp"
#include "cli/command_context.hpp"
#include "cli/open_store.hpp"
#include "core/sha256.hpp"

namespace duecall::cli {
namespace {

// One digest over every event's (case, seq, hash): equal digests mean identical chains.
Result<std::string> timeline_digest(app::Store& store) {
  auto transaction = TRY(store.begin());
  Sha256 hasher;
  TRY(transaction->scan_timeline([&](const domain::TimelineEvent& event) -> Status {
    hasher.update(std::to_string(event.case_id.value) + ":" + std::to_string(event.seq) + ":");
    hasher.update(event.hash);
    return Ok{};
  }));
  TRY(transaction->commit());
  return to_hex(hasher.finish());
}

Result<int> copy_command(const std::string& from, const std::string& to, bool json_output) {
  auto source = TRY(open_store_at(from, adapters::Migrate::kRefusePending));
  auto target = TRY(open_store_at(to, adapters::Migrate::kApplyPending));
  std::vector<adapters::CopiedTable> tables;
  {  // The leases end before the checks below, which need connections of their own.
    auto source_connection = TRY(source->lease_connection());
    auto target_connection = TRY(target->lease_connection());
    tables = TRY(adapters::copy_database(*source_connection, *target_connection));
  }
  bool counts_match = true;
  for (const auto& table : tables) counts_match = counts_match && table.source_rows == table.target_rows;
  auto audit = TRY(app::verify_audit(*target));
  std::string source_digest = TRY(timeline_digest(*source));
  std::string target_digest = TRY(timeline_digest(*target));
  bool verified = counts_match && !audit.first_broken && source_digest == target_digest;
  if (json_output) {
    nlohmann::json out = {{"verified", verified},
                          {"timeline_intact", !audit.first_broken},
                          {"timeline_identical", source_digest == target_digest},
                          {"tables", nlohmann::json::array()}};
    for (const auto& table : tables) {
      out["tables"].push_back({{"table", table.table},
                               {"source_rows", table.source_rows},
                               {"target_rows", table.target_rows}});
    }
    std::cout << out.dump() << "\n";
  } else {
    for (const auto& table : tables) {
      std::cout << table.table << ": " << table.source_rows << " -> " << table.target_rows << "\n";
    }
    std::cout << "timeline on the target: " << (audit.first_broken ? "BROKEN" : "intact") << ", "
              << (source_digest == target_digest ? "identical to" : "DIFFERENT from")
              << " the source\n"
              << (verified ? "copy verified" : "copy NOT verified") << "\n";
  }
  return verified ? kExitOk : kExitCheckFailed;
}

}  // namespace

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
  struct CopyArguments {
    std::string from;
    std::string to;
    bool json = false;
  };
  auto copy_arguments = std::make_shared<CopyArguments>();
  auto* copy = db->add_subcommand(
      "copy", "copy a whole database into an empty one (e.g. SQLite to PostgreSQL) and verify it");
  copy->add_option("--from", copy_arguments->from, "source: sqlite:PATH or postgresql://...")
      ->required();
  copy->add_option("--to", copy_arguments->to, "target, empty: sqlite:PATH or postgresql://...")
      ->required();
  copy->add_flag("--json", copy_arguments->json, "print JSON");
  on_run(copy, context, [copy_arguments] {
    return copy_command(copy_arguments->from, copy_arguments->to, copy_arguments->json);
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
