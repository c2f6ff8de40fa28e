// Concurrent intake and strategy runs, on SQLite and on PostgreSQL: two `duecall import
// claims` processes (and, in the last test, two `strategy run`s beside them) are started at
// the same moment on the same database and the same client, and must behave as if they had
// run one after the other.
//
// Method: two generated files share their debtors (same --debtors and --seed, so the same
// debtor number carries the same details in both) but not their claims (prefixes A and B).
// Each round starts both imports on a fresh database, waits for both, and checks that both
// succeeded, that every claim is stored once, that each debtor and its case exist once, that
// every claim sits in its own debtor's case, and that the timeline holds exactly one intact
// claim_placed event per claim. Rounds alternate between small files written in one
// transaction each and larger files committed chunk by chunk, so that the two processes
// also interleave their transactions (the test counts how often they did). Further rounds start
// both processes on the SAME file: every row must be stored once, and what one process
// imported the other must report as unchanged.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <map>
#include <set>
#include <sstream>

#include "support/run_process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_store.hpp"

extern char** environ;

namespace duecall {
namespace {

using nlohmann::json;

// Both halves stay well under a minute on two cores. PostgreSQL intake pays a round trip per
// statement batch, so its files are smaller. Intake validates 4,096 records per chunk and
// commits at chunk boundaries, so the large pair spans several transactions per file.
struct FilePair {
  int rows_a;
  int rows_b;
  int debtors;
};
struct RaceSizes {
  FilePair small;  // one transaction per file
  FilePair large;  // a transaction per chunk: the two processes can interleave them
};
RaceSizes sizes_for(testing::StoreKind kind) {
  return kind == testing::StoreKind::kPostgres
             ? RaceSizes{{2'000, 1'600, 1'500}, {12'000, 10'000, 9'000}}
             : RaceSizes{{8'000, 6'000, 6'000}, {20'000, 16'000, 15'000}};
}
constexpr int kRounds = 10;
constexpr int kSameFileRounds = 4;  // alternately small and large
constexpr const char* kNow = "DUECALL_NOW=2026-11-23T10:00:00Z";

// A started child whose stdout and stderr go to files, read after it has been reaped.
struct Child {
  pid_t pid = 0;
  std::string out_file;
  std::string err_file;
};

struct Finished {
  int exit_status = -1;
  std::string out;
  std::string err;
};

Child spawn(const std::vector<std::string>& arguments, const std::string& out_file,
            const std::string& err_file) {
  std::vector<std::string> environment;
  for (char** entry = environ; *entry; ++entry) environment.emplace_back(*entry);
  environment.emplace_back(kNow);
  std::vector<char*> argv, envp;
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  for (auto& entry : environment) envp.push_back(entry.data());
  envp.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_file.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_file.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  Child child{.out_file = out_file, .err_file = err_file};
  if (posix_spawn(&child.pid, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0) child.pid = 0;
  posix_spawn_file_actions_destroy(&actions);
  return child;
}

Finished wait_for(const Child& child) {
  Finished finished;
  int status = 0;
  if (child.pid > 0 && ::waitpid(child.pid, &status, 0) == child.pid && WIFEXITED(status)) {
    finished.exit_status = WEXITSTATUS(status);
  }
  finished.out = testing::read_file(child.out_file);
  finished.err = testing::read_file(child.err_file);
  return finished;
}

// The first column of the first row of `sql`.
// REQUIRES: `sql` is a literal (the driver caches statements by pointer).
std::int64_t scalar(adapters::SqlStore& store, const char* sql) {
  auto connection = store.lease_connection();
  EXPECT_TRUE(connection.ok());
  if (!connection.ok()) return -1;
  auto statement = (*connection)->prepare(sql);
  EXPECT_TRUE(statement.ok()) << sql;
  if (!statement.ok()) return -1;
  adapters::StatementScope scope(*statement);
  auto row = scope.step();
  EXPECT_TRUE(row.ok() && *row) << sql;
  return row.ok() && *row ? scope.column_int(0) : -1;
}

// A generated file, split into fields: the generator never quotes, so commas separate.
struct ClaimFile {
  std::string path;
  int rows = 0;
  std::map<std::string, std::string> debtor_details;  // debtor_ref -> its other fields
};

ClaimFile generate(const std::string& path, const std::string& prefix, int rows, int debtors) {
  auto generated = testing::run_process(
      {testing::duecall_binary(), "generate", "claims", "--rows", std::to_string(rows),
       "--debtors", std::to_string(debtors), "--seed", "7", "--prefix", prefix, "--today",
       "2026-11-20", "--out", path});
  EXPECT_EQ(generated.exit_status, 0) << generated.err;
  ClaimFile file{.path = path, .rows = rows};
  std::istringstream lines(testing::read_file(path));
  std::string line;
  std::getline(lines, line);  // header
  EXPECT_EQ(line.find('"'), std::string::npos);
  while (std::getline(lines, line)) {
    std::vector<std::string> fields;
    std::istringstream split(line);
    for (std::string field; std::getline(split, field, ',');) fields.push_back(field);
    // client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,
    // claim_type,currency,principal,fees,due_date,reminder_sent_on,postal_code
    EXPECT_EQ(fields.size(), 17u) << line;
    if (fields.size() != 17) continue;
    std::string details;
    for (int column : {2, 3, 4, 5, 6, 7, 8, 9, 16}) details += fields[column] + "|";
    auto [known, added] = file.debtor_details.emplace(fields[1], details);
    EXPECT_EQ(known->second, details) << "one debtor, two sets of details, in " << path;
  }
  return file;
}

class ConcurrentImport : public testing::StoreTest {
 protected:
  std::vector<std::string> import_arguments(const std::string& db, const ClaimFile& file,
                                            int rows_per_transaction) const {
    return {testing::duecall_binary(),  "--db",     db,
            "import",                   "claims",   file.path,
            "--client",                 "TEL",      "--json",
            "--rows-per-transaction",   std::to_string(rows_per_transaction)};
  }

  // A fresh database with client TEL.
  std::unique_ptr<testing::StoreUnderTest> fresh_database() const {
    auto database = std::make_unique<testing::StoreUnderTest>(GetParam());
    auto added = testing::run_process({testing::duecall_binary(), "--db", database->spec(),
                                       "client", "add", "--code", "TEL", "--name", "Telekom",
                                       "--country", "SI", "--currency", "EUR"},
                                      {kNow});
    EXPECT_EQ(added.exit_status, 0) << added.err;
    return database;
  }

  // Starts both imports at once and returns their reports, in order.
  std::pair<Finished, Finished> race(const std::vector<std::string>& first,
                                     const std::vector<std::string>& second) {
    Child one = spawn(first, dir_.file("one.out"), dir_.file("one.err"));
    Child two = spawn(second, dir_.file("two.out"), dir_.file("two.err"));
    EXPECT_GT(one.pid, 0);
    EXPECT_GT(two.pid, 0);
    Finished first_done = wait_for(one);
    Finished second_done = wait_for(two);
    return {first_done, second_done};
  }

  // Checks the database against the claims of `files` and `debtors` distinct debtors.
  void expect_each_row_once(const testing::StoreUnderTest& database, std::int64_t claims,
                            std::int64_t debtors, const std::string& round) {
    auto store = database.open();
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM claims"), claims) << round;
    EXPECT_EQ(scalar(*store, "SELECT count(DISTINCT client_ref) FROM claims"), claims) << round;
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM debtors"), debtors) << round;
    EXPECT_EQ(scalar(*store, "SELECT count(DISTINCT ref) FROM debtors"), debtors) << round;
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM cases"), debtors) << round;
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM claims c JOIN cases k ON k.id = c.case_id "
                             "WHERE k.debtor_id <> c.debtor_id"),
              0)
        << round << ": a claim in another debtor's case";
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM timeline_events WHERE kind <> 'claim_placed'"), 0)
        << round << ": the files agree on every debtor, so nothing may have changed";
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM timeline_events"), claims) << round;
    auto audit = testing::run_process(
        {testing::duecall_binary(), "--db", database.spec(), "audit", "verify", "--json"}, {kNow});
    ASSERT_EQ(audit.exit_status, 0) << round << ": " << audit.out << audit.err;
    json report = json::parse(audit.out);
    EXPECT_TRUE(report["intact"].get<bool>()) << round;
    EXPECT_EQ(report["events_checked"].get<std::int64_t>(), claims) << round;
    EXPECT_EQ(report["cases_checked"].get<std::int64_t>(), debtors) << round;
  }

  void expect_unchanged_on_reimport(const testing::StoreUnderTest& database, const ClaimFile& file,
                                    const std::string& round) {
    auto again = testing::run_process(import_arguments(database.spec(), file, 50'000), {kNow});
    ASSERT_EQ(again.exit_status, 0) << round << ": " << again.err;
    json report = json::parse(again.out);
    EXPECT_EQ(report["unchanged"].get<int>(), file.rows) << round << ": " << again.out;
    EXPECT_EQ(report["imported"].get<int>(), 0) << round;
    EXPECT_EQ(report["updated"].get<int>(), 0) << round;
  }

  testing::TempDir dir_;
};

// Two files of one pair: prefixes A and B, the same debtors.
struct Files {
  ClaimFile a;
  ClaimFile b;
  std::int64_t debtors = 0;  // distinct debtors in both files together
  int rows_per_transaction = 0;
};

Files generate_pair(const testing::TempDir& dir, const std::string& name, const FilePair& pair,
                    int rows_per_transaction) {
  Files files{.a = generate(dir.file(name + "-a.csv"), "A", pair.rows_a, pair.debtors),
              .b = generate(dir.file(name + "-b.csv"), "B", pair.rows_b, pair.debtors),
              .rows_per_transaction = rows_per_transaction};
  std::set<std::string> debtors;
  std::size_t shared = 0;
  for (const auto& [ref, details] : files.a.debtor_details) {
    debtors.insert(ref);
    auto in_b = files.b.debtor_details.find(ref);
    if (in_b == files.b.debtor_details.end()) continue;
    ++shared;
    EXPECT_EQ(details, in_b->second) << "generate must give debtor " << ref
                                     << " the same details whatever the prefix";
  }
  for (const auto& [ref, details] : files.b.debtor_details) debtors.insert(ref);
  EXPECT_GT(shared, files.a.debtor_details.size() / 2) << "the files must overlap in debtors";
  files.debtors = static_cast<std::int64_t>(debtors.size());
  std::printf("%s pair: A %d rows, B %d rows, %lld debtors, %zu in both\n", name.c_str(),
              files.a.rows, files.b.rows, static_cast<long long>(files.debtors), shared);
  return files;
}

// How often the file prefix changes along the claims in insertion order: 1 when one process
// wrote all its claims before the other, more when their transactions interleaved.
std::int64_t prefix_switches(adapters::SqlStore& store) {
  return scalar(store,
                "SELECT count(*) FROM (SELECT client_ref, lag(client_ref) OVER (ORDER BY id) AS "
                "previous FROM claims) t WHERE substr(client_ref, 1, 1) <> substr(previous, 1, 1)");
}

TEST_P(ConcurrentImport, TwoProcessesImportingOverlappingFilesStoreEveryRowOnce) {
  RaceSizes sizes = sizes_for(GetParam());
  // Even rounds: one transaction per file. Odd rounds: a transaction per chunk.
  Files pairs[2] = {generate_pair(dir_, "small", sizes.small, 50'000),
                    generate_pair(dir_, "large", sizes.large, 1)};
  ASSERT_FALSE(HasFailure());
  std::int64_t interleaved_rounds = 0;
  for (int round = 0; round < kRounds; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    std::string label = "round " + std::to_string(round);
    const Files& files = pairs[round % 2];
    const ClaimFile& a = files.a;
    const ClaimFile& b = files.b;
    auto database = fresh_database();
    auto started = std::chrono::steady_clock::now();
    auto [one, two] = race(import_arguments(database->spec(), a, files.rows_per_transaction),
                           import_arguments(database->spec(), b, files.rows_per_transaction));
    auto elapsed_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now() - started)
                          .count();
    ASSERT_EQ(one.exit_status, 0) << label << ": A failed: " << one.out << one.err;
    ASSERT_EQ(two.exit_status, 0) << label << ": B failed: " << two.out << two.err;
    json report_a = json::parse(one.out);
    json report_b = json::parse(two.out);
    EXPECT_EQ(report_a["imported"].get<int>(), a.rows) << label << ": " << one.out;
    EXPECT_EQ(report_b["imported"].get<int>(), b.rows) << label << ": " << two.out;
    EXPECT_EQ(report_a["rejected"].get<int>() + report_b["rejected"].get<int>(), 0) << label;
    EXPECT_EQ(report_a["cases_created"].get<std::int64_t>() +
                  report_b["cases_created"].get<std::int64_t>(),
              files.debtors)
        << label << ": each debtor's case is created by exactly one of the two";
    std::int64_t switches = prefix_switches(*database->open());
    if (switches > 1) ++interleaved_rounds;
    std::printf("%s (%d+%d rows): %lld ms, cases created A %d, B %d, writers switched %lld times\n",
                label.c_str(), a.rows, b.rows, static_cast<long long>(elapsed_ms),
                report_a["cases_created"].get<int>(), report_b["cases_created"].get<int>(),
                static_cast<long long>(switches));
    expect_each_row_once(*database, a.rows + b.rows, files.debtors, label);
    expect_unchanged_on_reimport(*database, a, label);
    expect_unchanged_on_reimport(*database, b, label);
    if (HasFatalFailure()) return;
  }
  std::printf("%lld of %d rounds interleaved the two imports' transactions\n",
              static_cast<long long>(interleaved_rounds), kRounds);
  if (GetParam() == testing::StoreKind::kPostgres) {
    // PostgreSQL queues the waiting process for the advisory lock, so it gets its turn at
    // the other's next commit. (SQLite's busy handler polls, and usually loses to the
    // writer that just committed, so there this is not required.)
    EXPECT_GE(interleaved_rounds, 1) << "the large rounds must really interleave transactions";
  }
}

TEST_P(ConcurrentImport, TwoProcessesImportingTheSameFileStoreEveryRowOnce) {
  RaceSizes sizes = sizes_for(GetParam());
  ClaimFile files[2] = {generate(dir_.file("small.csv"), "A", sizes.small.rows_a, sizes.small.debtors),
                        generate(dir_.file("large.csv"), "A", sizes.large.rows_a, sizes.large.debtors)};
  for (int round = 0; round < kSameFileRounds; ++round) {
    SCOPED_TRACE("same-file round " + std::to_string(round));
    std::string label = "same-file round " + std::to_string(round);
    const ClaimFile& a = files[round % 2];
    int rows_per_transaction = round % 2 == 0 ? 50'000 : 1;
    auto debtors = static_cast<std::int64_t>(a.debtor_details.size());
    auto database = fresh_database();
    auto [one, two] = race(import_arguments(database->spec(), a, rows_per_transaction),
                           import_arguments(database->spec(), a, rows_per_transaction));
    ASSERT_EQ(one.exit_status, 0) << label << ": first failed: " << one.out << one.err;
    ASSERT_EQ(two.exit_status, 0) << label << ": second failed: " << two.out << two.err;
    json first = json::parse(one.out);
    json second = json::parse(two.out);
    for (const json* report : {&first, &second}) {
      EXPECT_EQ((*report)["rows"].get<int>(), a.rows) << label;
      EXPECT_EQ((*report)["imported"].get<int>() + (*report)["unchanged"].get<int>(), a.rows)
          << label << ": " << report->dump();
      EXPECT_EQ((*report)["updated"].get<int>() + (*report)["rejected"].get<int>(), 0) << label;
    }
    EXPECT_EQ(first["imported"].get<int>() + second["imported"].get<int>(), a.rows)
        << label << ": " << one.out << " / " << two.out;
    EXPECT_EQ(first["cases_created"].get<std::int64_t>() + second["cases_created"].get<std::int64_t>(),
              debtors)
        << label;
    std::printf("%s (%d rows): imported %d + %d\n", label.c_str(), a.rows,
                first["imported"].get<int>(), second["imported"].get<int>());
    expect_each_row_once(*database, a.rows, debtors, label);
    expect_unchanged_on_reimport(*database, a, label);
    if (HasFatalFailure()) return;
  }
}

TEST_P(ConcurrentImport, ImportsAndStrategyRunsAtOnceLoseAndDuplicateNothing) {
  // One file is imported; then two strategy runs and the import of a second file start
  // together: the runs fight over the same cases and see whatever the import has committed.
  // A last run afterwards catches up the rest. Every
  // case must then be on the ladder once, with one due action and exactly one stage change
  // on its timeline (all runs look at the same instant, so a case never changes twice).
  RaceSizes sizes = sizes_for(GetParam());
  Files files = generate_pair(dir_, "mixed", sizes.large, 1);
  ASSERT_FALSE(HasFailure());
  constexpr int kMixedRounds = 4;
  for (int round = 0; round < kMixedRounds; ++round) {
    std::string label = "mixed round " + std::to_string(round);
    SCOPED_TRACE(label);
    auto database = fresh_database();
    auto run_arguments = [&](const char* name) {
      return std::vector<std::string>{testing::duecall_binary(), "--db", database->spec(),
                                      "strategy", "run", "--at", "2026-11-23T10:30:00Z",
                                      "--json", "--client", name};
    };
    // File A is in before the race, so both runs find the same cases to fight over; file
    // B is imported while they run.
    auto base = testing::run_process(import_arguments(database->spec(), files.a, 50'000), {kNow});
    ASSERT_EQ(base.exit_status, 0) << base.err;
    std::vector<Child> children = {
        spawn(run_arguments("TEL"), dir_.file("r1.out"), dir_.file("r1.err")),
        spawn(import_arguments(database->spec(), files.b, files.rows_per_transaction),
              dir_.file("b.out"), dir_.file("b.err")),
        spawn(run_arguments("TEL"), dir_.file("r2.out"), dir_.file("r2.err"))};
    std::vector<std::int64_t> evaluated;
    for (std::size_t i = 0; i < children.size(); ++i) {
      Finished done = wait_for(children[i]);
      ASSERT_EQ(done.exit_status, 0) << label << ": child " << i << ": " << done.out << done.err;
      if (i != 1) evaluated.push_back(json::parse(done.out)["cases"].get<std::int64_t>());
    }
    EXPECT_GT(evaluated[0], 0) << label;
    EXPECT_GT(evaluated[1], 0) << label;
    auto last = testing::run_process(run_arguments("TEL"), {kNow});
    ASSERT_EQ(last.exit_status, 0) << last.err;
    json report = json::parse(last.out);
    EXPECT_EQ(report["errors"].get<int>(), 0) << report.dump();
    std::printf("%s: the racing runs evaluated %lld and %lld cases, the last %lld\n",
                label.c_str(), static_cast<long long>(evaluated[0]),
                static_cast<long long>(evaluated[1]),
                static_cast<long long>(report["cases"].get<std::int64_t>()));

    auto store = database->open();
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM claims"), files.a.rows + files.b.rows);
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM cases"), files.debtors);
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM case_ladders"), files.debtors);
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM due_actions"), files.debtors);
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM timeline_events WHERE kind = 'stage_changed'"),
              files.debtors);
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM (SELECT case_id FROM timeline_events WHERE "
                             "kind = 'stage_changed' GROUP BY case_id HAVING count(*) <> 1) t"),
              0)
        << label << ": a case changed stage twice at one instant";
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM cases WHERE stage = 'new'"), 0) << label;
    auto audit = testing::run_process(
        {testing::duecall_binary(), "--db", database->spec(), "audit", "verify", "--json"}, {kNow});
    ASSERT_EQ(audit.exit_status, 0) << label << ": " << audit.out << audit.err;
    if (HasFatalFailure()) return;
  }
}

INSTANTIATE_STORE_TESTS(ConcurrentImport);

}  // namespace
}  // namespace duecall
