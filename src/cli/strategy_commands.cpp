// duecall strategy set --client CODE FILE [--json]
// duecall strategy show --client CODE [--version N] [--json]
// duecall strategy run [--client CODE] [--at ISO-8601] [--dry-run] [--json]
// duecall strategy move --client CODE [--claim REF | --debtor REF] [--version N] [--json]
//
// `set` stores FILE as the client's next strategy version after validating it (a bad
// document is refused with its JSON path, exit 2). `show` prints the stored document as
// stored, so that show > file; edit; set file round-trips; with --json it prints the
// version's metadata and the document. `run` evaluates the open cases and writes their due
// actions (nothing with --dry-run); it prints what is due and why some cases cannot be
// contacted now, or with --json the report as one object (see app/strategy_run.hpp).
// `move` moves cases (one, or every open case of the client) to another version, keeping
// each on its step; cases whose step the version lacks stay and are listed (exit 1).
#include <iostream>

#include "app/strategies.hpp"
#include "app/strategy_document_json.hpp"
#include "app/strategy_run.hpp"
#include "cli/command_context.hpp"
#include "cli/read_file.hpp"

namespace duecall::cli {
namespace {

struct StrategyArguments {
  std::string client;
  std::string claim;
  std::string debtor;
  std::string file;
  int version = 0;
  std::string at;
  bool dry_run = false;
  bool json = false;
};

// 1234567 -> "1,234,567": counts a supervisor reads at a glance.
std::string grouped(std::int64_t value) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return value < 0 ? "-" + out : out;
}

void print_report(const app::StrategyRunReport& report) {
  std::cout << "strategy run at " << format_iso8601(report.at)
            << (report.dry_run ? " (dry run: nothing written)" : "") << "\n";
  std::cout << "  " << grouped(report.cases) << " open cases evaluated";
  if (report.entered_ladder) std::cout << ", " << grouped(report.entered_ladder) << " entered the ladder";
  std::cout << ", " << grouped(report.stage_changes) << " changed stage\n";
  std::cout << "  " << grouped(report.due_now) << " actions due now";
  std::string separator = " (";
  for (const auto& [channel, count] : report.due_now_by_channel) {
    std::cout << separator << grouped(count) << " " << channel;
    separator = ", ";
  }
  std::cout << (report.due_now_by_channel.empty() ? "" : ")") << ", " << grouped(report.due_later)
            << " due later\n";
  std::cout << "  " << grouped(report.contactable_now) << " of " << grouped(report.due_now)
            << " contactable now\n";
  if (report.not_contactable_now > 0) {
    std::cout << "  " << grouped(report.not_contactable_now) << " of " << grouped(report.due_now)
              << " not contactable now:";
    separator = " ";
    for (const auto& [rule, count] : report.not_contactable_by_rule) {
      std::cout << separator << grouped(count) << " " << rule;
      separator = ", ";
    }
    if (report.no_contact_address) {
      std::cout << separator << grouped(report.no_contact_address) << " no_contact_address";
    }
    std::cout << "\n";
  }
  std::cout << "  standing:";
  separator = " ";
  for (const auto& [standing, count] : report.by_standing) {
    std::cout << separator << grouped(count) << " " << standing;
    separator = ", ";
  }
  std::cout << "\n";
  if (!report.dry_run) {
    std::cout << "  " << grouped(report.actions_written) << " due actions written, "
              << grouped(report.actions_removed) << " removed\n";
  }
  if (report.errors) {
    std::cout << "  " << grouped(report.errors) << " cases could not be evaluated:\n";
    for (const auto& error : report.first_errors) {
      std::cout << "    case " << error.case_id.value << ": " << error.message << "\n";
    }
  }
}

}  // namespace

void add_strategy_commands(CLI::App& app, CommandContext& context) {
  auto* strategy = app.add_subcommand("strategy", "clients' contact strategies and the run");
  strategy->require_subcommand(1);
  auto arguments = std::make_shared<StrategyArguments>();

  auto* set = strategy->add_subcommand("set", "store a strategy document as the next version");
  set->add_option("--client", arguments->client, "the client's code")->required();
  set->add_option("FILE", arguments->file, "the strategy, JSON (docs/strategy.md)")->required();
  set->add_flag("--json", arguments->json, "print JSON");
  on_run(set, context, [&context, arguments]() -> Result<int> {
    std::string document = TRY(read_whole_file(arguments->file));
    auto store = TRY(context.open_store());
    auto stored = TRY(app::set_strategy(
        *store, context.clock(),
        {.client_code = arguments->client, .document = document, .actor = kCommandLineActor}));
    if (arguments->json) {
      std::cout << app::strategy_saved_json(arguments->client, stored).dump() << "\n";
    } else {
      std::cout << "strategy version " << stored.version << " stored for client "
                << arguments->client << " (sha256 " << stored.sha256 << ")\n";
    }
    return kExitOk;
  });

  auto* show = strategy->add_subcommand("show", "print a client's strategy");
  show->add_option("--client", arguments->client, "the client's code")->required();
  show->add_option("--version", arguments->version, "the version (default: the newest)")
      ->check(CLI::PositiveNumber);
  show->add_flag("--json", arguments->json, "print the version's metadata and the document");
  on_run(show, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    std::optional<int> version;
    if (arguments->version > 0) version = arguments->version;
    auto shown = TRY(app::show_strategy(*store, arguments->client, version));
    if (!arguments->json) {
      std::cout << shown.stored.document;
      return kExitOk;
    }
    std::cout << app::strategy_shown_json(arguments->client, shown).dump() << "\n";
    return kExitOk;
  });

  auto* move = strategy->add_subcommand("move", "move cases to another strategy version");
  move->add_option("--client", arguments->client, "the client's code")->required();
  auto* claim = move->add_option("--claim", arguments->claim, "only this claim's case");
  move->add_option("--debtor", arguments->debtor, "only this debtor's case")->excludes(claim);
  move->add_option("--version", arguments->version, "the version (default: the newest)")
      ->check(CLI::PositiveNumber);
  move->add_flag("--json", arguments->json, "print JSON");
  on_run(move, context, [&context, arguments]() -> Result<int> {
    app::StrategyMoveInput input{.client_code = arguments->client, .actor = kCommandLineActor};
    if (!arguments->claim.empty()) input.claim_ref = arguments->claim;
    if (!arguments->debtor.empty()) input.debtor_ref = arguments->debtor;
    if (arguments->version > 0) input.version = arguments->version;
    auto store = TRY(context.open_store());
    auto moved = TRY(app::move_cases_to_strategy(*store, context.clock(), input));
    if (arguments->json) {
      nlohmann::json refused = nlohmann::json::array();
      for (const auto& refusal : moved.refused) {
        refused.push_back({{"case_id", refusal.case_id.value}, {"reason", refusal.reason}});
      }
      std::cout << nlohmann::json{{"version", moved.version},
                                  {"moved", moved.moved},
                                  {"already_there", moved.already_there},
                                  {"refused", refused}}
                       .dump()
                << "\n";
    } else {
      std::cout << moved.moved << " cases moved to strategy version " << moved.version << ", "
                << moved.already_there << " already on it, " << moved.refused.size()
                << " not moved\n";
      for (const auto& refusal : moved.refused) {
        std::cout << "  case " << refusal.case_id.value << ": " << refusal.reason << "\n";
      }
    }
    return moved.refused.empty() ? kExitOk : kExitCheckFailed;
  });

  auto* run = strategy->add_subcommand("run", "evaluate open cases and write their due actions");
  run->add_option("--client", arguments->client, "only this client's cases (default: all)");
  run->add_option("--at", arguments->at, "the instant to evaluate at, ISO 8601 (default: now)");
  run->add_flag("--dry-run", arguments->dry_run, "decide and report, write nothing");
  run->add_flag("--json", arguments->json, "print the report as JSON");
  on_run(run, context, [&context, arguments]() -> Result<int> {
    app::StrategyRunInput input{.dry_run = arguments->dry_run, .actor = "strategy"};
    if (!arguments->client.empty()) input.client_code = arguments->client;
    if (!arguments->at.empty()) input.at = TRY(parse_iso8601(arguments->at));
    auto store = TRY(context.open_store());
    auto report = TRY(app::run_strategy(*store, context.clock(), input));
    if (arguments->json) {
      std::cout << app::strategy_run_report_json(report) << "\n";
    } else {
      print_report(report);
    }
    return kExitOk;
  });
}

}  // namespace duecall::cli
