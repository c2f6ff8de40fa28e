// duecall simulate dialer [--agents N] [--hours H] [--answer-rate P] [--mode M|all]
// [--seed S] [--json]: runs the dialer simulator (src/dialer) for one or every pacing mode
// on the same campaign list and prints occupancy, connects and abandons per mode. The same
// arguments always print the same bytes.
#include <fmt/format.h>

#include <cmath>
#include <iostream>
#include <vector>

#include "cli/command_context.hpp"
#include "dialer/dialer_simulator.hpp"

namespace duecall::cli {
namespace {

struct SimulateArguments {
  int agents = 20;
  double hours = 8.0;
  double answer_rate = 0.25;
  std::string mode = "all";
  std::uint64_t seed = 1;
  bool json = false;
};

Result<std::vector<dialer::PacingMode>> selected_modes(const SimulateArguments& arguments) {
  if (arguments.mode == "all") {
    return std::vector<dialer::PacingMode>(dialer::kAllPacingModes.begin(),
                                           dialer::kAllPacingModes.end());
  }
  if (auto mode = dialer::parse_pacing_mode(arguments.mode)) {
    return std::vector<dialer::PacingMode>{*mode};
  }
  return Error::invalid_argument(
      fmt::format("--mode {}: expected progressive, ratio, adaptive, predictive, oracle or all",
                  arguments.mode));
}

Result<bool> check_arguments(const SimulateArguments& arguments) {
  const dialer::CallModel model;
  if (arguments.agents < 1 || arguments.agents > 10000) {
    return Error::invalid_argument(
        fmt::format("--agents {}: expected a whole number from 1 to 10000", arguments.agents));
  }
  if (!std::isfinite(arguments.hours) || arguments.hours <= 0 || arguments.hours > 24) {
    return Error::invalid_argument(
        fmt::format("--hours {}: expected more than 0 and at most 24", arguments.hours));
  }
  const double most = 1.0 - model.failed_share;
  if (!std::isfinite(arguments.answer_rate) || arguments.answer_rate <= 0 ||
      arguments.answer_rate > most) {
    return Error::invalid_argument(fmt::format(
        "--answer-rate {}: expected a share of dials above 0 and at most {} (the other {} "
        "are busy or fail)",
        arguments.answer_rate, most, model.failed_share));
  }
  return true;
}

// Six decimals: enough for every share, and identical bytes on every platform.
std::string fixed(double value) { return fmt::format("{:.6f}", value); }

std::string results_json(const std::vector<dialer::SimulationResult>& results) {
  std::string out = "{\"modes\": [";
  for (std::size_t i = 0; i < results.size(); ++i) {
    const dialer::SimulationResult& r = results[i];
    out += fmt::format(
        "{}{{\"mode\": \"{}\", \"talk_occupancy\": {}, \"talk_wrap_share\": {}, "
        "\"connects_per_agent_hour\": {}, \"abandon_rate\": {}, \"dials_per_agent_hour\": {}, "
        "\"dials\": {}, \"answered\": {}, \"abandoned\": {}}}",
        i == 0 ? "" : ", ", dialer::pacing_mode_name(r.mode), fixed(r.talk_occupancy()),
        fixed(r.talk_wrap_share()), fixed(r.connects_per_agent_hour()), fixed(r.abandon_rate()),
        fixed(r.dials_per_agent_hour()), r.dials, r.answered, r.abandoned);
  }
  out += "]}\n";
  return out;
}

std::string results_table(const SimulateArguments& arguments,
                          const std::vector<dialer::SimulationResult>& results) {
  std::string out = fmt::format(
      "dialer simulation: {} agents, {} h, answer rate {}, seed {}\n", arguments.agents,
      arguments.hours, arguments.answer_rate, arguments.seed);
  out += fmt::format("{:<12} {:>10} {:>10} {:>14} {:>9} {:>12}\n", "mode", "talk", "talk+wrap",
                     "connects/ag-h", "abandon", "dials/ag-h");
  for (const dialer::SimulationResult& r : results) {
    out += fmt::format("{:<12} {:>9.1f}% {:>9.1f}% {:>14.2f} {:>8.2f}% {:>12.1f}\n",
                       dialer::pacing_mode_name(r.mode), 100 * r.talk_occupancy(),
                       100 * r.talk_wrap_share(), r.connects_per_agent_hour(),
                       100 * r.abandon_rate(), r.dials_per_agent_hour());
  }
  return out;
}

}  // namespace

void add_simulate_command(CLI::App& app, CommandContext& context) {
  auto* simulate = app.add_subcommand("simulate", "simulate parts of the product");
  simulate->require_subcommand(1);
  auto arguments = std::make_shared<SimulateArguments>();
  auto* dialer_command = simulate->add_subcommand(
      "dialer", "simulate a shift of outbound calls under each pacing mode (same numbers)");
  dialer_command->add_option("--agents", arguments->agents, "agents logged in all shift (default 20)");
  dialer_command->add_option("--hours", arguments->hours, "shift length in hours (default 8)");
  dialer_command->add_option("--answer-rate", arguments->answer_rate,
                     "share of dials answered live (default 0.25)");
  dialer_command->add_option("--mode", arguments->mode,
                     "progressive, ratio, adaptive, predictive, oracle or all (default all)");
  dialer_command->add_option("--seed", arguments->seed, "random seed (default 1)");
  dialer_command->add_flag("--json", arguments->json, "print JSON");
  on_run(dialer_command, context, [arguments]() -> Result<int> {
    TRY(check_arguments(*arguments));
    const std::vector<dialer::PacingMode> modes = TRY(selected_modes(*arguments));
    std::vector<dialer::SimulationResult> results;
    for (dialer::PacingMode mode : modes) {
      dialer::SimulationConfig config;
      config.mode = mode;
      config.agents = arguments->agents;
      config.hours = arguments->hours;
      config.answer_rate = arguments->answer_rate;
      config.seed = arguments->seed;
      results.push_back(dialer::simulate(config));
    }
    std::cout << (arguments->json ? results_json(results) : results_table(*arguments, results));
    return kExitOk;
  });
}

}  // namespace duecall::cli
