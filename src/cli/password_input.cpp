#include "cli/password_input.hpp"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <optional>
#include <string>

namespace duecall::cli {
namespace {

// Turns terminal echo off for its lifetime, and back on on every way out.
class EchoOff {
 public:
  EchoOff() {
    if (tcgetattr(STDIN_FILENO, &saved_) != 0) return;
    termios quiet = saved_;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    active_ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
  }
  ~EchoOff() {
    if (active_) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
  }
  EchoOff(const EchoOff&) = delete;
  EchoOff& operator=(const EchoOff&) = delete;

 private:
  termios saved_{};
  bool active_ = false;
};

}  // namespace

Result<std::string> read_password_line(const std::string& prompt) {
  bool terminal = isatty(STDIN_FILENO) == 1;
  std::string line;
  {
    std::optional<EchoOff> echo_off;
    if (terminal) {
      std::fputs(prompt.c_str(), stderr);
      std::fflush(stderr);
      echo_off.emplace();
    }
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
      if (line.size() == kMaxPasswordLineBytes) {
        return Error::invalid_argument("the password line on standard input is longer than " +
                                       std::to_string(kMaxPasswordLineBytes) + " bytes");
      }
      line += static_cast<char>(c);
    }
  }
  // The newline typed at the prompt was not echoed either.
  if (terminal) std::fputs("\n", stderr);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace duecall::cli
