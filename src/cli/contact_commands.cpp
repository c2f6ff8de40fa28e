// duecall contact check --client CODE --claim REF [--channel call] [--at ISO-8601] [--json]
// duecall contact log --client CODE --claim REF --channel CHANNEL --result RESULT [--at ISO]
//     [--operator LOGIN] [--outcome OUTCOME [--callback-at ISO]] [--spoke-with TEXT]
//     [--identity-verified yes|no] [--summary TEXT] [--notes TEXT] [--email-minutes] [--json]
//
// `check` asks the compliance gate and prints its answer: with --json
// {"allowed": bool, "reasons": [{"rule", "detail"}], "next_allowed_at": ISO-8601 or null},
// where every refusing rule is listed under its outcome name and next_allowed_at is null
// when contact will not be allowed until the facts change (a hold, a do-not-call entry).
// It exits 0 whenever the gate could decide, allowed or not, and 2 on errors (unknown
// claim, no number to call, no compliance profile for the debtor's country).
// `log` records an attempt, so that caps count it; exit 0 when recorded, 2 otherwise.
// With --email-minutes the minutes are queued for the client's contact persons in the same
// transaction and sent at once: exit 3 when the contact was recorded but the mail could not
// be sent (it stays queued for `mail flush`). Without an SMTP server or a sender configured,
// --email-minutes is refused with exit 2 before anything is recorded.
#include <iostream>

#include "app/contact_check.hpp"
#include "app/contact_log.hpp"
#include "app/mail_outbox.hpp"
#include "cli/command_context.hpp"
#include "app/contact_json.hpp"

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
  std::string operator_login;
  std::string outcome;
  std::string callback_at;
  std::string spoke_with;
  std::string identity_verified;
  std::string summary;
  std::string notes;
  bool email_minutes = false;
};

Result<std::optional<Instant>> at_of(const ContactArguments& arguments) {
  if (arguments.at.empty()) return std::optional<Instant>();
  return std::optional<Instant>(TRY(parse_iso8601(arguments.at)));
}

Result<std::optional<bool>> parse_yes_no(const std::string& text) {
  if (text.empty()) return std::optional<bool>();
  if (text == "yes") return std::optional<bool>(true);
  if (text == "no") return std::optional<bool>(false);
  return Error::invalid_argument("--identity-verified takes yes or no, not '" + text + "'");
}

Result<app::ContactLogInput> log_input_of(const ContactArguments& arguments) {
  app::ContactLogInput input{.client_code = arguments.client,
                             .claim_ref = arguments.claim,
                             .channel = TRY(compliance::parse_channel(arguments.channel)),
                             .result = TRY(compliance::parse_contact_result(arguments.result)),
                             .abandoned = arguments.abandoned,
                             .at = TRY(at_of(arguments)),
                             .actor = kCommandLineActor};
  if (!arguments.operator_login.empty()) input.operator_login = arguments.operator_login;
  if (!arguments.outcome.empty()) {
    input.outcome = TRY(domain::parse_contact_outcome(arguments.outcome));
  }
  if (!arguments.callback_at.empty()) {
    auto callback_at = parse_iso8601(arguments.callback_at);
    if (!callback_at.ok()) {
      return Error::invalid_argument("--callback-at: " + callback_at.error().message);
    }
    input.callback_at = *callback_at;
  }
  input.minutes = {.spoke_with = arguments.spoke_with,
                   .identity_verified = TRY(parse_yes_no(arguments.identity_verified)),
                   .summary = arguments.summary,
                   .notes = arguments.notes};
  return input;
}

void print_logged(const app::LoggedContact& logged, const std::optional<app::MailAttempt>& attempt) {
  const app::ContactRecord& contact = logged.contact;
  std::cout << compliance::channel_name(contact.channel) << " to " << contact.to_address << " at "
            << format_iso8601(contact.occurred_at)
            << " logged: " << compliance::contact_result_name(contact.result) << "\n";
  if (contact.outcome) {
    std::cout << "outcome: " << domain::contact_outcome_name(*contact.outcome);
    if (contact.callback_at) std::cout << " at " << format_iso8601(*contact.callback_at);
    std::cout << "\n";
  }
  for (const auto& item : logged.todo_items) std::cout << "to-do: " << item.kind << "\n";
  if (logged.hold) std::cout << "hold: " << app::hold_code(logged.hold->kind) << " placed\n";
  if (attempt && attempt->result == app::SendResult::kSent) {
    std::cout << "minutes e-mailed to ";
    for (std::size_t i = 0; i < attempt->mail.recipients.size(); ++i) {
      std::cout << (i ? ", " : "") << attempt->mail.recipients[i];
    }
    std::cout << "\n";
  }
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
  log->add_option("--operator", arguments->operator_login,
                  "the enabled operator who made the contact (default: the command line)");
  log->add_option("--outcome", arguments->outcome,
                  "for --result right_party: promise, plan, settlement, extension, dispute, "
                  "refusal, callback, already_paid or hardship");
  log->add_option("--callback-at", arguments->callback_at,
                  "the agreed callback time, ISO 8601 (required with --outcome callback)");
  log->add_option("--spoke-with", arguments->spoke_with, "minutes: who the operator spoke with");
  log->add_option("--identity-verified", arguments->identity_verified,
                  "minutes: was the person's identity verified, yes or no");
  log->add_option("--summary", arguments->summary, "minutes: what was said, in brief");
  log->add_option("--notes", arguments->notes, "minutes: further notes");
  log->add_flag("--email-minutes", arguments->email_minutes,
                "e-mail the minutes to the client's contact persons (needs --smtp)");
  log->add_flag("--json", arguments->json, "print the recorded contact as JSON");
  on_run(log, context, [&context, arguments]() -> Result<int> {
    app::ContactLogInput input = TRY(log_input_of(*arguments));
    std::unique_ptr<app::Mailer> mailer;
    if (arguments->email_minutes) {
      // Checked before anything is recorded, so that a missing setting never leaves a
      // contact whose minutes nobody will send.
      mailer = TRY(context.mailer());
      input.email_minutes_from = TRY(context.mail_from());
    }
    auto store = TRY(context.open_store());
    auto logged = TRY(app::log_contact(*store, context.clock(), input));
    std::optional<app::MailAttempt> attempt;
    if (logged.mail) {
      auto sent = app::send_queued_mail(*store, context.clock(), *mailer, logged.mail->id);
      if (sent.ok()) {
        attempt = std::move(*sent);
      } else {
        attempt = app::MailAttempt{.mail = *logged.mail,
                                   .result = app::SendResult::kFailed,
                                   .error = sent.error().message};
      }
    }
    if (arguments->json) {
      std::cout << app::logged_contact_json(logged, arguments->claim, attempt).dump() << "\n";
    } else {
      print_logged(logged, attempt);
    }
    if (attempt && attempt->result != app::SendResult::kSent) {
      std::cerr << "duecall: warning: contact " << logged.contact.id.value
                << " is recorded, but its minutes were not e-mailed: " << attempt->error
                << "; they stay queued, run `duecall mail flush` to retry\n";
      return kExitMailQueued;
    }
    return kExitOk;
  });
}

}  // namespace duecall::cli
