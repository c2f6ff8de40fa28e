// Goal: pin down every rule of intake validation (validate_claim_row), each from both sides:
// the value just inside the rule is accepted and the value just outside it is rejected
// naming the right column, or kept with a warning when the rule only costs a contact point.
//
// Method: every test starts from one valid sample row (a Slovenian debtor owing EUR, with
// "today" fixed at 2026-03-15 in IntakeRules, so no clock is read) and changes only the
// field it is about. The file's column order is the canonical order unless a test sets
// IntakeRules.position. Two RapidCheck properties then cover random valid rows (always
// accepted, the balance equal to the amounts written) and random blanked required columns
// (always rejected naming that column, or the blanked column that comes first in the file).
#include "domain/claim_row.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <string>
#include <vector>

namespace duecall::domain {
namespace {

using C = ClaimColumn;
using Outcome = std::variant<ClaimRow, RowIssue>;

const C kRequiredColumns[] = {C::kClientRef, C::kDebtorRef, C::kDebtorType, C::kName,
                              C::kCountry,   C::kCurrency,  C::kPrincipal,  C::kDueDate};

Currency currency(std::string_view code) { return Currency::parse(code).value(); }
CivilDate day(int year, unsigned month, unsigned day_of_month) {
  return CivilDate::from_ymd(year, month, day_of_month);
}
Money eur(std::int64_t minor) { return Money(minor, currency("EUR")); }

const CivilDate kToday = day(2026, 3, 15);

IntakeRules rules_for(std::string_view client_currency = "EUR") {
  IntakeRules rules{.client_currency = currency(client_currency), .today = kToday};
  std::iota(rules.position.begin(), rules.position.end(), 0);
  return rules;
}

// One row of a claim file, owning its text; raw() views it the way the CSV reader does.
class Row {
 public:
  static Row sample() {
    Row row;
    row.set(C::kClientRef, "INV-2026-0001")
        .set(C::kDebtorRef, "D-100")
        .set(C::kDebtorType, "person")
        .set(C::kName, "Ana Novak")
        .set(C::kNationalId, "1234567890123")
        .set(C::kPhone, "051 825 193")
        .set(C::kEmail, "ana.novak@example.si")
        .set(C::kAddress, "Slovenska cesta 1")
        .set(C::kCity, "Ljubljana")
        .set(C::kCountry, "SI")
        .set(C::kClaimType, "mobile subscription")
        .set(C::kCurrency, "EUR")
        .set(C::kPrincipal, "2373.90")
        .set(C::kFees, "12.50")
        .set(C::kDueDate, "2026-01-31")
        .set(C::kReminderSentOn, "2026-02-10")
        .set(C::kInterest, "15.20")
        .set(C::kPostalCode, "1000")
        .set(C::kLanguage, "sl")
        .set(C::kPhone2, "")
        .set(C::kTimeZone, "Europe/Ljubljana");
    return row;
  }
  // Only the required columns, as in a minimal file.
  static Row minimal() {
    Row full = sample();
    Row row;
    for (C column : kRequiredColumns) row.set(column, *full.fields_[index(column)]);
    return row;
  }

  Row& set(C column, std::string value) {
    fields_[index(column)] = std::move(value);
    return *this;
  }
  Row& drop(C column) {
    fields_[index(column)].reset();
    return *this;
  }
  RawClaimRow raw() const {
    RawClaimRow raw;
    for (std::size_t c = 0; c < kClaimColumnCount; ++c) {
      if (fields_[c]) raw[c] = std::string_view(*fields_[c]);
    }
    return raw;
  }

 private:
  static std::size_t index(C column) { return static_cast<std::size_t>(column); }
  std::array<std::optional<std::string>, kClaimColumnCount> fields_;
};

Outcome validate(const Row& row, const IntakeRules& rules = rules_for()) {
  return validate_claim_row(row.raw(), rules);
}

std::string describe(const Outcome& outcome) {
  if (const auto* issue = std::get_if<RowIssue>(&outcome)) {
    return "rejected for " + std::string(claim_column_name(issue->column)) + ": " + issue->reason;
  }
  std::string text = "accepted";
  for (const auto& warning : std::get<ClaimRow>(outcome).warnings) {
    text += "; warning on " + std::string(claim_column_name(warning.column)) + ": " + warning.reason;
  }
  return text;
}

::testing::AssertionResult Accepted(const Outcome& outcome) {
  if (std::holds_alternative<ClaimRow>(outcome)) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << describe(outcome);
}

::testing::AssertionResult RejectedFor(const Outcome& outcome, C column,
                                       std::string_view reason_part = "") {
  const auto* issue = std::get_if<RowIssue>(&outcome);
  if (issue == nullptr || issue->column != column ||
      issue->reason.find(reason_part) == std::string::npos) {
    return ::testing::AssertionFailure()
           << "expected rejection for " << claim_column_name(column) << " ("
           << reason_part << "), got " << describe(outcome);
  }
  return ::testing::AssertionSuccess();
}

// The accepted row; call only after ASSERT_TRUE(Accepted(outcome)).
const ClaimRow& row_of(const Outcome& outcome) { return std::get<ClaimRow>(outcome); }

// ---------------------------------------------------------------------------------------
// Column names

TEST(ClaimColumns, MapEveryCanonicalNameToItsColumnAndBack) {
  std::vector<std::string_view> names;
  for (std::size_t c = 0; c < kClaimColumnCount; ++c) {
    auto column = static_cast<C>(c);
    auto name = claim_column_name(column);
    EXPECT_EQ(claim_column_from_name(name), column) << name;
    names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  EXPECT_EQ(std::adjacent_find(names.begin(), names.end()), names.end()) << "names repeat";
  EXPECT_EQ(claim_column_name(C::kReminderSentOn), "reminder_sent_on");
  EXPECT_EQ(claim_column_name(C::kTimeZone), "time_zone");
}

TEST(ClaimColumns, DoNotRecogniseOtherSpellingsOfAName) {
  for (std::string_view name : {"", "Principal", "principal ", "amount", "due date", "phone3"}) {
    EXPECT_FALSE(claim_column_from_name(name).has_value()) << name;
  }
}

TEST(ClaimColumns, RequireExactlyTheEightColumnsWithoutWhichNoClaimExists) {
  for (std::size_t c = 0; c < kClaimColumnCount; ++c) {
    auto column = static_cast<C>(c);
    bool listed = std::find(std::begin(kRequiredColumns), std::end(kRequiredColumns), column) !=
                  std::end(kRequiredColumns);
    EXPECT_EQ(claim_column_required(column), listed) << claim_column_name(column);
  }
}

// ---------------------------------------------------------------------------------------
// The accepted row

TEST(ClaimRowValidation, AcceptsTheSampleRowAndCarriesEveryFieldIntoDebtorAndClaim) {
  auto outcome = validate(Row::sample());
  ASSERT_TRUE(Accepted(outcome));
  const ClaimRow& row = row_of(outcome);
  EXPECT_TRUE(row.warnings.empty()) << describe(outcome);

  const Debtor& debtor = row.debtor;
  EXPECT_FALSE(debtor.id.valid());
  EXPECT_FALSE(debtor.client_id.valid());
  EXPECT_EQ(debtor.ref, "D-100");
  EXPECT_EQ(debtor.kind, DebtorKind::kPerson);
  EXPECT_EQ(debtor.name, "Ana Novak");
  EXPECT_EQ(debtor.national_id, "1234567890123");
  EXPECT_EQ(debtor.address, "Slovenska cesta 1");
  EXPECT_EQ(debtor.postal_code, "1000");
  EXPECT_EQ(debtor.city, "Ljubljana");
  EXPECT_EQ(debtor.country, "SI");
  EXPECT_EQ(debtor.language, "sl");
  EXPECT_EQ(debtor.time_zone, "Europe/Ljubljana");
  ASSERT_EQ(debtor.phones.size(), 1u);
  EXPECT_EQ(debtor.phones[0].raw, "051 825 193");
  EXPECT_EQ(debtor.emails, std::vector<std::string>{"ana.novak@example.si"});

  const Claim& claim = row.claim;
  EXPECT_FALSE(claim.id.valid());
  EXPECT_FALSE(claim.case_id.valid());
  EXPECT_EQ(claim.client_ref, "INV-2026-0001");
  EXPECT_EQ(claim.claim_type, "mobile subscription");
  EXPECT_EQ(claim.balance.principal, eur(237390));
  EXPECT_EQ(claim.balance.interest, eur(1520));
  EXPECT_EQ(claim.balance.fees, eur(1250));
  EXPECT_EQ(claim.balance.total(), eur(240160));
  EXPECT_EQ(claim.due_date, day(2026, 1, 31));
  EXPECT_EQ(claim.reminder_sent_on, day(2026, 2, 10));
  EXPECT_EQ(claim.status, ClaimStatus::kOpen);
}

TEST(ClaimRowValidation, AcceptsARowOfOnlyTheRequiredColumnsWithZeroInterestAndFees) {
  auto outcome = validate(Row::minimal());
  ASSERT_TRUE(Accepted(outcome));
  const ClaimRow& row = row_of(outcome);
  EXPECT_TRUE(row.warnings.empty());
  EXPECT_EQ(row.claim.balance.interest, eur(0));
  EXPECT_EQ(row.claim.balance.fees, eur(0));
  EXPECT_FALSE(row.claim.reminder_sent_on.has_value());
  EXPECT_TRUE(row.debtor.phones.empty());
  EXPECT_TRUE(row.debtor.emails.empty());
  EXPECT_EQ(row.debtor.language, "");
  EXPECT_EQ(row.debtor.time_zone, "");
  EXPECT_EQ(row.claim.claim_type, "");
}

TEST(ClaimRowValidation, TreatsEmptyOptionalColumnsLikeMissingOnes) {
  Row row = Row::sample();
  for (C column : {C::kNationalId, C::kPhone, C::kEmail, C::kAddress, C::kCity, C::kClaimType,
                   C::kFees, C::kReminderSentOn, C::kInterest, C::kPostalCode, C::kLanguage,
                   C::kPhone2, C::kTimeZone}) {
    row.set(column, " ");
  }
  auto outcome = validate(row);
  ASSERT_TRUE(Accepted(outcome));
  EXPECT_TRUE(row_of(outcome).warnings.empty());
  EXPECT_EQ(row_of(outcome).claim.balance.fees, eur(0));
  EXPECT_FALSE(row_of(outcome).claim.reminder_sent_on.has_value());
  EXPECT_TRUE(row_of(outcome).debtor.phones.empty());
}

TEST(ClaimRowValidation, TrimsSpacesAndTabsAroundEveryField) {
  Row row = Row::sample();
  row.set(C::kName, " \tAna Novak\t ")
      .set(C::kCountry, " SI ")
      .set(C::kCurrency, "\tEUR")
      .set(C::kPrincipal, " 2373.90 ")
      .set(C::kDueDate, "2026-01-31\t")
      .set(C::kEmail, "  ana.novak@example.si ");
  auto outcome = validate(row);
  ASSERT_TRUE(Accepted(outcome));
  EXPECT_EQ(row_of(outcome).debtor.name, "Ana Novak");
  EXPECT_EQ(row_of(outcome).debtor.country, "SI");
  EXPECT_EQ(row_of(outcome).claim.balance.principal, eur(237390));
  EXPECT_EQ(row_of(outcome).debtor.emails, std::vector<std::string>{"ana.novak@example.si"});
}

// ---------------------------------------------------------------------------------------
// Required columns

TEST(ClaimRowValidation, RejectsEachRequiredColumnWhenItIsEmptyBlankOrMissing) {
  for (C column : kRequiredColumns) {
    for (std::optional<std::string> blank :
         {std::optional<std::string>(""), std::optional<std::string>("   "),
          std::optional<std::string>("\t"), std::optional<std::string>(" \t \t"),
          std::optional<std::string>()}) {
      SCOPED_TRACE(std::string(claim_column_name(column)) + " = '" + blank.value_or("<missing>") +
                   "'");
      Row row = Row::sample();
      if (blank) {
        row.set(column, *blank);
      } else {
        row.drop(column);
      }
      EXPECT_TRUE(RejectedFor(validate(row), column, "is required but empty"));
    }
  }
}

// ---------------------------------------------------------------------------------------
// debtor_type

TEST(ClaimRowValidation, AcceptsPersonAndCompanyAsDebtorTypes) {
  auto person = validate(Row::sample().set(C::kDebtorType, "person"));
  ASSERT_TRUE(Accepted(person));
  EXPECT_EQ(row_of(person).debtor.kind, DebtorKind::kPerson);
  auto company = validate(Row::sample().set(C::kDebtorType, "company"));
  ASSERT_TRUE(Accepted(company));
  EXPECT_EQ(row_of(company).debtor.kind, DebtorKind::kCompany);
}

TEST(ClaimRowValidation, RejectsAnyOtherDebtorType) {
  for (std::string_view type : {"other", "Person", "COMPANY", "individual", "persons", "p"}) {
    EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kDebtorType, std::string(type))),
                            C::kDebtorType, "is not person or company"))
        << type;
  }
}

// ---------------------------------------------------------------------------------------
// country

TEST(ClaimRowValidation, AcceptsCurrentIsoCountryCodes) {
  for (std::string_view country : {"SI", "HR", "DE", "BR", "US"}) {
    auto outcome = validate(Row::sample().set(C::kCountry, std::string(country)).drop(C::kPhone));
    ASSERT_TRUE(Accepted(outcome)) << country;
    EXPECT_EQ(row_of(outcome).debtor.country, country);
  }
}

TEST(ClaimRowValidation, RejectsUnknownLowerCaseAndThreeLetterCountryCodes) {
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kCountry, "XX")), C::kCountry,
                          "is not an ISO 3166-1 alpha-2 code"));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kCountry, "si")), C::kCountry,
                          "is not an ISO 3166-1 alpha-2 code"));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kCountry, "S")), C::kCountry,
                          "is not an ISO 3166-1 alpha-2 code"));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kCountry, "SVN")), C::kCountry,
                          "is longer than 2 bytes"));
}

// ---------------------------------------------------------------------------------------
// currency

TEST(ClaimRowValidation, RejectsTextThatIsNoCurrencyCode) {
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kCurrency, "eur")), C::kCurrency,
                          "three capital letters"));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kCurrency, "E1R")), C::kCurrency,
                          "three capital letters"));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kCurrency, "€")), C::kCurrency));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kCurrency, "EURO")), C::kCurrency,
                          "is longer than 3 bytes"));
}

TEST(ClaimRowValidation, RejectsAHistoricCurrencySuchAsTheSlovenianTolar) {
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kCurrency, "SIT")), C::kCurrency,
                          "not an ISO 4217 currency in current use"));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kCurrency, "DEM")), C::kCurrency,
                          "not an ISO 4217 currency in current use"));
}

TEST(ClaimRowValidation, RejectsACurrencyThatDiffersFromTheClients) {
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kCurrency, "USD")), C::kCurrency,
                          "'USD' differs from the client's currency EUR"));
}

TEST(ClaimRowValidation, ReadsAmountsInTheClientsCurrencyAndItsMinorDigits) {
  auto outcome = validate(Row::sample()
                              .set(C::kCurrency, "JPY")
                              .set(C::kPrincipal, "150000")
                              .set(C::kInterest, "")
                              .set(C::kFees, "500"),
                          rules_for("JPY"));
  ASSERT_TRUE(Accepted(outcome));
  EXPECT_EQ(row_of(outcome).claim.currency(), currency("JPY"));
  EXPECT_EQ(row_of(outcome).claim.balance.principal, Money(150000, currency("JPY")));
  EXPECT_EQ(row_of(outcome).claim.balance.interest, Money(0, currency("JPY")));
  EXPECT_EQ(row_of(outcome).claim.balance.fees, Money(500, currency("JPY")));

  EXPECT_TRUE(RejectedFor(validate(Row::sample()
                                       .set(C::kCurrency, "JPY")
                                       .set(C::kPrincipal, "1500.5")
                                       .set(C::kInterest, "")
                                       .set(C::kFees, ""),
                                   rules_for("JPY")),
                          C::kPrincipal, "more than 0 decimal places"));
}

// ---------------------------------------------------------------------------------------
// principal, interest, fees

const C kAmountColumns[] = {C::kPrincipal, C::kInterest, C::kFees};

TEST(ClaimRowValidation, ReadsExactDecimalsIntoMinorUnits) {
  struct Case {
    const char* text;
    std::int64_t minor;
  };
  for (C column : kAmountColumns) {
    for (Case amount : {Case{"2373.90", 237390}, Case{"0.01", 1}, Case{"5", 500},
                        Case{"5.5", 550}, Case{"0", 0}, Case{"+7.25", 725}}) {
      SCOPED_TRACE(std::string(claim_column_name(column)) + " = " + amount.text);
      auto outcome = validate(Row::sample().set(column, amount.text));
      ASSERT_TRUE(Accepted(outcome));
      const Balance& balance = row_of(outcome).claim.balance;
      const Money& read = column == C::kPrincipal  ? balance.principal
                          : column == C::kInterest ? balance.interest
                                                   : balance.fees;
      EXPECT_EQ(read, eur(amount.minor));
    }
  }
}

TEST(ClaimRowValidation, AcceptsExcessDecimalsOnlyWhenTheyAreZeros) {
  for (C column : kAmountColumns) {
    SCOPED_TRACE(claim_column_name(column));
    auto zeros = validate(Row::sample().set(column, "10.500"));
    ASSERT_TRUE(Accepted(zeros));
    EXPECT_EQ(row_of(zeros).claim.balance.total().currency(), currency("EUR"));
    EXPECT_TRUE(RejectedFor(validate(Row::sample().set(column, "10.501")), column,
                            "more than 2 decimal places for EUR"));
    EXPECT_TRUE(RejectedFor(validate(Row::sample().set(column, "0.001")), column,
                            "more than 2 decimal places"));
  }
  auto principal = validate(Row::sample().set(C::kPrincipal, "10.5000"));
  ASSERT_TRUE(Accepted(principal));
  EXPECT_EQ(row_of(principal).claim.balance.principal, eur(1050));
}

TEST(ClaimRowValidation, RejectsNegativeAmountsInEveryBucket) {
  for (C column : kAmountColumns) {
    EXPECT_TRUE(RejectedFor(validate(Row::sample().set(column, "-1.00")), column, "is negative"))
        << claim_column_name(column);
    EXPECT_TRUE(RejectedFor(validate(Row::sample().set(column, "-0.01")), column, "is negative"))
        << claim_column_name(column);
  }
}

TEST(ClaimRowValidation, RejectsTextThatIsNoAmount) {
  for (C column : kAmountColumns) {
    for (std::string_view text : {"abc", "1e3", "12,50", "€12", "12 EUR", "1.", ".5", "1..2",
                                  "0x10", "NaN", "-", "1,234.56"}) {
      EXPECT_TRUE(RejectedFor(validate(Row::sample().set(column, std::string(text))), column,
                              "is not a valid amount"))
          << claim_column_name(column) << " = " << text;
    }
  }
}

TEST(ClaimRowValidation, AcceptsAmountsUpToTenToTheFifteenMinorUnitsAndNoMore) {
  for (C column : kAmountColumns) {
    SCOPED_TRACE(claim_column_name(column));
    auto at_bound = validate(Row::sample().set(column, "10000000000000.00"));
    ASSERT_TRUE(Accepted(at_bound));
    EXPECT_TRUE(RejectedFor(validate(Row::sample().set(column, "10000000000000.01")), column,
                            "is larger than any claim we accept"));
    // Beyond int64 the parser itself refuses it.
    EXPECT_TRUE(RejectedFor(validate(Row::sample().set(column, "99999999999999999999")), column,
                            "too large"));
  }
  // All three buckets at the bound still add up without overflow.
  auto all_at_bound = validate(Row::sample()
                                   .set(C::kPrincipal, "10000000000000")
                                   .set(C::kInterest, "10000000000000")
                                   .set(C::kFees, "10000000000000"));
  ASSERT_TRUE(Accepted(all_at_bound));
  EXPECT_EQ(row_of(all_at_bound).claim.balance.total(), eur(3'000'000'000'000'000));
}

TEST(ClaimRowValidation, BoundsAmountsInMinorUnitsOfTheCurrency) {
  IntakeRules yen = rules_for("JPY");
  Row row = Row::sample().set(C::kCurrency, "JPY").set(C::kInterest, "").set(C::kFees, "");
  auto at_bound = validate(row.set(C::kPrincipal, "1000000000000000"), yen);
  ASSERT_TRUE(Accepted(at_bound));
  EXPECT_EQ(row_of(at_bound).claim.balance.principal.minor(), 1'000'000'000'000'000);
  EXPECT_TRUE(RejectedFor(validate(row.set(C::kPrincipal, "1000000000000001"), yen),
                          C::kPrincipal, "is larger than any claim we accept"));
}

TEST(ClaimRowValidation, ReadsDecimalCommaAndThousandsGroupingAsTheRulesSay) {
  IntakeRules slovenian = rules_for();
  slovenian.decimal = DecimalFormat{',', '.'};
  auto read = [&](std::string text) {
    return validate(
        Row::sample().set(C::kPrincipal, text).set(C::kInterest, "15,20").set(C::kFees, "12,50"),
        slovenian);
  };

  auto grouped = read("1.234,56");
  ASSERT_TRUE(Accepted(grouped));
  EXPECT_EQ(row_of(grouped).claim.balance.principal, eur(123456));
  auto ungrouped = read("1234,56");
  ASSERT_TRUE(Accepted(ungrouped));
  EXPECT_EQ(row_of(ungrouped).claim.balance.principal, eur(123456));
  auto millions = read("1.234.567,00");
  ASSERT_TRUE(Accepted(millions));
  EXPECT_EQ(row_of(millions).claim.balance.principal, eur(123456700));
  auto at_bound = read("10.000.000.000.000,00");
  ASSERT_TRUE(Accepted(at_bound));

  for (std::string_view text : {"12.34,00", "1234.567,00", "1.23", "12.50", "1.234.56", "1,234.56",
                                ".234,56"}) {
    EXPECT_TRUE(RejectedFor(read(std::string(text)), C::kPrincipal, "is not a valid amount"))
        << text;
  }
  EXPECT_TRUE(RejectedFor(read("10.000.000.000.000,01"), C::kPrincipal, "larger than any claim"));
  // The other amount columns follow the same rules.
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kPrincipal, "2.373,90").set(C::kFees, "12.50").set(C::kInterest, "15,20"), slovenian),
                          C::kFees));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kPrincipal, "2.373,90").set(C::kInterest, "15.20").set(C::kFees, "12,50"), slovenian),
                          C::kInterest));

  // A decimal comma without grouping: a dot is then a stray character.
  IntakeRules comma_only = rules_for();
  comma_only.decimal = DecimalFormat{',', 0};
  auto comma = validate(Row::sample().set(C::kPrincipal, "1234,56").set(C::kInterest, "0,5").set(C::kFees, "1"),
                        comma_only);
  ASSERT_TRUE(Accepted(comma));
  EXPECT_EQ(row_of(comma).claim.balance.principal, eur(123456));
  EXPECT_EQ(row_of(comma).claim.balance.interest, eur(50));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kPrincipal, "1.234,56"), comma_only),
                          C::kPrincipal, "unexpected character '.'"));
}

// ---------------------------------------------------------------------------------------
// due_date and reminder_sent_on

TEST(ClaimRowValidation, RejectsADueDateThatIsNoCalendarDay) {
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kDueDate, "2026-02-29")), C::kDueDate,
                          "no such day in the calendar"));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kDueDate, "2026-04-31")), C::kDueDate,
                          "no such day in the calendar"));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kDueDate, "2026-00-10")), C::kDueDate,
                          "month out of range"));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kDueDate, "2026-13-01")), C::kDueDate,
                          "month out of range"));
  // The leap day of a leap year is a day.
  auto leap = validate(Row::sample().set(C::kDueDate, "2024-02-29").set(C::kReminderSentOn, ""));
  ASSERT_TRUE(Accepted(leap));
  EXPECT_EQ(row_of(leap).claim.due_date, day(2024, 2, 29));
}

TEST(ClaimRowValidation, RejectsADueDateInAnotherFormat) {
  for (std::string_view text : {"31.01.2026", "2026/01/31", "20260131", "2026-01-31T00:00",
                                "Jan 31 2026", "26-01-31"}) {
    EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kDueDate, std::string(text))),
                            C::kDueDate, "does not match the format %Y-%m-%d"))
        << text;
  }
}

TEST(ClaimRowValidation, AcceptsADueDateOfToday) {
  auto outcome = validate(Row::sample().set(C::kDueDate, "2026-03-15").set(C::kReminderSentOn, ""));
  ASSERT_TRUE(Accepted(outcome));
  EXPECT_EQ(row_of(outcome).claim.due_date, kToday);
}

TEST(ClaimRowValidation, RejectsADueDateInTheFuture) {
  EXPECT_TRUE(RejectedFor(
      validate(Row::sample().set(C::kDueDate, "2026-03-16").set(C::kReminderSentOn, "")),
      C::kDueDate, "'2026-03-16' is in the future"));
  // "Tomorrow" across a year boundary.
  IntakeRules new_years_eve = rules_for();
  new_years_eve.today = day(2025, 12, 31);
  EXPECT_TRUE(Accepted(validate(
      Row::sample().set(C::kDueDate, "2025-12-31").set(C::kReminderSentOn, ""), new_years_eve)));
  EXPECT_TRUE(RejectedFor(
      validate(Row::sample().set(C::kDueDate, "2026-01-01").set(C::kReminderSentOn, ""),
               new_years_eve),
      C::kDueDate, "is in the future"));
}

TEST(ClaimRowValidation, ReadsDatesInTheFilesOwnDateFormat) {
  IntakeRules dotted = rules_for();
  dotted.date_format = "%d.%m.%Y";
  auto outcome = validate(
      Row::sample().set(C::kDueDate, "31.01.2026").set(C::kReminderSentOn, "10.02.2026"), dotted);
  ASSERT_TRUE(Accepted(outcome));
  EXPECT_EQ(row_of(outcome).claim.due_date, day(2026, 1, 31));
  EXPECT_EQ(row_of(outcome).claim.reminder_sent_on, day(2026, 2, 10));

  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kReminderSentOn, "10.02.2026"), dotted),
                          C::kDueDate, "does not match the format %d.%m.%Y"));
  EXPECT_TRUE(RejectedFor(
      validate(Row::sample().set(C::kDueDate, "31.01.2026").set(C::kReminderSentOn, "2026-02-10"),
               dotted),
      C::kReminderSentOn, "does not match the format %d.%m.%Y"));
  EXPECT_TRUE(RejectedFor(
      validate(Row::sample().set(C::kDueDate, "29.02.2026").set(C::kReminderSentOn, ""), dotted),
      C::kDueDate, "no such day"));
  EXPECT_TRUE(RejectedFor(
      validate(Row::sample().set(C::kDueDate, "16.03.2026").set(C::kReminderSentOn, ""), dotted),
      C::kDueDate, "is in the future"));
}

TEST(ClaimRowValidation, AcceptsAReminderOnTheDueDateOrLaterUpToToday) {
  auto same_day = validate(Row::sample().set(C::kReminderSentOn, "2026-01-31"));
  ASSERT_TRUE(Accepted(same_day));
  EXPECT_EQ(row_of(same_day).claim.reminder_sent_on, day(2026, 1, 31));
  auto today = validate(Row::sample().set(C::kReminderSentOn, "2026-03-15"));
  ASSERT_TRUE(Accepted(today));
  EXPECT_EQ(row_of(today).claim.reminder_sent_on, kToday);
}

TEST(ClaimRowValidation, AcceptsARowWithoutAReminder) {
  for (Row row : {Row::sample().set(C::kReminderSentOn, ""),
                  Row::sample().set(C::kReminderSentOn, "  "),
                  Row::sample().drop(C::kReminderSentOn)}) {
    auto outcome = validate(row);
    ASSERT_TRUE(Accepted(outcome));
    EXPECT_FALSE(row_of(outcome).claim.reminder_sent_on.has_value());
  }
}

TEST(ClaimRowValidation, RejectsAReminderBeforeTheDueDate) {
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kReminderSentOn, "2026-01-30")),
                          C::kReminderSentOn,
                          "the reminder (2026-01-30) cannot precede the due date (2026-01-31)"));
}

TEST(ClaimRowValidation, RejectsAReminderInTheFuture) {
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kReminderSentOn, "2026-03-16")),
                          C::kReminderSentOn, "is in the future"));
}

TEST(ClaimRowValidation, RejectsAReminderThatIsNoDate) {
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kReminderSentOn, "2026-02-30")),
                          C::kReminderSentOn, "no such day"));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kReminderSentOn, "soon")),
                          C::kReminderSentOn, "does not match the format"));
}

// ---------------------------------------------------------------------------------------
// Length and control characters

struct TextLimit {
  C column;
  std::size_t max_bytes;
};
const TextLimit kTextLimits[] = {
    {C::kClientRef, 64}, {C::kDebtorRef, 64}, {C::kName, 300},       {C::kNationalId, 64},
    {C::kAddress, 300},  {C::kCity, 300},     {C::kClaimType, 100},  {C::kPostalCode, 20},
};

TEST(ClaimRowValidation, AcceptsFreeTextFieldsOfExactlyTheirLimit) {
  for (auto [column, max_bytes] : kTextLimits) {
    SCOPED_TRACE(claim_column_name(column));
    EXPECT_TRUE(Accepted(validate(Row::sample().set(column, std::string(max_bytes, 'A')))));
  }
}

TEST(ClaimRowValidation, RejectsFreeTextFieldsOneByteOverTheirLimit) {
  for (auto [column, max_bytes] : kTextLimits) {
    EXPECT_TRUE(RejectedFor(validate(Row::sample().set(column, std::string(max_bytes + 1, 'A'))),
                            column, "is longer than " + std::to_string(max_bytes) + " bytes"))
        << claim_column_name(column);
  }
}

TEST(ClaimRowValidation, RejectsAReferenceLongerThanSixtyFourBytes) {
  auto exactly = validate(Row::sample().set(C::kClientRef, std::string(64, '7')));
  ASSERT_TRUE(Accepted(exactly));
  EXPECT_EQ(row_of(exactly).claim.client_ref, std::string(64, '7'));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kClientRef, std::string(65, '7'))),
                          C::kClientRef, "is longer than 64 bytes"));
}

TEST(ClaimRowValidation, CountsLengthInBytesNotCharacters) {
  std::string thirty_two_c_carons;
  for (int i = 0; i < 32; ++i) thirty_two_c_carons += "\xC4\x8D";  // "č", two bytes in UTF-8
  EXPECT_TRUE(Accepted(validate(Row::sample().set(C::kDebtorRef, thirty_two_c_carons))));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kDebtorRef, thirty_two_c_carons + "\xC4\x8D")),
                          C::kDebtorRef, "is longer than 64 bytes"));
}

TEST(ClaimRowValidation, RejectsOverlongContactAmountAndDateFields) {
  struct Case {
    C column;
    std::string text;
    const char* limit;
  };
  std::string long_email = std::string(290, 'a') + "@example.si";  // 301 bytes
  for (const Case& overlong :
       {Case{C::kPhone, std::string(41, '1'), "40"}, Case{C::kPhone2, std::string(41, '1'), "40"},
        Case{C::kEmail, long_email, "300"}, Case{C::kPrincipal, std::string(41, '1'), "40"},
        Case{C::kInterest, std::string(41, '1'), "40"}, Case{C::kFees, std::string(41, '1'), "40"},
        Case{C::kDueDate, std::string(41, '1'), "40"},
        Case{C::kReminderSentOn, std::string(41, '1'), "40"},
        Case{C::kLanguage, "abcdefghijklm", "12"},
        Case{C::kTimeZone, "Europe/" + std::string(58, 'x'), "64"},
        Case{C::kDebtorType, std::string(21, 'p'), "20"}}) {
    EXPECT_TRUE(RejectedFor(validate(Row::sample().set(overlong.column, overlong.text)),
                            overlong.column,
                            std::string("is longer than ") + overlong.limit + " bytes"))
        << claim_column_name(overlong.column);
  }
  // An e-mail address of exactly 300 bytes is still an address.
  std::string email_300 = std::string(289, 'a') + "@example.si";
  ASSERT_EQ(email_300.size(), 300u);
  auto outcome = validate(Row::sample().set(C::kEmail, email_300));
  ASSERT_TRUE(Accepted(outcome));
  EXPECT_EQ(row_of(outcome).debtor.emails, std::vector<std::string>{email_300});
}

TEST(ClaimRowValidation, RejectsControlCharactersInsideAnyField) {
  const C text_columns[] = {C::kClientRef, C::kDebtorRef, C::kName,  C::kNationalId,
                            C::kAddress,   C::kCity,      C::kClaimType, C::kPostalCode,
                            C::kPhone,     C::kPhone2,    C::kEmail};
  for (C column : text_columns) {
    for (std::string_view control : {"\x01", "\n", "\r", "\t", "\x1B", "\x1F", "\x7F"}) {
      bool line_break = control == "\n" || control == "\r";
      if (column == C::kAddress && line_break) continue;  // see the next test
      std::string text = "Ab" + std::string(control) + "cd";
      EXPECT_TRUE(RejectedFor(validate(Row::sample().set(column, text)), column,
                              "contains a control character"))
          << claim_column_name(column) << " with byte "
          << static_cast<int>(static_cast<unsigned char>(control[0]));
    }
  }
}

TEST(ClaimRowValidation, AcceptsLineBreaksInsideAnAddressOnly) {
  auto outcome = validate(Row::sample().set(C::kAddress, "Slovenska cesta 1\r\nvhod B\nstanovanje 4"));
  ASSERT_TRUE(Accepted(outcome));
  EXPECT_EQ(row_of(outcome).debtor.address, "Slovenska cesta 1\r\nvhod B\nstanovanje 4");
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kAddress, "Slovenska\tcesta 1")),
                          C::kAddress, "contains a control character"));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kCity, "Novo\nmesto")), C::kCity,
                          "contains a control character"));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kName, "Ana\r\nNovak")), C::kName,
                          "contains a control character"));
}

TEST(ClaimRowValidation, AcceptsUtf8TextAndSpacesInsideFields) {
  auto outcome = validate(Row::sample()
                              .set(C::kName, "Bo\xC5\xBE" "idar \xC4\x8C" "ebular")  // Božidar Čebular
                              .set(C::kCity, "Novo mesto")
                              .set(C::kAddress, "Glavni trg 7, 2. nadstropje"));
  ASSERT_TRUE(Accepted(outcome));
  EXPECT_EQ(row_of(outcome).debtor.name, "Bo\xC5\xBE" "idar \xC4\x8C" "ebular");
}

// ---------------------------------------------------------------------------------------
// language and time_zone

TEST(ClaimRowValidation, AcceptsLanguageTagsOfTwoOrThreeLettersWithAnOptionalRegion) {
  for (std::string_view tag : {"sl", "en", "hr", "slv", "pt-BR", "en-GB"}) {
    auto outcome = validate(Row::sample().set(C::kLanguage, std::string(tag)));
    ASSERT_TRUE(Accepted(outcome)) << tag;
    EXPECT_EQ(row_of(outcome).debtor.language, tag);
  }
}

TEST(ClaimRowValidation, RejectsTextThatIsNoLanguageTag) {
  for (std::string_view tag : {"s", "SL", "Sl", "pt-br", "pt_BR", "pt-BRA", "pt-", "pt-B",
                               "slov", "english", "sl1", "-BR", "pt BR", "engl-GB"}) {
    EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kLanguage, std::string(tag))),
                            C::kLanguage, "is not a language tag"))
        << tag;
  }
}

TEST(ClaimRowValidation, AcceptsIanaTimeZones) {
  for (std::string_view zone : {"Europe/Ljubljana", "America/Sao_Paulo", "UTC"}) {
    auto outcome = validate(Row::sample().set(C::kTimeZone, std::string(zone)));
    ASSERT_TRUE(Accepted(outcome)) << zone;
    EXPECT_EQ(row_of(outcome).debtor.time_zone, zone);
  }
}

TEST(ClaimRowValidation, RejectsUnknownTimeZones) {
  for (std::string_view zone : {"Europe/Atlantis", "Mars/Olympus_Mons", "GMT+25", "Ljubljana"}) {
    EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kTimeZone, std::string(zone))),
                            C::kTimeZone, "is not an IANA time zone"))
        << zone;
  }
}

// ---------------------------------------------------------------------------------------
// Phones and e-mail: warnings, not rejections

TEST(ClaimRowValidation, StoresAValidMobileNumberInE164WithItsType) {
  auto outcome = validate(Row::sample().set(C::kPhone, "051 825 193"));
  ASSERT_TRUE(Accepted(outcome));
  const Debtor& debtor = row_of(outcome).debtor;
  ASSERT_EQ(debtor.phones.size(), 1u);
  EXPECT_EQ(debtor.phones[0].raw, "051 825 193");
  EXPECT_EQ(debtor.phones[0].e164, "+38651825193");
  EXPECT_EQ(debtor.phones[0].type, PhoneType::kMobile);
  EXPECT_TRUE(debtor.phones[0].valid());
  EXPECT_TRUE(debtor.reachable_by_phone());
  EXPECT_TRUE(row_of(outcome).warnings.empty());
}

TEST(ClaimRowValidation, ReadsNationalNumbersInTheDebtorsCountry) {
  auto fixed = validate(Row::sample().set(C::kPhone, "01 468 16 23"));
  ASSERT_TRUE(Accepted(fixed));
  EXPECT_EQ(row_of(fixed).debtor.phones.at(0).e164, "+38614681623");
  EXPECT_EQ(row_of(fixed).debtor.phones.at(0).type, PhoneType::kFixedLine);
  // A number in international form keeps its own country.
  auto croatian = validate(Row::sample().set(C::kPhone, "+385 91 234 5678"));
  ASSERT_TRUE(Accepted(croatian));
  EXPECT_EQ(row_of(croatian).debtor.phones.at(0).e164, "+385912345678");
}

TEST(ClaimRowValidation, KeepsAnInvalidPhoneWithAWarningAndMarksTheDebtorUnreachable) {
  auto outcome = validate(Row::sample().set(C::kPhone, "+386 12"));
  ASSERT_TRUE(Accepted(outcome));
  const ClaimRow& row = row_of(outcome);
  ASSERT_EQ(row.debtor.phones.size(), 1u);
  EXPECT_EQ(row.debtor.phones[0].raw, "+386 12");
  EXPECT_EQ(row.debtor.phones[0].e164, "");
  EXPECT_FALSE(row.debtor.phones[0].valid());
  EXPECT_FALSE(row.debtor.reachable_by_phone());
  ASSERT_EQ(row.warnings.size(), 2u) << describe(outcome);
  EXPECT_EQ(row.warnings[0].column, C::kPhone);
  EXPECT_NE(row.warnings[0].reason.find("kept but not dialled"), std::string::npos);
  EXPECT_EQ(row.warnings[1].column, C::kPhone);
  EXPECT_NE(row.warnings[1].reason.find("unreachable by phone"), std::string::npos);
}

TEST(ClaimRowValidation, KeepsTextThatIsNoPhoneNumberWithAWarning) {
  auto outcome = validate(Row::sample().set(C::kPhone, "call the office"));
  ASSERT_TRUE(Accepted(outcome));
  EXPECT_EQ(row_of(outcome).debtor.phones.at(0).raw, "call the office");
  EXPECT_FALSE(row_of(outcome).debtor.reachable_by_phone());
  EXPECT_FALSE(row_of(outcome).warnings.empty());
}

TEST(ClaimRowValidation, KeepsBothPhonesInTheirOrder) {
  auto outcome = validate(Row::sample().set(C::kPhone, "01 468 16 23").set(C::kPhone2, "051 825 193"));
  ASSERT_TRUE(Accepted(outcome));
  const auto& phones = row_of(outcome).debtor.phones;
  ASSERT_EQ(phones.size(), 2u);
  EXPECT_EQ(phones[0].e164, "+38614681623");
  EXPECT_EQ(phones[1].e164, "+38651825193");
  EXPECT_TRUE(row_of(outcome).warnings.empty());
}

TEST(ClaimRowValidation, UsesTheSecondPhoneWhenOnlyItIsGiven) {
  auto outcome = validate(Row::sample().set(C::kPhone, "").set(C::kPhone2, "051 825 193"));
  ASSERT_TRUE(Accepted(outcome));
  const auto& debtor = row_of(outcome).debtor;
  ASSERT_EQ(debtor.phones.size(), 1u);
  EXPECT_EQ(debtor.phones[0].e164, "+38651825193");
  EXPECT_TRUE(debtor.reachable_by_phone());
  EXPECT_TRUE(row_of(outcome).warnings.empty());
}

TEST(ClaimRowValidation, StaysReachableWhenOnlyOneOfTwoPhonesIsValid) {
  auto outcome = validate(Row::sample().set(C::kPhone, "+386 12").set(C::kPhone2, "051 825 193"));
  ASSERT_TRUE(Accepted(outcome));
  const ClaimRow& row = row_of(outcome);
  ASSERT_EQ(row.debtor.phones.size(), 2u);
  EXPECT_FALSE(row.debtor.phones[0].valid());
  EXPECT_TRUE(row.debtor.phones[1].valid());
  EXPECT_TRUE(row.debtor.reachable_by_phone());
  ASSERT_EQ(row.warnings.size(), 1u) << describe(outcome);
  EXPECT_EQ(row.warnings[0].column, C::kPhone);
}

TEST(ClaimRowValidation, WarnsOnAnInvalidSecondPhoneNamingThatColumn) {
  auto outcome = validate(Row::sample().set(C::kPhone, "").set(C::kPhone2, "12345"));
  ASSERT_TRUE(Accepted(outcome));
  const ClaimRow& row = row_of(outcome);
  ASSERT_EQ(row.debtor.phones.size(), 1u);
  EXPECT_EQ(row.debtor.phones[0].raw, "12345");
  EXPECT_FALSE(row.debtor.reachable_by_phone());
  ASSERT_EQ(row.warnings.size(), 2u) << describe(outcome);
  EXPECT_EQ(row.warnings[0].column, C::kPhone2);
  EXPECT_NE(row.warnings[0].reason.find("kept but not dialled"), std::string::npos);
  EXPECT_NE(row.warnings[1].reason.find("unreachable by phone"), std::string::npos);

  auto valid_first = validate(Row::sample().set(C::kPhone2, "12345"));
  ASSERT_TRUE(Accepted(valid_first));
  ASSERT_EQ(row_of(valid_first).warnings.size(), 1u) << describe(valid_first);
  EXPECT_EQ(row_of(valid_first).warnings[0].column, C::kPhone2);
  EXPECT_TRUE(row_of(valid_first).debtor.reachable_by_phone());
}

TEST(ClaimRowValidation, DropsAnInvalidEmailWithAWarning) {
  for (std::string_view email :
       {"ana.novak", "ana@", "@example.si", "ana@@example.si", "ana@example", "ana@example.",
        "ana@.si", "ana novak@example.si", "ana@example.si;bor@example.si", "ana,novak@example.si"}) {
    auto outcome = validate(Row::sample().set(C::kEmail, std::string(email)));
    ASSERT_TRUE(Accepted(outcome)) << email;
    const ClaimRow& row = row_of(outcome);
    EXPECT_TRUE(row.debtor.emails.empty()) << email;
    ASSERT_EQ(row.warnings.size(), 1u) << email;
    EXPECT_EQ(row.warnings[0].column, C::kEmail);
    EXPECT_NE(row.warnings[0].reason.find("is not an e-mail address; dropped"), std::string::npos);
  }
}

TEST(ClaimRowValidation, KeepsAPlausibleEmail) {
  for (std::string_view email : {"ana@example.si", "ana.novak+dolg@mail.example.co.uk", "a@b.c"}) {
    auto outcome = validate(Row::sample().set(C::kEmail, std::string(email)));
    ASSERT_TRUE(Accepted(outcome)) << email;
    EXPECT_EQ(row_of(outcome).debtor.emails, std::vector<std::string>{std::string(email)});
    EXPECT_TRUE(row_of(outcome).warnings.empty()) << email;
  }
}

// ---------------------------------------------------------------------------------------
// The first failing column in the file's own order

TEST(ClaimRowValidation, ReportsTheFailingColumnThatComesFirstInTheFile) {
  Row row = Row::sample().set(C::kName, "").set(C::kCountry, "XX");
  IntakeRules name_first = rules_for();
  name_first.position[static_cast<std::size_t>(C::kName)] = 2;
  name_first.position[static_cast<std::size_t>(C::kCountry)] = 7;
  EXPECT_TRUE(RejectedFor(validate(row, name_first), C::kName, "is required but empty"));

  IntakeRules country_first = name_first;
  country_first.position[static_cast<std::size_t>(C::kName)] = 7;
  country_first.position[static_cast<std::size_t>(C::kCountry)] = 2;
  EXPECT_TRUE(RejectedFor(validate(row, country_first), C::kCountry, "ISO 3166-1"));
}

TEST(ClaimRowValidation, ReportsTheFirstFailingColumnEvenWhenItIsCheckedLater) {
  // The time zone is checked after the principal, but a file may list it first.
  Row row = Row::sample().set(C::kPrincipal, "-5").set(C::kTimeZone, "Europe/Atlantis");
  IntakeRules zone_first = rules_for();
  zone_first.position[static_cast<std::size_t>(C::kTimeZone)] = -1;
  EXPECT_TRUE(RejectedFor(validate(row, zone_first), C::kTimeZone));
  EXPECT_TRUE(RejectedFor(validate(row, rules_for()), C::kPrincipal, "is negative"));

  // The reminder is compared with the due date, yet reported in its own place.
  Row late = Row::sample().set(C::kReminderSentOn, "2026-01-01").set(C::kDebtorRef, "");
  IntakeRules reminder_first = rules_for();
  reminder_first.position[static_cast<std::size_t>(C::kReminderSentOn)] = -1;
  EXPECT_TRUE(RejectedFor(validate(late, reminder_first), C::kReminderSentOn, "cannot precede"));
  EXPECT_TRUE(RejectedFor(validate(late, rules_for()), C::kDebtorRef));
}

TEST(ClaimRowValidation, FallsBackToTheCanonicalOrderWhenNoPositionsAreGiven) {
  IntakeRules unordered{.client_currency = currency("EUR"), .today = kToday};  // all positions 0
  Row row = Row::sample().set(C::kTimeZone, "Europe/Atlantis").set(C::kName, "");
  EXPECT_TRUE(RejectedFor(validate(row, unordered), C::kName));
}

TEST(ClaimRowValidation, SortsColumnsTheFileLacksAfterThoseItHas) {
  // A file without a due_date column: the missing column sorts last.
  Row row = Row::sample().drop(C::kDueDate).set(C::kPostalCode, std::string(21, '1'));
  IntakeRules rules = rules_for();
  rules.position[static_cast<std::size_t>(C::kDueDate)] = std::numeric_limits<int>::max();
  EXPECT_TRUE(RejectedFor(validate(row, rules), C::kPostalCode, "is longer than 20 bytes"));
  EXPECT_TRUE(RejectedFor(validate(Row::sample().drop(C::kDueDate), rules), C::kDueDate,
                          "is required but empty"));
}

TEST(ClaimRowValidation, ReportsOnlyOneReasonPerColumnTheFirstFound) {
  // Too long and containing a control character: length is checked first.
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kName, std::string(300, 'a') + "\x01")),
                          C::kName, "is longer than 300 bytes"));
  // Too long and not a number: the length is reported.
  EXPECT_TRUE(RejectedFor(validate(Row::sample().set(C::kPrincipal, std::string(41, 'x'))),
                          C::kPrincipal, "is longer than 40 bytes"));
}

// ---------------------------------------------------------------------------------------
// Properties

struct RandomRow {
  Row row;
  IntakeRules rules;
  Money principal;
  Money interest;
  Money fees;
  CivilDate due_date;
  std::optional<CivilDate> reminder;
};

template <typename T>
T pick(const std::vector<T>& items) {
  return items[*rc::gen::inRange<std::size_t>(0, items.size())];
}

std::string format_date(CivilDate date, std::string_view pattern) {
  auto ymd = date.ymd();
  std::string text;
  char buffer[8];
  for (std::size_t p = 0; p < pattern.size(); ++p) {
    if (pattern[p] == '%' && p + 1 < pattern.size()) {
      switch (pattern[++p]) {
        case 'Y': std::snprintf(buffer, sizeof buffer, "%04d", static_cast<int>(ymd.year())); break;
        case 'm': std::snprintf(buffer, sizeof buffer, "%02u", static_cast<unsigned>(ymd.month())); break;
        case 'd': std::snprintf(buffer, sizeof buffer, "%02u", static_cast<unsigned>(ymd.day())); break;
      }
      text += buffer;
    } else {
      text += pattern[p];
    }
  }
  return text;
}

// Writes `minor` as a creditor would: the currency's decimals, maybe grouped thousands,
// maybe surplus zeros.
std::string format_amount(std::int64_t minor, int digits, DecimalFormat format, int extra_zeros) {
  std::int64_t factor = 1;
  for (int i = 0; i < digits; ++i) factor *= 10;
  std::string units = std::to_string(minor / factor);
  std::string integer;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (format.thousands_separator != 0 && i > 0 && (units.size() - i) % 3 == 0) {
      integer += format.thousands_separator;
    }
    integer += units[i];
  }
  std::string fraction = std::to_string(minor % factor);
  if (digits == 0) fraction.clear();
  fraction = std::string(digits - static_cast<int>(fraction.size()), '0') + fraction;
  fraction += std::string(extra_zeros, '0');
  return fraction.empty() ? integer : integer + format.decimal_separator + fraction;
}

std::string random_text(std::size_t max_length) {
  const std::string alphabet = "ABCdefXYZ0123456789-/.";
  std::size_t length = *rc::gen::inRange<std::size_t>(1, max_length + 1);
  std::string text;
  for (std::size_t i = 0; i < length; ++i) {
    text += alphabet[*rc::gen::inRange<std::size_t>(0, alphabet.size())];
  }
  return text;
}

std::string pad(std::string text) {
  const std::vector<std::string> padding = {"", "", " ", "\t", "  "};
  return pick(padding) + text + pick(padding);
}

RandomRow random_valid_row() {
  const auto currency_code = pick<std::string>({"EUR", "JPY", "BHD", "USD"});
  const Currency client_currency = currency(currency_code);
  IntakeRules rules{.client_currency = client_currency,
                    .today = day(2026, 3, 15).plus_days(*rc::gen::inRange(-3000, 3000))};
  rules.decimal = pick<DecimalFormat>({{'.', 0}, {',', 0}, {',', '.'}, {'.', ','}, {',', ' '}});
  rules.date_format = pick<std::string>({"%Y-%m-%d", "%d.%m.%Y", "%m/%d/%Y", "%Y%m%d"});
  std::iota(rules.position.begin(), rules.position.end(), 0);
  for (std::size_t i = rules.position.size(); i > 1; --i) {
    std::swap(rules.position[i - 1], rules.position[*rc::gen::inRange<std::size_t>(0, i)]);
  }

  auto amount = [&](C column, Row& row, bool optional) {
    if (optional && *rc::gen::inRange(0, 4) == 0) {
      if (*rc::gen::inRange(0, 2) == 0) row.drop(column); else row.set(column, pad(""));
      return Money::zero(client_currency);
    }
    auto minor = *rc::gen::oneOf(rc::gen::inRange<std::int64_t>(0, 100000),
                                 rc::gen::inRange<std::int64_t>(0, 1'000'000'000'000'001),
                                 rc::gen::just<std::int64_t>(1'000'000'000'000'000));
    row.set(column, pad(format_amount(minor, client_currency.minor_digits(), rules.decimal,
                                      *rc::gen::inRange(0, 3))));
    return Money(minor, client_currency);
  };

  Row row;
  row.set(C::kClientRef, pad(random_text(64)))
      .set(C::kDebtorRef, pad(random_text(64)))
      .set(C::kDebtorType, pick<std::string>({"person", "company"}))
      .set(C::kName, pad(random_text(40) + " " + random_text(40)))
      .set(C::kCountry, pick<std::string>({"SI", "HR", "AT", "DE", "IT", "BR", "US", "GB"}))
      .set(C::kCurrency, pad(currency_code));
  if (*rc::gen::inRange(0, 2) == 0) row.set(C::kCity, pad(random_text(300)));
  if (*rc::gen::inRange(0, 2) == 0) row.set(C::kClaimType, random_text(100));
  if (*rc::gen::inRange(0, 2) == 0) row.set(C::kLanguage, pick<std::string>({"sl", "en", "pt-BR", "slv"}));
  Money principal = amount(C::kPrincipal, row, false);
  Money interest = amount(C::kInterest, row, true);
  Money fees = amount(C::kFees, row, true);
  CivilDate due_date = rules.today.plus_days(-*rc::gen::inRange(0, 3650));
  row.set(C::kDueDate, pad(format_date(due_date, rules.date_format)));
  std::optional<CivilDate> reminder;
  if (*rc::gen::inRange(0, 2) == 0) {
    reminder = due_date.plus_days(*rc::gen::inRange(0, rules.today.days_since(due_date) + 1));
    row.set(C::kReminderSentOn, pad(format_date(*reminder, rules.date_format)));
  }
  return RandomRow{std::move(row), rules, principal, interest, fees, due_date, reminder};
}

RC_GTEST_PROP(ClaimRowProperties, AcceptsEveryRowOfValidPartsWithTheBalanceItStates, ()) {
  RandomRow random = random_valid_row();
  auto outcome = validate_claim_row(random.row.raw(), random.rules);
  RC_ASSERT(Accepted(outcome));
  const ClaimRow& row = row_of(outcome);
  RC_ASSERT(row.warnings.empty());
  RC_ASSERT(row.claim.balance.principal == random.principal);
  RC_ASSERT(row.claim.balance.interest == random.interest);
  RC_ASSERT(row.claim.balance.fees == random.fees);
  RC_ASSERT(row.claim.balance.total().minor() ==
            random.principal.minor() + random.interest.minor() + random.fees.minor());
  RC_ASSERT(row.claim.currency() == random.rules.client_currency);
  RC_ASSERT(row.claim.due_date == random.due_date);
  RC_ASSERT(row.claim.reminder_sent_on == random.reminder);
}

RC_GTEST_PROP(ClaimRowProperties, RejectsEveryRowWithABlankedRequiredColumnNamingIt, ()) {
  RandomRow random = random_valid_row();
  const C blanked = *rc::gen::elementOf(std::vector<C>(std::begin(kRequiredColumns),
                                                       std::end(kRequiredColumns)));
  if (*rc::gen::inRange(0, 4) == 0) {
    random.row.drop(blanked);
  } else {
    random.row.set(blanked, *rc::gen::container<std::string>(rc::gen::elementOf(std::string(" \t"))));
  }
  auto outcome = validate_claim_row(random.row.raw(), random.rules);
  RC_ASSERT(RejectedFor(outcome, blanked, "is required but empty"));
}

RC_GTEST_PROP(ClaimRowProperties, NamesTheBlankedRequiredColumnThatComesFirstInTheFile, ()) {
  RandomRow random = random_valid_row();
  std::vector<C> required(std::begin(kRequiredColumns), std::end(kRequiredColumns));
  const C first = *rc::gen::elementOf(required);
  required.erase(std::find(required.begin(), required.end(), first));
  const C second = *rc::gen::elementOf(required);
  random.row.set(first, "").set(second, " ");
  auto outcome = validate_claim_row(random.row.raw(), random.rules);
  const C earlier = random.rules.position[static_cast<std::size_t>(first)] <
                            random.rules.position[static_cast<std::size_t>(second)]
                        ? first
                        : second;
  RC_ASSERT(RejectedFor(outcome, earlier, "is required but empty"));
}

}  // namespace
}  // namespace duecall::domain
