// duecall contact check --client CODE --claim REF [--channel call] [--at ISO-8601] [--json]
// duecall contact log --client CODE --claim REF --channel CHANNEL --result RESULT [--at ISO]
//
// `check` asks the compliance gate and prints its answer: with --json
// {"allowed": bool, "reasons": [{"rule", "detail"}], "next_allowed_at": ISO-8601 or null},
// where every refusing rule is listed under its outcome name and next_allowed_at is null
// when contact will not be allowed until the facts change (a hold, a do-not-call entry).
// It exits 0 whenever the gate could decide, allowed or not, and 2 on errors (unknown
// claim, no number to call, no compliance profile for the debtor's country).
// `log` records an attempt, so that caps count it; exit 0 when recorded, 2 otherwise.
#include <iostream>

#include "app/contact_check.hpp"
#include "app/contact_log.hpp"
#include "cli/command_context.hpp"

namespace duecall::cli {
namespace {

struct ContactArguments {
  std::string client;
  std::string claim;
  std::string channel = "call";
  std::string result;
  std::string at;
  bool abandoned = false;
  bool json = false;
};

Result<std::optional<Instant>> at_of(const ContactArguments& arguments) {
  if (arguments.at.empty()) return std::optional<Instant>();
  return std::optional<Instant>(TRY(parse_iso8601(arguments.at)));
}

nlohmann::json decision_json(const compliance::Decision& decision) {
  nlohmann::json reasons = nlohmann::json::array();
  for (const auto& reason : decision.reasons) {
    reasons.push_back({{"rule", compliance::refusal_name(reason.rule)}, {"detail", reason.detail}});
  }
  return {{"allowed", decision.allowed},
          {"reasons", reasons},
          {"next_allowed_at", decision.next_allowed_at
                                  ? nlohmann::json(format_iso8601(*decision.next_allowed_at))
                                  : nlohmann::json(nullptr)}};
}

void print_decision(const compliance::Decision& decision) {
  if (decision.allowed) {
    std::cout << "allowed\n";
    return;
  }
  std::cout << "refused\n";
  for (const auto& reason : decision.reasons) {
    std::cout << "  " << compliance::refusal_name(reason.rule) << ": " << reason.detail << " ("
              << reason.source << ")\n";
  }
  if (decision.next_allowed_at) {
    std::cout << "next allowed at " << format_iso8601(*decision.next_allowed_at) << "\n";
  } else {
    std::cout << "not allowed again until the facts change\n";
  }
}

void add_claim_options(CLI::App* command, ContactArguments& arguments) {
  command->add_option("--client", arguments.client, "the client's code")->required();
  command->add_option("--claim", arguments.claim, "the claim's client_ref")->required();
  command->add_option("--at", arguments.at, "the instant, ISO 8601 (default: now)");
}

}  // namespace

void add_contact_commands(CLI::App& app, CommandContext& context) {
  auto* contact = app.add_subcommand("contact", "contact with debtors: the compliance gate");
  contact->require_subcommand(1);
  auto arguments = std::make_shared<ContactArguments>();

  auto* check = contact->add_subcommand("check", "may the debtor be contacted now (or --at)?");
  add_claim_options(check, *arguments);
  check->add_option("--channel", arguments->channel,
                    "call, sms, whatsapp, email or letter (default: call)");
  check->add_flag("--json", arguments->json, "print JSON");
  on_run(check, context, [&context, arguments]() -> Result<int> {
    app::ContactCheckInput input{.client_code = arguments->client,
                                 .claim_ref = arguments->claim,
                                 .channel = TRY(compliance::parse_channel(arguments->channel)),
                                 .at = TRY(at_of(*arguments))};
    auto store = TRY(context.open_store());
    auto checked = TRY(app::check_contact(*store, context.clock(), input));
    if (arguments->json) {
      std::cout << decision_json(checked.decision).dump() << "\n";
    } else {
      print_decision(checked.decision);
    }
    return kExitOk;
  });

  auto* log = contact->add_subcommand("log", "record a contact attempt");
  add_claim_options(log, *arguments);
  log->add_option("--channel", arguments->channel, "call, sms, whatsapp, email or letter")
      ->required();
  log->add_option("--result", arguments->result,
                  "no_answer, busy, voicemail, wrong_number, third_party or right_party")
      ->required();
  log->add_flag("--abandoned", arguments->abandoned,
                "the call reached the debtor but no agent was free");
  on_run(log, context, [&context, arguments]() -> Result<int> {
    app::ContactLogInput input{.client_code = arguments->client,
                               .claim_ref = arguments->claim,
                               .channel = TRY(compliance::parse_channel(arguments->channel)),
                               .result = TRY(compliance::parse_contact_result(arguments->result)),
                               .abandoned = arguments->abandoned,
                               .at = TRY(at_of(*arguments)),
                               .actor = kCommandLineActor};
    auto store = TRY(context.open_store());
    auto logged = TRY(app::log_contact(*store, context.clock(), input));
    std::cout << compliance::channel_name(logged.channel) << " to " << logged.to_address << " at "
              << format_iso8601(logged.occurred_at)
              << " logged: " << compliance::contact_result_name(logged.result) << "\n";
    return kExitOk;
  });
}

}  // namespace duecall::cli
