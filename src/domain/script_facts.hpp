// ScriptFacts are the values a call script may say about one case: a plain struct with no
// behaviour, gathered by the caller from the store, so that rendering a script is a pure
// function of the script, these facts and a formatter. Amounts are in the client's
// currency; dates are civil days in the client's time zone.
//
// Facts that may be unknown are empty strings or empty optionals; a script that names one
// renders a visible gap ("[operator.name]") rather than failing (see script_rendering.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.hpp"
#include "core/money.hpp"
#include "domain/claim.hpp"
#include "domain/client.hpp"
#include "domain/debtor.hpp"

namespace duecall::domain {

struct ScriptFacts {
  std::string debtor_name;
  std::string debtor_first_name;  // empty: not derivable (a company, a one-word name)
  std::string debtor_ref;
  std::string client_name;
  Money total_due;
  Money principal;
  Money interest;
  Money fees;
  std::vector<std::string> claim_refs;       // of the open claims, by due date
  std::optional<CivilDate> oldest_due_date;  // none: no open claim
  CivilDate today;
  std::string agency_name;  // empty: unknown
  std::optional<int> recording_retention_months;
  std::string operator_name;  // empty: unknown
  Money min_instalment;
  int max_instalments = 1;
  int max_term_days = 30;
};

// The facts of a case from its client, debtor and claims (open ones count; paid and
// recalled ones do not), as of `today`. Agency and operator are left unknown for the
// caller to fill in. Fails only if the sum of the balances overflows, which bounded
// intake amounts make impossible in practice.
Result<ScriptFacts> case_script_facts(const Client& client, const Debtor& debtor,
                                      const std::vector<Claim>& claims, CivilDate today);

// The name to address a person by: the first word of a name of two or more words, since
// creditor files write "given family". Empty for a company and for a one-word name,
// where guessing would risk calling someone by their surname.
std::string first_name_of(const Debtor& debtor);

}  // namespace duecall::domain
