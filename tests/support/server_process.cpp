#include "support/server_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "support/run_process.hpp"

extern char** environ;

namespace duecall::testing {

ServerProcess::ServerProcess(const std::string& db_spec, const std::vector<std::string>& environment,
                             const std::string& stderr_path)
    : ServerProcess(db_spec, environment, stderr_path, {"serve", "--listen", "127.0.0.1:0"}) {}

ServerProcess::ServerProcess(const std::string& db_spec, const std::vector<std::string>& environment,
                             const std::string& stderr_path, const std::vector<std::string>& command)
    : stderr_path_(stderr_path) {
  int out[2];
  if (::pipe(out) != 0) throw std::runtime_error("pipe failed");
  int err_fd = ::open(stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_fd, STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  std::vector<std::string> arguments = {duecall_binary(), "--db", db_spec};
  arguments.insert(arguments.end(), command.begin(), command.end());
  std::vector<std::string> env_strings;
  for (char** entry = environ; *entry; ++entry) env_strings.emplace_back(*entry);
  for (const auto& extra : environment) env_strings.push_back(extra);
  std::vector<char*> argv, envp;
  for (auto& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  for (auto& entry : env_strings) envp.push_back(entry.data());
  envp.push_back(nullptr);
  int spawned = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  ::close(err_fd);
  if (spawned != 0) throw std::runtime_error("cannot start " + arguments[0]);
  // The command may print other lines first (demo does); what follows is left unread in the
  // pipe, which stays open so that a later line does not kill the server with SIGPIPE.
  stdout_fd_ = out[0];
  const std::string prefix = "listening on http://127.0.0.1:";
  std::string line;
  for (;;) {
    line.clear();
    char c;
    bool more = false;
    while ((more = ::read(stdout_fd_, &c, 1) == 1) && c != '\n') line += c;
    if (!more || line.rfind(prefix, 0) == 0) break;
  }
  if (line.rfind(prefix, 0) != 0) {
    terminate();
    throw std::runtime_error("duecall serve did not start: " + line + "\n" + stderr_text());
  }
  port_ = std::stoi(line.substr(prefix.size()));
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  if (stdout_fd_ >= 0) ::close(stdout_fd_);
}

int ServerProcess::terminate() {
  if (pid_ <= 0) return -1;
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string ServerProcess::stderr_text() const {
  std::ifstream file(stderr_path_);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

}  // namespace duecall::testing
