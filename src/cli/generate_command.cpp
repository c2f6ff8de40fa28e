// duecall generate claims --rows N [--seed S] [--today D] [--out FILE]: a synthetic claim
// file in the canonical layout, for demos and benchmarks.
#include <iostream>

#include "app/claim_file_generator.hpp"
#include "cli/command_context.hpp"
#include "cli/read_file.hpp"
#include "core/time_zone.hpp"

namespace duecall::cli {

void add_generate_command(CLI::App& app, CommandContext& context) {
  auto* generate = app.add_subcommand("generate", "generate synthetic data");
  generate->require_subcommand(1);
  struct Arguments {
    std::int64_t rows = 1000;
    std::int64_t debtors = 0;
    std::uint64_t seed = 1;
    std::string today;
    std::string prefix = "INV";
    std::string out;
  };
  auto arguments = std::make_shared<Arguments>();
  auto* claims = generate->add_subcommand("claims", "a claim file in the canonical layout");
  claims->add_option("--rows", arguments->rows, "number of claims")->check(CLI::PositiveNumber);
  claims->add_option("--debtors", arguments->debtors, "number of debtors (default: 60 % of rows)");
  claims->add_option("--seed", arguments->seed, "random seed");
  claims->add_option("--today", arguments->today, "date the claims are overdue as of (YYYY-MM-DD)");
  claims->add_option("--prefix", arguments->prefix, "client_ref prefix");
  claims->add_option("--out", arguments->out, "output file (default: stdout)");
  on_run(claims, context, [&context, arguments]() -> Result<int> {
    app::ClaimFileOptions options{.rows = arguments->rows,
                                  .debtors = arguments->debtors,
                                  .seed = arguments->seed,
                                  .prefix = arguments->prefix};
    options.today = arguments->today.empty()
                        ? TRY(TimeZone::find("Europe/Ljubljana")).local_date(context.clock().now())
                        : TRY(CivilDate::parse_iso(arguments->today));
    std::string csv = app::generate_claim_csv(options);
    if (arguments->out.empty()) {
      std::cout << csv;
    } else {
      TRY(write_whole_file(arguments->out, csv));
    }
    return kExitOk;
  });
}

}  // namespace duecall::cli
