#include "domain/collection_case.hpp"

namespace duecall::domain {

std::string_view case_status_name(CaseStatus status) {
  return status == CaseStatus::kClosed ? "closed" : "open";
}

Result<CaseStatus> parse_case_status(std::string_view text) {
  if (text == "open") return CaseStatus::kOpen;
  if (text == "closed") return CaseStatus::kClosed;
  return Error::data_loss("unknown case status '" + std::string(text) + "'");
}

}  // namespace duecall::domain
