#include "app/payment_records.hpp"

namespace duecall::app {

std::string_view payment_outcome_name(PaymentOutcome outcome) {
  switch (outcome) {
    case PaymentOutcome::kPosted:
      return "posted";
    case PaymentOutcome::kUnmatched:
      return "unmatched";
  }
  return "unmatched";
}

}  // namespace duecall::app
