// Runs the built duecall binary (or any program) as a child process and captures its exit
// status, stdout and stderr, for tests that exercise the command line end to end.
#pragma once

#include <string>
#include <vector>

namespace duecall::testing {

struct ProcessResult {
  int exit_status = -1;     // -1 when the process did not exit normally
  int signal = 0;           // the signal that ended it, if any
  std::string out;
  std::string err;
};

// Runs `arguments` (arguments[0] is the program) with extra environment entries
// ("NAME=value"), waits for it and returns what it printed.
ProcessResult run_process(const std::vector<std::string>& arguments,
                          const std::vector<std::string>& environment = {});
// The same with `input` on the child's standard input (otherwise /dev/null), as a file, so
// the child sees the end of input after it; not a terminal.
ProcessResult run_process_with_input(const std::vector<std::string>& arguments,
                                     const std::string& input,
                                     const std::vector<std::string>& environment = {});

// The duecall binary under test: $DUECALL_BINARY, set by ctest.
std::string duecall_binary();
// The source tree: $DUECALL_SOURCE_DIR, set by ctest.
std::string source_dir();

}  // namespace duecall::testing
