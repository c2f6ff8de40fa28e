#include "domain/call_script.hpp"

#include "core/check.hpp"
#include "domain/script_placeholders.hpp"

namespace duecall::domain {
namespace {

using nlohmann::json;

Error at_path(std::string_view path, std::string_view why) {
  return Error::invalid_argument(std::string(path) + ": " + std::string(why));
}

Result<ScriptTemplate> read_line(const json& value, const std::string& path) {
  if (!value.is_string()) return at_path(path, "must be a string");
  const auto& text = value.get_ref<const std::string&>();
  if (text.empty()) return at_path(path, "must not be empty");
  if (text.size() > kMaxLineCharacters) {
    return at_path(path, "is longer than " + std::to_string(kMaxLineCharacters) + " bytes");
  }
  auto parsed = ScriptTemplate::parse(text);
  if (!parsed.ok()) return at_path(path, parsed.error().message);
  for (const auto& name : parsed->placeholders()) {
    if (find_placeholder(name)) continue;
    std::string why = "unknown placeholder {" + name + "}";
    if (auto closest = closest_placeholder(name)) {
      why += "; did you mean {" + std::string(*closest) + "}?";
    } else {
      why += " (the known ones are listed in docs/scripts.md)";
    }
    return at_path(path, why);
  }
  return std::move(parsed).value();
}

// A passage is a string (one line) or an array of strings.
Result<Passage> read_passage(const json& value, const std::string& path) {
  if (value.is_string()) return Passage{TRY(read_line(value, path))};
  if (!value.is_array()) return at_path(path, "must be a string or an array of strings");
  if (value.size() > kMaxLinesPerPart) {
    return at_path(path, "has more than " + std::to_string(kMaxLinesPerPart) + " lines");
  }
  Passage lines;
  for (std::size_t i = 0; i < value.size(); ++i) {
    lines.push_back(TRY(read_line(value[i], path + "[" + std::to_string(i) + "]")));
  }
  return lines;
}

enum class Presence { kRequired, kOptional };

Result<Passage> read_part(const json& document, ScriptPart part, Presence presence) {
  std::string key(script_part_key(part));
  std::string path = "$." + key;
  auto found = document.find(key);
  if (found == document.end()) {
    if (presence == Presence::kOptional) return Passage{};
    return at_path(path, "is required");
  }
  Passage lines = TRY(read_passage(*found, path));
  if (lines.empty() && presence == Presence::kRequired) {
    return at_path(path, "must have at least one line");
  }
  return lines;
}

Result<int> read_deadline_days(const json& deadline) {
  auto days = deadline.find("days");
  if (days == deadline.end()) return at_path("$.deadline.days", "is required");
  if (!days->is_number_integer()) return at_path("$.deadline.days", "must be a whole number");
  auto value = days->get<std::int64_t>();
  if (value < 1 || value > kMaxDeadlineDays) {
    return at_path("$.deadline.days", "must be between 1 and " + std::to_string(kMaxDeadlineDays));
  }
  return static_cast<int>(value);
}

Result<std::vector<Objection>> read_objections(const json& document) {
  auto found = document.find("objections");
  if (found == document.end()) return std::vector<Objection>{};
  if (!found->is_array()) return at_path("$.objections", "must be an array");
  if (found->size() > kMaxObjections) {
    return at_path("$.objections", "has more than " + std::to_string(kMaxObjections) + " entries");
  }
  std::vector<Objection> objections;
  for (std::size_t i = 0; i < found->size(); ++i) {
    const json& entry = (*found)[i];
    std::string path = "$.objections[" + std::to_string(i) + "]";
    if (!entry.is_object()) {
      return at_path(path, "must be an object with \"objection\" and \"responses\"");
    }
    for (const auto& [key, value] : entry.items()) {
      if (key != "objection" && key != "responses") return at_path(path + "." + key, "unknown key");
    }
    if (!entry.contains("objection")) return at_path(path + ".objection", "is required");
    if (!entry.contains("responses")) return at_path(path + ".responses", "is required");
    Objection objection{.objection = TRY(read_line(entry["objection"], path + ".objection")),
                        .responses = TRY(read_passage(entry["responses"], path + ".responses"))};
    if (objection.responses.empty()) {
      return at_path(path + ".responses", "must have at least one response");
    }
    objections.push_back(std::move(objection));
  }
  return objections;
}

nlohmann::ordered_json passage_to_json(const Passage& lines) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& line : lines) out.push_back(line.source());
  return out;
}

}  // namespace

std::string_view script_part_key(ScriptPart part) {
  switch (part) {
    case ScriptPart::kOpening:
      return "opening";
    case ScriptPart::kRecordingNotice:
      return "recording_notice";
    case ScriptPart::kIdentityVerification:
      return "identity_verification";
    case ScriptPart::kDisclosures:
      return "disclosures";
    case ScriptPart::kDebtStatement:
      return "debt_statement";
    case ScriptPart::kDeadline:
      return "deadline";
    case ScriptPart::kCreditorContacts:
      return "creditor_contacts";
    case ScriptPart::kObjections:
      return "objections";
    case ScriptPart::kSolutions:
      return "solutions";
    case ScriptPart::kConsequences:
      return "consequences";
    case ScriptPart::kClosing:
      return "closing";
  }
  return "opening";
}

std::string_view script_part_title(ScriptPart part) {
  switch (part) {
    case ScriptPart::kOpening:
      return "Opening";
    case ScriptPart::kRecordingNotice:
      return "Recording notice";
    case ScriptPart::kIdentityVerification:
      return "Identity verification";
    case ScriptPart::kDisclosures:
      return "Disclosures";
    case ScriptPart::kDebtStatement:
      return "Statement of the debt";
    case ScriptPart::kDeadline:
      return "Deadline";
    case ScriptPart::kCreditorContacts:
      return "Creditor contacts";
    case ScriptPart::kObjections:
      return "Objections";
    case ScriptPart::kSolutions:
      return "Solutions";
    case ScriptPart::kConsequences:
      return "Consequences";
    case ScriptPart::kClosing:
      return "Closing";
  }
  return "Opening";
}

Result<CallScript> CallScript::from_json(const json& document) {
  if (!document.is_object()) return at_path("$", "a call script must be a JSON object");
  for (const auto& [key, value] : document.items()) {
    bool known = key == "description";
    for (ScriptPart part : kScriptPartsInCallOrder) known = known || key == script_part_key(part);
    if (!known) return at_path("$." + key, "unknown part");
  }
  CallScript script;
  if (auto found = document.find("description"); found != document.end()) {
    if (!found->is_string()) return at_path("$.description", "must be a string");
    script.description = found->get<std::string>();
  }
  using enum ScriptPart;
  using enum Presence;
  script.opening = TRY(read_part(document, kOpening, kRequired));
  script.recording_notice = TRY(read_part(document, kRecordingNotice, kOptional));
  script.identity_verification = TRY(read_part(document, kIdentityVerification, kRequired));
  script.disclosures = TRY(read_part(document, kDisclosures, kOptional));
  script.debt_statement = TRY(read_part(document, kDebtStatement, kRequired));
  auto deadline = document.find("deadline");
  if (deadline == document.end()) return at_path("$.deadline", "is required");
  if (!deadline->is_object()) {
    return at_path("$.deadline", "must be an object with \"days\" and \"text\"");
  }
  for (const auto& [key, value] : deadline->items()) {
    if (key != "days" && key != "text") return at_path("$.deadline." + key, "unknown key");
  }
  script.deadline_days = TRY(read_deadline_days(*deadline));
  if (!deadline->contains("text")) return at_path("$.deadline.text", "is required");
  script.deadline = TRY(read_passage((*deadline)["text"], "$.deadline.text"));
  if (script.deadline.empty()) return at_path("$.deadline.text", "must have at least one line");
  script.creditor_contacts = TRY(read_part(document, kCreditorContacts, kOptional));
  script.objections = TRY(read_objections(document));
  script.solutions = TRY(read_part(document, kSolutions, kRequired));
  script.consequences = TRY(read_part(document, kConsequences, kOptional));
  script.closing = TRY(read_part(document, kClosing, kRequired));
  return script;
}

Result<CallScript> CallScript::parse(std::string_view json_text) {
  json document = json::parse(json_text, nullptr, false);
  if (document.is_discarded()) return at_path("$", "the script is not valid JSON");
  return from_json(document);
}

nlohmann::ordered_json CallScript::to_json() const {
  auto out = nlohmann::ordered_json::object();
  if (!description.empty()) out["description"] = description;
  for (ScriptPart part : kScriptPartsInCallOrder) {
    std::string key(script_part_key(part));
    if (part == ScriptPart::kObjections) {
      if (objections.empty()) continue;
      auto entries = nlohmann::ordered_json::array();
      for (const auto& objection : objections) {
        nlohmann::ordered_json entry;
        entry["objection"] = objection.objection.source();
        entry["responses"] = passage_to_json(objection.responses);
        entries.push_back(std::move(entry));
      }
      out[key] = entries;
    } else if (part == ScriptPart::kDeadline) {
      out[key]["days"] = deadline_days;
      out[key]["text"] = passage_to_json(deadline);
    } else if (!passage(part).empty()) {
      out[key] = passage_to_json(passage(part));
    }
  }
  return out;
}

const Passage& CallScript::passage(ScriptPart part) const {
  switch (part) {
    case ScriptPart::kOpening:
      return opening;
    case ScriptPart::kRecordingNotice:
      return recording_notice;
    case ScriptPart::kIdentityVerification:
      return identity_verification;
    case ScriptPart::kDisclosures:
      return disclosures;
    case ScriptPart::kDebtStatement:
      return debt_statement;
    case ScriptPart::kDeadline:
      return deadline;
    case ScriptPart::kCreditorContacts:
      return creditor_contacts;
    case ScriptPart::kSolutions:
      return solutions;
    case ScriptPart::kConsequences:
      return consequences;
    case ScriptPart::kClosing:
      return closing;
    case ScriptPart::kObjections:
      break;
  }
  DC_VERIFY(false, "objections are not a passage; callers read CallScript::objections");
  return opening;
}

}  // namespace duecall::domain
