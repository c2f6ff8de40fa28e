// Goal: a client's policy document is read exactly as documented: the defaults of a client
// that set nothing, every limit accepted at both ends of its range and refused one step
// outside, every malformed setting refused with an error naming its JSON path, and a policy
// that survives to_json() -> from_json() unchanged.
//
// Method: small JSON documents that each set one key, a table of the integer limits, and a
// RapidCheck round trip over random valid policies.
#include "domain/policy.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

namespace duecall::domain {
namespace {

using nlohmann::json;

Currency eur() { return Currency::parse("EUR").value(); }

Result<Policy> read(const json& document) { return Policy::from_json(document, eur(), "sl"); }

::testing::AssertionResult RefusedAt(const Result<Policy>& result, std::string_view message_start) {
  if (result.ok()) return ::testing::AssertionFailure() << "accepted, expected " << message_start;
  if (result.error().code != ErrorCode::kInvalidArgument ||
      !result.error().message.starts_with(message_start)) {
    return ::testing::AssertionFailure() << "refused with '" << result.error().message
                                         << "', expected it to start with '" << message_start << "'";
  }
  return ::testing::AssertionSuccess();
}

// ---------------------------------------------------------------------------------------
// Defaults

TEST(PolicyDefaults, AllowOnePromiseWithinThirtyDaysWithThreeGraceDaysAndNoDiscount) {
  Policy policy = Policy::defaults(eur(), "sl");
  EXPECT_EQ(policy.language, "sl");
  EXPECT_EQ(policy.min_instalment, Money::zero(eur()));
  EXPECT_EQ(policy.max_instalments, 1);
  EXPECT_EQ(policy.max_term_days, 30);
  EXPECT_EQ(policy.settlement_floor_bp, 10000);
  EXPECT_EQ(policy.grace_days, 3);
  EXPECT_EQ(policy.max_extension_days, 0);
  EXPECT_EQ(policy.allocation_order,
            (std::vector<BalanceBucket>{BalanceBucket::kFees, BalanceBucket::kInterest,
                                        BalanceBucket::kPrincipal}));
  EXPECT_TRUE(policy.contact_persons.empty());
  EXPECT_EQ(policy.strategy, "default");
}

TEST(PolicyDefaults, AreWhatAnEmptyDocumentReads) {
  auto policy = read(json::object());
  ASSERT_TRUE(policy.ok()) << policy.error().message;
  EXPECT_EQ(policy->to_json(), Policy::defaults(eur(), "sl").to_json());
}

TEST(PolicyDefaults, KeepTheMinimumInstalmentInTheClientsCurrency) {
  Currency jpy = Currency::parse("JPY").value();
  auto policy = Policy::from_json(json::object(), jpy, "en");
  ASSERT_TRUE(policy.ok());
  EXPECT_EQ(policy->min_instalment, Money::zero(jpy));
  EXPECT_EQ(policy->language, "en");
}

// ---------------------------------------------------------------------------------------
// Integer limits

struct IntLimit {
  const char* key;
  int low;
  int high;
  int Policy::*field;
};
const IntLimit kIntLimits[] = {
    {"max_instalments", 1, 120, &Policy::max_instalments},
    {"max_term_days", 1, 3660, &Policy::max_term_days},
    {"grace_days", 0, 30, &Policy::grace_days},
    {"max_extension_days", 0, 365, &Policy::max_extension_days},
};

TEST(PolicyFromJson, AcceptsEveryIntegerLimitAtBothEndsOfItsRange) {
  for (const auto& limit : kIntLimits) {
    for (int value : {limit.low, limit.high}) {
      auto policy = read({{limit.key, value}});
      ASSERT_TRUE(policy.ok()) << limit.key << " = " << value << ": " << policy.error().message;
      EXPECT_EQ((*policy).*limit.field, value) << limit.key;
    }
  }
}

TEST(PolicyFromJson, RefusesEveryIntegerLimitOneStepOutsideItsRange) {
  for (const auto& limit : kIntLimits) {
    std::string message = "$." + std::string(limit.key) + ": must be between " +
                          std::to_string(limit.low) + " and " + std::to_string(limit.high);
    EXPECT_TRUE(RefusedAt(read({{limit.key, limit.low - 1}}), message));
    EXPECT_TRUE(RefusedAt(read({{limit.key, limit.high + 1}}), message));
    EXPECT_TRUE(RefusedAt(read({{limit.key, std::int64_t{1} << 40}}), message));
    EXPECT_TRUE(RefusedAt(read({{limit.key, std::uint64_t{18446744073709551615u}}}), message));
  }
}

TEST(PolicyFromJson, RefusesIntegerLimitsThatAreNotWholeNumbers) {
  for (const auto& limit : kIntLimits) {
    std::string message = "$." + std::string(limit.key) + ": must be a whole number";
    for (const json& value : {json(2.5), json(3.0), json("3"), json(true), json(nullptr),
                              json::array({3})}) {
      EXPECT_TRUE(RefusedAt(read({{limit.key, value}}), message)) << value.dump();
    }
  }
}

// ---------------------------------------------------------------------------------------
// Keys and document shape

TEST(PolicyFromJson, RefusesAnUnknownKeyNamingIt) {
  EXPECT_TRUE(RefusedAt(read({{"grace_day", 3}}), "$.grace_day: unknown setting"));
  EXPECT_TRUE(RefusedAt(read({{"grace_days", 3}, {"Strategy", "soft"}}),
                        "$.Strategy: unknown setting"));
  EXPECT_TRUE(RefusedAt(read({{"settlement_floor", "85"}}), "$.settlement_floor: unknown setting"));
}

TEST(PolicyFromJson, RefusesADocumentThatIsNoObject) {
  for (const json& document : {json::array(), json("grace_days=3"), json(3), json(nullptr)}) {
    EXPECT_TRUE(RefusedAt(read(document), "$: a policy must be a JSON object")) << document.dump();
  }
}

// ---------------------------------------------------------------------------------------
// settlement_floor_percent

TEST(PolicyFromJson, ReadsTheSettlementFloorAsExactBasisPoints) {
  struct Case {
    json value;
    int basis_points;
  };
  for (const Case& floor : {Case{"85", 8500}, Case{"85.5", 8550}, Case{"85.50", 8550},
                            Case{"85.05", 8505}, Case{"100", 10000}, Case{"100.00", 10000},
                            Case{"0", 0}, Case{"0.01", 1}, Case{85, 8500}, Case{100, 10000},
                            Case{0, 0}, Case{"85.500", 8550}}) {
    auto policy = read({{"settlement_floor_percent", floor.value}});
    ASSERT_TRUE(policy.ok()) << floor.value.dump() << ": " << policy.error().message;
    EXPECT_EQ(policy->settlement_floor_bp, floor.basis_points) << floor.value.dump();
  }
}

TEST(PolicyFromJson, RefusesASettlementFloorOutsideZeroToHundredOrTooPrecise) {
  for (const json& value : {json("100.01"), json("101"), json(101), json("-0.01"), json(-1),
                            json("85.555"), json("85,5"), json("85%"), json(""), json("abc"),
                            json(85.5), json(nullptr), json(true)}) {
    EXPECT_TRUE(RefusedAt(read({{"settlement_floor_percent", value}}),
                          "$.settlement_floor_percent: must be a percentage from 0 to 100"))
        << value.dump();
  }
}

// ---------------------------------------------------------------------------------------
// min_instalment

TEST(PolicyFromJson, ReadsTheMinimumInstalmentAsMoneyOrADecimalString) {
  auto object = read({{"min_instalment", {{"minor", 2000}, {"currency", "EUR"}}}});
  ASSERT_TRUE(object.ok()) << object.error().message;
  EXPECT_EQ(object->min_instalment, Money(2000, eur()));
  auto text = read({{"min_instalment", "20.50"}});
  ASSERT_TRUE(text.ok()) << text.error().message;
  EXPECT_EQ(text->min_instalment, Money(2050, eur()));
}

TEST(PolicyFromJson, RefusesANegativeOrForeignOrMalformedMinimumInstalment) {
  EXPECT_TRUE(RefusedAt(read({{"min_instalment", "-1"}}), "$.min_instalment: must not be negative"));
  EXPECT_TRUE(RefusedAt(read({{"min_instalment", {{"minor", -1}, {"currency", "EUR"}}}}),
                        "$.min_instalment: must not be negative"));
  EXPECT_TRUE(RefusedAt(read({{"min_instalment", {{"minor", 100}, {"currency", "USD"}}}}),
                        "$.min_instalment: must be in EUR"));
  EXPECT_TRUE(RefusedAt(read({{"min_instalment", 20.5}}), "$.min_instalment: must be"));
  EXPECT_TRUE(RefusedAt(read({{"min_instalment", "20.505"}}), "$.min_instalment: "));
}

// ---------------------------------------------------------------------------------------
// language, strategy

TEST(PolicyFromJson, ReadsTheContactLanguageAndStrategy) {
  auto policy = read({{"language", "pt-BR"}, {"strategy", "soft-first"}});
  ASSERT_TRUE(policy.ok()) << policy.error().message;
  EXPECT_EQ(policy->language, "pt-BR");
  EXPECT_EQ(policy->strategy, "soft-first");
}

TEST(PolicyFromJson, RefusesAnEmptyOrNonTextLanguageOrStrategy) {
  for (const json& value : {json(""), json(3), json(nullptr), json::array({"sl"})}) {
    EXPECT_TRUE(RefusedAt(read({{"language", value}}), "$.language: must be a language tag"))
        << value.dump();
    EXPECT_TRUE(RefusedAt(read({{"strategy", value}}), "$.strategy: must name a strategy"))
        << value.dump();
  }
}

// ---------------------------------------------------------------------------------------
// allocation_order

TEST(PolicyFromJson, ReadsAnAllocationOrderNamingEachBucketOnce) {
  auto policy = read({{"allocation_order", {"principal", "interest", "fees"}}});
  ASSERT_TRUE(policy.ok()) << policy.error().message;
  EXPECT_EQ(policy->allocation_order,
            (std::vector<BalanceBucket>{BalanceBucket::kPrincipal, BalanceBucket::kInterest,
                                        BalanceBucket::kFees}));
}

TEST(PolicyFromJson, RefusesAnAllocationOrderThatRepeatsABucket) {
  EXPECT_TRUE(RefusedAt(read({{"allocation_order", {"fees", "fees", "principal"}}}),
                        "$.allocation_order[1]: names a bucket twice"));
  EXPECT_TRUE(RefusedAt(read({{"allocation_order", {"interest", "fees", "interest"}}}),
                        "$.allocation_order[2]: names a bucket twice"));
}

TEST(PolicyFromJson, RefusesAnAllocationOrderOfTheWrongLengthOrShape) {
  const char* message = "$.allocation_order: must list fees, interest and principal once each";
  EXPECT_TRUE(RefusedAt(read({{"allocation_order", {"fees", "interest"}}}), message));
  EXPECT_TRUE(RefusedAt(read({{"allocation_order", {"fees", "interest", "principal", "fees"}}}),
                        message));
  EXPECT_TRUE(RefusedAt(read({{"allocation_order", json::array()}}), message));
  EXPECT_TRUE(RefusedAt(read({{"allocation_order", "fees,interest,principal"}}), message));
}

TEST(PolicyFromJson, RefusesAnUnknownOrNonTextBucket) {
  EXPECT_TRUE(RefusedAt(read({{"allocation_order", {"fees", "penalties", "principal"}}}),
                        "$.allocation_order[1]: 'penalties' is not one of fees, interest, principal"));
  EXPECT_TRUE(RefusedAt(read({{"allocation_order", {"Fees", "interest", "principal"}}}),
                        "$.allocation_order[0]: 'Fees' is not one of"));
  EXPECT_TRUE(RefusedAt(read({{"allocation_order", json::array({"fees", "interest", 3})}}),
                        "$.allocation_order[2]: must be a string"));
}

// ---------------------------------------------------------------------------------------
// contact_persons

TEST(PolicyFromJson, ReadsContactPersonsWithOptionalNames) {
  auto policy = read({{"contact_persons",
                       {{{"name", "Maja Kos"}, {"email", "maja.kos@telco.si"}},
                        {{"email", "collections@telco.si"}}}}});
  ASSERT_TRUE(policy.ok()) << policy.error().message;
  ASSERT_EQ(policy->contact_persons.size(), 2u);
  EXPECT_EQ(policy->contact_persons[0].name, "Maja Kos");
  EXPECT_EQ(policy->contact_persons[0].email, "maja.kos@telco.si");
  EXPECT_EQ(policy->contact_persons[1].name, "");
  EXPECT_EQ(policy->contact_persons[1].email, "collections@telco.si");
}

TEST(PolicyFromJson, RefusesAContactPersonWithoutAnEmailAddressNamingTheEntry) {
  const json valid = {{"email", "maja.kos@telco.si"}};
  for (const json& bad : {json{{"name", "Maja Kos"}}, json{{"email", "maja.kos"}},
                          json{{"email", 5}}, json("maja.kos@telco.si")}) {
    EXPECT_TRUE(RefusedAt(read({{"contact_persons", json::array({valid, bad})}}),
                          "$.contact_persons[1]: must be an object with an e-mail address"))
        << bad.dump();
  }
  EXPECT_TRUE(RefusedAt(read({{"contact_persons", valid}}), "$.contact_persons: must be an array"));
}

// ---------------------------------------------------------------------------------------
// Compliance overrides: kept as given; their fields are read by compliance and checked by
// app::add_client, so the domain only insists on an object.

TEST(PolicyCompliance, DefaultsToNoOverrides) {
  EXPECT_EQ(Policy::defaults(eur(), "sl").compliance, json::object());
  EXPECT_EQ(Policy::defaults(eur(), "sl").to_json()["compliance"], json::object());
}

TEST(PolicyCompliance, KeepsTheOverridesObjectAsGiven) {
  json overrides = {{"hours", {{"monday", "09:00-17:00"}}}, {"abandoned_call_gap_hours", 96}};
  auto policy = read({{"compliance", overrides}});
  ASSERT_TRUE(policy.ok()) << policy.error().message;
  EXPECT_EQ(policy->compliance, overrides);
}

TEST(PolicyCompliance, RefusesAnythingButAnObject) {
  EXPECT_TRUE(RefusedAt(read({{"compliance", json::array()}}), "$.compliance: must be an object"));
  EXPECT_TRUE(RefusedAt(read({{"compliance", "strict"}}), "$.compliance: must be an object"));
}

// ---------------------------------------------------------------------------------------
// to_json and the round trip

TEST(PolicyToJson, WritesTheSettlementFloorAsAPercentString) {
  Policy policy = Policy::defaults(eur(), "sl");
  for (auto [basis_points, text] : std::initializer_list<std::pair<int, const char*>>{
           {10000, "100"}, {8500, "85"}, {8550, "85.50"}, {8505, "85.05"}, {5, "0.05"}, {0, "0"}}) {
    policy.settlement_floor_bp = basis_points;
    EXPECT_EQ(policy.to_json()["settlement_floor_percent"], text);
  }
}

TEST(PolicyToJson, WritesMoneyAsMinorUnitsAndBucketsByName) {
  Policy policy = Policy::defaults(eur(), "sl");
  policy.min_instalment = Money(2500, eur());
  json written = policy.to_json();
  EXPECT_EQ(written["min_instalment"], (json{{"minor", 2500}, {"currency", "EUR"}}));
  EXPECT_EQ(written["allocation_order"], (json{"fees", "interest", "principal"}));
  EXPECT_EQ(written["contact_persons"], json::array());
}

TEST(PolicyRoundTrip, ReadsBackEverySettingItWrote) {
  Policy policy = Policy::defaults(eur(), "sl");
  policy.language = "en";
  policy.min_instalment = Money(2050, eur());
  policy.max_instalments = 12;
  policy.max_term_days = 365;
  policy.settlement_floor_bp = 8550;
  policy.grace_days = 0;
  policy.max_extension_days = 14;
  policy.allocation_order = {BalanceBucket::kPrincipal, BalanceBucket::kFees,
                             BalanceBucket::kInterest};
  policy.contact_persons = {{"Maja Kos", "maja.kos@telco.si"}, {"", "desk@telco.si"}};
  policy.strategy = "hardship-first";
  policy.compliance = {{"hours", {{"monday", "09:00-17:00"}}}, {"conversation_cooldown_days", 10}};

  auto read_back = Policy::from_json(policy.to_json(), eur(), "sl");
  ASSERT_TRUE(read_back.ok()) << read_back.error().message;
  EXPECT_EQ(read_back->language, "en");
  EXPECT_EQ(read_back->min_instalment, Money(2050, eur()));
  EXPECT_EQ(read_back->max_instalments, 12);
  EXPECT_EQ(read_back->max_term_days, 365);
  EXPECT_EQ(read_back->settlement_floor_bp, 8550);
  EXPECT_EQ(read_back->grace_days, 0);
  EXPECT_EQ(read_back->max_extension_days, 14);
  EXPECT_EQ(read_back->allocation_order, policy.allocation_order);
  ASSERT_EQ(read_back->contact_persons.size(), 2u);
  EXPECT_EQ(read_back->contact_persons[1].email, "desk@telco.si");
  EXPECT_EQ(read_back->strategy, "hardship-first");
  EXPECT_EQ(read_back->compliance, policy.compliance);
  EXPECT_EQ(read_back->to_json(), policy.to_json());
}

RC_GTEST_PROP(PolicyRoundTrip, ReadsBackAnyValidPolicyUnchanged, ()) {
  Policy policy = Policy::defaults(eur(), "sl");
  policy.language = *rc::gen::element<std::string>("sl", "en", "pt-BR", "de");
  policy.min_instalment = Money(*rc::gen::inRange<std::int64_t>(0, 1'000'000'000'000'000), eur());
  policy.max_instalments = *rc::gen::inRange(1, 121);
  policy.max_term_days = *rc::gen::inRange(1, 3661);
  policy.settlement_floor_bp = *rc::gen::inRange(0, 10001);
  policy.grace_days = *rc::gen::inRange(0, 31);
  policy.max_extension_days = *rc::gen::inRange(0, 366);
  std::vector<BalanceBucket> order = {BalanceBucket::kFees, BalanceBucket::kInterest,
                                      BalanceBucket::kPrincipal};
  for (std::size_t i = order.size(); i > 1; --i) {
    std::swap(order[i - 1], order[*rc::gen::inRange<std::size_t>(0, i)]);
  }
  policy.allocation_order = order;
  const int persons = *rc::gen::inRange(0, 3);
  // Addresses as domain/email_address.hpp accepts them (domain in lower case, as stored).
  const auto label = [] {
    std::string text = *rc::gen::nonEmpty(rc::gen::container<std::string>(
        rc::gen::elementOf(std::string("abcdefghijklmnopqrstuvwxyz0123456789"))));
    return text.substr(0, 30);
  };
  for (int i = 0; i < persons; ++i) {
    policy.contact_persons.push_back(
        {*rc::gen::element<std::string>("", "Maja Kos", "Žiga Čeh", "Ana-Marija O'Neil"),
         label() + "." + label() + "@" + label() + ".si"});
  }
  policy.strategy = *rc::gen::nonEmpty<std::string>();

  auto read_back = Policy::from_json(policy.to_json(), eur(), "hr");
  RC_ASSERT(read_back.ok());
  RC_ASSERT(read_back->settlement_floor_bp == policy.settlement_floor_bp);
  RC_ASSERT(read_back->min_instalment == policy.min_instalment);
  RC_ASSERT(read_back->allocation_order == policy.allocation_order);
  RC_ASSERT(read_back->to_json() == policy.to_json());
}

// ---------------------------------------------------------------------------------------
// Names and languages

TEST(BalanceBuckets, HaveStableNames) {
  EXPECT_EQ(bucket_name(BalanceBucket::kFees), "fees");
  EXPECT_EQ(bucket_name(BalanceBucket::kInterest), "interest");
  EXPECT_EQ(bucket_name(BalanceBucket::kPrincipal), "principal");
}

TEST(DefaultLanguage, IsTheLanguageMostDebtorsOfTheCountrySpeak) {
  EXPECT_EQ(default_language_for_country("SI"), "sl");
  EXPECT_EQ(default_language_for_country("BR"), "pt-BR");
  EXPECT_EQ(default_language_for_country("PT"), "pt");
  EXPECT_EQ(default_language_for_country("HR"), "hr");
  EXPECT_EQ(default_language_for_country("DE"), "de");
  EXPECT_EQ(default_language_for_country("AT"), "de");
  EXPECT_EQ(default_language_for_country("IT"), "it");
}

TEST(DefaultLanguage, IsEnglishForEveryOtherCountry) {
  for (std::string_view country : {"GB", "US", "FR", "HU", "si", ""}) {
    EXPECT_EQ(default_language_for_country(country), "en") << country;
  }
}

}  // namespace
}  // namespace duecall::domain
