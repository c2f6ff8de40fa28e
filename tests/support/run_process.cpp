#include "support/run_process.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

extern char** environ;

namespace duecall::testing {
namespace {

std::string read_all(int fd) {
  std::string out;
  char buffer[65536];
  ssize_t got;
  while ((got = ::read(fd, buffer, sizeof buffer)) > 0) out.append(buffer, static_cast<std::size_t>(got));
  return out;
}

ProcessResult run(const std::vector<std::string>& arguments,
                  const std::vector<std::string>& environment, const char* input_path) {
  // stdout and stderr go to temporary files rather than pipes, so a chatty child can never
  // block on a full pipe while we wait for it.
  char out_name[] = "/tmp/duecall-out-XXXXXX";
  char err_name[] = "/tmp/duecall-err-XXXXXX";
  int out_fd = ::mkstemp(out_name);
  int err_fd = ::mkstemp(err_name);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out_fd, STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_fd, STDERR_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, input_path, O_RDONLY, 0);

  std::vector<std::string> env_strings;
  for (char** entry = environ; *entry; ++entry) env_strings.emplace_back(*entry);
  for (const auto& extra : environment) env_strings.push_back(extra);
  std::vector<char*> argv, envp;
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  for (auto& entry : env_strings) envp.push_back(entry.data());
  envp.push_back(nullptr);

  pid_t pid = 0;
  int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ProcessResult result;
  if (spawned != 0) {
    result.err = std::string("cannot start ") + argv[0] + ": " + std::strerror(spawned);
  } else {
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (WIFEXITED(status)) result.exit_status = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  }
  ::lseek(out_fd, 0, SEEK_SET);
  ::lseek(err_fd, 0, SEEK_SET);
  result.out = read_all(out_fd);
  result.err += read_all(err_fd);
  ::close(out_fd);
  ::close(err_fd);
  ::unlink(out_name);
  ::unlink(err_name);
  return result;
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& arguments,
                          const std::vector<std::string>& environment) {
  return run(arguments, environment, "/dev/null");
}

ProcessResult run_process_with_input(const std::vector<std::string>& arguments,
                                     const std::string& input,
                                     const std::vector<std::string>& environment) {
  char input_name[] = "/tmp/duecall-in-XXXXXX";
  int input_fd = ::mkstemp(input_name);
  for (std::size_t written = 0; written < input.size();) {
    ssize_t done = ::write(input_fd, input.data() + written, input.size() - written);
    if (done <= 0) break;
    written += static_cast<std::size_t>(done);
  }
  ::close(input_fd);
  ProcessResult result = run(arguments, environment, input_name);
  ::unlink(input_name);
  return result;
}

std::string duecall_binary() {
  const char* path = std::getenv("DUECALL_BINARY");
  return path ? path : DUECALL_BINARY_PATH;
}

std::string source_dir() {
  const char* path = std::getenv("DUECALL_SOURCE_DIR");
  return path ? path : DUECALL_SOURCE_PATH;
}

}  // namespace duecall::testing
