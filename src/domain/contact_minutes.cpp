#include "domain/contact_minutes.hpp"

#include <algorithm>

#include "core/text_encoding.hpp"

namespace duecall::domain {
namespace {

enum class LineBreaks { kAllowed, kRefused };

// The error names the field only: minutes are personal data (see the header).
Status check_text(const std::string& text, std::string_view field, std::size_t max_bytes,
                  LineBreaks line_breaks) {
  if (text.size() > max_bytes) {
    return Error::invalid_argument("minutes: " + std::string(field) + " is longer than " +
                                   std::to_string(max_bytes) + " bytes");
  }
  if (!to_utf8(text).ok()) {
    return Error::invalid_argument("minutes: " + std::string(field) + " is not valid UTF-8");
  }
  bool clean = std::none_of(text.begin(), text.end(), [&](char c) {
    auto byte = static_cast<unsigned char>(c);
    bool allowed_break = line_breaks == LineBreaks::kAllowed && (c == '\n' || c == '\t');
    return (byte < 0x20 && !allowed_break) || byte == 0x7f;
  });
  if (!clean) {
    return Error::invalid_argument("minutes: " + std::string(field) +
                                   " contains control characters");
  }
  return Ok{};
}

}  // namespace

nlohmann::json ContactMinutes::to_json() const {
  nlohmann::json out = nlohmann::json::object();
  if (!spoke_with.empty()) out["spoke_with"] = spoke_with;
  if (identity_verified) out["identity_verified"] = *identity_verified;
  if (!summary.empty()) out["summary"] = summary;
  if (!notes.empty()) out["notes"] = notes;
  return out;
}

Result<ContactMinutes> ContactMinutes::from_json(const nlohmann::json& document) {
  if (!document.is_object()) return Error::invalid_argument("minutes: must be a JSON object");
  ContactMinutes minutes;
  for (auto [field, target] :
       {std::pair{"spoke_with", &minutes.spoke_with}, std::pair{"summary", &minutes.summary},
        std::pair{"notes", &minutes.notes}}) {
    if (auto found = document.find(field); found != document.end()) {
      if (!found->is_string()) {
        return Error::invalid_argument("minutes: " + std::string(field) + " must be text");
      }
      *target = found->get<std::string>();
    }
  }
  if (auto found = document.find("identity_verified"); found != document.end()) {
    if (!found->is_boolean()) {
      return Error::invalid_argument("minutes: identity_verified must be true or false");
    }
    minutes.identity_verified = found->get<bool>();
  }
  return make_minutes(std::move(minutes));
}

Result<ContactMinutes> make_minutes(ContactMinutes minutes) {
  TRY(check_text(minutes.spoke_with, "spoke_with", 200, LineBreaks::kRefused));
  TRY(check_text(minutes.summary, "summary", 2000, LineBreaks::kAllowed));
  TRY(check_text(minutes.notes, "notes", 10000, LineBreaks::kAllowed));
  return minutes;
}

}  // namespace duecall::domain
