// A `duecall serve --listen 127.0.0.1:0` child process for tests: started with extra
// environment entries, it is ready once it has printed the port it listens on. Its stderr
// (the access log) goes to a file the test can read. The destructor kills it if the test
// did not stop it.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace duecall::testing {

class ServerProcess {
 public:
  // Runs `duecall --db DB serve --listen 127.0.0.1:0` plus `extra_arguments`; throws when it
  // exits before printing its address.
  ServerProcess(const std::string& db_spec, const std::vector<std::string>& environment,
                const std::string& stderr_path);
  // Runs `duecall --db DB` plus `command` (which must listen on 127.0.0.1:0 and print the
  // "listening on" line, as `serve` and `demo` do).
  ServerProcess(const std::string& db_spec, const std::vector<std::string>& environment,
                const std::string& stderr_path, const std::vector<std::string>& command);
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  // Sends SIGTERM and waits; the exit status, or -1 when a signal ended it.
  int terminate();
  // What the server has written to stderr so far.
  std::string stderr_text() const;

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  int stdout_fd_ = -1;
  std::string stderr_path_;
};

}  // namespace duecall::testing
