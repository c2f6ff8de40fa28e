// Goal: the debtor's small rules: the two kinds and their stable names, "reachable by
// phone" meaning at least one valid number, and "same details" comparing exactly the fields
// a creditor file sets (so that re-importing an unchanged row changes nothing) and no ids.
//
// Method: one fully filled debtor; each test changes one field and checks the answer flips.
#include "domain/debtor.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace duecall::domain {
namespace {

PhoneContact valid_mobile() { return {"051 825 193", "+38651825193", PhoneType::kMobile}; }
PhoneContact invalid_phone() { return {"+386 12", "", PhoneType::kOther}; }

Debtor ana() {
  return Debtor{.id = DebtorId(7),
                .client_id = ClientId(3),
                .ref = "D-100",
                .kind = DebtorKind::kPerson,
                .name = "Ana Novak",
                .national_id = "1234567890123",
                .address = "Slovenska cesta 1",
                .postal_code = "1000",
                .city = "Ljubljana",
                .country = "SI",
                .language = "sl",
                .time_zone = "Europe/Ljubljana",
                .phones = {valid_mobile()},
                .emails = {"ana.novak@example.si"}};
}

TEST(DebtorKind, ParsesPersonAndCompanyAndNamesThemBack) {
  for (DebtorKind kind : {DebtorKind::kPerson, DebtorKind::kCompany}) {
    auto parsed = parse_debtor_kind(debtor_kind_name(kind));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, kind);
  }
  EXPECT_EQ(debtor_kind_name(DebtorKind::kPerson), "person");
  EXPECT_EQ(debtor_kind_name(DebtorKind::kCompany), "company");
}

TEST(DebtorKind, RefusesAnyOtherText) {
  for (std::string_view text : {"", "Person", "company ", "other", "sole_trader"}) {
    auto parsed = parse_debtor_kind(text);
    ASSERT_FALSE(parsed.ok()) << text;
    EXPECT_EQ(parsed.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(parsed.error().message.find("is not person or company"), std::string::npos);
  }
}

TEST(PhoneContact, IsValidExactlyWhenItHasAnE164Form) {
  EXPECT_TRUE(valid_mobile().valid());
  EXPECT_FALSE(invalid_phone().valid());
}

TEST(DebtorReachability, NeedsAtLeastOneValidPhone) {
  Debtor debtor = ana();
  debtor.phones = {};
  EXPECT_FALSE(debtor.reachable_by_phone());
  debtor.phones = {invalid_phone()};
  EXPECT_FALSE(debtor.reachable_by_phone());
  debtor.phones = {invalid_phone(), invalid_phone()};
  EXPECT_FALSE(debtor.reachable_by_phone());
  debtor.phones = {invalid_phone(), valid_mobile()};
  EXPECT_TRUE(debtor.reachable_by_phone());
  debtor.phones = {valid_mobile()};
  EXPECT_TRUE(debtor.reachable_by_phone());
}

TEST(DebtorDetails, AreTheSameForACopyWithOtherIds) {
  Debtor other = ana();
  other.id = DebtorId(8);
  other.client_id = ClientId(4);
  EXPECT_TRUE(ana().same_details_as(other));
  EXPECT_TRUE(other.same_details_as(ana()));
}

TEST(DebtorDetails, DifferWhenAnyFieldAFileSetsDiffers) {
  const std::vector<std::pair<const char*, std::function<void(Debtor&)>>> edits = {
      {"ref", [](Debtor& d) { d.ref = "D-101"; }},
      {"kind", [](Debtor& d) { d.kind = DebtorKind::kCompany; }},
      {"name", [](Debtor& d) { d.name = "Ana Novak Kos"; }},
      {"national_id", [](Debtor& d) { d.national_id = ""; }},
      {"address", [](Debtor& d) { d.address = "Slovenska cesta 2"; }},
      {"postal_code", [](Debtor& d) { d.postal_code = "1001"; }},
      {"city", [](Debtor& d) { d.city = "Maribor"; }},
      {"country", [](Debtor& d) { d.country = "HR"; }},
      {"language", [](Debtor& d) { d.language = "en"; }},
      {"time_zone", [](Debtor& d) { d.time_zone = ""; }},
      {"phone added", [](Debtor& d) { d.phones.push_back(invalid_phone()); }},
      {"phone raw", [](Debtor& d) { d.phones[0].raw = "+386 51 825 193"; }},
      {"phone type", [](Debtor& d) { d.phones[0].type = PhoneType::kFixedLineOrMobile; }},
      {"phones reordered", [](Debtor& d) { d.phones.insert(d.phones.begin(), invalid_phone()); }},
      {"email", [](Debtor& d) { d.emails[0] = "ana@example.si"; }},
      {"email removed", [](Debtor& d) { d.emails.clear(); }},
  };
  for (const auto& [field, edit] : edits) {
    Debtor edited = ana();
    edit(edited);
    EXPECT_FALSE(ana().same_details_as(edited)) << field;
    EXPECT_FALSE(edited.same_details_as(ana())) << field;
  }
}

}  // namespace
}  // namespace duecall::domain
