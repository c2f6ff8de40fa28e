// duecall shift list [--json] | shift set FILE
// The shift plan: named wall-clock intervals of the working day in the agency's time zone
// (domain/shift_plan.hpp). `list` shows the plan in force, the standard one until a plan is
// set; its JSON is the format `set` reads, so a plan can be edited round trip. `set` exits 2
// for a file that is not a valid plan (the message names the JSON path) or a plan that
// drops a shift users are assigned to.
#include <iostream>

#include "app/shifts.hpp"
#include "cli/command_context.hpp"
#include "cli/read_file.hpp"

namespace duecall::cli {

void add_shift_commands(CLI::App& app, CommandContext& context) {
  auto* shift = app.add_subcommand("shift", "the shifts operators and supervisors work");
  shift->require_subcommand(1);

  auto json_output = std::make_shared<bool>(false);
  auto* list = shift->add_subcommand("list", "show the shift plan in force");
  list->add_flag("--json", *json_output, "print JSON, in the form `shift set` reads");
  on_run(list, context, [&context, json_output]() -> Result<int> {
    auto store = TRY(context.open_store());
    auto in_force = TRY(app::shift_plan_in_force(*store));
    if (*json_output) {
      std::cout << in_force.plan.to_json().dump(2) << "\n";
      return kExitOk;
    }
    for (const auto& entry : in_force.plan.shifts()) {
      std::cout << entry.name << "\t" << domain::format_time_of_day(entry.start) << "-"
                << domain::format_time_of_day(entry.end) << "\t" << in_force.plan.time_zone()
                << "\n";
    }
    if (in_force.standard) std::cerr << "(the standard plan: none has been set)\n";
    return kExitOk;
  });

  auto file = std::make_shared<std::string>();
  auto* set = shift->add_subcommand("set", "replace the shift plan with the one in a JSON file");
  set->add_option("FILE", *file,
                  "{\"time_zone\": \"Europe/Ljubljana\", \"shifts\": [{\"name\": \"early\", "
                  "\"start\": \"08:00\", \"end\": \"13:30\"}, ...]}")
      ->required();
  on_run(set, context, [&context, file]() -> Result<int> {
    std::string text = TRY(read_whole_file(*file));
    auto document = nlohmann::json::parse(text, nullptr, false);
    if (document.is_discarded()) return Error::invalid_argument(*file + " is not valid JSON");
    auto plan = domain::ShiftPlan::from_json(document);
    if (!plan.ok()) return Error::invalid_argument(*file + ": " + plan.error().message);
    auto store = TRY(context.open_store());
    TRY(app::set_shift_plan(*store, *plan));
    std::cout << "shift plan set: " << plan->shifts().size() << " shift"
              << (plan->shifts().size() == 1 ? "" : "s") << " in " << plan->time_zone() << "\n";
    return kExitOk;
  });
}

}  // namespace duecall::cli
