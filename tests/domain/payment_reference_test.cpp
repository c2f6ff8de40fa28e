// Candidate claim references read from remittance text: structured references first, only
// when their check digits hold, then plain words.
#include "domain/payment_reference.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

TEST(PaymentReference, PutsRfBeforeSi12BeforePlainWords) {
  auto candidates = reference_candidates("Invoice CLM-7 SI12 10014 and RF18 5390 0754 7034.");
  ASSERT_GE(candidates.size(), 4u);
  EXPECT_EQ(candidates[0],
            (ReferenceCandidate{ReferenceKind::kRfCreditorReference, "539007547034"}));
  EXPECT_EQ(candidates[1], (ReferenceCandidate{ReferenceKind::kSi12, "1001"}));
  EXPECT_EQ(candidates[2], (ReferenceCandidate{ReferenceKind::kSi12, "10014"}));
  EXPECT_EQ(candidates[3], (ReferenceCandidate{ReferenceKind::kClaimReference, "Invoice"}));
  EXPECT_EQ(candidates[4], (ReferenceCandidate{ReferenceKind::kClaimReference, "CLM-7"}));
}

TEST(PaymentReference, NeverUsesAMistypedStructuredReference) {
  auto candidates = reference_candidates("RF19539007547034");
  EXPECT_TRUE(candidates.empty());
}

TEST(PaymentReference, BoundsTheCandidates) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "w" + std::to_string(i) + " ";
  EXPECT_EQ(reference_candidates(text).size(), kMaxReferenceCandidates);
}

}  // namespace
}  // namespace duecall::domain
