#include "cli/web_ui.hpp"

#include <filesystem>
#include <system_error>
#include <vector>

#ifndef DUECALL_UI_INSTALL_DIR
#define DUECALL_UI_INSTALL_DIR "/usr/local/share/duecall/web"
#endif

namespace duecall::cli {

const char* const kWebUiOptionHelp =
    "directory of the built web UI (default: web/dist beside the build tree, "
    "else " DUECALL_UI_INSTALL_DIR ")";

Result<std::shared_ptr<const adapters::http::StaticFiles>> find_web_ui(const std::string& ui_dir) {
  using Files = std::shared_ptr<const adapters::http::StaticFiles>;
  if (!ui_dir.empty()) return Files(TRY(adapters::http::StaticFiles::create(ui_dir)));
  std::vector<std::filesystem::path> places;
  std::error_code error;
  std::filesystem::path binary = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) places.push_back(binary.parent_path().parent_path() / "web" / "dist");
  places.push_back(DUECALL_UI_INSTALL_DIR);
  for (const auto& place : places) {
    auto files = adapters::http::StaticFiles::create(place);
    if (files.ok()) return Files(std::move(*files));
  }
  return Files();
}

}  // namespace duecall::cli
