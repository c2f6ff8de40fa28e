// Writing JSON by hand on hot paths (timeline payloads during bulk intake), where building a
// DOM per event costs more than the database insert. Output is compact JSON, byte-identical
// to what nlohmann::json::dump() gives for the same values.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace duecall {

// Appends `text` (UTF-8) as a quoted JSON string, escaping quotes, backslashes and control
// characters.
void append_json_string(std::string& out, std::string_view text);

}  // namespace duecall
