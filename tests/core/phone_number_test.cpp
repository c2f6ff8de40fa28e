// Phone numbers are parsed with the debtor's country as the default region and kept in
// E.164 with their type; invalid numbers are refused.
//
// PhoneNumber::parse has a fast path that re-implements libphonenumber on its metadata, so
// most tests here compare the two paths through the ForTest hooks: wherever the fast path
// gives a verdict it must be libphonenumber's exactly (valid or not, E.164, region, type).
// Inputs come from libphonenumber's own example numbers, mutated and written in the formats
// claim files use, plus hand-picked edge cases. RapidCheck prints the seed of a failing case;
// RC_PARAMS="seed=..." replays it.
#include "core/phone_number.hpp"

#include <gtest/gtest.h>
#include <phonenumbers/phonenumberutil.h>
#include <rapidcheck/gtest.h>

#include <set>
#include <thread>

namespace duecall {
namespace {

using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil& util() { return *PhoneNumberUtil::GetInstance(); }

// Returns an empty string when the two verdicts agree, else a description of the difference.
std::string difference(const Result<PhoneNumber>& fast, const Result<PhoneNumber>& library) {
  auto show = [](const Result<PhoneNumber>& r) {
    if (!r.ok()) return std::string("invalid");
    return r->e164() + " " + r->region() + " " + std::string(phone_type_name(r->type()));
  };
  bool same = fast.ok() == library.ok() &&
              (!fast.ok() || (fast->e164() == library->e164() &&
                              fast->region() == library->region() &&
                              fast->type() == library->type()));
  return same ? "" : "fast path: " + show(fast) + ", libphonenumber: " + show(library);
}

// Checks that the fast path, when it decides, agrees with libphonenumber, and that parse()
// agrees in every case. Returns whether the fast path decided.
bool expect_paths_agree(const std::string& text, const std::string& region) {
  SCOPED_TRACE("'" + text + "' in " + region);
  auto library = PhoneNumber::parse_with_libphonenumber_for_test(text, region);
  auto fast = PhoneNumber::parse_fast_path_for_test(text, region);
  if (fast) {
    EXPECT_EQ(difference(*fast, library), "");
  }
  EXPECT_EQ(difference(PhoneNumber::parse(text, region), library), "");
  return fast.has_value();
}

TEST(PhoneNumber, ParsesSlovenianMobileAndFixedNumbers) {
  auto mobile = PhoneNumber::parse("+386 51 825 193", "SI");
  ASSERT_TRUE(mobile.ok()) << mobile.error().message;
  EXPECT_EQ(mobile->e164(), "+38651825193");
  EXPECT_EQ(mobile->type(), PhoneType::kMobile);
  EXPECT_EQ(mobile->region(), "SI");

  auto national = PhoneNumber::parse("051 825 193", "SI");
  ASSERT_TRUE(national.ok());
  EXPECT_EQ(national->e164(), "+38651825193");

  auto fixed = PhoneNumber::parse("+386 1 468 16 23", "SI");
  ASSERT_TRUE(fixed.ok());
  EXPECT_EQ(fixed->type(), PhoneType::kFixedLine);
}

TEST(PhoneNumber, KeepsTheNumbersOwnRegionWhenItDiffersFromTheDebtors) {
  auto foreign = PhoneNumber::parse("+385 91 234 5678", "SI");
  ASSERT_TRUE(foreign.ok());
  EXPECT_EQ(foreign->region(), "HR");
}

TEST(PhoneNumber, RefusesTextAndInvalidNumbers) {
  EXPECT_FALSE(PhoneNumber::parse("not a number", "SI").ok());
  EXPECT_FALSE(PhoneNumber::parse("+386 12", "SI").ok());
  EXPECT_FALSE(PhoneNumber::parse("", "SI").ok());
  EXPECT_FALSE(PhoneNumber::parse("+386 99 999 999", "SI").ok());
}

TEST(PhoneNumberFastPath, DecidesTheCommonFormatsWithoutLibphonenumber) {
  const std::pair<std::string, std::string> common[] = {
      {"+386 51 825 193", "SI"},   {"00386 51 825 193", "SI"}, {"051 825 193", "SI"},
      {"051-825-193", "SI"},       {"(01) 468 16 23", "SI"},   {"+386 (0)51 825 193", "SI"},
      {"(11) 98765-4321", "BR"},   {"020 7946 0018", "GB"},    {"(212) 555-0123", "US"},
      {"+1 212.555.0123", "CA"},   {"0043 664 1234567", "AT"}, {"030/1234567", "DE"},
      {"06 6988 1234", "IT"},      {"+33 1 23 45 67 89", "FR"}, {"91 123 45 67", "ES"},
      {"+351 912 345 678", "PT"},  {"091 234 5678", "HR"},
  };
  for (const auto& [text, region] : common) {
    EXPECT_TRUE(expect_paths_agree(text, region)) << text << " fell back in " << region;
  }
}

TEST(PhoneNumberFastPath, KeepsItalianLeadingZerosInTheNationalNumber) {
  for (std::string text : {"+39 06 6988 1234", "06 6988 1234", "0039 02 1234 5678",
                           "+39 0 6988 1234", "+39 333 123 4567", "+39 06 69", "+39 000 0000"}) {
    EXPECT_TRUE(expect_paths_agree(text, "IT"));
  }
  auto rome = PhoneNumber::parse("06 6988 1234", "IT");
  ASSERT_TRUE(rome.ok());
  EXPECT_EQ(rome->e164(), "+390669881234");
}

TEST(PhoneNumberFastPath, TellsUnitedStatesAndCanadianNumbersApartWithinPlusOne) {
  for (std::string region : {"US", "CA", "SI"}) {
    for (std::string text : {"+1 201-555-0123", "+1 (506) 234-5678", "1 (506) 234-5678",
                             "(204) 234-5678", "011 1 204 234 5678", "+1 800 253 0000",
                             "+1 999 555 0123", "201 555 0123 4"}) {
      expect_paths_agree(text, region);
    }
  }
  auto canadian = PhoneNumber::parse("+1 506 234 5678", "US");
  ASSERT_TRUE(canadian.ok());
  EXPECT_EQ(canadian->region(), "CA");
}

TEST(PhoneNumberFastPath, AgreesOnBrazilianNineDigitMobilesAndCarrierCodes) {
  for (std::string text : {"(11) 98765-4321", "+55 11 98765 4321", "011 98765-4321",
                           "0 15 11 98765 4321", "015 11 98765-4321", "(11) 8765-4321",
                           "(11) 3456-7890", "0800 123 4567", "+55 (0xx11) 98765-4321"}) {
    expect_paths_agree(text, "BR");
  }
  auto mobile = PhoneNumber::parse("(11) 98765-4321", "BR");
  ASSERT_TRUE(mobile.ok());
  EXPECT_EQ(mobile->e164(), "+5511987654321");
  EXPECT_EQ(mobile->type(), PhoneType::kMobile);
}

TEST(PhoneNumberFastPath, AgreesOnBritishMobilesAndNumbersStartingWithTheCallingCode) {
  for (std::string text : {"07911 123456", "+44 7911 123456", "+44 (0)7911 123456",
                           "447911123456", "0044 7911 123456", "020 7946 0018", "0800 123 4567"}) {
    expect_paths_agree(text, "GB");
  }
  for (std::string text : {"386 51 825 193", "38651825193", "386 1 468 16 23"}) {
    expect_paths_agree(text, "SI");
  }
}

TEST(PhoneNumberFastPath, LeavesExtensionsLettersAndUnusualTextToLibphonenumber) {
  const std::pair<std::string, std::string> unusual[] = {
      {"+386 1 468 16 23 ext. 12", "SI"}, {"+1 201-555-0123 x12", "US"},
      {"tel:+1-201-555-0123;ext=12", "US"}, {"1-800-FLOWERS", "US"},
      {"+386 51 825 193#", "SI"},          {"＋386 51 825 193", "SI"},
      {"+800 1234 5678", "SI"},            {"+999 1234 5678", "SI"},
      {"++386 51 825 193", "SI"},          {"12", "SI"},
  };
  for (const auto& [text, region] : unusual) {
    EXPECT_FALSE(expect_paths_agree(text, region)) << text << " took the fast path";
  }
}

TEST(PhoneNumberFastPath, RefusesLikeLibphonenumberWhenTheDefaultRegionIsUnknown) {
  EXPECT_TRUE(expect_paths_agree("051 825 193", "ZZ"));
  EXPECT_TRUE(expect_paths_agree("+386 51 825 193", "ZZ"));
  EXPECT_TRUE(expect_paths_agree("051 825 193", "si"));
}

// Every region's example number of every type, in E.164-like and national form, covers the
// regions whose national prefixes are patterns with transform rules (AR, MX, BR, ...).
TEST(PhoneNumberFastPath, AgreesOnEveryRegionsExampleNumbers) {
  std::set<std::string> regions;
  util().GetSupportedRegions(&regions);
  int decided = 0;
  for (const std::string& region : regions) {
    std::set<PhoneNumberUtil::PhoneNumberType> types;
    util().GetSupportedTypesForRegion(region, &types);
    for (auto type : types) {
      i18n::phonenumbers::PhoneNumber example;
      if (!util().GetExampleNumberForType(region, type, &example)) continue;
      std::string international, national;
      util().Format(example, PhoneNumberUtil::INTERNATIONAL, &international);
      util().Format(example, PhoneNumberUtil::NATIONAL, &national);
      decided += expect_paths_agree(international, "SI");
      decided += expect_paths_agree(national, region);
    }
  }
  EXPECT_GT(decided, 2000);
}

// Each thread has its own matchers over the shared patterns; threads that parse the same
// numbers at once must all get libphonenumber's answers.
TEST(PhoneNumberFastPath, GivesTheSameAnswersWhenCalledFromSeveralThreads) {
  const std::vector<std::pair<std::string, std::string>> inputs = {
      {"+386 51 825 193", "SI"}, {"(11) 98765-4321", "BR"}, {"(204) 234-5678", "US"},
      {"06 6988 1234", "IT"},    {"07911 123456", "GB"},    {"+386 99 999 999", "SI"},
  };
  std::vector<std::string> expected;
  for (const auto& [text, region] : inputs) {
    auto library = PhoneNumber::parse_with_libphonenumber_for_test(text, region);
    expected.push_back(library.ok() ? library->e164() : "invalid");
  }
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (std::size_t thread_idx = 0; thread_idx < mismatches.size(); ++thread_idx) {
    threads.emplace_back([&, thread_idx] {
      for (int round = 0; round < 500; ++round) {
        for (std::size_t input_idx = 0; input_idx < inputs.size(); ++input_idx) {
          auto parsed = PhoneNumber::parse(inputs[input_idx].first, inputs[input_idx].second);
          mismatches[thread_idx] += (parsed.ok() ? parsed->e164() : "invalid") != expected[input_idx];
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

// --- Property over random numbers in random formats -------------------------------------

const std::vector<std::string> kRegions = {"SI", "HR", "AT", "DE", "IT", "GB",
                                           "US", "CA", "BR", "PT", "FR", "ES"};

std::string example_national_number(const std::string& region) {
  static const PhoneNumberUtil::PhoneNumberType kTypes[] = {
      PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE, PhoneNumberUtil::TOLL_FREE,
      PhoneNumberUtil::PREMIUM_RATE, PhoneNumberUtil::VOIP, PhoneNumberUtil::SHARED_COST};
  i18n::phonenumbers::PhoneNumber example;
  for (int attempt = 0; attempt < 4; ++attempt) {
    auto type = kTypes[*rc::gen::inRange<std::size_t>(0, std::size(kTypes))];
    if (util().GetExampleNumberForType(region, type, &example)) {
      std::string digits;
      util().GetNationalSignificantNumber(example, &digits);
      return digits;
    }
  }
  return "12345678";
}

// A national significant number: an example number, often with digits changed, added or
// removed (which makes invalid lengths and prefixes), or plain random digits.
std::string random_national_number(const std::string& region) {
  if (*rc::gen::inRange(0, 10) < 2) {
    return *rc::gen::container<std::string>(*rc::gen::inRange(2, 14), rc::gen::inRange('0', ':'));
  }
  std::string digits = example_national_number(region);
  int edits = *rc::gen::weightedOneOf<int>(
      {{5, rc::gen::just(0)}, {4, rc::gen::just(1)}, {2, rc::gen::just(2)}, {1, rc::gen::just(4)}});
  for (int edit = 0; edit < edits && !digits.empty(); ++edit) {
    std::size_t at = *rc::gen::inRange<std::size_t>(0, digits.size());
    char digit = *rc::gen::inRange('0', ':');
    switch (*rc::gen::inRange(0, 6)) {
      case 0: digits.insert(digits.begin() + at, digit); break;
      case 1: digits.erase(at, 1); break;
      default: digits[at] = digit; break;
    }
  }
  return digits;
}

// Splits digits into groups of 1-4 joined by one separator, sometimes with the first group
// in parentheses.
std::string grouped(const std::string& digits) {
  static const char* const kSeparators[] = {" ", " ", "-", ".", "/", ""};
  std::string separator = kSeparators[*rc::gen::inRange<std::size_t>(0, std::size(kSeparators))];
  bool parenthesise = *rc::gen::inRange(0, 5) == 0;
  std::string out;
  std::size_t at = 0;
  for (int group = 0; at < digits.size(); ++group) {
    std::size_t length = std::min(digits.size() - at, *rc::gen::inRange<std::size_t>(1, 5));
    std::string part = digits.substr(at, length);
    if (group == 0 && parenthesise) part = "(" + part + ")";
    out += (group == 0 ? "" : separator) + part;
    at += length;
  }
  return out;
}

std::string random_text(const std::string& region) {
  std::string digits = random_national_number(region);
  std::string code = std::to_string(util().GetCountryCodeForRegion(region));
  std::string trunk;
  util().GetNddPrefixForRegion(region, true, &trunk);
  std::string text;
  switch (*rc::gen::inRange(0, 7)) {
    case 0: case 1: text = "+" + code + " " + grouped(digits); break;
    case 2: text = "00" + code + " " + grouped(digits); break;
    case 3: text = "+" + code + " (" + trunk + ")" + grouped(digits); break;
    case 4: case 5: text = grouped(trunk + digits); break;
    default: text = grouped(digits); break;
  }
  if (*rc::gen::inRange(0, 10) == 0) text = "  " + text + " ";
  return text;
}

RC_GTEST_PROP(PhoneNumberFastPath, AgreesWithLibphonenumberOnRandomNumbersInCommonFormats, ()) {
  constexpr int kCasesPerRun = 50;
  int decided = 0;
  int valid = 0;
  for (int case_idx = 0; case_idx < kCasesPerRun; ++case_idx) {
    std::string default_region = kRegions[*rc::gen::inRange<std::size_t>(0, kRegions.size())];
    // Most numbers belong to the debtor's country; some are foreign.
    std::string number_region =
        *rc::gen::inRange(0, 4) == 0 ? kRegions[*rc::gen::inRange<std::size_t>(0, kRegions.size())]
                                     : default_region;
    std::string text = random_text(number_region);
    auto library = PhoneNumber::parse_with_libphonenumber_for_test(text, default_region);
    auto fast = PhoneNumber::parse_fast_path_for_test(text, default_region);
    RC_LOG() << "'" << text << "' in " << default_region << "\n";
    if (fast) RC_ASSERT(difference(*fast, library) == "");
    decided += fast.has_value();
    valid += library.ok();
  }
  // Shows, per run, that the fast path decides nearly all cases and that many are valid.
  RC_TAG("fast path decided " + std::to_string(decided * 10 / kCasesPerRun * 10) + "%+",
         "valid " + std::to_string(valid * 10 / kCasesPerRun * 10) + "%+");
}

}  // namespace
}  // namespace duecall
