// A stored call script as `script show --json` and the HTTP API print it: client, step,
// language, version, saved_at, saved_by and the script itself (its parts, deadline and
// objections, domain::CallScript::to_json). Keys are only ever added, never renamed.
#pragma once

#include <nlohmann/json.hpp>

#include "app/call_scripts.hpp"

namespace duecall::app {

nlohmann::ordered_json call_script_json(const StoredScript& stored);

}  // namespace duecall::app
