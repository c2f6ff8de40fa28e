// duecall target set (--client CODE | --team NAME) --calls-per-day N --agreements-per-day N
// duecall target list [--json]
//
// KPI targets: the least calls and agreements an operator should make per working day,
// set per client or per team (docs/kpi.md says which applies). Setting one again replaces
// it. Exit 0 when done; 2 for a bad figure or team name, or an unknown client.
#include <iostream>

#include "app/kpi_target_json.hpp"
#include "app/kpi_targets.hpp"
#include "cli/command_context.hpp"

namespace duecall::cli {
namespace {

struct TargetArguments {
  std::string client;
  std::string team;
  std::int64_t calls_per_day = 0;
  std::int64_t agreements_per_day = 0;
  bool json = false;
};

void add_target_set(CLI::App& targets, CommandContext& context,
                    const std::shared_ptr<TargetArguments>& arguments) {
  auto* set = targets.add_subcommand("set", "set a client's or a team's daily target");
  auto* client = set->add_option("--client", arguments->client, "the client's code");
  auto* team = set->add_option("--team", arguments->team, "the team's name");
  client->excludes(team);
  set->add_option("--calls-per-day", arguments->calls_per_day, "least calls per working day")
      ->required();
  set->add_option("--agreements-per-day", arguments->agreements_per_day,
                  "least agreements (promises, plans, ...) per working day")
      ->required();
  on_run(set, context, [&context, arguments]() -> Result<int> {
    if (arguments->client.empty() == arguments->team.empty()) {
      return Error::invalid_argument("say whose target with --client CODE or --team NAME");
    }
    bool for_client = !arguments->client.empty();
    auto store = TRY(context.open_store());
    auto record = TRY(app::set_kpi_target(
        *store, context.clock(),
        {.scope = for_client ? app::KpiTargetScope::kClient : app::KpiTargetScope::kTeam,
         .name = for_client ? arguments->client : arguments->team,
         .calls_per_day = arguments->calls_per_day,
         .agreements_per_day = arguments->agreements_per_day,
         .actor = kCommandLineActor}));
    std::cout << "target of " << app::target_scope_name(record.scope) << " " << record.name << ": "
              << record.target.calls_per_day << " calls and " << record.target.agreements_per_day
              << " agreements per working day\n";
    return kExitOk;
  });
}

void add_target_list(CLI::App& targets, CommandContext& context,
                     const std::shared_ptr<TargetArguments>& arguments) {
  auto* list = targets.add_subcommand("list", "list the targets: clients first, then teams");
  list->add_flag("--json", arguments->json, "print JSON");
  on_run(list, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    auto records = TRY(app::list_kpi_targets(*store));
    if (arguments->json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& record : records) out.push_back(app::kpi_target_json(record));
      std::cout << out.dump(2) << "\n";
      return kExitOk;
    }
    for (const auto& record : records) {
      std::cout << app::target_scope_name(record.scope) << "\t" << record.name << "\t"
                << record.target.calls_per_day << " calls/day\t" << record.target.agreements_per_day
                << " agreements/day\n";
    }
    return kExitOk;
  });
}

}  // namespace

void add_target_commands(CLI::App& app, CommandContext& context) {
  auto* targets = app.add_subcommand("target", "daily KPI targets per client or team");
  targets->require_subcommand(1);
  auto arguments = std::make_shared<TargetArguments>();
  add_target_set(*targets, context, arguments);
  add_target_list(*targets, context, arguments);
}

}  // namespace duecall::cli
