// Goal: a script rendered for a case says the case's facts in the script's language (money
// and dates per sl, en and pt-BR), always includes the jurisdiction's mandatory texts
// whether or not the script has its own, never says one twice, shows a gap for a fact
// nobody gave, and asks for payment on a weekday.
//
// Method: small scripts and a fixed set of facts, rendered with the ICU formatter.
#include "domain/script_rendering.hpp"

#include <gtest/gtest.h>

#include "core/locale_formatter.hpp"

namespace duecall::domain {
namespace {

using nlohmann::json;

constexpr const char* kNbsp = "\u00a0";

Money eur(std::int64_t minor) {
  return Money(minor, Currency::parse("EUR").value());
}

// 2026-11-23 is a Monday.
ScriptFacts facts() {
  return ScriptFacts{.debtor_name = "Ana Kos",
                     .debtor_first_name = "Ana",
                     .debtor_ref = "D-1",
                     .client_name = "Telekom Slovenije d.d.",
                     .total_due = eur(123456),
                     .principal = eur(120000),
                     .interest = eur(2956),
                     .fees = eur(500),
                     .claim_refs = {"A-1", "A-2"},
                     .oldest_due_date = CivilDate::from_ymd(2026, 10, 9),
                     .today = CivilDate::from_ymd(2026, 11, 23),
                     .agency_name = "Izterjava d.o.o.",
                     .recording_retention_months = 24,
                     .operator_name = "Maja",
                     .min_instalment = eur(2000),
                     .max_instalments = 6,
                     .max_term_days = 180};
}

CallScript script(json changes = json::object()) {
  json document = {{"opening", "Dober dan, tukaj {operator.name} iz družbe {agency.name}."},
                   {"identity_verification", "Ali je pri telefonu {debtor.name}?"},
                   {"debt_statement",
                    {"Skupni odprti znesek je {case.total_due}.",
                     "Sklic: {claim.refs}. Zamuda znaša {days_past_due}."}},
                   {"deadline", {{"days", 8}, {"text", "Rok plačila je {deadline}."}}},
                   {"solutions", {"Najnižji obrok je {policy.min_instalment}."}},
                   {"closing", "Hvala in lep pozdrav."}};
  document.update(changes);
  auto parsed = CallScript::from_json(document);
  EXPECT_TRUE(parsed.ok()) << parsed.error().message;
  return std::move(parsed).value();
}

MandatoryText mandatory(ScriptPart part, const char* text, const char* source) {
  return {part, ScriptTemplate::parse(text).value(), source};
}

const RenderedPart* find_part(const RenderedScript& rendered, ScriptPart part) {
  for (const auto& candidate : rendered.parts) {
    if (candidate.part == part) return &candidate;
  }
  return nullptr;
}

std::vector<std::string> texts(const RenderedScript& rendered, ScriptPart part) {
  std::vector<std::string> out;
  if (const auto* found = find_part(rendered, part)) {
    for (const auto& line : found->lines) out.push_back(line.text);
  }
  return out;
}

RenderedScript render(const CallScript& script, std::string_view language,
                      const std::vector<MandatoryText>& texts = {},
                      const ScriptFacts& case_facts = facts()) {
  auto format = LocaleFormatter::create(language).value();
  return render_call_script(script, texts, case_facts, *format);
}

TEST(ScriptRendering, FillsFactsInSlovenian) {
  auto rendered = render(script(), "sl");
  EXPECT_EQ(texts(rendered, ScriptPart::kOpening),
            std::vector<std::string>{"Dober dan, tukaj Maja iz družbe Izterjava d.o.o."});
  EXPECT_EQ(
      texts(rendered, ScriptPart::kDebtStatement),
      (std::vector<std::string>{std::string("Skupni odprti znesek je 1.234,56") + kNbsp + "€.",
                                "Sklic: A-1 in A-2. Zamuda znaša 45 dni."}));
  EXPECT_EQ(texts(rendered, ScriptPart::kDeadline),
            std::vector<std::string>{"Rok plačila je 1. december 2026."});
  EXPECT_EQ(texts(rendered, ScriptPart::kSolutions),
            std::vector<std::string>{std::string("Najnižji obrok je 20,00") + kNbsp + "€."});
  EXPECT_EQ(rendered.deadline, CivilDate::from_ymd(2026, 12, 1));
  EXPECT_TRUE(rendered.missing_facts.empty());
}

TEST(ScriptRendering, FillsFactsInEnglishAndBrazilianPortuguese) {
  CallScript english = script({{"debt_statement",
                                {"The total is {case.total_due}, {days_past_due} late, due since "
                                 "{claim.oldest_due_date}."}},
                               {"deadline", {{"days", 8}, {"text", "Please pay by {deadline}."}}}});
  auto rendered = render(english, "en");
  EXPECT_EQ(
      texts(rendered, ScriptPart::kDebtStatement),
      std::vector<std::string>{"The total is €1,234.56, 45 days late, due since October 9, 2026."});
  EXPECT_EQ(texts(rendered, ScriptPart::kDeadline),
            std::vector<std::string>{"Please pay by December 1, 2026."});

  ScriptFacts brazilian = facts();
  for (Money* amount : {&brazilian.total_due, &brazilian.principal, &brazilian.interest,
                        &brazilian.fees, &brazilian.min_instalment}) {
    *amount = Money(amount->minor(), Currency::parse("BRL").value());
  }
  CallScript portuguese = script({{"debt_statement",
                                   {"O valor em aberto é {case.total_due}, vencido em "
                                    "{claim.oldest_due_date}."}},
                                  {"deadline", {{"days", 8}, {"text", "O prazo é {deadline}."}}}});
  rendered = render(portuguese, "pt-BR", {}, brazilian);
  EXPECT_EQ(texts(rendered, ScriptPart::kDebtStatement),
            std::vector<std::string>{std::string("O valor em aberto é R$") + kNbsp +
                                     "1.234,56, vencido em 9 de outubro de 2026."});
  EXPECT_EQ(texts(rendered, ScriptPart::kDeadline),
            std::vector<std::string>{"O prazo é 1 de dezembro de 2026."});
}

TEST(ScriptRendering, AddsMandatoryTextsWhenTheScriptHasNone) {
  std::vector<MandatoryText> required = {
      mandatory(ScriptPart::kRecordingNotice,
                "Klic snemamo, rok hrambe je {agency.recording_retention}.", "GDPR art. 13"),
      mandatory(ScriptPart::kDisclosures, "This is {agency.name}, a debt collector.",
                "12 CFR 1006.18(e)")};
  auto rendered = render(script(), "sl", required);
  const RenderedPart* notice = find_part(rendered, ScriptPart::kRecordingNotice);
  ASSERT_NE(notice, nullptr);
  ASSERT_EQ(notice->lines.size(), 1u);
  EXPECT_EQ(notice->lines[0].text, "Klic snemamo, rok hrambe je 24 mesecev.");
  EXPECT_EQ(notice->lines[0].required_by, "GDPR art. 13");
  EXPECT_EQ(texts(rendered, ScriptPart::kDisclosures),
            std::vector<std::string>{"This is Izterjava d.o.o., a debt collector."});
  // In call order: the notice right after the opening, the disclosure after identity.
  ASSERT_GE(rendered.parts.size(), 4u);
  EXPECT_EQ(rendered.parts[0].part, ScriptPart::kOpening);
  EXPECT_EQ(rendered.parts[1].part, ScriptPart::kRecordingNotice);
  EXPECT_EQ(rendered.parts[2].part, ScriptPart::kIdentityVerification);
  EXPECT_EQ(rendered.parts[3].part, ScriptPart::kDisclosures);
}

TEST(ScriptRendering, PutsMandatoryTextsFirstAndDoesNotRepeatThem) {
  std::vector<MandatoryText> required = {
      mandatory(ScriptPart::kRecordingNotice, "Klic snemamo.", "GDPR art. 13")};
  CallScript own = script({{"recording_notice", {"  Klic   snemamo. ", "Posnetek je varen."}}});
  auto rendered = render(own, "sl", required);
  const RenderedPart* notice = find_part(rendered, ScriptPart::kRecordingNotice);
  ASSERT_NE(notice, nullptr);
  ASSERT_EQ(notice->lines.size(), 2u);
  EXPECT_EQ(notice->lines[0].text, "Klic snemamo.");
  EXPECT_EQ(notice->lines[0].required_by, "GDPR art. 13");
  EXPECT_EQ(notice->lines[1].text, "Posnetek je varen.");
  EXPECT_EQ(notice->lines[1].required_by, "");
}

TEST(ScriptRendering, KeepsTheScriptsOwnDisclosuresBesideTheMandatoryOnes) {
  std::vector<MandatoryText> required = {
      mandatory(ScriptPart::kDisclosures, "This is an attempt to collect a debt.", "FDCPA")};
  CallScript own = script({{"disclosures", "We collect debts for {client.name}."}});
  auto rendered = render(own, "en", required);
  EXPECT_EQ(texts(rendered, ScriptPart::kDisclosures),
            (std::vector<std::string>{"This is an attempt to collect a debt.",
                                      "We collect debts for Telekom Slovenije d.d."}));
}

TEST(ScriptRendering, ShowsAGapForAFactNobodyGave) {
  ScriptFacts unknown = facts();
  unknown.operator_name.clear();
  unknown.agency_name.clear();
  unknown.recording_retention_months.reset();
  std::vector<MandatoryText> required = {
      mandatory(ScriptPart::kRecordingNotice, "Rok hrambe: {agency.recording_retention}.", "GDPR")};
  auto rendered = render(script(), "sl", required, unknown);
  EXPECT_EQ(texts(rendered, ScriptPart::kOpening),
            std::vector<std::string>{"Dober dan, tukaj [operator.name] iz družbe [agency.name]."});
  EXPECT_EQ(rendered.missing_facts, (std::vector<std::string>{"operator.name", "agency.name",
                                                              "agency.recording_retention"}));
}

TEST(ScriptRendering, ShowsAGapForTheFirstNameOfACompany) {
  ScriptFacts company = facts();
  company.debtor_first_name.clear();
  auto rendered = render(script({{"closing", "Hvala, {debtor.first_name}."}}), "sl", {}, company);
  EXPECT_EQ(texts(rendered, ScriptPart::kClosing),
            std::vector<std::string>{"Hvala, [debtor.first_name]."});
  EXPECT_EQ(rendered.missing_facts, std::vector<std::string>{"debtor.first_name"});
}

TEST(ScriptRendering, RendersObjectionsWithTheirResponses) {
  CallScript own = script({{"objections",
                            {{{"objection", "Nimam denarja."},
                              {"responses",
                               {"Razumem.",
                                "Najmanj {policy.min_instalment} na "
                                "obrok, do {policy.max_instalments} "
                                "obrokov v {policy.max_term}."}}}}}});
  auto rendered = render(own, "sl");
  const RenderedPart* objections = find_part(rendered, ScriptPart::kObjections);
  ASSERT_NE(objections, nullptr);
  ASSERT_EQ(objections->objections.size(), 1u);
  EXPECT_EQ(objections->objections[0].objection, "Nimam denarja.");
  EXPECT_EQ(objections->objections[0].responses[1],
            std::string("Najmanj 20,00") + kNbsp + "€ na obrok, do 6 obrokov v 180 dni.");
}

TEST(ScriptRendering, LeavesOutPartsWithNothingToSay) {
  auto rendered = render(script(), "sl");
  EXPECT_EQ(find_part(rendered, ScriptPart::kRecordingNotice), nullptr);
  EXPECT_EQ(find_part(rendered, ScriptPart::kObjections), nullptr);
  EXPECT_EQ(find_part(rendered, ScriptPart::kConsequences), nullptr);
}

TEST(ScriptRendering, AsksForPaymentOnAWeekday) {
  CivilDate monday = CivilDate::from_ymd(2026, 11, 23);
  EXPECT_EQ(payment_deadline(monday, 8), CivilDate::from_ymd(2026, 12, 1));   // Tuesday
  EXPECT_EQ(payment_deadline(monday, 5), CivilDate::from_ymd(2026, 11, 30));  // Saturday -> Monday
  EXPECT_EQ(payment_deadline(monday, 6), CivilDate::from_ymd(2026, 11, 30));  // Sunday -> Monday
  EXPECT_EQ(payment_deadline(monday, 4), CivilDate::from_ymd(2026, 11, 27));  // Friday
}

TEST(ScriptRendering, WritesJsonInCallOrder) {
  std::vector<MandatoryText> required = {
      mandatory(ScriptPart::kRecordingNotice, "Klic snemamo.", "GDPR art. 13")};
  auto out = rendered_script_to_json(render(script(), "sl", required));
  EXPECT_EQ(out["deadline"], "2026-12-01");
  EXPECT_EQ(out["parts"][0]["part"], "opening");
  EXPECT_EQ(out["parts"][1]["part"], "recording_notice");
  EXPECT_EQ(out["parts"][1]["lines"][0]["required_by"], "GDPR art. 13");
  EXPECT_FALSE(out["parts"][0]["lines"][0].contains("required_by"));
  EXPECT_TRUE(out["missing_facts"].empty());
}

}  // namespace
}  // namespace duecall::domain
