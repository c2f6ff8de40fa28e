// Goal: the facts a script says about a case are the case's: sums over open claims only,
// claims listed by due date, a first name only where it can be told, and the client's
// negotiation limits.
#include "domain/script_facts.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

Currency euro() {
  return Currency::parse("EUR").value();
}
Money eur(std::int64_t minor) {
  return Money(minor, euro());
}

Client client() {
  Policy policy = Policy::defaults(euro(), "sl");
  policy.min_instalment = eur(2000);
  policy.max_instalments = 6;
  policy.max_term_days = 180;
  return Client{.id = ClientId(1),
                .code = "TEL",
                .name = "Telekom Slovenije d.d.",
                .country = "SI",
                .currency = euro(),
                .time_zone = "Europe/Ljubljana",
                .policy = policy,
                .created_at = {}};
}

Debtor person(std::string name) {
  Debtor debtor;
  debtor.ref = "D-1";
  debtor.name = std::move(name);
  return debtor;
}

Claim claim(std::string ref, std::int64_t principal, std::int64_t interest, std::int64_t fees,
            CivilDate due, ClaimStatus status = ClaimStatus::kOpen) {
  return Claim{.id = {},
               .client_id = ClientId(1),
               .case_id = {},
               .debtor_id = {},
               .client_ref = std::move(ref),
               .claim_type = "telecom",
               .balance = {eur(principal), eur(interest), eur(fees)},
               .due_date = due,
               .reminder_sent_on = std::nullopt,
               .status = status};
}

TEST(ScriptFacts, SumsOpenClaimsAndListsThemByDueDate) {
  std::vector<Claim> claims = {
      claim("A-2", 5000, 0, 0, CivilDate::from_ymd(2026, 11, 2)),
      claim("A-1", 10000, 250, 500, CivilDate::from_ymd(2026, 11, 1)),
      claim("A-0", 99999, 0, 0, CivilDate::from_ymd(2026, 1, 1), ClaimStatus::kPaid),
      claim("A-9", 77777, 0, 0, CivilDate::from_ymd(2026, 1, 2), ClaimStatus::kRecalled)};
  auto facts =
      case_script_facts(client(), person("Ana Kos"), claims, CivilDate::from_ymd(2026, 11, 23));
  ASSERT_TRUE(facts.ok()) << facts.error().message;
  EXPECT_EQ(facts->principal, eur(15000));
  EXPECT_EQ(facts->interest, eur(250));
  EXPECT_EQ(facts->fees, eur(500));
  EXPECT_EQ(facts->total_due, eur(15750));
  EXPECT_EQ(facts->claim_refs, (std::vector<std::string>{"A-1", "A-2"}));
  EXPECT_EQ(facts->oldest_due_date, CivilDate::from_ymd(2026, 11, 1));
  EXPECT_EQ(facts->client_name, "Telekom Slovenije d.d.");
  EXPECT_EQ(facts->debtor_name, "Ana Kos");
  EXPECT_EQ(facts->debtor_first_name, "Ana");
  EXPECT_EQ(facts->min_instalment, eur(2000));
  EXPECT_EQ(facts->max_instalments, 6);
  EXPECT_EQ(facts->max_term_days, 180);
  EXPECT_TRUE(facts->agency_name.empty());
  EXPECT_TRUE(facts->operator_name.empty());
  EXPECT_FALSE(facts->recording_retention_months.has_value());
}

TEST(ScriptFacts, ACaseWithNothingOpenOwesNothingAndHasNoDueDate) {
  std::vector<Claim> claims = {
      claim("A-0", 100, 0, 0, CivilDate::from_ymd(2026, 1, 1), ClaimStatus::kPaid)};
  auto facts =
      case_script_facts(client(), person("Ana Kos"), claims, CivilDate::from_ymd(2026, 11, 23));
  ASSERT_TRUE(facts.ok());
  EXPECT_TRUE(facts->total_due.is_zero());
  EXPECT_TRUE(facts->claim_refs.empty());
  EXPECT_FALSE(facts->oldest_due_date.has_value());
}

TEST(ScriptFacts, TellsAFirstNameOnlyWhereItCanBeTold) {
  EXPECT_EQ(first_name_of(person("Ana Kos")), "Ana");
  EXPECT_EQ(first_name_of(person("  Marija Ana Novak ")), "Marija");
  EXPECT_EQ(first_name_of(person("Kos")), "");
  EXPECT_EQ(first_name_of(person("Kos  ")), "");
  EXPECT_EQ(first_name_of(person("")), "");
  Debtor company = person("Kos d.o.o.");
  company.kind = DebtorKind::kCompany;
  EXPECT_EQ(first_name_of(company), "");
}

}  // namespace
}  // namespace duecall::domain
