#include "cli/read_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace duecall::cli {

Result<std::string> read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::unavailable("cannot read " + path + ": " + std::strerror(errno));
  std::string content;
  in.seekg(0, std::ios::end);
  auto size = in.tellg();
  if (size > 0) {
    content.resize(static_cast<std::size_t>(size));
    in.seekg(0);
    in.read(content.data(), size);
  }
  if (!in && !in.eof()) return Error::unavailable("cannot read " + path);
  return content;
}

Status write_whole_file(const std::string& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Error::unavailable("cannot write " + path + ": " + std::strerror(errno));
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!out) return Error::unavailable("cannot write " + path);
  return Ok{};
}

}  // namespace duecall::cli
