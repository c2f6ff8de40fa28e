// A client's cases in brief, for lists: debtor, number of claims, total due.
#pragma once

#include <string>
#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

struct CaseSummary {
  CaseId id;
  std::string debtor_ref;
  std::string debtor_name;
  std::string stage;
  std::size_t claims = 0;
  Money total_due;
};

Result<std::vector<CaseSummary>> list_case_summaries(Store& store, std::string_view client_code,
                                                     std::int64_t limit);

}  // namespace duecall::app
