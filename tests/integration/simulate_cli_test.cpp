// `duecall simulate dialer` end to end: the --json contract (a "modes" array with mode,
// talk_occupancy, talk_wrap_share, connects_per_agent_hour and abandon_rate, shares as
// fractions), every mode in its order for --mode all, the same bytes for the same
// arguments, and a clear refusal of bad arguments.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run_process.hpp"

namespace duecall {
namespace {

using nlohmann::json;

testing::ProcessResult simulate(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), {testing::duecall_binary(), "simulate", "dialer"});
  return testing::run_process(arguments);
}

TEST(SimulateCli, PrintsEveryModeInOrderWithTheContractsKeysAsFractions) {
  testing::ProcessResult run = simulate({"--agents", "20", "--hours", "2", "--answer-rate",
                                         "0.25", "--mode", "all", "--seed", "1", "--json"});
  ASSERT_EQ(run.exit_status, 0) << run.err;
  json out = json::parse(run.out);
  ASSERT_EQ(out["modes"].size(), 5u);
  const std::vector<std::string> order = {"progressive", "ratio", "adaptive", "predictive", "oracle"};
  for (std::size_t i = 0; i < order.size(); ++i) {
    const json& mode = out["modes"][i];
    EXPECT_EQ(mode["mode"], order[i]);
    for (const char* share : {"talk_occupancy", "talk_wrap_share", "abandon_rate"}) {
      ASSERT_TRUE(mode[share].is_number()) << share;
      EXPECT_GE(mode[share].get<double>(), 0.0);
      EXPECT_LE(mode[share].get<double>(), 1.0);
    }
    EXPECT_GT(mode["connects_per_agent_hour"].get<double>(), 1.0);
    EXPECT_LE(mode["talk_occupancy"].get<double>(), mode["talk_wrap_share"].get<double>());
  }
  EXPECT_EQ(out["modes"][0]["abandon_rate"].get<double>(), 0.0) << "progressive never abandons";
}

TEST(SimulateCli, TheSameArgumentsPrintTheSameBytes) {
  const std::vector<std::string> arguments = {"--agents", "5", "--hours", "1", "--mode",
                                              "predictive", "--seed", "7", "--json"};
  testing::ProcessResult first = simulate(arguments);
  testing::ProcessResult second = simulate(arguments);
  ASSERT_EQ(first.exit_status, 0) << first.err;
  EXPECT_EQ(first.out, second.out);
  EXPECT_EQ(json::parse(first.out)["modes"].size(), 1u);
  testing::ProcessResult other_seed =
      simulate({"--agents", "5", "--hours", "1", "--mode", "predictive", "--seed", "8", "--json"});
  EXPECT_NE(first.out, other_seed.out);
}

TEST(SimulateCli, RefusesBadArgumentsWithAReason) {
  for (const auto& bad : std::vector<std::vector<std::string>>{
           {"--agents", "0"}, {"--hours", "-1"}, {"--answer-rate", "1.5"}, {"--mode", "turbo"}}) {
    testing::ProcessResult run = simulate(bad);
    EXPECT_NE(run.exit_status, 0) << bad[0];
    EXPECT_FALSE(run.err.empty()) << bad[0];
  }
}

}  // namespace
}  // namespace duecall
