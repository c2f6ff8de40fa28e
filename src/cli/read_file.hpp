// Reading whole files for commands, with errors that name the file.
#pragma once

#include <string>

#include "core/result.hpp"

namespace duecall::cli {

Result<std::string> read_whole_file(const std::string& path);
Status write_whole_file(const std::string& path, std::string_view content);

}  // namespace duecall::cli
