// A CallScriptRecord is one stored version of a client's call script for one ladder step
// and language: the script's canonical JSON (domain::CallScript::to_json), who saved it and
// when. Versions are numbered from 1 per (client, step, language); a stored version is never
// changed or deleted, and saving a changed script adds the next one (app/call_scripts.hpp).
#pragma once

#include <string>

#include "core/ids.hpp"
#include "core/instant.hpp"

namespace duecall::app {

struct CallScriptRecord {
  ClientId client_id;
  std::string step;
  std::string language;  // BCP 47 ("sl", "pt-BR")
  int version = 1;
  std::string body;
  Instant saved_at;
  std::string saved_by;
};

}  // namespace duecall::app
