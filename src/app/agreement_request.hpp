// AgreementRequest is an agreement as an operator types it (the flags of `agreement add`):
// amounts as decimal text in the client's currency, dates as ISO 8601. terms_of_request
// turns it into domain terms for one claim, refusing flags that do not belong to the kind
// and flags the kind needs but lacks, each error naming the flag.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/agreement.hpp"
#include "domain/claim.hpp"

namespace duecall::app {

struct AgreementRequest {
  domain::AgreementKind kind = domain::AgreementKind::kPromise;
  std::optional<std::string> amount;      // promise, settlement; plan: the total
  std::optional<std::string> date;        // promise, settlement, extension
  std::optional<int> instalments;         // plan with --amount
  std::optional<std::string> first_date;  // plan
  std::optional<std::string> every;       // plan: week, 2weeks or month (default month)
  std::vector<std::string> amounts;       // plan: each instalment
  std::optional<std::string> interest;    // reduced_interest: the new interest amount
};

// `today` is the day in the client's time zone; `claim` is the open claim agreed about.
Result<domain::AgreementTerms> terms_of_request(const AgreementRequest& request,
                                                const domain::Claim& claim, CivilDate today);

}  // namespace duecall::app
