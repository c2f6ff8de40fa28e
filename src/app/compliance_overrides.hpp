// A client's compliance overrides: the tightenings its policy holds under "compliance"
// (domain::Policy::compliance, in the JSON form of compliance/client_overrides_json.hpp),
// as the compliance gate takes them. Every use case that asks the gate about a client's
// debtor (contact check, strategy run, dialler) passes these to compliance::decide, so the
// client's narrower hours, extra holidays and lower caps bind wherever contact is decided.
#pragma once

#include "compliance/tighten.hpp"
#include "core/result.hpp"
#include "domain/client.hpp"

namespace duecall::app {

// The client's overrides; InvalidArgument naming the JSON path ("$.compliance.hours.monday:
// ...") when the stored policy is malformed, which add_client prevents.
Result<compliance::ClientOverrides> compliance_overrides_of(const domain::Client& client);

// Checks the client's overrides as add_client does before storing a client: well formed,
// and tightening every profile of the client's country (the national one and each state's),
// with the field named by its JSON path when one would loosen a profile.
Status check_compliance_overrides(const domain::Client& client);

}  // namespace duecall::app
