// Case is the collection file for one debtor at one client. It groups that debtor's open
// claims of that client, carries the ladder stage and owns the timeline. There is at most
// one case per (client, debtor).
#pragma once

#include <string>

#include "core/ids.hpp"
#include "core/instant.hpp"

namespace duecall::domain {

enum class CaseStatus { kOpen, kClosed };
std::string_view case_status_name(CaseStatus status);
Result<CaseStatus> parse_case_status(std::string_view text);

struct Case {
  CaseId id;
  ClientId client_id;
  DebtorId debtor_id;
  CaseStatus status = CaseStatus::kOpen;
  std::string stage = "new";  // the ladder step the case has reached
  Instant opened_at;
};

}  // namespace duecall::domain
