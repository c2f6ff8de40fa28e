// Goal: make_client() accepts exactly the clients the documentation describes (a code of 2 to
// 16 upper-case letters, digits or dashes; a current country, currency and IANA zone) and
// fills in the defaults a client did not give: the country's primary time zone, its contact
// language and the default policy. Errors of the policy document reach the caller unchanged.
//
// Method: one valid NewClient, changed one field per test; the creation instant is a fixed
// value passed in, never a clock read.
#include "domain/client.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

const Instant kNow = from_unix_micros(1'795'000'000'123'456);

NewClient telco() {
  return NewClient{.code = "TEL", .name = "Telekom d.d.", .country = "SI", .currency = "EUR"};
}

NewClient with_code(std::string code) {
  NewClient input = telco();
  input.code = std::move(code);
  return input;
}

::testing::AssertionResult RefusedWith(const Result<Client>& result, std::string_view message_part) {
  if (result.ok()) return ::testing::AssertionFailure() << "accepted, expected " << message_part;
  if (result.error().message.find(message_part) == std::string::npos) {
    return ::testing::AssertionFailure() << "refused with '" << result.error().message
                                         << "', expected '" << message_part << "'";
  }
  return ::testing::AssertionSuccess();
}

TEST(MakeClient, AcceptsAValidClientAndFillsInTheDefaultsOfItsCountry) {
  auto client = make_client(telco(), kNow);
  ASSERT_TRUE(client.ok()) << client.error().message;
  EXPECT_FALSE(client->id.valid());
  EXPECT_EQ(client->code, "TEL");
  EXPECT_EQ(client->name, "Telekom d.d.");
  EXPECT_EQ(client->country, "SI");
  EXPECT_EQ(client->currency, Currency::parse("EUR").value());
  EXPECT_EQ(client->time_zone, "Europe/Ljubljana");
  EXPECT_EQ(client->created_at, kNow);
  EXPECT_EQ(client->policy.language, "sl");
  EXPECT_EQ(client->policy.to_json(), Policy::defaults(client->currency, "sl").to_json());
}

// ---------------------------------------------------------------------------------------
// The code

TEST(MakeClient, AcceptsCodesOfTwoToSixteenUpperCaseLettersDigitsOrDashes) {
  for (const std::string& code : std::vector<std::string>{"AB", "TEL", "NLB-2", "A1", "12", "--", std::string(16, 'Z'),
                           "ABCDEFGHIJKLMNOP", "ENERGIJA-PLUS"}) {
    auto client = make_client(with_code(code), kNow);
    ASSERT_TRUE(client.ok()) << code << ": " << client.error().message;
    EXPECT_EQ(client->code, code);
  }
}

TEST(MakeClient, RefusesCodesOfOneOrSeventeenCharacters) {
  for (const std::string& code : std::vector<std::string>{"", "A", std::string(17, 'Z')}) {
    EXPECT_TRUE(RefusedWith(make_client(with_code(code), kNow),
                            "must be 2 to 16 upper-case letters, digits or dashes"))
        << code;
  }
}

TEST(MakeClient, RefusesCodesWithOtherCharacters) {
  for (std::string code : {"tel", "Tel", "TE L", "TE_L", "TEL.", " TEL", "TEL\n",
                           "\xC4\x8C" "EZ" /* ČEZ */, "T&L"}) {
    EXPECT_TRUE(RefusedWith(make_client(with_code(code), kNow),
                            "must be 2 to 16 upper-case letters, digits or dashes"))
        << code;
  }
}

TEST(MakeClient, RefusesAnEmptyName) {
  NewClient input = telco();
  input.name = "";
  auto client = make_client(input, kNow);
  EXPECT_TRUE(RefusedWith(client, "client name must not be empty"));
  EXPECT_EQ(client.error().code, ErrorCode::kInvalidArgument);
}

// ---------------------------------------------------------------------------------------
// Country, currency, time zone

TEST(MakeClient, RefusesACountryThatIsNoCurrentIsoCode) {
  for (std::string country : {"XX", "si", "SVN", "", "S"}) {
    NewClient input = telco();
    input.country = country;
    EXPECT_TRUE(RefusedWith(make_client(input, kNow), "is not an ISO 3166-1 alpha-2 country code"))
        << country;
  }
}

TEST(MakeClient, RefusesACurrencyThatIsNoCurrentIsoCode) {
  for (std::string currency : {"SIT", "eur", "EURO", "", "XYZ"}) {
    NewClient input = telco();
    input.currency = currency;
    EXPECT_TRUE(RefusedWith(make_client(input, kNow), "is not an ISO 4217 currency")) << currency;
  }
}

TEST(MakeClient, KeepsAnExplicitTimeZone) {
  NewClient input = telco();
  input.time_zone = "Europe/Vienna";
  auto client = make_client(input, kNow);
  ASSERT_TRUE(client.ok()) << client.error().message;
  EXPECT_EQ(client->time_zone, "Europe/Vienna");
}

TEST(MakeClient, RefusesAnUnknownTimeZone) {
  for (std::string zone : {"Europe/Atlantis", "Ljubljana", "CEST"}) {
    NewClient input = telco();
    input.time_zone = zone;
    EXPECT_TRUE(RefusedWith(make_client(input, kNow), "is not an IANA time zone")) << zone;
  }
}

TEST(MakeClient, DefaultsTimeZoneAndLanguageByCountry) {
  struct Case {
    const char* country;
    const char* currency;
    const char* zone;
    const char* language;
  };
  for (const Case& expected : {Case{"SI", "EUR", "Europe/Ljubljana", "sl"},
                               Case{"BR", "BRL", "America/Sao_Paulo", "pt-BR"},
                               Case{"US", "USD", "America/New_York", "en"},
                               Case{"GB", "GBP", "Europe/London", "en"},
                               Case{"PT", "EUR", "Europe/Lisbon", "pt"},
                               Case{"AT", "EUR", "Europe/Vienna", "de"},
                               Case{"HR", "EUR", "Europe/Zagreb", "hr"}}) {
    NewClient input = telco();
    input.country = expected.country;
    input.currency = expected.currency;
    auto client = make_client(input, kNow);
    ASSERT_TRUE(client.ok()) << expected.country << ": " << client.error().message;
    EXPECT_EQ(client->time_zone, expected.zone) << expected.country;
    EXPECT_EQ(client->policy.language, expected.language) << expected.country;
  }
}

TEST(MakeClient, AllowsACurrencyOtherThanTheCountrys) {
  NewClient input = telco();
  input.currency = "USD";
  auto client = make_client(input, kNow);
  ASSERT_TRUE(client.ok()) << client.error().message;
  EXPECT_EQ(client->policy.min_instalment.currency(), Currency::parse("USD").value());
}

// ---------------------------------------------------------------------------------------
// The policy

TEST(MakeClient, ReadsThePolicyDocumentWithTheCountrysLanguageAsDefault) {
  NewClient input = telco();
  input.policy = nlohmann::json{{"max_instalments", 6}, {"grace_days", 5}};
  auto client = make_client(input, kNow);
  ASSERT_TRUE(client.ok()) << client.error().message;
  EXPECT_EQ(client->policy.max_instalments, 6);
  EXPECT_EQ(client->policy.grace_days, 5);
  EXPECT_EQ(client->policy.language, "sl");
  EXPECT_EQ(client->policy.max_term_days, 30);
}

TEST(MakeClient, PassesOnTheErrorsOfThePolicyDocument) {
  NewClient input = telco();
  input.policy = nlohmann::json{{"grace_days", 31}};
  auto range = make_client(input, kNow);
  ASSERT_FALSE(range.ok());
  EXPECT_EQ(range.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(range.error().message, "$.grace_days: must be between 0 and 30");

  input.policy = nlohmann::json{{"discount", "10"}};
  EXPECT_TRUE(RefusedWith(make_client(input, kNow), "$.discount: unknown setting"));

  input.policy = nlohmann::json::array();
  EXPECT_TRUE(RefusedWith(make_client(input, kNow), "$: a policy must be a JSON object"));
}

TEST(MakeClient, RefusesAPolicyAmountInAnotherCurrency) {
  NewClient input = telco();
  input.policy = nlohmann::json{{"min_instalment", {{"minor", 1000}, {"currency", "USD"}}}};
  EXPECT_TRUE(RefusedWith(make_client(input, kNow), "$.min_instalment: must be in EUR"));
  input.policy = nlohmann::json{{"min_instalment", {{"minor", 1000}, {"currency", "EUR"}}}};
  auto client = make_client(input, kNow);
  ASSERT_TRUE(client.ok()) << client.error().message;
  EXPECT_EQ(client->policy.min_instalment, Money(1000, client->currency));
}

TEST(MakeClient, ChecksTheCodeBeforeAnythingElse) {
  NewClient input = telco();
  input.code = "x";
  input.country = "XX";
  input.currency = "SIT";
  EXPECT_TRUE(RefusedWith(make_client(input, kNow), "client code 'x'"));
}

}  // namespace
}  // namespace duecall::domain
