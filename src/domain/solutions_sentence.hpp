// The solutions of solutions.hpp as one sentence an operator can read in the client's
// language: Slovenian for "sl" and its regional tags, English for every other language
// until someone writes its wording. Money and dates come from the ValueFormatter (ICU for
// the language), so amounts read "1.049,38 €" in Slovenian and "€1,049.38" in English.
//
// Slovenian inflects nouns after numbers and prepositions; the wording keeps every value in
// a position where its nominative (what ICU writes) is correct: "obroke (največ 6, vsak
// najmanj 20,00 €)", dates after "najpozneje", day counts after "za največ".
#pragma once

#include <string>
#include <string_view>

#include "core/value_formatter.hpp"
#include "domain/solutions.hpp"

namespace duecall::domain {

std::string solutions_sentence(const Solutions& solutions, std::string_view language,
                               const ValueFormatter& format);

// "85 %" (sl) or "85%" (en); basis points with up to two decimals: "85,5 %", "85.25%".
std::string percent_text(int basis_points, std::string_view language);

}  // namespace duecall::domain
