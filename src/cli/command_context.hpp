// CommandContext is what every subcommand shares: the database named by --db or DUECALL_DB,
// the clock (DUECALL_NOW fixes it for replays), and the action the parsed command line
// selected. Actions return Result<int>: the exit status, or an error that main() prints.
//
// Exit statuses: 0 done; 1 a check found a problem (audit verify); 2 the input could not be
// used at all (bad arguments, unreadable file, unknown client, database unavailable);
// 3 the change was recorded but mail it should have sent is still queued (the mail server
// could not be reached or refused it; `mail flush` retries).
//
// Mail goes through the SMTP server named by --smtp or DUECALL_SMTP_URL (credentials in the
// URL or in DUECALL_SMTP_USER / DUECALL_SMTP_PASSWORD), from the sender DUECALL_MAIL_FROM.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>

#include "adapters/sql/sql_store.hpp"
#include "app/ports.hpp"
#include "domain/email_address.hpp"

namespace duecall::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitCheckFailed = 1;
inline constexpr int kExitUnusable = 2;
inline constexpr int kExitMailQueued = 3;

// The actor recorded on the timeline for changes made from the command line, which has no
// operator login yet.
inline constexpr const char* kCommandLineActor = "cli";

class CommandContext {
 public:
  std::string database;  // --db; falls back to DUECALL_DB, then sqlite:./duecall.db
  std::string smtp_url;  // --smtp; falls back to DUECALL_SMTP_URL
  std::function<Result<int>()> action;

  // Opens (creating and migrating when missing) the database the command line names:
  // sqlite:PATH, a plain file path, or a postgresql:// URI.
  Result<std::unique_ptr<adapters::SqlStore>> open_store(
      adapters::Migrate migrate = adapters::Migrate::kApplyPending) const;
  std::string database_spec() const;
  const app::Clock& clock();
  // The mailer for the configured SMTP server; kFailedPrecondition when none is configured.
  Result<std::unique_ptr<app::Mailer>> mailer() const;
  // The sender of outgoing mail, DUECALL_MAIL_FROM ("Name <local@domain>" or an address);
  // kFailedPrecondition when it is not set.
  Result<domain::Mailbox> mail_from() const;

 private:
  std::unique_ptr<app::Clock> clock_;
};

// Registers a subcommand's action: when CLI11 selects the subcommand, `run` becomes the
// context's action.
inline void on_run(CLI::App* command, CommandContext& context, std::function<Result<int>()> run) {
  command->callback([&context, run = std::move(run)] { context.action = run; });
}

void add_client_commands(CLI::App& app, CommandContext& context);
void add_import_command(CLI::App& app, CommandContext& context);
void add_case_command(CLI::App& app, CommandContext& context);
void add_audit_command(CLI::App& app, CommandContext& context);
void add_db_command(CLI::App& app, CommandContext& context);
void add_generate_command(CLI::App& app, CommandContext& context);
void add_demo_command(CLI::App& app, CommandContext& context);
void add_hold_commands(CLI::App& app, CommandContext& context);
void add_dnc_commands(CLI::App& app, CommandContext& context);
void add_contact_commands(CLI::App& app, CommandContext& context);
void add_strategy_commands(CLI::App& app, CommandContext& context);
void add_queue_commands(CLI::App& app, CommandContext& context);
void add_user_commands(CLI::App& app, CommandContext& context);
void add_token_commands(CLI::App& app, CommandContext& context);
void add_campaign_commands(CLI::App& app, CommandContext& context);
void add_shift_commands(CLI::App& app, CommandContext& context);
void add_script_commands(CLI::App& app, CommandContext& context);
void add_payments_commands(CLI::App& app, CommandContext& context);
void add_agreement_commands(CLI::App& app, CommandContext& context);
void add_todo_commands(CLI::App& app, CommandContext& context);
void add_report_commands(CLI::App& app, CommandContext& context);
void add_target_commands(CLI::App& app, CommandContext& context);
void add_mail_commands(CLI::App& app, CommandContext& context);
void add_serve_command(CLI::App& app, CommandContext& context);
void add_simulate_command(CLI::App& app, CommandContext& context);

}  // namespace duecall::cli
