// Rendering fills a CallScript for one case: every placeholder is replaced by its fact,
// written by a ValueFormatter for the script's language, and the jurisdiction's mandatory
// texts are put in front of the script's own recording notice and disclosures. Rendering
// is a pure function: the same script, texts, facts and formatter give the same lines.
//
// Guarantees:
//   - every mandatory text appears, verbatim after filling, in its part, whatever the
//     script says; a script line that repeats one word for word is not said twice;
//   - a fact that is unknown for the case leaves a visible gap, "[operator.name]", and is
//     listed in `missing_facts`, so the operator sees what to say in their own words;
//   - parts with nothing to say are left out; the rest follow the call order.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "core/value_formatter.hpp"
#include "domain/call_script.hpp"
#include "domain/script_facts.hpp"

namespace duecall::domain {

// A text the jurisdiction requires on every call, whatever the client's script says.
struct MandatoryText {
  ScriptPart part = ScriptPart::kDisclosures;  // kRecordingNotice or kDisclosures
  ScriptTemplate text;
  std::string source;  // the law or rule that requires it
};

struct RenderedLine {
  std::string text;
  std::string required_by;  // a mandatory text's source; empty for the script's own lines
};

struct RenderedObjection {
  std::string objection;
  std::vector<std::string> responses;
};

struct RenderedPart {
  ScriptPart part = ScriptPart::kOpening;
  std::vector<RenderedLine> lines;
  std::vector<RenderedObjection> objections;  // only in the objections part
};

struct RenderedScript {
  CivilDate deadline;
  std::vector<RenderedPart> parts;
  std::vector<std::string> missing_facts;  // placeholder names, in order of first use
};

// The day payment is asked for: `days` after `today`, moved to the following Monday when
// it falls on a Saturday or Sunday, when banks do not book transfers.
CivilDate payment_deadline(CivilDate today, int days);

// REQUIRES: every mandatory text's part is kRecordingNotice or kDisclosures.
RenderedScript render_call_script(const CallScript& script,
                                  const std::vector<MandatoryText>& mandatory,
                                  const ScriptFacts& facts, const ValueFormatter& format);

// {"deadline": "2026-12-01", "parts": [{"part": "opening", "lines": [{"text": ...,
// "required_by": ...}]}, {"part": "objections", "objections": [...]}], "missing_facts": []}
nlohmann::ordered_json rendered_script_to_json(const RenderedScript& rendered);

}  // namespace duecall::domain
