// Disclosures are what a collection call must say in a jurisdiction whatever the client's
// script says: the notice that the call is recorded (with its purpose and retention, where
// data-protection law asks for them) and the statements collection law requires. They are
// data keyed like the jurisdiction profiles (jurisdictions.hpp), by the debtor's country,
// and held per language; each cites the rule it implements, with the same caution marks
// as the research notes (/work/shared/notes/dialing-and-compliance.md): [U] means the rule
// text itself was not read.
//
// Texts may name placeholders of the script catalogue (domain/script_placeholders.hpp),
// such as {agency.name}; tests/app/call_scripts_test.cpp keeps every one of them known.
// Not legal advice: each text is a starting point for the agency's counsel to confirm.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace duecall::compliance {

enum class DisclosureKind {
  kRecordingNotice,  // said at the start of the call, before identity is verified
  kDisclosure,       // said once the right party is on the line
};

struct Disclosure {
  std::string id;  // stable key, e.g. "us_mini_miranda"
  DisclosureKind kind = DisclosureKind::kDisclosure;
  std::string text;
  std::string source;
};

// The texts for a call to a debtor in `country` (ISO 3166-1 alpha-2; empty means SI, as in
// profile_for) in `language` (a BCP 47 tag such as "sl"; a regional tag such as "en-GB"
// falls back to its language's texts), in the order they are said.
// kNotFound when the country has no profile, or no texts in that language: a script is
// never rendered without its jurisdiction's mandatory texts.
Result<std::vector<Disclosure>> required_disclosures(std::string_view country,
                                                     std::string_view language);

// The languages in which `country` has texts, for error messages and tests.
std::vector<std::string> disclosure_languages(std::string_view country);

}  // namespace duecall::compliance
