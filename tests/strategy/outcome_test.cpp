// Outcomes name themselves and carry their instant.
#include "strategy/outcome.hpp"

#include <gtest/gtest.h>

namespace duecall::strategy {
namespace {

TEST(Outcome, EachOutcomeHasASentenceLikeNameAndItsInstant) {
  const Instant at = from_unix_micros(42);
  const std::vector<std::pair<Outcome, std::string_view>> outcomes = {
      {AttemptMade{1, at}, "attempt_made"},
      {MovedToStep{1, at}, "moved_to_step"},
      {AgreementMade{at}, "agreement_made"},
      {AgreementBroken{at}, "agreement_broken"},
      {NoticeSent{at}, "notice_sent"},
      {Paid{at}, "paid"},
      {Recalled{at}, "recalled"}};
  for (const auto& [outcome, name] : outcomes) {
    EXPECT_EQ(outcome_name(outcome), name);
    EXPECT_EQ(outcome_instant(outcome), at);
  }
}

}  // namespace
}  // namespace duecall::strategy
