// Goal: the claim's own rules: status names that round-trip through storage (an unknown
// stored status is data loss, not bad input), the balance total over three buckets, and
// "same terms" comparing exactly what a creditor file sets, ignoring ids and status.
//
// Method: one claim with every field set; each test changes one field.
#include "domain/claim.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace duecall::domain {
namespace {

Currency eur() { return Currency::parse("EUR").value(); }
Money eur(std::int64_t minor) { return Money(minor, eur()); }

Claim invoice() {
  return Claim{.id = ClaimId(11),
               .client_id = ClientId(3),
               .case_id = CaseId(5),
               .debtor_id = DebtorId(7),
               .client_ref = "INV-2026-0001",
               .claim_type = "mobile subscription",
               .balance = {eur(237390), eur(1520), eur(1250)},
               .due_date = CivilDate::from_ymd(2026, 1, 31),
               .reminder_sent_on = CivilDate::from_ymd(2026, 2, 10)};
}

TEST(ClaimStatus, RoundTripsThroughItsStoredName) {
  for (ClaimStatus status : {ClaimStatus::kOpen, ClaimStatus::kPaid, ClaimStatus::kRecalled}) {
    auto parsed = parse_claim_status(claim_status_name(status));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, status);
  }
  EXPECT_EQ(claim_status_name(ClaimStatus::kOpen), "open");
  EXPECT_EQ(claim_status_name(ClaimStatus::kPaid), "paid");
  EXPECT_EQ(claim_status_name(ClaimStatus::kRecalled), "recalled");
}

TEST(ClaimStatus, TreatsAnUnknownStoredStatusAsDataLoss) {
  for (std::string_view text : {"", "Open", "closed", "paid "}) {
    auto parsed = parse_claim_status(text);
    ASSERT_FALSE(parsed.ok()) << text;
    EXPECT_EQ(parsed.error().code, ErrorCode::kDataLoss);
  }
}

TEST(Claim, StartsOpenUnlessTold) { EXPECT_EQ(invoice().status, ClaimStatus::kOpen); }

TEST(Balance, TotalsPrincipalInterestAndFees) {
  EXPECT_EQ(invoice().balance.total(), eur(240160));
  Balance zero{eur(0), eur(0), eur(0)};
  EXPECT_EQ(zero.total(), eur(0));
  const std::int64_t bound = 1'000'000'000'000'000;
  Balance largest{eur(bound), eur(bound), eur(bound)};
  EXPECT_EQ(largest.total(), eur(3 * bound));
}

TEST(Balance, KeepsTheCurrencyOfItsBuckets) {
  Currency jpy = Currency::parse("JPY").value();
  Balance yen{Money(1500, jpy), Money(0, jpy), Money(200, jpy)};
  EXPECT_EQ(yen.total(), Money(1700, jpy));
  Claim claim = invoice();
  claim.balance = yen;
  EXPECT_EQ(claim.currency(), jpy);
  EXPECT_EQ(invoice().currency(), eur());
}

TEST(BalanceDeathTest, StopsRatherThanOverflowAnUnvalidatedSum) {
  Balance impossible{eur(INT64_MAX), eur(1), eur(0)};
  EXPECT_DEATH((void)impossible.total(), "bounded by validation");
}

TEST(Balance, IsEqualOnlyWhenEveryBucketIs) {
  Balance a = invoice().balance;
  EXPECT_EQ(a, invoice().balance);
  Balance moved = a;  // same total, different buckets
  moved.principal = eur(237391);
  moved.fees = eur(1249);
  EXPECT_EQ(moved.total(), a.total());
  EXPECT_FALSE(moved == a);
}

TEST(ClaimTerms, AreTheSameForACopyWithOtherIdsAndStatus) {
  Claim other = invoice();
  other.id = ClaimId(12);
  other.client_id = ClientId(4);
  other.case_id = CaseId(6);
  other.debtor_id = DebtorId(8);
  other.status = ClaimStatus::kPaid;
  EXPECT_TRUE(invoice().same_terms_as(other));
  EXPECT_TRUE(other.same_terms_as(invoice()));
}

TEST(ClaimTerms, DifferWhenAnyFieldAFileSetsDiffers) {
  const std::vector<std::pair<const char*, std::function<void(Claim&)>>> edits = {
      {"client_ref", [](Claim& c) { c.client_ref = "INV-2026-0002"; }},
      {"claim_type", [](Claim& c) { c.claim_type = ""; }},
      {"principal", [](Claim& c) { c.balance.principal = eur(237391); }},
      {"interest", [](Claim& c) { c.balance.interest = eur(0); }},
      {"fees", [](Claim& c) { c.balance.fees = eur(1251); }},
      {"due_date", [](Claim& c) { c.due_date = c.due_date.plus_days(1); }},
      {"reminder moved", [](Claim& c) { c.reminder_sent_on = c.reminder_sent_on->plus_days(-1); }},
      {"reminder removed", [](Claim& c) { c.reminder_sent_on.reset(); }},
  };
  for (const auto& [field, edit] : edits) {
    Claim edited = invoice();
    edit(edited);
    EXPECT_FALSE(invoice().same_terms_as(edited)) << field;
    EXPECT_FALSE(edited.same_terms_as(invoice())) << field;
  }
}

}  // namespace
}  // namespace duecall::domain
