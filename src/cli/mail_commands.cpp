// duecall mail flush [--limit N] [--json]
//
// Sends the mail that waits in the outbox (minutes whose first send failed), oldest first,
// through the configured SMTP server. Prints one line per message ("sent", "failed" with
// the reason, or "skipped" when another sender holds it); --json prints an array of
// {"result", "mail": {...}} objects. Exit 0 when nothing is left unsent that was tried,
// 3 when some mail is still queued, 2 when no SMTP server is configured or the database
// is unavailable.
#include <iostream>

#include "app/mail_outbox.hpp"
#include "cli/command_context.hpp"
#include "app/contact_json.hpp"

namespace duecall::cli {

void add_mail_commands(CLI::App& app, CommandContext& context) {
  auto* mail = app.add_subcommand("mail", "outgoing mail: call minutes to clients");
  mail->require_subcommand(1);

  struct FlushOptions {
    std::size_t limit = 1000;
    bool json = false;
  };
  auto options = std::make_shared<FlushOptions>();
  auto* flush = mail->add_subcommand("flush", "send the mail that is still queued");
  flush->add_option("--limit", options->limit, "send at most this many (default: 1000)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{100000}));
  flush->add_flag("--json", options->json, "print JSON");
  on_run(flush, context, [&context, options]() -> Result<int> {
    auto mailer = TRY(context.mailer());
    auto store = TRY(context.open_store());
    auto attempts = TRY(app::flush_mail(*store, context.clock(), *mailer, options->limit));
    bool unsent = false;
    nlohmann::json out = nlohmann::json::array();
    for (const auto& attempt : attempts) {
      unsent = unsent || attempt.result == app::SendResult::kFailed;
      if (options->json) {
        out.push_back(
            {{"result", app::send_result_name(attempt.result)}, {"mail", app::mail_json(attempt.mail)}});
        continue;
      }
      std::cout << app::send_result_name(attempt.result) << "\t" << attempt.mail.id.value << "\t<"
                << attempt.mail.message_id << ">";
      if (!attempt.error.empty()) std::cout << "\t" << attempt.error;
      std::cout << "\n";
    }
    if (options->json) std::cout << out.dump() << "\n";
    if (!options->json && attempts.empty()) std::cout << "no queued mail\n";
    return unsent ? kExitMailQueued : kExitOk;
  });
}

}  // namespace duecall::cli
