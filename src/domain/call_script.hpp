// A CallScript is what an operator says on a collection call at one ladder step, for one
// client and language, in the parts such a call has, in the order they come:
//
//   opening                 who is calling, from where, for whom
//   recording_notice        that the call is recorded, why, for how long
//   identity_verification   making sure the right person is on the line before the debt
//                           is mentioned (a third party must not learn of it)
//   disclosures             what the law requires be said once identity is confirmed
//   debt_statement          what is owed, to whom, since when
//   deadline                by when to pay: `deadline_days` after the call
//   creditor_contacts       where the debtor reaches the creditor about the claims
//   objections              what debtors commonly say, each with the responses to give
//   solutions               what the debtor can do: pay, a promise, instalments
//   consequences            what follows if nothing happens, stated as fact, never a threat
//   closing                 a summary of what was agreed and a goodbye
//
// The jurisdiction's mandatory recording notice and disclosures are added when the script
// is rendered (script_rendering.hpp), so a script need not repeat them; its own lines in
// those parts are said in addition.
//
// Each part is a list of lines, each a ScriptTemplate. Invariants of a CallScript built by
// from_json: the required parts (opening, identity_verification, debt_statement, deadline,
// solutions, closing) have at least one line; every objection has at least one response;
// every placeholder is in the catalogue; 1 <= deadline_days <= kMaxDeadlineDays; the
// bounds below hold.
#pragma once

#include <nlohmann/json.hpp>

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/script_template.hpp"

namespace duecall::domain {

enum class ScriptPart {
  kOpening,
  kRecordingNotice,
  kIdentityVerification,
  kDisclosures,
  kDebtStatement,
  kDeadline,
  kCreditorContacts,
  kObjections,
  kSolutions,
  kConsequences,
  kClosing,
};

inline constexpr std::array<ScriptPart, 11> kScriptPartsInCallOrder = {
    ScriptPart::kOpening,          ScriptPart::kRecordingNotice, ScriptPart::kIdentityVerification,
    ScriptPart::kDisclosures,      ScriptPart::kDebtStatement,   ScriptPart::kDeadline,
    ScriptPart::kCreditorContacts, ScriptPart::kObjections,      ScriptPart::kSolutions,
    ScriptPart::kConsequences,     ScriptPart::kClosing};

// The part's key in the script's JSON ("identity_verification").
std::string_view script_part_key(ScriptPart part);
// The part's heading for people ("Identity verification").
std::string_view script_part_title(ScriptPart part);

inline constexpr int kMaxDeadlineDays = 90;
inline constexpr std::size_t kMaxLinesPerPart = 40;
inline constexpr std::size_t kMaxObjections = 40;
inline constexpr std::size_t kMaxLineCharacters = 2000;  // bytes of UTF-8, in fact

using Passage = std::vector<ScriptTemplate>;

struct Objection {
  ScriptTemplate objection;
  Passage responses;
};

struct CallScript {
  std::string description;  // for authors, never read out
  Passage opening;
  Passage recording_notice;
  Passage identity_verification;
  Passage disclosures;
  Passage debt_statement;
  int deadline_days = 8;
  Passage deadline;
  Passage creditor_contacts;
  std::vector<Objection> objections;
  Passage solutions;
  Passage consequences;
  Passage closing;

  // Reads a script document; every error names its JSON path ("$.objections[1].responses[0]:
  // unknown placeholder {debtor.nmae}; did you mean {debtor.name}?").
  static Result<CallScript> from_json(const nlohmann::json& document);
  // As from_json, from the text of the document.
  static Result<CallScript> parse(std::string_view json_text);
  // The canonical document: the parts in call order, each a list of lines, empty optional
  // parts left out. Saving stores this form, so every stored script reads back the same.
  nlohmann::ordered_json to_json() const;

  // The lines of a part. REQUIRES: part != kObjections (objections are not a passage).
  const Passage& passage(ScriptPart part) const;
};

}  // namespace duecall::domain
