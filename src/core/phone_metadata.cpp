#include "core/phone_metadata.hpp"

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <list>

// libphonenumber exports its compiled-in metadata but installs no header declaring it
// (upstream's metadata.h is private), so we declare the two functions ourselves.
namespace i18n::phonenumbers {
int metadata_size();
const void* metadata_get();
}  // namespace i18n::phonenumbers

namespace duecall::phone {
namespace {

namespace pn = i18n::phonenumbers;

constexpr std::string_view kNonGeographicRegion = "001";

}  // namespace

PatternId PhoneMetadata::intern(const std::string& pattern) {
  auto [it, inserted] = pattern_ids_.try_emplace(pattern, static_cast<PatternId>(patterns_.size()));
  if (!inserted) return it->second;
  UParseError parse_error;
  UErrorCode status = U_ZERO_ERROR;
  // Flags 0, as libphonenumber's IcuRegExp compiles them.
  std::unique_ptr<icu::RegexPattern> compiled(icu::RegexPattern::compile(
      icu::UnicodeString::fromUTF8(pattern), 0, parse_error, status));
  if (U_FAILURE(status)) compiled.reset();
  patterns_.push_back(std::move(compiled));
  return it->second;
}

std::unique_ptr<PhoneMetadata> PhoneMetadata::build() {
  pn::PhoneMetadataCollection collection;
  if (!collection.ParseFromArray(pn::metadata_get(), pn::metadata_size())) return nullptr;

  std::unique_ptr<PhoneMetadata> table(new PhoneMetadata());
  auto desc = [&](const pn::PhoneNumberDesc& source) {
    NumberDesc result;
    if (!source.national_number_pattern().empty()) {
      result.pattern = table->intern(source.national_number_pattern());
    }
    result.has_possible_lengths = source.possible_length_size() > 0;
    for (int length : source.possible_length()) {
      if (length >= 0 && length < 32) result.length_mask |= 1u << length;
    }
    return result;
  };
  table->known_calling_code_.assign(kCallingCodeLimit, false);
  table->non_geographic_calling_code_.assign(kCallingCodeLimit, false);
  for (const pn::PhoneMetadata& source : collection.metadata()) {
    int code = source.country_code();
    if (code <= 0 || code >= kCallingCodeLimit) return nullptr;
    table->known_calling_code_[code] = true;
    if (source.id() == kNonGeographicRegion) {
      table->non_geographic_calling_code_[code] = true;
      continue;
    }
    // TestNumberLength reads the first general length unconditionally; a plan without one
    // would crash libphonenumber, so we refuse to build rather than guess.
    if (source.general_desc().possible_length_size() == 0) return nullptr;
    auto plan = std::make_unique<RegionPlan>();
    plan->region = source.id();
    plan->country_code = code;
    plan->general = desc(source.general_desc());
    plan->premium_rate = desc(source.premium_rate());
    plan->toll_free = desc(source.toll_free());
    plan->shared_cost = desc(source.shared_cost());
    plan->voip = desc(source.voip());
    plan->personal_number = desc(source.personal_number());
    plan->pager = desc(source.pager());
    plan->uan = desc(source.uan());
    plan->voicemail = desc(source.voicemail());
    plan->fixed_line = desc(source.fixed_line());
    plan->mobile = desc(source.mobile());
    plan->same_mobile_and_fixed_line_pattern = source.same_mobile_and_fixed_line_pattern();
    plan->possible_lengths.assign(source.general_desc().possible_length().begin(),
                                  source.general_desc().possible_length().end());
    plan->local_only_lengths.assign(source.general_desc().possible_length_local_only().begin(),
                                    source.general_desc().possible_length_local_only().end());
    // An absent international prefix is the empty pattern, as libphonenumber reads it.
    plan->international_prefix = table->intern(source.international_prefix());
    if (!source.national_prefix_for_parsing().empty()) {
      plan->national_prefix_for_parsing = table->intern(source.national_prefix_for_parsing());
    }
    plan->national_prefix_transform_rule = source.national_prefix_transform_rule();
    if (source.has_leading_digits()) plan->leading_digits = table->intern(source.leading_digits());
    table->by_region_.emplace(plan->region, plan.get());
    table->plans_.push_back(std::move(plan));
  }

  // The order of regions within a calling code decides GetRegionCodeForNumber, so it is
  // taken from PhoneNumberUtil rather than rebuilt.
  const pn::PhoneNumberUtil& util = *pn::PhoneNumberUtil::GetInstance();
  table->by_calling_code_.resize(kCallingCodeLimit);
  for (int code = 1; code < kCallingCodeLimit; ++code) {
    if (!table->known_calling_code_[code] || table->non_geographic_calling_code_[code]) continue;
    std::list<std::string> regions;
    util.GetRegionCodesForCountryCallingCode(code, &regions);
    for (const std::string& region : regions) {
      const RegionPlan* plan = table->region(region);
      if (plan == nullptr) return nullptr;
      table->by_calling_code_[code].push_back(plan);
    }
  }
  return table;
}

const PhoneMetadata* PhoneMetadata::instance() {
  // Deliberately leaked: thread_local matchers point into the patterns and may be destroyed
  // after static destructors would have run.
  static const PhoneMetadata* table = build().release();
  return table;
}

const RegionPlan* PhoneMetadata::region(std::string_view region_code) const {
  auto it = by_region_.find(std::string(region_code));
  return it == by_region_.end() ? nullptr : it->second;
}

std::span<const RegionPlan* const> PhoneMetadata::regions_for_calling_code(int country_code) const {
  if (country_code <= 0 || country_code >= kCallingCodeLimit) return {};
  return by_calling_code_[country_code];
}

bool PhoneMetadata::is_known_calling_code(int country_code) const {
  return country_code > 0 && country_code < kCallingCodeLimit && known_calling_code_[country_code];
}

bool PhoneMetadata::is_non_geographic_calling_code(int country_code) const {
  return is_known_calling_code(country_code) && non_geographic_calling_code_[country_code];
}

PatternMatchers& PatternMatchers::for_this_thread() {
  thread_local PatternMatchers matchers;
  return matchers;
}

icu::RegexMatcher& PatternMatchers::matcher(PatternId id) {
  if (matchers_.empty()) matchers_.resize(PhoneMetadata::instance()->pattern_count());
  std::unique_ptr<icu::RegexMatcher>& slot = matchers_[id];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(PhoneMetadata::instance()->pattern(id)->matcher(status));
  }
  return *slot;
}

bool PatternMatchers::matches(PatternId id, const icu::UnicodeString& input) {
  if (id == kNoPattern || PhoneMetadata::instance()->pattern(id) == nullptr) return false;
  icu::RegexMatcher& m = matcher(id);
  UErrorCode status = U_ZERO_ERROR;
  m.reset(input);
  bool matched = m.matches(status);
  return matched && U_SUCCESS(status);
}

int PatternMatchers::looking_at(PatternId id, const icu::UnicodeString& input) {
  if (id == kNoPattern || PhoneMetadata::instance()->pattern(id) == nullptr) return -1;
  icu::RegexMatcher& m = matcher(id);
  UErrorCode status = U_ZERO_ERROR;
  m.reset(input);
  if (!m.lookingAt(status) || U_FAILURE(status)) return -1;
  int end = m.end(status);
  return U_SUCCESS(status) ? end : -1;
}

namespace {

bool matches_desc(const icu::UnicodeString& number, std::size_t length, const NumberDesc& desc,
                  PatternMatchers& matchers) {
  return desc.admits_length(length) && matchers.matches(desc.pattern, number);
}

}  // namespace

NumberKind classify(const icu::UnicodeString& number, std::size_t length, const RegionPlan& plan,
                    PatternMatchers& matchers) {
  if (!matches_desc(number, length, plan.general, matchers)) return NumberKind::kUnknown;
  // The order of the tests is libphonenumber's: the first kind that matches wins.
  const std::pair<const NumberDesc*, NumberKind> special_kinds[] = {
      {&plan.premium_rate, NumberKind::kPremiumRate},
      {&plan.toll_free, NumberKind::kTollFree},
      {&plan.shared_cost, NumberKind::kSharedCost},
      {&plan.voip, NumberKind::kVoip},
      {&plan.personal_number, NumberKind::kPersonalNumber},
      {&plan.pager, NumberKind::kPager},
      {&plan.uan, NumberKind::kUan},
      {&plan.voicemail, NumberKind::kVoicemail},
  };
  for (const auto& [desc, kind] : special_kinds) {
    if (matches_desc(number, length, *desc, matchers)) return kind;
  }
  if (matches_desc(number, length, plan.fixed_line, matchers)) {
    if (plan.same_mobile_and_fixed_line_pattern ||
        matches_desc(number, length, plan.mobile, matchers)) {
      return NumberKind::kFixedLineOrMobile;
    }
    return NumberKind::kFixedLine;
  }
  if (!plan.same_mobile_and_fixed_line_pattern && matches_desc(number, length, plan.mobile, matchers)) {
    return NumberKind::kMobile;
  }
  return NumberKind::kUnknown;
}

LengthVerdict test_length(std::size_t length, const RegionPlan& plan) {
  // Guaranteed non-empty by PhoneMetadata::build().
  const std::vector<int>& lengths = plan.possible_lengths;
  if (lengths.front() == -1) return LengthVerdict::kInvalidLength;
  int actual = static_cast<int>(length);
  const std::vector<int>& local = plan.local_only_lengths;
  if (std::find(local.begin(), local.end(), actual) != local.end()) {
    return LengthVerdict::kPossibleLocalOnly;
  }
  if (lengths.front() == actual) return LengthVerdict::kPossible;
  if (lengths.front() > actual) return LengthVerdict::kTooShort;
  if (lengths.back() < actual) return LengthVerdict::kTooLong;
  return std::find(lengths.begin() + 1, lengths.end(), actual) != lengths.end()
             ? LengthVerdict::kPossible
             : LengthVerdict::kInvalidLength;
}

bool matches_general_pattern(const icu::UnicodeString& number, const RegionPlan& plan,
                             PatternMatchers& matchers) {
  return matchers.matches(plan.general.pattern, number);
}

RegionMatch region_for_number(const icu::UnicodeString& number, std::size_t length,
                              std::span<const RegionPlan* const> candidates,
                              PatternMatchers& matchers) {
  if (candidates.size() == 1) {
    return {candidates.front(), classify(number, length, *candidates.front(), matchers)};
  }
  for (const RegionPlan* plan : candidates) {
    if (plan->leading_digits != kNoPattern) {
      if (matchers.looking_at(plan->leading_digits, number) >= 0) {
        return {plan, classify(number, length, *plan, matchers)};
      }
    } else if (NumberKind kind = classify(number, length, *plan, matchers);
               kind != NumberKind::kUnknown) {
      return {plan, kind};
    }
  }
  return {};
}

}  // namespace duecall::phone
