// duecall import claims FILE --client CODE [--mapping map.json] [--json]
#include <filesystem>
#include <iostream>

#include "app/import_claims.hpp"
#include "app/import_report_json.hpp"
#include "cli/command_context.hpp"
#include "cli/progress_bar.hpp"
#include "cli/read_file.hpp"
#include "core/csv_reader.hpp"

namespace duecall::cli {
namespace {

struct ImportArguments {
  std::string file;
  std::string client;
  std::string mapping_file;
  bool json = false;
  unsigned workers = 0;
  std::size_t rows_per_transaction = 50'000;
};

// FILE.rejects.csv: line, column and reason, then the rejected record's own fields under
// the file's own header. Always rewritten, so it never describes an earlier run.
Status write_rejects_file(const std::string& path, const app::ImportReport& report) {
  std::string out;
  std::vector<std::string_view> row = {"line", "column", "reason"};
  for (const auto& name : report.header) row.push_back(name);
  out += csv_format_row(row) + "\n";
  for (const auto& reject : report.rejects) {
    std::string line = std::to_string(reject.problem.line);
    row = {line, reject.problem.column, reject.problem.reason};
    for (const auto& field : reject.fields) row.push_back(field);
    out += csv_format_row(row) + "\n";
  }
  return write_whole_file(path, out);
}

Result<int> run_import(CommandContext& context, const ImportArguments& arguments) {
  app::ImportOptions options{.client_code = arguments.client,
                             .file_name = std::filesystem::path(arguments.file).filename().string(),
                             .workers = arguments.workers,
                             .rows_per_transaction = arguments.rows_per_transaction};
  if (!arguments.mapping_file.empty()) {
    std::string text = TRY(read_whole_file(arguments.mapping_file));
    auto document = nlohmann::json::parse(text, nullptr, false);
    if (document.is_discarded()) {
      return Error::invalid_argument(arguments.mapping_file + " is not valid JSON");
    }
    options.mapping = TRY(app::ClaimFileMapping::from_json(document));
  }
  std::string bytes = TRY(read_whole_file(arguments.file));
  auto store = TRY(context.open_store());
  ProgressBar progress("importing " + options.file_name);
  options.progress = [&](std::size_t done, std::size_t total) { progress.update(done, total); };
  auto report = app::import_claims(*store, context.clock(), std::move(bytes), options);
  if (!report.ok()) {
    Error error = std::move(report).error();
    error.message = arguments.file + ": " + error.message + " (nothing was imported)";
    if (arguments.json) {
      std::cout << nlohmann::json{{"error", {{"code", error_code_name(error.code)},
                                             {"message", error.message}}}}.dump() << "\n";
    }
    return error;
  }
  std::string rejects_path = arguments.file + ".rejects.csv";
  if (auto written = write_rejects_file(rejects_path, *report); !written.ok()) {
    std::cerr << "duecall: " << written.error().message << "\n";
  }
  if (arguments.json) {
    std::cout << app::claim_import_report_json(*report).dump() << "\n";
    return kExitOk;
  }
  std::cout << arguments.file << ": " << report->rows << " rows, " << report->imported
            << " imported, " << report->updated << " updated, " << report->unchanged
            << " unchanged, " << report->rejected << " rejected; " << report->cases_created
            << " new cases\n";
  constexpr std::size_t kShown = 20;
  for (std::size_t i = 0; i < report->rejects.size() && i < kShown; ++i) {
    const auto& problem = report->rejects[i].problem;
    std::cout << "  line " << problem.line << ", " << problem.column << ": " << problem.reason << "\n";
  }
  if (report->rejects.size() > kShown) {
    std::cout << "  ... and " << report->rejects.size() - kShown << " more\n";
  }
  if (!report->rejects.empty()) std::cout << "rejected rows: " << rejects_path << "\n";
  if (!report->warnings.empty()) {
    std::cout << report->warnings.size() << " warnings (see --json)\n";
  }
  return kExitOk;
}

}  // namespace

void add_import_command(CLI::App& app, CommandContext& context) {
  auto* import = app.add_subcommand("import", "bring data in");
  import->require_subcommand(1);
  auto arguments = std::make_shared<ImportArguments>();
  auto* claims = import->add_subcommand(
      "claims", "import a creditor's claim file (CSV); rejected rows go to FILE.rejects.csv");
  claims->add_option("FILE", arguments->file, "the claim file")->required();
  claims->add_option("--client", arguments->client, "the client's code")->required();
  claims->add_option("--mapping", arguments->mapping_file,
                     "JSON describing the file: columns, delimiter, decimal, date_format, encoding");
  claims->add_flag("--json", arguments->json, "print only a JSON report on stdout");
  claims->add_option("--workers", arguments->workers, "validation threads (default: one per core)");
  claims->add_option("--rows-per-transaction", arguments->rows_per_transaction,
                     "rows written per database transaction")
      ->check(CLI::Range(std::size_t{1}, std::size_t{10'000'000}));
  on_run(claims, context, [&context, arguments] { return run_import(context, *arguments); });
}

}  // namespace duecall::cli
