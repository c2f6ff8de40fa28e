// duecall payments import FILE [--format csv|camt053|camt054] [--client CODE] [--json]
//
// Exit 0 when the statement was read and posted (also with unmatched or rejected entries:
// those are reported and kept as work); 2 when the file, its format or the client cannot
// be used, and then nothing is posted.
#include <filesystem>
#include <iostream>

#include "app/import_payments.hpp"
#include "app/import_report_json.hpp"
#include "cli/command_context.hpp"
#include "cli/read_file.hpp"

namespace duecall::cli {
namespace {

struct PaymentsImportArguments {
  std::string file;
  std::string format;
  std::string client;
  bool json = false;
};

Result<int> run_payments_import(CommandContext& context, const PaymentsImportArguments& arguments) {
  std::string bytes = TRY(read_whole_file(arguments.file));
  app::StatementFormat format = arguments.format.empty()
                                    ? app::guess_statement_format(bytes)
                                    : TRY(app::parse_statement_format(arguments.format));
  auto statement = app::read_bank_statement(bytes, format);
  if (!statement.ok()) {
    return Error::invalid_argument(arguments.file + " (" +
                                   std::string(app::statement_format_name(format)) +
                                   "): " + statement.error().message + " (nothing was posted)");
  }
  auto store = TRY(context.open_store());
  app::PaymentImportOptions options{
      .client_code = arguments.client,
      .file_name = std::filesystem::path(arguments.file).filename().string(),
      .actor = kCommandLineActor};
  auto report = app::import_payments(*store, context.clock(), *statement, options);
  if (!report.ok()) {
    Error error = std::move(report).error();
    error.message = arguments.file + ": " + error.message + " (nothing was posted)";
    return error;
  }
  // Rejected entries go to stderr in both modes, so that --json keeps its four keys.
  for (const auto& reject : report->rejects) {
    std::cerr << arguments.file << ": line " << reject.line << ": " << reject.reason
              << " (entry skipped)\n";
  }
  if (arguments.json) {
    std::cout << app::payment_import_report_json(*report).dump() << "\n";
    return kExitOk;
  }
  std::cout << arguments.file << ": " << report->entries << " credit entries, " << report->posted
            << " posted, " << report->duplicates << " imported before, " << report->unmatched
            << " unmatched (to-do items); " << report->debits_skipped << " debits skipped, "
            << report->rejects.size() << " entries rejected\n";
  return kExitOk;
}

}  // namespace

void add_payments_commands(CLI::App& app, CommandContext& context) {
  auto* payments = app.add_subcommand("payments", "bank statements and payment posting");
  payments->require_subcommand(1);
  auto arguments = std::make_shared<PaymentsImportArguments>();
  auto* import = payments->add_subcommand(
      "import",
      "post a bank statement's credit entries to claims (bank CSV, camt.053, camt.054); "
      "entries imported before post nothing, unmatched ones become to-do items");
  import->add_option("FILE", arguments->file, "the statement file")->required();
  import->add_option("--format", arguments->format, "csv, camt053 or camt054 (default: guessed)")
      ->check(CLI::IsMember({"csv", "camt053", "camt054"}));
  import->add_option("--client", arguments->client,
                     "the client whose claims it pays (needed when there are several)");
  import->add_flag("--json", arguments->json,
                   "print only {\"entries\", \"posted\", \"duplicates\", \"unmatched\"} on stdout");
  on_run(import, context,
         [&context, arguments] { return run_payments_import(context, *arguments); });
}

}  // namespace duecall::cli
