// Crash safety of intake, on SQLite and on PostgreSQL: `duecall import` is killed with
// SIGKILL at random moments of a large file, again and again on the same database. After every kill the database must pass
// SQLite's integrity check and the timeline audit; at the end one complete re-run must find
// every row stored exactly once. The seed is printed so a failing run can be replayed.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <random>
#include <thread>

#include "app/audit.hpp"
#include "support/run_process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_store.hpp"

extern char** environ;

namespace duecall {
namespace {

// PostgreSQL intake runs a round trip per statement, so its file is smaller; the number of
// kills is the same.
int rows_for(testing::StoreKind kind) { return kind == testing::StoreKind::kPostgres ? 20'000 : 40'000; }
constexpr int kTrials = 24;

pid_t spawn(const std::vector<std::string>& arguments) {
  std::vector<char*> argv;
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

std::int64_t count_claims(adapters::SqlStore& store) {
  auto transaction = store.begin().value();
  auto counts = transaction->count_rows();
  for (const auto& counted : counts.value()) {
    if (counted.table == "claims") return counted.rows;
  }
  return -1;
}

class CrashSafety : public testing::StoreTest {};

TEST_P(CrashSafety, AnImportKilledAtRandomMomentsLosesNothingAndDuplicatesNothing) {
  testing::TempDir dir;
  std::string db = db_spec();
  const int kRows = rows_for(GetParam());
  std::string file = dir.file("claims.csv");
  std::string binary = testing::duecall_binary();
  ASSERT_EQ(testing::run_process({binary, "generate", "claims", "--rows", std::to_string(kRows),
                                  "--today", "2026-11-20", "--out", file})
                .exit_status,
            0);
  ASSERT_EQ(testing::run_process({binary, "--db", db, "client", "add", "--code", "TEL", "--name",
                                  "Telekom", "--country", "SI", "--currency", "EUR"})
                .exit_status,
            0);

  // Time one uninterrupted import into a scratch database, so kills land over its whole span.
  testing::StoreUnderTest scratch_database(GetParam());
  std::string scratch = scratch_database.spec();
  testing::run_process({binary, "--db", scratch, "client", "add", "--code", "TEL", "--name", "T",
                        "--country", "SI", "--currency", "EUR"});
  auto timed_import = [&]() {
    auto started = std::chrono::steady_clock::now();
    EXPECT_EQ(testing::run_process({binary, "--db", scratch, "import", "claims", file, "--client",
                                    "TEL", "--rows-per-transaction", "1000"})
                  .exit_status,
              0);
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now() - started)
        .count();
  };
  auto full_ms = timed_import();       // every row new
  auto unchanged_ms = timed_import();  // every row already stored

  std::uint64_t seed = std::random_device{}();
  std::printf("crash test seed %llu, full import %lld ms, unchanged %lld ms\n",
              static_cast<unsigned long long>(seed), static_cast<long long>(full_ms),
              static_cast<long long>(unchanged_ms));
  std::mt19937_64 random(seed);
  int killed = 0;
  for (int trial = 0; trial < kTrials; ++trial) {
    pid_t pid = spawn({binary, "--db", db, "import", "claims", file, "--client", "TEL",
                       "--rows-per-transaction", "1000"});
    ASSERT_GT(pid, 0);
    // Kill points spread over 90 % of what this run should take: rows stored by earlier
    // trials are only compared again, which is faster than storing them.
    std::int64_t stored = 0;
    {
      auto store = database().open();
      stored = count_claims(*store);
    }
    double done = static_cast<double>(stored) / kRows;
    auto expected_ms = static_cast<std::uint64_t>(unchanged_ms * done + full_ms * (1 - done));
    auto delay = std::chrono::milliseconds(random() % (expected_ms * 9 / 10 + 1));
    std::this_thread::sleep_for(delay);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) ++killed;

    auto store = database().open();
    EXPECT_EQ(store->integrity_check().value(), "ok") << "trial " << trial;
    auto audit = app::verify_audit(*store);
    ASSERT_TRUE(audit.ok());
    EXPECT_FALSE(audit->first_broken.has_value())
        << "trial " << trial << ": " << audit->first_broken->reason;
    EXPECT_LE(count_claims(*store), kRows);
  }
  std::printf("%d of %d trials killed mid-import\n", killed, kTrials);
  EXPECT_GE(killed, kTrials / 2) << "the trials must really kill imports mid-way";

  auto finished = testing::run_process(
      {binary, "--db", db, "import", "claims", file, "--client", "TEL", "--json"});
  ASSERT_EQ(finished.exit_status, 0) << finished.err;
  auto store = database().open();
  EXPECT_EQ(count_claims(*store), kRows);
  auto audit = app::verify_audit(*store).value();
  EXPECT_FALSE(audit.first_broken.has_value());
  EXPECT_EQ(audit.events_checked, kRows) << "one claim_placed event per claim, none twice";
  auto again = testing::run_process(
      {binary, "--db", db, "import", "claims", file, "--client", "TEL", "--json"});
  EXPECT_NE(again.out.find("\"unchanged\":" + std::to_string(kRows)), std::string::npos) << again.out;
}

INSTANTIATE_STORE_TESTS(CrashSafety);

}  // namespace
}  // namespace duecall
