// The HTTP server as `duecall serve` runs it, shared with `duecall demo`, which serves the
// database it has just built.
#pragma once

#include <functional>
#include <string>

#include "app/ports.hpp"
#include "cli/command_context.hpp"

namespace duecall::cli {

struct ServeArguments {
  std::string listen = "127.0.0.1:8080";
  int threads = 4;
  bool secure_cookies = false;
  std::string ui_dir;  // empty: look in the usual places (cli/web_ui.hpp)
};

// Serves `store` until SIGINT or SIGTERM. Prints "listening on http://HOST:PORT" once
// connections are accepted, then calls `on_listening` with that URL (demo prints its logins).
Result<int> serve_until_stopped(CommandContext& context, app::Store& store,
                                const ServeArguments& arguments,
                                const std::function<void(const std::string& url)>& on_listening = {});

}  // namespace duecall::cli
