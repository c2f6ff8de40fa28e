// duecall audit verify [--json]: exit 0 when every timeline chain is intact, 1 when one is
// broken (naming the first broken event), 2 when the check could not run.
#include <iostream>

#include "app/audit.hpp"
#include "cli/command_context.hpp"

namespace duecall::cli {

void add_audit_command(CLI::App& app, CommandContext& context) {
  auto* audit = app.add_subcommand("audit", "integrity of the record");
  audit->require_subcommand(1);
  auto json_output = std::make_shared<bool>(false);
  auto* verify = audit->add_subcommand("verify", "check every case timeline's hash chain");
  verify->add_flag("--json", *json_output, "print JSON");
  on_run(verify, context, [&context, json_output]() -> Result<int> {
    auto store = TRY(context.open_store());
    auto report = TRY(app::verify_audit(*store));
    bool intact = !report.first_broken;
    if (*json_output) {
      nlohmann::json out = {{"intact", intact},
                            {"cases_checked", report.cases_checked},
                            {"events_checked", report.events_checked},
                            {"broken_cases", report.broken_cases},
                            {"first_broken", nullptr}};
      if (report.first_broken) {
        out["first_broken"] = {{"event_id", report.first_broken->event_id.value},
                               {"case_id", report.first_broken->case_id.value},
                               {"seq", report.first_broken->seq},
                               {"reason", report.first_broken->reason}};
      }
      std::cout << out.dump() << "\n";
    } else if (intact) {
      std::cout << "intact: " << report.events_checked << " events in " << report.cases_checked
                << " cases verified\n";
    } else {
      const auto& broken = *report.first_broken;
      std::cout << "BROKEN: event " << broken.event_id.value << " (case " << broken.case_id.value
                << ", seq " << broken.seq << ") " << broken.reason << "; " << report.broken_cases
                << " of " << report.cases_checked << " cases affected\n";
    }
    return intact ? kExitOk : kExitCheckFailed;
  });
}

}  // namespace duecall::cli
