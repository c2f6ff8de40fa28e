#include "domain/claim.hpp"

#include "core/check.hpp"

namespace duecall::domain {

std::string_view claim_status_name(ClaimStatus status) {
  switch (status) {
    case ClaimStatus::kOpen: return "open";
    case ClaimStatus::kPaid: return "paid";
    case ClaimStatus::kRecalled: return "recalled";
  }
  return "open";
}

Result<ClaimStatus> parse_claim_status(std::string_view text) {
  if (text == "open") return ClaimStatus::kOpen;
  if (text == "paid") return ClaimStatus::kPaid;
  if (text == "recalled") return ClaimStatus::kRecalled;
  return Error::data_loss("unknown claim status '" + std::string(text) + "'");
}

Money Balance::total() const {
  auto sum = principal.plus(interest);
  DC_VERIFY(sum.ok(), "claim buckets are bounded by validation");
  auto total = sum->plus(fees);
  DC_VERIFY(total.ok(), "claim buckets are bounded by validation");
  return *total;
}

bool Claim::same_terms_as(const Claim& other) const {
  return client_ref == other.client_ref && claim_type == other.claim_type &&
         balance == other.balance && due_date == other.due_date &&
         reminder_sent_on == other.reminder_sent_on;
}

}  // namespace duecall::domain
