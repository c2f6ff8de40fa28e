// duecall hold add | remove | list --client CODE (--claim REF | --debtor REF)
//   add and remove take --kind dispute|cease|deceased|insolvency|lawyer; add takes --note.
// A hold on --debtor covers the debtor's whole case; on --claim, that claim only. Exit 0
// when done, 2 when the target is unknown, the hold already stands or none stands to lift.
#include <iostream>

#include "app/holds.hpp"
#include "cli/command_context.hpp"

namespace duecall::cli {
namespace {

struct HoldArguments {
  std::string client;
  std::string claim;
  std::string debtor;
  std::string kind;
  std::string note;
  bool json = false;
};

void add_target_options(CLI::App* command, HoldArguments& arguments) {
  command->add_option("--client", arguments.client, "the client's code")->required();
  auto* claim = command->add_option("--claim", arguments.claim, "a claim's client_ref");
  auto* debtor = command->add_option("--debtor", arguments.debtor, "a debtor_ref: the whole case");
  claim->excludes(debtor);
  debtor->excludes(claim);
}

Result<app::TargetRef> target_of(const HoldArguments& arguments) {
  if (arguments.claim.empty() == arguments.debtor.empty()) {
    return Error::invalid_argument("name exactly one of --claim REF and --debtor REF");
  }
  if (!arguments.claim.empty()) {
    return app::TargetRef{arguments.client, app::TargetScope::kClaim, arguments.claim};
  }
  return app::TargetRef{arguments.client, app::TargetScope::kDebtor, arguments.debtor};
}

Result<app::HoldChange> change_of(const HoldArguments& arguments) {
  return app::HoldChange{.target = TRY(target_of(arguments)),
                         .kind = TRY(app::parse_hold_code(arguments.kind)),
                         .note = arguments.note,
                         .actor = kCommandLineActor};
}

std::string scope_text(const app::ListedHold& listed) {
  return listed.claim_ref.empty() ? "case" : "claim " + listed.claim_ref;
}

nlohmann::json hold_json(const app::ListedHold& listed) {
  const app::HoldRecord& hold = listed.hold;
  return {{"kind", app::hold_code(hold.kind)},
          {"claim",
           listed.claim_ref.empty() ? nlohmann::json(nullptr) : nlohmann::json(listed.claim_ref)},
          {"note", hold.note},
          {"placed_at", format_iso8601(hold.placed_at)},
          {"lifted_at", hold.lifted_at ? nlohmann::json(format_iso8601(*hold.lifted_at))
                                       : nlohmann::json(nullptr)},
          {"placed_by", hold.placed_by},
          {"standing", hold.standing()}};
}

}  // namespace

void add_hold_commands(CLI::App& app, CommandContext& context) {
  auto* hold =
      app.add_subcommand("hold", "holds that forbid contact: disputes, cease requests, ...");
  hold->require_subcommand(1);
  auto arguments = std::make_shared<HoldArguments>();
  const std::string kinds = "dispute, cease, deceased, insolvency or lawyer";

  auto* add = hold->add_subcommand("add", "place a hold on a debtor's case or on one claim");
  add_target_options(add, *arguments);
  add->add_option("--kind", arguments->kind, kinds)->required();
  add->add_option("--note", arguments->note, "why, e.g. the letter that asked for it");
  on_run(add, context, [&context, arguments]() -> Result<int> {
    auto change = TRY(change_of(*arguments));
    auto store = TRY(context.open_store());
    auto placed = TRY(app::place_hold(*store, context.clock(), change));
    std::cout << "hold " << app::hold_code(placed.hold.kind) << " placed on " << scope_text(placed)
              << " at " << format_iso8601(placed.hold.placed_at) << "\n";
    return kExitOk;
  });

  auto* remove = hold->add_subcommand("remove", "lift the standing hold of a kind");
  add_target_options(remove, *arguments);
  remove->add_option("--kind", arguments->kind, kinds)->required();
  on_run(remove, context, [&context, arguments]() -> Result<int> {
    auto change = TRY(change_of(*arguments));
    auto store = TRY(context.open_store());
    auto lifted = TRY(app::lift_hold(*store, context.clock(), change));
    std::cout << "hold " << app::hold_code(lifted.hold.kind) << " lifted from "
              << scope_text(lifted) << " at " << format_iso8601(*lifted.hold.lifted_at) << "\n";
    return kExitOk;
  });

  auto* list = hold->add_subcommand("list", "holds of a case, standing and lifted");
  add_target_options(list, *arguments);
  list->add_flag("--json", arguments->json, "print JSON");
  on_run(list, context, [&context, arguments]() -> Result<int> {
    auto target = TRY(target_of(*arguments));
    auto store = TRY(context.open_store());
    auto holds = TRY(app::list_holds(*store, target));
    if (arguments->json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& listed : holds) out.push_back(hold_json(listed));
      std::cout << out.dump(2) << "\n";
      return kExitOk;
    }
    for (const auto& listed : holds) {
      const auto& held = listed.hold;
      std::cout << app::hold_code(held.kind) << "\t" << scope_text(listed) << "\t"
                << format_iso8601(held.placed_at) << "\t"
                << (held.lifted_at ? "lifted " + format_iso8601(*held.lifted_at) : "standing")
                << "\t" << held.placed_by << "\t" << held.note << "\n";
    }
    return kExitOk;
  });
}

}  // namespace duecall::cli
