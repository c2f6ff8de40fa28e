// duecall report kpi --from D --to D --by operator|client|day|shift [--client CODE]
//                    [--json|--csv]
//
// Prints the KPIs of a period (docs/kpi.md): a table by default, JSON or CSV on request
// (kpi_report_output.hpp). Exit 0 when printed; 2 for a bad date or period or an unknown
// client.
#include <iostream>

#include "app/kpi_report.hpp"
#include "cli/command_context.hpp"
#include "cli/kpi_report_output.hpp"

namespace duecall::cli {
namespace {

struct KpiArguments {
  std::string from;
  std::string to;
  std::string by;
  std::string client;
  bool json = false;
  bool csv = false;
};

Result<CivilDate> date_flag(const std::string& text, const char* flag) {
  auto date = CivilDate::parse_iso(text);
  if (!date.ok()) {
    return Error::invalid_argument(std::string(flag) + " '" + text +
                                   "' is not a date (YYYY-MM-DD): " + date.error().message);
  }
  return *date;
}

Result<int> run_kpi_report(CommandContext& context, const KpiArguments& arguments) {
  app::KpiRequest request{.from = TRY(date_flag(arguments.from, "--from")),
                          .to = TRY(date_flag(arguments.to, "--to")),
                          .by = TRY(domain::parse_kpi_grouping(arguments.by)),
                          .client_code = arguments.client};
  auto store = TRY(context.open_store());
  auto result = TRY(app::kpi_report(*store, request));
  if (arguments.json) {
    std::cout << app::kpi_report_json(result).dump(2) << "\n";
  } else if (arguments.csv) {
    std::cout << kpi_report_csv(result);
  } else {
    std::cout << kpi_report_text(result);
  }
  return kExitOk;
}

}  // namespace

void add_report_commands(CLI::App& app, CommandContext& context) {
  auto* report = app.add_subcommand("report", "reports on the agency's work");
  report->require_subcommand(1);
  auto arguments = std::make_shared<KpiArguments>();
  auto* kpi = report->add_subcommand(
      "kpi",
      "calls, right-party contacts, agreements, promised and collected amounts, kept rate and "
      "first attempts within 24 h, per operator, client, day or shift (see docs/kpi.md)");
  kpi->add_option("--from", arguments->from,
                  "first day of the period, YYYY-MM-DD, in the shift plan's time zone")
      ->required();
  kpi->add_option("--to", arguments->to, "last day of the period (inclusive), YYYY-MM-DD")
      ->required();
  kpi->add_option("--by", arguments->by, "operator, client, day or shift")
      ->required()
      ->check(CLI::IsMember({"operator", "client", "day", "shift"}));
  kpi->add_option("--client", arguments->client, "only this client's cases and claims");
  auto* json = kpi->add_flag("--json", arguments->json, "print JSON");
  auto* csv = kpi->add_flag("--csv", arguments->csv, "print CSV (RFC 4180)");
  json->excludes(csv);
  on_run(kpi, context, [&context, arguments] { return run_kpi_report(context, *arguments); });
}

}  // namespace duecall::cli
