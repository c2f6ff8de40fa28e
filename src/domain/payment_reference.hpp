// Reading a payment's remittance text for the claim it pays. The candidates come in the
// order they are tried (docs/payments.md):
//   1. RF creditor references (ISO 11649) with correct check digits: the claim reference is
//      the part after the check digits;
//   2. SI12 references with a correct control digit: the claim reference is the number
//      without the control digit, or failing that, with it;
//   3. every other word of the text, as a claim reference written out plainly.
// A reference whose check digits are wrong is not used at all, not even as a plain word:
// it was mistyped, and a mistyped reference may well name someone else's claim.
// Printed groupings ("RF18 5390 0754 7034") are recognised. The list is bounded
// (kMaxReferenceCandidates) so that a long free text costs little.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace duecall::domain {

enum class ReferenceKind { kRfCreditorReference, kSi12, kClaimReference };
std::string_view reference_kind_name(ReferenceKind kind);

struct ReferenceCandidate {
  ReferenceKind kind;
  std::string claim_ref;
  bool operator==(const ReferenceCandidate&) const = default;
};

inline constexpr std::size_t kMaxReferenceCandidates = 32;

std::vector<ReferenceCandidate> reference_candidates(std::string_view remittance);

}  // namespace duecall::domain
