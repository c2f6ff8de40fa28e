// A client's strategy as `strategy show --json` and GET /api/clients/{client}/strategy print
// it (client, version, stored, sha256, created_at, created_by, document), and a stored
// version as `strategy set --json` and PUT print it (client, version, sha256). The document
// keeps its keys in the order they were written. Keys are only ever added, never renamed.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "app/strategies.hpp"

namespace duecall::app {

nlohmann::ordered_json strategy_shown_json(const std::string& client_code,
                                           const StrategyShown& shown);
nlohmann::json strategy_saved_json(const std::string& client_code, const StoredStrategy& stored);

}  // namespace duecall::app
