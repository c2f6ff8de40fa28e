// duecall dnc add NUMBER [--reason TEXT] | dnc remove NUMBER | dnc list [--json]
// The do-not-call list is per number (stored in E.164); every change is noted on the
// timeline of each case with that number. Exit 0 when done, 2 when the number is not a
// valid phone number, is already listed (add) or is not listed (remove).
#include <iostream>

#include "app/do_not_call.hpp"
#include "cli/command_context.hpp"

namespace duecall::cli {
namespace {

struct DncArguments {
  std::string number;
  std::string reason;
  bool json = false;
};

std::string noted_text(const app::DoNotCallChange& change) {
  return "noted on " + std::to_string(change.cases_noted) + " case timeline" +
         (change.cases_noted == 1 ? "" : "s");
}

}  // namespace

void add_dnc_commands(CLI::App& app, CommandContext& context) {
  auto* dnc = app.add_subcommand("dnc", "the do-not-call list of phone numbers");
  dnc->require_subcommand(1);
  auto arguments = std::make_shared<DncArguments>();

  auto* add = dnc->add_subcommand("add", "put a number on the do-not-call list");
  add->add_option("NUMBER", arguments->number, "a phone number, e.g. +38640123456")->required();
  add->add_option("--reason", arguments->reason, "why, e.g. the debtor's request");
  on_run(add, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    auto added = TRY(app::add_to_do_not_call(*store, context.clock(), arguments->number,
                                             arguments->reason, kCommandLineActor));
    std::cout << added.number << " added to the do-not-call list, " << noted_text(added) << "\n";
    return kExitOk;
  });

  auto* remove = dnc->add_subcommand("remove", "take a number off the do-not-call list");
  remove->add_option("NUMBER", arguments->number, "a phone number")->required();
  on_run(remove, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    auto removed = TRY(app::remove_from_do_not_call(*store, context.clock(), arguments->number,
                                                    kCommandLineActor));
    std::cout << removed.number << " removed from the do-not-call list, " << noted_text(removed)
              << "\n";
    return kExitOk;
  });

  auto* list = dnc->add_subcommand("list", "list the do-not-call numbers");
  list->add_flag("--json", arguments->json, "print JSON");
  on_run(list, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    auto entries = TRY(app::list_do_not_call(*store));
    if (arguments->json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& entry : entries) {
        out.push_back({{"number", entry.number},
                       {"reason", entry.reason},
                       {"added_at", format_iso8601(entry.added_at)}});
      }
      std::cout << out.dump(2) << "\n";
      return kExitOk;
    }
    for (const auto& entry : entries) {
      std::cout << entry.number << "\t" << format_iso8601(entry.added_at) << "\t" << entry.reason
                << "\n";
    }
    return kExitOk;
  });
}

}  // namespace duecall::cli
