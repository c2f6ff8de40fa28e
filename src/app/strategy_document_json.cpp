#include "app/strategy_document_json.hpp"

namespace duecall::app {

nlohmann::ordered_json strategy_shown_json(const std::string& client_code,
                                           const StrategyShown& shown) {
  nlohmann::ordered_json json;
  json["client"] = client_code;
  json["version"] = shown.stored.version;
  json["stored"] = shown.is_stored;
  json["sha256"] = shown.stored.sha256;
  json["created_at"] = format_iso8601(shown.stored.created_at);
  json["created_by"] = shown.stored.created_by;
  json["document"] = nlohmann::ordered_json::parse(shown.stored.document);
  return json;
}

nlohmann::json strategy_saved_json(const std::string& client_code, const StoredStrategy& stored) {
  return {{"client", client_code}, {"version", stored.version}, {"sha256", stored.sha256}};
}

}  // namespace duecall::app
