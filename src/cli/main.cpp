// duecall: one binary, one subcommand per task. main() parses the command line, runs the
// selected action and maps its Result to an exit status and a message on stderr.
#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/command_context.hpp"

int main(int argc, char** argv) {
  using namespace duecall;
  CLI::App app{"duecall: early-stage debt collection by phone"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "duecall 0.1.0");
  cli::CommandContext context;
  app.add_option(
      "--db", context.database,
      "database: sqlite:PATH, a file path or postgresql://user@host:port/name[?pool_size=N] "
      "(default: $DUECALL_DB, else sqlite:./duecall.db)");
  app.add_option("--smtp", context.smtp_url,
                 "mail server for minutes: smtp://host:port or smtps://host:port, optionally "
                 "with user:password@ (default: $DUECALL_SMTP_URL)");
  app.fallthrough();
  cli::add_client_commands(app, context);
  cli::add_import_command(app, context);
  cli::add_case_command(app, context);
  cli::add_hold_commands(app, context);
  cli::add_dnc_commands(app, context);
  cli::add_contact_commands(app, context);
  cli::add_strategy_commands(app, context);
  cli::add_queue_commands(app, context);
  cli::add_user_commands(app, context);
  cli::add_token_commands(app, context);
  cli::add_campaign_commands(app, context);
  cli::add_shift_commands(app, context);
  cli::add_script_commands(app, context);
  cli::add_payments_commands(app, context);
  cli::add_agreement_commands(app, context);
  cli::add_todo_commands(app, context);
  cli::add_report_commands(app, context);
  cli::add_target_commands(app, context);
  cli::add_mail_commands(app, context);
  cli::add_serve_command(app, context);
  cli::add_audit_command(app, context);
  cli::add_db_command(app, context);
  cli::add_generate_command(app, context);
  cli::add_demo_command(app, context);
  cli::add_simulate_command(app, context);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int status = app.exit(error);
    return status == 0 ? 0 : cli::kExitUnusable;
  }
  if (!context.action) {
    std::fputs(app.help().c_str(), stderr);
    return cli::kExitUnusable;
  }
  auto result = context.action();
  if (!result.ok()) {
    std::fprintf(stderr, "duecall: %s\n", result.error().message.c_str());
    return cli::kExitUnusable;
  }
  return *result;
}
