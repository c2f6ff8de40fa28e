// Reading a password for `user add`, `user passwd` and `user verify`: one line from standard
// input, never from the command line, where `ps` and shell history would keep it. On a
// terminal the line is typed without echo after a prompt on stderr; from a pipe or file it
// is read as it is. The line ends at '\n' (a '\r' before it is dropped too) or at the end
// of the input; reading stops after kMaxPasswordLineBytes, so a runaway input is refused
// rather than buffered. The password is returned, never printed or logged.
#pragma once

#include <cstddef>
#include <string>

#include "core/result.hpp"

namespace duecall::cli {

inline constexpr std::size_t kMaxPasswordLineBytes = 4096;

// `prompt` is shown on a terminal only ("password for ana: ").
Result<std::string> read_password_line(const std::string& prompt);

}  // namespace duecall::cli
