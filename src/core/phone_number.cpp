#include "core/phone_number.hpp"

#include <phonenumbers/phonenumberutil.h>

#include <charconv>

#include "core/phone_metadata.hpp"

namespace duecall {

using i18n::phonenumbers::PhoneNumberUtil;

namespace {

using phone::LengthVerdict;
using phone::NumberKind;
using phone::PatternMatchers;
using phone::PhoneMetadata;
using phone::RegionPlan;

// libphonenumber's kMinLengthForNsn and kMaxLengthForNsn.
constexpr std::size_t kNationalNumberLengthMin = 2;
constexpr std::size_t kNationalNumberLengthMax = 17;
// Longer text is rare enough in claim files to leave to libphonenumber.
constexpr std::size_t kFastPathTextLengthMax = 64;

Error not_a_number(std::string_view text) {
  return Error::invalid_argument("'" + std::string(text) + "' is not a phone number");
}

Error not_valid(std::string_view text, std::string_view default_region) {
  return Error::invalid_argument("'" + std::string(text) + "' is not a valid phone number for " +
                                 std::string(default_region));
}

PhoneType phone_type_of(NumberKind kind) {
  switch (kind) {
    case NumberKind::kFixedLine: return PhoneType::kFixedLine;
    case NumberKind::kMobile: return PhoneType::kMobile;
    case NumberKind::kFixedLineOrMobile: return PhoneType::kFixedLineOrMobile;
    case NumberKind::kTollFree: return PhoneType::kTollFree;
    case NumberKind::kVoip: return PhoneType::kVoip;
    default: return PhoneType::kOther;
  }
}

icu::UnicodeString unicode(std::string_view ascii) {
  return icu::UnicodeString(ascii.data(), static_cast<int32_t>(ascii.size()), US_INV);
}

// Text in a shape for which libphonenumber's ExtractPossibleNumber, IsViablePhoneNumber,
// MaybeStripExtension and Normalize reduce to "keep the digits": ASCII digits, the
// separators " -./()" (all in its VALID_PUNCTUATION), and one '+' before anything but
// spaces. No extension pattern can match without a letter, '#', '~', ',' or ';', and no
// alpha conversion happens without letters. Fewer than three digits is left to the library,
// whose viability rule treats two bare digits differently from two separated ones.
struct SimpleText {
  bool has_plus = false;
  std::string digits;
};

std::optional<SimpleText> scan_simple_text(std::string_view text) {
  if (text.size() > kFastPathTextLengthMax) return std::nullopt;
  SimpleText scanned;
  bool seen_non_space = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      scanned.digits.push_back(c);
    } else if (c == '+') {
      if (seen_non_space) return std::nullopt;
      scanned.has_plus = true;
    } else if (c != ' ' && c != '-' && c != '.' && c != '/' && c != '(' && c != ')') {
      return std::nullopt;
    }
    if (c != ' ') seen_non_space = true;
  }
  if (scanned.digits.size() < 3) return std::nullopt;
  return scanned;
}

// ExtractCountryCode: strips the shortest known calling code (1 to 3 digits) off the front.
// Returns 0, leaving the number alone, when there is none.
int extract_country_code(const PhoneMetadata& table, std::string& number) {
  if (number.empty() || number[0] == '0') return 0;
  for (std::size_t digit_count = 1; digit_count <= 3 && digit_count <= number.size();
       ++digit_count) {
    int code = 0;
    std::from_chars(number.data(), number.data() + digit_count, code);
    if (table.is_known_calling_code(code)) {
      number.erase(0, digit_count);
      return code;
    }
  }
  return 0;
}

// ICU's replaceFirst as libphonenumber's IcuRegExp::Replace performs it, for transform rules.
std::string replace_first(icu::RegexMatcher& matcher, const icu::UnicodeString& input,
                          const std::string& replacement) {
  UErrorCode status = U_ZERO_ERROR;
  matcher.reset(input);
  icu::UnicodeString output;
  if (matcher.find(status)) {
    matcher.appendReplacement(output, icu::UnicodeString::fromUTF8(replacement), status);
  }
  matcher.appendTail(output);
  std::string result;
  output.toUTF8String(result);
  return result;
}

// MaybeStripNationalPrefixAndCarrierCode. The carrier code it would also extract is dropped:
// it only reaches the PhoneNumber when raw input is kept, which parse() never asks for.
void strip_national_prefix(const RegionPlan& plan, std::string& number,
                           PatternMatchers& matchers) {
  if (number.empty() || plan.national_prefix_for_parsing == phone::kNoPattern) return;
  const icu::UnicodeString input = unicode(number);
  const bool original_is_viable = phone::matches_general_pattern(input, plan, matchers);
  const int prefix_end = matchers.looking_at(plan.national_prefix_for_parsing, input);
  if (prefix_end < 0) return;
  icu::RegexMatcher& matcher = matchers.matcher(plan.national_prefix_for_parsing);
  // The library reads the part to keep from group 2 when the pattern has two groups (group 1
  // is the carrier code), else from group 1; only a non-empty capture triggers the rule.
  bool captured = false;
  if (!plan.national_prefix_transform_rule.empty() && matcher.groupCount() >= 1) {
    UErrorCode status = U_ZERO_ERROR;
    int group = matcher.groupCount() >= 2 ? 2 : 1;
    int start = matcher.start(group, status);
    captured = U_SUCCESS(status) && start >= 0 && matcher.end(group, status) > start;
  }
  std::string stripped = captured
                             ? replace_first(matcher, input, plan.national_prefix_transform_rule)
                             : number.substr(static_cast<std::size_t>(prefix_end));
  if (original_is_viable && !phone::matches_general_pattern(unicode(stripped), plan, matchers)) {
    return;
  }
  number = std::move(stripped);
}

}  // namespace

std::string_view phone_type_name(PhoneType type) {
  switch (type) {
    case PhoneType::kFixedLine: return "fixed_line";
    case PhoneType::kMobile: return "mobile";
    case PhoneType::kFixedLineOrMobile: return "fixed_line_or_mobile";
    case PhoneType::kTollFree: return "toll_free";
    case PhoneType::kVoip: return "voip";
    case PhoneType::kOther: return "other";
  }
  return "other";
}

Result<PhoneType> parse_phone_type(std::string_view name) {
  for (auto type : {PhoneType::kFixedLine, PhoneType::kMobile, PhoneType::kFixedLineOrMobile,
                    PhoneType::kTollFree, PhoneType::kVoip, PhoneType::kOther}) {
    if (phone_type_name(type) == name) return type;
  }
  return Error::invalid_argument("unknown phone type '" + std::string(name) + "'");
}

Result<PhoneNumber> PhoneNumber::parse(std::string_view text, std::string_view default_region) {
  if (auto fast = parse_fast(text, default_region)) return std::move(*fast);
  return parse_with_libphonenumber(text, default_region);
}

// Follows libphonenumber's ParseHelper and MaybeExtractCountryCode step by step, then
// IsValidNumber and GetNumberType; each early return names the library's error it mirrors.
std::optional<Result<PhoneNumber>> PhoneNumber::parse_fast(std::string_view text,
                                                           std::string_view default_region) {
  const PhoneMetadata* table = PhoneMetadata::instance();
  if (table == nullptr) return std::nullopt;
  std::optional<SimpleText> scanned = scan_simple_text(text);
  if (!scanned) return std::nullopt;
  const RegionPlan* default_plan = table->region(default_region);
  if (default_plan == nullptr && !scanned->has_plus) return not_a_number(text);  // bad region
  PatternMatchers& matchers = PatternMatchers::for_this_thread();

  std::string national = std::move(scanned->digits);
  int country_code = 0;
  bool country_code_is_explicit = scanned->has_plus;
  if (!scanned->has_plus) {
    int idd_end = matchers.looking_at(default_plan->international_prefix, unicode(national));
    // An IDD is only stripped when what follows does not start with 0.
    if (idd_end >= 0 && (static_cast<std::size_t>(idd_end) == national.size() ||
                         national[static_cast<std::size_t>(idd_end)] != '0')) {
      national.erase(0, static_cast<std::size_t>(idd_end));
      country_code_is_explicit = true;
    }
  }
  if (country_code_is_explicit) {
    if (national.size() <= kNationalNumberLengthMin) return not_a_number(text);  // too short after IDD
    country_code = extract_country_code(*table, national);
    // After '+', the library retries the digits as a national number; that rare case is its.
    if (country_code == 0) {
      if (scanned->has_plus) return std::nullopt;
      return not_a_number(text);  // invalid country code
    }
  } else {
    // A national number may start with the region's own calling code; it is taken as one when
    // the rest fits the plan better.
    std::string code = std::to_string(default_plan->country_code);
    if (national.starts_with(code)) {
      std::string rest = national.substr(code.size());
      strip_national_prefix(*default_plan, rest, matchers);
      const icu::UnicodeString whole = unicode(national);
      if ((!phone::matches_general_pattern(whole, *default_plan, matchers) &&
           phone::matches_general_pattern(unicode(rest), *default_plan, matchers)) ||
          phone::test_length(national.size(), *default_plan) == LengthVerdict::kTooLong) {
        national = std::move(rest);
        country_code = default_plan->country_code;
      }
    }
  }

  const RegionPlan* plan = default_plan;
  if (country_code != 0) {
    if (table->is_non_geographic_calling_code(country_code)) return std::nullopt;
    plan = table->regions_for_calling_code(country_code).front();
  } else {
    country_code = default_plan->country_code;
  }
  if (national.size() < kNationalNumberLengthMin) return not_a_number(text);  // too short NSN
  std::string without_prefix = national;
  strip_national_prefix(*plan, without_prefix, matchers);
  LengthVerdict length = phone::test_length(without_prefix.size(), *plan);
  if (length != LengthVerdict::kTooShort && length != LengthVerdict::kPossibleLocalOnly &&
      length != LengthVerdict::kInvalidLength) {
    national = std::move(without_prefix);
  }
  if (national.size() < kNationalNumberLengthMin || national.size() > kNationalNumberLengthMax) {
    return not_a_number(text);
  }

  // The national significant number is exactly `national`: libphonenumber keeps leading
  // zeros as italian_leading_zero plus a count, which prints back to the same digits.
  phone::RegionMatch match =
      phone::region_for_number(unicode(national), national.size(),
                               table->regions_for_calling_code(country_code), matchers);
  if (match.plan == nullptr || match.kind == NumberKind::kUnknown) {
    return not_valid(text, default_region);
  }
  return PhoneNumber("+" + std::to_string(country_code) + national, phone_type_of(match.kind),
                     match.plan->region);
}

std::optional<Result<PhoneNumber>> PhoneNumber::parse_fast_path_for_test(
    std::string_view text, std::string_view default_region) {
  return parse_fast(text, default_region);
}

Result<PhoneNumber> PhoneNumber::parse_with_libphonenumber_for_test(
    std::string_view text, std::string_view default_region) {
  return parse_with_libphonenumber(text, default_region);
}

Result<PhoneNumber> PhoneNumber::parse_with_libphonenumber(std::string_view text,
                                                       std::string_view default_region) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  i18n::phonenumbers::PhoneNumber parsed;
  auto status = util.Parse(std::string(text), std::string(default_region), &parsed);
  if (status != PhoneNumberUtil::NO_PARSING_ERROR) {
    return not_a_number(text);
  }
  if (!util.IsValidNumber(parsed)) {
    return not_valid(text, default_region);
  }
  std::string e164;
  util.Format(parsed, PhoneNumberUtil::E164, &e164);
  std::string region;
  util.GetRegionCodeForNumber(parsed, &region);
  PhoneType type = PhoneType::kOther;
  switch (util.GetNumberType(parsed)) {
    case PhoneNumberUtil::FIXED_LINE: type = PhoneType::kFixedLine; break;
    case PhoneNumberUtil::MOBILE: type = PhoneType::kMobile; break;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE: type = PhoneType::kFixedLineOrMobile; break;
    case PhoneNumberUtil::TOLL_FREE: type = PhoneType::kTollFree; break;
    case PhoneNumberUtil::VOIP: type = PhoneType::kVoip; break;
    default: type = PhoneType::kOther; break;
  }
  return PhoneNumber(std::move(e164), type, std::move(region));
}

PhoneNumber PhoneNumber::from_stored(std::string e164, PhoneType type, std::string region) {
  return PhoneNumber(std::move(e164), type, std::move(region));
}

}  // namespace duecall
