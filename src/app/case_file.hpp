// CaseFile is everything known about one case, as an operator or a client reads it: the
// debtor with contact points, the claims with balances by bucket, the total due, and the
// timeline in order. find_case_file() finds it by a claim's client_ref or a debtor_ref.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

struct CaseFile {
  domain::Client client;
  domain::Case collection_case;
  domain::Debtor debtor;
  std::vector<domain::Claim> claims;
  std::vector<domain::TimelineEvent> timeline;

  Money total_due() const;
};

Result<CaseFile> find_case_file(Store& store, std::string_view client_code, std::string_view ref);

// The case file as the API and `case show --json` print it. Money is always
// {"minor": integer, "currency": "EUR"}.
nlohmann::json case_file_to_json(const CaseFile& file);

}  // namespace duecall::app
