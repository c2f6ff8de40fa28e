// Goal: a call script document is read exactly as docs/scripts.md describes: every part in
// place, lines given as a string or a list, and every malformed document refused with the
// JSON path of the problem; above all, an unknown placeholder is refused naming the part
// and the placeholder (with the likely intended one). The canonical form survives
// to_json() -> from_json() unchanged.
//
// Method: a minimal valid script, changed one key at a time.
#include "domain/call_script.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

using nlohmann::json;

json minimal() {
  return {{"opening", "Dober dan, tukaj {operator.name} iz družbe {agency.name}."},
          {"identity_verification", "Ali je pri telefonu {debtor.name}?"},
          {"debt_statement", "Odprti znesek je {case.total_due}."},
          {"deadline", {{"days", 8}, {"text", "Rok plačila je {deadline}."}}},
          {"solutions", {"Plačilo celotnega zneska."}},
          {"closing", "Hvala in lep pozdrav."}};
}

::testing::AssertionResult RefusedWith(const json& document, std::string_view message) {
  auto parsed = CallScript::from_json(document);
  if (parsed.ok()) return ::testing::AssertionFailure() << "accepted, expected " << message;
  if (parsed.error().code != ErrorCode::kInvalidArgument || parsed.error().message != message) {
    return ::testing::AssertionFailure()
           << "refused with '" << parsed.error().message << "', expected '" << message << "'";
  }
  return ::testing::AssertionSuccess();
}

TEST(CallScript, ReadsAMinimalScript) {
  auto script = CallScript::from_json(minimal());
  ASSERT_TRUE(script.ok()) << script.error().message;
  EXPECT_EQ(script->deadline_days, 8);
  ASSERT_EQ(script->opening.size(), 1u);
  EXPECT_EQ(script->opening[0].source(),
            "Dober dan, tukaj {operator.name} iz družbe {agency.name}.");
  EXPECT_TRUE(script->recording_notice.empty());
  EXPECT_TRUE(script->disclosures.empty());
  EXPECT_TRUE(script->objections.empty());
}

TEST(CallScript, ReadsEveryPartAndObjectionsWithTheirResponses) {
  json document = minimal();
  document["description"] = "for authors only";
  document["recording_notice"] = {"Klic snemamo."};
  document["disclosures"] = "Naša družba se ukvarja z izterjavo terjatev.";
  document["creditor_contacts"] = {"Upnik {client.name}."};
  document["objections"] = {{{"objection", "Dolg sem že plačal(a)."},
                             {"responses", {"Kdaj ste plačali?", "Preverili bomo."}}},
                            {{"objection", "Nimam denarja."}, {"responses", "Poiščiva rešitev."}}};
  document["consequences"] = {"Upnik lahko dolg terja po sodni poti."};
  auto script = CallScript::from_json(document);
  ASSERT_TRUE(script.ok()) << script.error().message;
  EXPECT_EQ(script->description, "for authors only");
  ASSERT_EQ(script->objections.size(), 2u);
  EXPECT_EQ(script->objections[0].responses.size(), 2u);
  EXPECT_EQ(script->objections[1].responses[0].source(), "Poiščiva rešitev.");
  EXPECT_EQ(script->passage(ScriptPart::kDisclosures).size(), 1u);
  EXPECT_EQ(script->passage(ScriptPart::kConsequences).size(), 1u);
}

TEST(CallScript, RefusesAnUnknownPlaceholderNamingThePartAndThePlaceholder) {
  json document = minimal();
  document["objections"] = {
      {{"objection", "Nimam denarja."},
       {"responses", {"Razumem.", "Najnižji obrok je {policy.min_instalmnet}."}}}};
  EXPECT_TRUE(RefusedWith(document,
                          "$.objections[0].responses[1]: unknown placeholder "
                          "{policy.min_instalmnet}; did you mean {policy.min_instalment}?"));
  document = minimal();
  document["debt_statement"] = {"Dolg znaša {case.total_due}.", "Sklic {claims.reference}."};
  EXPECT_TRUE(RefusedWith(document,
                          "$.debt_statement[1]: unknown placeholder {claims.reference} (the known "
                          "ones are listed in docs/scripts.md)"));
  document = minimal();
  document["deadline"]["text"] = "Rok je {dedline}.";
  EXPECT_TRUE(RefusedWith(
      document, "$.deadline.text: unknown placeholder {dedline}; did you mean {deadline}?"));
}

TEST(CallScript, RefusesATemplateSyntaxErrorWithItsPath) {
  json document = minimal();
  document["closing"] = {"Hvala.", "Lep pozdrav {debtor.name"};
  EXPECT_TRUE(RefusedWith(document,
                          "$.closing[1]: '{' at character 13 is not closed (write '{{' "
                          "for a brace)"));
}

TEST(CallScript, RefusesMissingRequiredParts) {
  for (const char* part :
       {"opening", "identity_verification", "debt_statement", "deadline", "solutions", "closing"}) {
    json document = minimal();
    document.erase(part);
    EXPECT_TRUE(RefusedWith(document, "$." + std::string(part) + ": is required")) << part;
  }
  json empty_solutions = minimal();
  empty_solutions["solutions"] = json::array();
  EXPECT_TRUE(RefusedWith(empty_solutions, "$.solutions: must have at least one line"));
}

TEST(CallScript, RefusesMalformedParts) {
  json document = minimal();
  document["greeting"] = "Živjo";
  EXPECT_TRUE(RefusedWith(document, "$.greeting: unknown part"));
  document = minimal();
  document["opening"] = 5;
  EXPECT_TRUE(RefusedWith(document, "$.opening: must be a string or an array of strings"));
  document = minimal();
  document["opening"] = {"Dober dan.", ""};
  EXPECT_TRUE(RefusedWith(document, "$.opening[1]: must not be empty"));
  document = minimal();
  document["opening"] = {"Dober dan.", 7};
  EXPECT_TRUE(RefusedWith(document, "$.opening[1]: must be a string"));
  EXPECT_TRUE(RefusedWith(json::array(), "$: a call script must be a JSON object"));
}

TEST(CallScript, RefusesMalformedObjections) {
  json document = minimal();
  document["objections"] = {{{"objection", "Nimam denarja."}}};
  EXPECT_TRUE(RefusedWith(document, "$.objections[0].responses: is required"));
  document["objections"] = {{{"objection", "Nimam denarja."}, {"responses", json::array()}}};
  EXPECT_TRUE(RefusedWith(document, "$.objections[0].responses: must have at least one response"));
  document["objections"] = {{{"objection", "X"}, {"responses", "Y"}, {"note", "Z"}}};
  EXPECT_TRUE(RefusedWith(document, "$.objections[0].note: unknown key"));
  document["objections"] = {"Nimam denarja."};
  EXPECT_TRUE(RefusedWith(
      document, "$.objections[0]: must be an object with \"objection\" and \"responses\""));
  document["objections"] = "Nimam denarja.";
  EXPECT_TRUE(RefusedWith(document, "$.objections: must be an array"));
}

TEST(CallScript, KeepsTheDeadlineWithinItsRange) {
  json document = minimal();
  document["deadline"]["days"] = 1;
  EXPECT_TRUE(CallScript::from_json(document).ok());
  document["deadline"]["days"] = kMaxDeadlineDays;
  EXPECT_TRUE(CallScript::from_json(document).ok());
  document["deadline"]["days"] = 0;
  EXPECT_TRUE(RefusedWith(document, "$.deadline.days: must be between 1 and 90"));
  document["deadline"]["days"] = kMaxDeadlineDays + 1;
  EXPECT_TRUE(RefusedWith(document, "$.deadline.days: must be between 1 and 90"));
  document["deadline"]["days"] = "8";
  EXPECT_TRUE(RefusedWith(document, "$.deadline.days: must be a whole number"));
  document["deadline"] = "Rok je {deadline}.";
  EXPECT_TRUE(RefusedWith(document, "$.deadline: must be an object with \"days\" and \"text\""));
  document["deadline"] = {{"days", 8}};
  EXPECT_TRUE(RefusedWith(document, "$.deadline.text: is required"));
}

TEST(CallScript, BoundsTheSizeOfItsParts) {
  json document = minimal();
  document["solutions"] = json(std::vector<std::string>(kMaxLinesPerPart + 1, "Plačilo."));
  EXPECT_TRUE(RefusedWith(document, "$.solutions: has more than 40 lines"));
  document = minimal();
  document["closing"] = std::string(kMaxLineCharacters + 1, 'a');
  EXPECT_TRUE(RefusedWith(document, "$.closing: is longer than 2000 bytes"));
}

TEST(CallScript, ReadsTextAndRefusesWhatIsNotJson) {
  EXPECT_TRUE(CallScript::parse(minimal().dump()).ok());
  auto broken = CallScript::parse("{\"opening\": ");
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.error().message, "$: the script is not valid JSON");
}

TEST(CallScript, CanonicalFormRoundTripsInCallOrder) {
  json document = minimal();
  document["objections"] = {{{"objection", "Nimam denarja."}, {"responses", "Poiščiva rešitev."}}};
  document["recording_notice"] = "Klic snemamo.";
  auto script = CallScript::from_json(document).value();
  auto canonical = script.to_json();
  std::vector<std::string> keys;
  for (const auto& [key, value] : canonical.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"opening", "recording_notice", "identity_verification",
                                            "debt_statement", "deadline", "objections", "solutions",
                                            "closing"}));
  EXPECT_EQ(
      canonical["opening"],
      nlohmann::ordered_json::array({"Dober dan, tukaj {operator.name} iz družbe {agency.name}."}));
  auto again = CallScript::parse(canonical.dump());
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->to_json(), canonical);
}

}  // namespace
}  // namespace duecall::domain
