// Where `duecall serve` finds the built web UI: the directory given with --ui (it must hold
// index.html, else serving fails at start-up), else the first that holds one of
//   1. web/dist beside the build tree: the binary's directory/../web/dist (build/duecall ->
//      web/dist, where scripts/build leaves it);
//   2. the installed copy, DUECALL_UI_INSTALL_DIR (CMake's install rule puts it there).
// With none found the server answers the API only and says so on stderr.
#pragma once

#include <memory>
#include <string>

#include "adapters/http/static_files.hpp"
#include "core/result.hpp"

namespace duecall::cli {

extern const char* const kWebUiOptionHelp;

// The UI's files, or null when there is none and `ui_dir` is empty.
Result<std::shared_ptr<const adapters::http::StaticFiles>> find_web_ui(const std::string& ui_dir);

}  // namespace duecall::cli
