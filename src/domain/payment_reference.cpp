#include "domain/payment_reference.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "domain/creditor_reference.hpp"

namespace duecall::domain {
namespace {

// Words split at white space and at the separators people put around references; '-' and
// '/' stay inside words because claim references often contain them.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    bool separator = std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == ';' ||
                     c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == '"' ||
                     c == '\'';
    if (separator) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  // A full stop ends a sentence more often than a reference.
  for (auto& w : words) {
    while (!w.empty() && w.back() == '.') w.pop_back();
  }
  std::erase_if(words, [](const std::string& w) { return w.empty(); });
  return words;
}

bool starts_with_ignoring_case(std::string_view word, std::string_view prefix) {
  if (word.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(word[i])) != prefix[i]) return false;
  }
  return true;
}

// Reads a structured reference starting at words[first], joining following words as long
// as that still forms a valid reference (printed groups of four), and keeps the longest.
// Returns the reference and how many words it used.
template <typename Reader>
std::optional<std::pair<CreditorReference, std::size_t>> longest_reference(
    const std::vector<std::string>& words, std::size_t first, Reader read) {
  std::optional<std::pair<CreditorReference, std::size_t>> best;
  std::string joined;
  constexpr std::size_t kMaxGroups = 7;  // 25 characters in groups of four
  for (std::size_t count = 1; count <= kMaxGroups && first + count <= words.size(); ++count) {
    joined += words[first + count - 1];
    if (joined.size() > 30) break;
    if (auto reference = read(joined)) best = std::make_pair(*reference, count);
  }
  return best;
}

}  // namespace

std::string_view reference_kind_name(ReferenceKind kind) {
  switch (kind) {
    case ReferenceKind::kRfCreditorReference:
      return "rf";
    case ReferenceKind::kSi12:
      return "si12";
    case ReferenceKind::kClaimReference:
      return "claim_ref";
  }
  return "claim_ref";
}

std::vector<ReferenceCandidate> reference_candidates(std::string_view remittance) {
  std::vector<std::string> words = words_of(remittance);
  std::vector<ReferenceCandidate> structured;
  std::vector<ReferenceCandidate> plain;
  std::vector<bool> used(words.size(), false);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    bool looks_rf = starts_with_ignoring_case(word, "RF") && word.size() >= 4 &&
                    std::isdigit(static_cast<unsigned char>(word[2]));
    bool looks_si12 = starts_with_ignoring_case(word, "SI12");
    if (!looks_rf && !looks_si12) continue;
    auto found = looks_rf ? longest_reference(words, i, read_rf_reference)
                          : longest_reference(words, i, read_si12_reference);
    // A structured-looking word that does not validate is marked used as well, so that a
    // mistyped reference never comes back as a plain claim reference.
    if (!found) {
      used[i] = true;
      continue;
    }
    const auto& [reference, count] = *found;
    for (std::size_t k = i; k < i + count; ++k) used[k] = true;
    if (looks_rf) {
      structured.push_back({ReferenceKind::kRfCreditorReference, reference.payload});
    } else {
      structured.push_back({ReferenceKind::kSi12, reference.payload});
      structured.push_back({ReferenceKind::kSi12, reference.full.substr(4)});
    }
    i += count - 1;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!used[i]) plain.push_back({ReferenceKind::kClaimReference, words[i]});
  }
  // RF before SI12 before plain words, each in the order they appear.
  std::stable_partition(structured.begin(), structured.end(), [](const ReferenceCandidate& c) {
    return c.kind == ReferenceKind::kRfCreditorReference;
  });
  std::vector<ReferenceCandidate> candidates;
  for (auto* list : {&structured, &plain}) {
    for (auto& candidate : *list) {
      if (candidates.size() == kMaxReferenceCandidates) return candidates;
      if (std::find(candidates.begin(), candidates.end(), candidate) == candidates.end()) {
        candidates.push_back(std::move(candidate));
      }
    }
  }
  return candidates;
}

}  // namespace duecall::domain
