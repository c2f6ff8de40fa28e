#include "app/call_script_json.hpp"

namespace duecall::app {

nlohmann::ordered_json call_script_json(const StoredScript& stored) {
  nlohmann::ordered_json out;
  out["client"] = stored.client.code;
  out["step"] = stored.record.step;
  out["language"] = stored.record.language;
  out["version"] = stored.record.version;
  out["saved_at"] = format_iso8601(stored.record.saved_at);
  out["saved_by"] = stored.record.saved_by;
  out["script"] = stored.script.to_json();
  return out;
}

}  // namespace duecall::app
