// duecall case show --client CODE REF [--json] [--full] [--operator NAME] [--agency NAME]
//                   [--retention-months N]
//
// The operator's screen-pop for the case of a claim (its client_ref) or of a debtor
// (debtor_ref): debtor and contact points, claims placed / paid / open by bucket, payments,
// agreements with their instalments, the ladder and the due action, the call script for the
// step the case is on, the solutions the client's policy allows, and the timeline (newest
// first, the latest 10 unless --full). --json prints all of it, the timeline in full and
// oldest first; see docs/case-file.md. Exit 0 when shown, 2 for an unknown client or ref.
#include <iostream>

#include "app/screen_pop.hpp"
#include "cli/case_screen_text.hpp"
#include "cli/command_context.hpp"
#include "cli/speaker_options.hpp"

namespace duecall::cli {
namespace {

struct CaseArguments {
  std::string client;
  std::string ref;
  bool json = false;
  bool full = false;
  SpeakerOptions speaker;
};

}  // namespace

void add_case_command(CLI::App& app, CommandContext& context) {
  auto* collection_case = app.add_subcommand("case", "collection cases");
  collection_case->require_subcommand(1);
  auto arguments = std::make_shared<CaseArguments>();
  auto* show = collection_case->add_subcommand(
      "show", "show the case of a claim (its client_ref) or of a debtor (debtor_ref)");
  show->add_option("--client", arguments->client, "the client's code")->required();
  show->add_option("REF", arguments->ref, "a claim's client_ref or a debtor_ref")->required();
  show->add_flag("--json", arguments->json,
                 "print JSON: debtor, claims, payments, agreements, script, solutions, timeline");
  show->add_flag("--full", arguments->full, "print the whole timeline, not only the latest events");
  add_speaker_options(show, arguments->speaker);
  on_run(show, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    app::ScreenPopRequest request{.client_code = arguments->client,
                                  .ref = arguments->ref,
                                  .speaker = TRY(speaker_of(arguments->speaker))};
    auto pop = TRY(app::show_case(*store, context.clock(), request));
    if (arguments->json) {
      std::cout << app::screen_pop_to_json(pop).dump(2) << "\n";
    } else {
      print_screen_pop(std::cout, pop,
                       arguments->full ? TimelineLength::kFull : TimelineLength::kNewest);
    }
    return kExitOk;
  });
}

}  // namespace duecall::cli
