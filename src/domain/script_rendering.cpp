#include "domain/script_rendering.hpp"

#include <algorithm>

#include "core/check.hpp"
#include "domain/script_placeholders.hpp"

namespace duecall::domain {
namespace {

// Fills placeholders from the facts and remembers which ones had no value.
class FactFiller {
 public:
  FactFiller(const ScriptFacts& facts, CivilDate deadline, const ValueFormatter& format)
      : facts_(facts), deadline_(deadline), format_(format) {}

  std::string fill(const ScriptTemplate& line) {
    return line.render([this](std::string_view name) {
      if (auto value = value_of(name)) return *value;
      std::string gap(name);
      if (std::find(missing_.begin(), missing_.end(), gap) == missing_.end()) {
        missing_.push_back(gap);
      }
      return "[" + gap + "]";
    });
  }
  std::vector<std::string> take_missing() { return std::move(missing_); }

 private:
  std::optional<std::string> text(const std::string& value) const {
    if (value.empty()) return std::nullopt;
    return value;
  }

  std::optional<std::string> value_of(std::string_view name) const {
    auto placeholder = find_placeholder(name);
    // Saved scripts were checked against the catalogue; an unknown name can only come from
    // a mandatory text, whose test keeps it known. Treat it as a gap rather than crash.
    if (!placeholder) return std::nullopt;
    const ScriptFacts& f = facts_;
    switch (*placeholder) {
      case Placeholder::kDebtorName:
        return text(f.debtor_name);
      case Placeholder::kDebtorFirstName:
        return text(f.debtor_first_name);
      case Placeholder::kDebtorRef:
        return text(f.debtor_ref);
      case Placeholder::kClientName:
        return text(f.client_name);
      case Placeholder::kCaseTotalDue:
        return format_.money(f.total_due);
      case Placeholder::kCasePrincipal:
        return format_.money(f.principal);
      case Placeholder::kCaseInterest:
        return format_.money(f.interest);
      case Placeholder::kCaseFees:
        return format_.money(f.fees);
      case Placeholder::kClaimRefs:
        if (f.claim_refs.empty()) return std::nullopt;
        return format_.list(f.claim_refs);
      case Placeholder::kClaimOldestDueDate:
        if (!f.oldest_due_date) return std::nullopt;
        return format_.date(*f.oldest_due_date, DateStyle::kLong);
      case Placeholder::kDaysPastDue:
        if (!f.oldest_due_date) return std::nullopt;
        return format_.days(std::max(0, f.today.days_since(*f.oldest_due_date)));
      case Placeholder::kDeadline:
        return format_.date(deadline_, DateStyle::kLong);
      case Placeholder::kToday:
        return format_.date(f.today, DateStyle::kLong);
      case Placeholder::kAgencyName:
        return text(f.agency_name);
      case Placeholder::kAgencyRecordingRetention:
        if (!f.recording_retention_months) return std::nullopt;
        return format_.months(*f.recording_retention_months);
      case Placeholder::kOperatorName:
        return text(f.operator_name);
      case Placeholder::kPolicyMinInstalment:
        return format_.money(f.min_instalment);
      case Placeholder::kPolicyMaxInstalments:
        return format_.integer(f.max_instalments);
      case Placeholder::kPolicyMaxTerm:
        return format_.days(f.max_term_days);
    }
    return std::nullopt;
  }

  const ScriptFacts& facts_;
  CivilDate deadline_;
  const ValueFormatter& format_;
  std::vector<std::string> missing_;
};

// Compares lines as said aloud: runs of whitespace count as one space, ends are ignored.
std::string spoken_form(std::string_view line) {
  std::string out;
  bool space = false;
  for (char c : line) {
    bool is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (is_space) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::vector<RenderedLine> render_passage(const Passage& lines, FactFiller& filler) {
  std::vector<RenderedLine> out;
  for (const auto& line : lines) out.push_back({filler.fill(line), ""});
  return out;
}

// The mandatory texts of `part` first, then the script's lines that do not repeat one.
std::vector<RenderedLine> render_with_mandatory(ScriptPart part, const Passage& own,
                                                const std::vector<MandatoryText>& mandatory,
                                                FactFiller& filler) {
  std::vector<RenderedLine> out;
  for (const auto& required : mandatory) {
    if (required.part == part) out.push_back({filler.fill(required.text), required.source});
  }
  std::size_t required_count = out.size();
  for (const auto& line : own) {
    std::string text = filler.fill(line);
    bool repeats = std::any_of(out.begin(), out.begin() + required_count, [&](const auto& said) {
      return spoken_form(said.text) == spoken_form(text);
    });
    if (!repeats) out.push_back({std::move(text), ""});
  }
  return out;
}

}  // namespace

CivilDate payment_deadline(CivilDate today, int days) {
  CivilDate deadline = today.plus_days(days);
  if (deadline.weekday() == date::Saturday) return deadline.plus_days(2);
  if (deadline.weekday() == date::Sunday) return deadline.plus_days(1);
  return deadline;
}

RenderedScript render_call_script(const CallScript& script,
                                  const std::vector<MandatoryText>& mandatory,
                                  const ScriptFacts& facts, const ValueFormatter& format) {
  for (const auto& required : mandatory) {
    DC_VERIFY(
        required.part == ScriptPart::kRecordingNotice || required.part == ScriptPart::kDisclosures,
        "mandatory texts are recording notices or disclosures");
  }
  RenderedScript rendered{.deadline = payment_deadline(facts.today, script.deadline_days),
                          .parts = {},
                          .missing_facts = {}};
  FactFiller filler(facts, rendered.deadline, format);
  for (ScriptPart part : kScriptPartsInCallOrder) {
    RenderedPart out{.part = part, .lines = {}, .objections = {}};
    if (part == ScriptPart::kObjections) {
      for (const auto& objection : script.objections) {
        RenderedObjection answered{.objection = filler.fill(objection.objection), .responses = {}};
        for (const auto& response : objection.responses) {
          answered.responses.push_back(filler.fill(response));
        }
        out.objections.push_back(std::move(answered));
      }
    } else if (part == ScriptPart::kRecordingNotice || part == ScriptPart::kDisclosures) {
      out.lines = render_with_mandatory(part, script.passage(part), mandatory, filler);
    } else {
      out.lines = render_passage(script.passage(part), filler);
    }
    if (!out.lines.empty() || !out.objections.empty()) rendered.parts.push_back(std::move(out));
  }
  rendered.missing_facts = filler.take_missing();
  return rendered;
}

nlohmann::ordered_json rendered_script_to_json(const RenderedScript& rendered) {
  using nlohmann::ordered_json;
  ordered_json parts = ordered_json::array();
  for (const auto& part : rendered.parts) {
    ordered_json entry;
    entry["part"] = script_part_key(part.part);
    if (part.part == ScriptPart::kObjections) {
      entry["objections"] = ordered_json::array();
      for (const auto& objection : part.objections) {
        ordered_json answered;
        answered["objection"] = objection.objection;
        answered["responses"] = objection.responses;
        entry["objections"].push_back(std::move(answered));
      }
    } else {
      entry["lines"] = ordered_json::array();
      for (const auto& line : part.lines) {
        ordered_json out;
        out["text"] = line.text;
        if (!line.required_by.empty()) out["required_by"] = line.required_by;
        entry["lines"].push_back(std::move(out));
      }
    }
    parts.push_back(std::move(entry));
  }
  ordered_json out;
  out["deadline"] = rendered.deadline.to_string();
  out["parts"] = std::move(parts);
  out["missing_facts"] = rendered.missing_facts;
  return out;
}

}  // namespace duecall::domain
