// The screen-pop is what an operator sees when a case comes up: the case file (case_file.hpp)
// plus the call script for the step the case is on, filled for this debtor, and the
// solutions the client's policy allows for what is still open, as figures and as a sentence
// in the client's language. It is read in one store transaction.
//
// Which script: the client's latest script for the due action's step (or, without a due
// action, the ladder's step) in the debtor's language (the client's language when the
// debtor has none). When the client has no script in that language, its script in the
// client's language is used and the note says so; when it has neither, or the case is on no
// step yet (the strategy has not run for it), there is no script and the note says why. A
// script that cannot be filled (no mandatory texts of the debtor's country in its language)
// is reported the same way: a screen-pop is never refused because of its script.
//
// Solutions are worked out for the open balance in the client's currency (claims in other
// currencies cannot be settled against the client's limits) as of today in the client's
// time zone (domain/solutions.hpp).
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "app/call_scripts.hpp"
#include "app/case_file.hpp"
#include "domain/solutions.hpp"

namespace duecall::app {

struct ScreenPopRequest {
  std::string client_code;
  std::string ref;  // a claim's client_ref or a debtor_ref
  Speaker speaker;
};

struct ScreenPopScript {
  std::string step;             // empty: the case is on no ladder step yet
  std::string debtor_language;  // the language the script was looked for in first
  std::optional<RenderedCallScript> filled;
  std::string note;  // why there is no script, or which language stood in; empty otherwise
};

struct ScreenPop {
  CaseFile file;
  CivilDate today;
  ScreenPopScript script;
  domain::Solutions solutions;
  std::string solutions_language;
  std::string solutions_text;
};

Result<ScreenPop> show_case(Store& store, const Clock& clock, const ScreenPopRequest& request);

// case_file_to_json with "today", "script" and "solutions" added.
nlohmann::json screen_pop_to_json(const ScreenPop& pop);

}  // namespace duecall::app
