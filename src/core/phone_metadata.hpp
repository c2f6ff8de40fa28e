// PhoneMetadata is libphonenumber's own numbering-plan data, decoded once into flat
// per-region tables so that PhoneNumber::parse can classify a number without going through
// PhoneNumberUtil. PhoneNumberUtil is exact but slow for bulk intake: every regular
// expression it applies creates (and frees) a fresh ICU RegexMatcher, which is most of the
// 15-60 µs it spends per number. Here each pattern is compiled once and each thread keeps one
// matcher per pattern, reset on every input.
//
// Invariants: the data is the PhoneMetadataCollection compiled into libphonenumber.so
// (metadata_get()), never a copy of our own, and patterns are compiled with ICU and the same
// flags libphonenumber uses, so the two cannot disagree about what a pattern matches. Each
// calling code lists its regions in libphonenumber's order (taken from PhoneNumberUtil), with
// the main country first. The functions below re-implement libphonenumber 8.12's
// GetNumberTypeHelper, TestNumberLength and GetRegionCodeForNumberFromRegionList on this data.
//
// Thread-safety: the table is built on first use (a function-local static) and is immutable
// afterwards; ICU RegexPatterns may be shared between threads. ICU RegexMatchers may not, so
// PatternMatchers is thread_local: each thread creates the matchers it needs on first use and
// frees them when it ends. The table itself is never freed, so no thread can outlive it.
#pragma once

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace duecall::phone {

// Index of a compiled pattern in PhoneMetadata; kNoPattern stands for an absent or empty one.
using PatternId = int;
inline constexpr PatternId kNoPattern = -1;

// One PhoneNumberDesc (general, mobile, fixed line, ...): a national-number pattern and the
// lengths a number of that kind may have.
struct NumberDesc {
  PatternId pattern = kNoPattern;
  bool has_possible_lengths = false;
  std::uint32_t length_mask = 0;  // bit n is set iff n is a possible length

  // Returns true iff the length passes IsNumberMatchingDesc's filter, which is skipped when
  // the metadata lists no lengths (they are then the general description's, checked already).
  bool admits_length(std::size_t length) const {
    return !has_possible_lengths || (length < 32 && (length_mask >> length) & 1u);
  }
};

// libphonenumber's PhoneNumberType, in the order GetNumberTypeHelper tests the kinds.
enum class NumberKind {
  kUnknown,
  kPremiumRate,
  kTollFree,
  kSharedCost,
  kVoip,
  kPersonalNumber,
  kPager,
  kUan,
  kVoicemail,
  kFixedLine,
  kMobile,
  kFixedLineOrMobile,
};

// libphonenumber's ValidationResult, as TestNumberLength returns it.
enum class LengthVerdict { kPossible, kPossibleLocalOnly, kTooShort, kTooLong, kInvalidLength };

// The numbering plan of one geographic region ("SI", "US"), as libphonenumber's PhoneMetadata.
struct RegionPlan {
  std::string region;
  int country_code = 0;
  NumberDesc general, premium_rate, toll_free, shared_cost, voip, personal_number, pager, uan,
      voicemail, fixed_line, mobile;
  bool same_mobile_and_fixed_line_pattern = false;
  std::vector<int> possible_lengths;    // of the general description, in metadata order
  std::vector<int> local_only_lengths;  // of the general description
  PatternId international_prefix = kNoPattern;
  PatternId national_prefix_for_parsing = kNoPattern;
  std::string national_prefix_transform_rule;  // ICU replacement syntax ("$1"); may be empty
  PatternId leading_digits = kNoPattern;
};

class PhoneMetadata {
 public:
  // Returns the shared table, or nullptr if libphonenumber's metadata could not be decoded;
  // callers then use PhoneNumberUtil for everything.
  static const PhoneMetadata* instance();

  // Returns the plan of a geographic region, or nullptr for an unknown code (including "001").
  const RegionPlan* region(std::string_view region_code) const;
  // The geographic regions using a calling code, main country first; empty for a code that is
  // unknown or non-geographic (+800, +882, ...).
  std::span<const RegionPlan* const> regions_for_calling_code(int country_code) const;
  // Returns true iff libphonenumber knows the calling code, geographic or not.
  bool is_known_calling_code(int country_code) const;
  // Returns true iff the calling code belongs to non-geographic entities ("001").
  bool is_non_geographic_calling_code(int country_code) const;

  std::size_t pattern_count() const { return patterns_.size(); }
  // Returns nullptr for a pattern ICU refused to compile; libphonenumber then treats every
  // match against it as failed, and so do we.
  const icu::RegexPattern* pattern(PatternId id) const { return patterns_[id].get(); }

 private:
  static constexpr int kCallingCodeLimit = 1000;  // calling codes have at most 3 digits

  PhoneMetadata() = default;
  static std::unique_ptr<PhoneMetadata> build();
  PatternId intern(const std::string& pattern);

  std::vector<std::unique_ptr<RegionPlan>> plans_;
  std::unordered_map<std::string, const RegionPlan*> by_region_;
  std::vector<std::vector<const RegionPlan*>> by_calling_code_;  // indexed by calling code
  std::vector<bool> known_calling_code_;
  std::vector<bool> non_geographic_calling_code_;
  std::vector<std::unique_ptr<icu::RegexPattern>> patterns_;
  std::unordered_map<std::string, PatternId> pattern_ids_;
};

// The calling thread's matchers, one per pattern, created on first use. Not thread-safe by
// design: obtain it with for_this_thread() and do not hand it to another thread.
class PatternMatchers {
 public:
  static PatternMatchers& for_this_thread();

  // Returns true iff the whole input matches (libphonenumber's FullMatch / matches()).
  bool matches(PatternId id, const icu::UnicodeString& input);
  // Returns the length of the match anchored at the start of input (libphonenumber's
  // Consume / lookingAt()), or -1 if there is none. Afterwards matcher(id) holds the match.
  int looking_at(PatternId id, const icu::UnicodeString& input);
  // REQUIRES: id names a pattern that compiled.
  icu::RegexMatcher& matcher(PatternId id);

 private:
  std::vector<std::unique_ptr<icu::RegexMatcher>> matchers_;
};

// GetNumberTypeHelper: the kind of a national significant number in a region, or kUnknown
// when it is not a valid number there.
NumberKind classify(const icu::UnicodeString& national_number, std::size_t length,
                    const RegionPlan& plan, PatternMatchers& matchers);
// TestNumberLength for PhoneNumberType UNKNOWN.
LengthVerdict test_length(std::size_t length, const RegionPlan& plan);
// IsMatch against the general description's pattern, without the length filter.
bool matches_general_pattern(const icu::UnicodeString& national_number, const RegionPlan& plan,
                             PatternMatchers& matchers);
// GetRegionCodeForNumber for a geographic calling code, followed by GetNumberTypeHelper for
// the region found: plan is nullptr ("ZZ") when no region claims the number.
struct RegionMatch {
  const RegionPlan* plan = nullptr;
  NumberKind kind = NumberKind::kUnknown;
};
RegionMatch region_for_number(const icu::UnicodeString& national_number, std::size_t length,
                              std::span<const RegionPlan* const> candidates,
                              PatternMatchers& matchers);

}  // namespace duecall::phone
