// Strategy documents: a valid one is read field by field, and each validation rule refuses
// a document that breaks it with the JSON path of the offending value and the reason. The
// method: start from one valid document, break exactly one thing, check the message.
#include "strategy/strategy_json.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>

namespace duecall::strategy {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::StartsWith;

json valid_document() {
  return json::parse(R"({
    "strategy": "acme", "version": 3, "reminder_fallback_days": 7,
    "segments": [
      {"name": "big_companies",
       "when": {"claim_types": ["lease", "loan"], "debtor": "company",
                "balance": {"currency": "EUR", "at_least": 100000, "at_most": 5000000},
                "days_past_due": {"at_least": 0, "at_most": 90}},
       "resume_at": "calls",
       "steps": [
         {"name": "first", "channel": "call", "earliest": {"from": "intake"},
          "latest": {"from": "intake", "hours": 24}, "attempts": 1},
         {"name": "calls", "channel": "call", "earliest": {"from": "reminder", "days": 4},
          "latest": {"from": "reminder", "days": 10}, "attempts": 3, "spacing_hours": 24,
          "on_exhaustion": "notice"},
         {"name": "sms", "channel": "sms", "earliest": {"from": "previous_step"}, "attempts": 1},
         {"name": "notice", "channel": "notice", "earliest": {"from": "due_date", "days": 30},
          "attempts": 1},
         {"name": "court", "channel": "judicial", "earliest": {"from": "previous_step", "days": 20},
          "attempts": 1}
       ]},
      {"name": "rest", "when": {"claim_types": "any", "debtor": "any"},
       "steps": [{"name": "letter", "channel": "letter", "earliest": {"from": "intake"},
                  "attempts": 1, "on_exhaustion": "return_to_client"}]}
    ]})");
}

std::string refusal(const json& document) {
  auto parsed = strategy_from_json(document.dump());
  EXPECT_FALSE(parsed.ok());
  return parsed.ok() ? std::string() : parsed.error().message;
}

TEST(StrategyJson, AValidDocumentIsReadFieldByField) {
  auto parsed = strategy_from_json(valid_document().dump());
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  const Strategy& strategy = *parsed;
  EXPECT_EQ(strategy.id, "acme");
  EXPECT_EQ(strategy.version, 3);
  EXPECT_EQ(strategy.reminder_fallback_days, 7);
  ASSERT_EQ(strategy.segments.size(), 2u);
  const Segment& first = strategy.segments[0];
  EXPECT_EQ(first.name, "big_companies");
  EXPECT_EQ(*first.when.claim_types, (std::vector<std::string>{"lease", "loan"}));
  EXPECT_EQ(first.when.debtor, domain::DebtorKind::kCompany);
  EXPECT_EQ(first.when.balance->currency.code(), "EUR");
  EXPECT_EQ(first.when.balance->at_least, 100000);
  EXPECT_EQ(first.when.balance->at_most, 5000000);
  EXPECT_EQ(first.when.days_past_due->at_least, 0);
  EXPECT_EQ(first.when.days_past_due->at_most, 90);
  EXPECT_EQ(first.resume_at, 1u);
  ASSERT_EQ(first.steps.size(), 5u);
  EXPECT_EQ(first.steps[0].latest, (Offset{Anchor::intake, 0, 24}));
  EXPECT_EQ(first.steps[1].earliest, (Offset{Anchor::reminder, 4, 0}));
  EXPECT_EQ(first.steps[1].attempts, 3);
  EXPECT_EQ(first.steps[1].spacing_hours, 24);
  EXPECT_EQ(first.steps[1].on_exhaustion, (Exhaustion{Exhaustion::Kind::named_step, 3}));
  EXPECT_EQ(first.steps[2].on_exhaustion, (Exhaustion{Exhaustion::Kind::next_step, 3}));
  EXPECT_EQ(first.steps[3].earliest, (Offset{Anchor::due_date, 30, 0}));
  EXPECT_EQ(first.steps[4].channel, Channel::judicial);
  EXPECT_TRUE(strategy.segments[1].when.is_catch_all());
  EXPECT_EQ(strategy.segments[1].steps[0].on_exhaustion.kind, Exhaustion::Kind::return_to_client);
}

TEST(StrategyJson, TheReminderFallbackDefaultsToFourteenDays) {
  json document = valid_document();
  document.erase("reminder_fallback_days");
  EXPECT_EQ(strategy_from_json(document.dump())->reminder_fallback_days, 14);
}

TEST(StrategyJson, TextThatIsNotJsonIsRefused) {
  auto parsed = strategy_from_json("{\"strategy\": ");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(parsed.error().message, "$: is not valid JSON");
}

TEST(StrategyJson, AnUnknownChannelIsRefusedWithItsPath) {
  json document = valid_document();
  document["segments"][0]["steps"][2]["channel"] = "fax";
  EXPECT_THAT(refusal(document),
              StartsWith("$.segments[0].steps[2].channel: 'fax' is not a channel"));
}

TEST(StrategyJson, AnUnknownFieldIsRefusedSoThatTyposAreNoticed) {
  json document = valid_document();
  document["segments"][0]["steps"][1]["atempts"] = 3;
  EXPECT_EQ(refusal(document), "$.segments[0].steps[1].atempts: is not a known field");
}

TEST(StrategyJson, MissingRequiredFieldsAreNamed) {
  for (const auto& [pointer, path] : std::vector<std::pair<std::string, std::string>>{
           {"/strategy", "$.strategy"},
           {"/version", "$.version"},
           {"/segments", "$.segments"},
           {"/segments/0/name", "$.segments[0].name"},
           {"/segments/0/steps", "$.segments[0].steps"},
           {"/segments/0/steps/1/name", "$.segments[0].steps[1].name"},
           {"/segments/0/steps/1/channel", "$.segments[0].steps[1].channel"},
           {"/segments/0/steps/1/earliest", "$.segments[0].steps[1].earliest"},
           {"/segments/0/steps/1/attempts", "$.segments[0].steps[1].attempts"},
           {"/segments/0/steps/1/earliest/from", "$.segments[0].steps[1].earliest.from"},
           {"/segments/0/when/balance/currency", "$.segments[0].when.balance.currency"}}) {
    json document = valid_document();
    const json::json_pointer target(pointer);
    document[target.parent_pointer()].erase(target.back());
    EXPECT_EQ(refusal(document), path + ": is missing") << pointer;
  }
}

TEST(StrategyJson, WrongTypesAreRefused) {
  json document = valid_document();
  document["version"] = "3";
  EXPECT_EQ(refusal(document), "$.version: must be an integer");
  document = valid_document();
  document["segments"][1]["steps"][0]["name"] = 7;
  EXPECT_EQ(refusal(document), "$.segments[1].steps[0].name: must be a string");
  document = valid_document();
  document["segments"][0]["steps"][0] = "first";
  EXPECT_EQ(refusal(document), "$.segments[0].steps[0]: must be an object");
  document = valid_document();
  document["segments"] = json::array();
  EXPECT_EQ(refusal(document), "$.segments: must be a non-empty array");
  document = valid_document();
  document["segments"][0]["steps"] = json::array();
  EXPECT_EQ(refusal(document), "$.segments[0].steps: must be a non-empty array");
  EXPECT_EQ(refusal(json::array()), "$: must be an object");
}

TEST(StrategyJson, AVersionBelowOneIsRefused) {
  json document = valid_document();
  document["version"] = 0;
  EXPECT_THAT(refusal(document), StartsWith("$.version: must be between 1 and"));
}

TEST(StrategyJson, AStrategyWithoutACatchAllIsRefused) {
  json document = valid_document();
  document["segments"].erase(1);
  EXPECT_THAT(refusal(document), StartsWith("$.segments: the last segment must be a catch-all"));
}

TEST(StrategyJson, ACatchAllThatHidesLaterSegmentsIsRefused) {
  json document = valid_document();
  // [rest (catch-all), big_companies, rest_again (catch-all)]
  document["segments"] = {document["segments"][1], document["segments"][0],
                          document["segments"][1]};
  document["segments"][2]["name"] = "rest_again";
  EXPECT_EQ(refusal(document),
            "$.segments[1]: is never chosen: $.segments[0] before it matches every case");
}

TEST(StrategyJson, WhenWithOnlyAnyIsACatchAll) {
  json document = valid_document();
  document["segments"][1]["when"] = {{"claim_types", "any"}, {"debtor", "any"}};
  EXPECT_TRUE(strategy_from_json(document.dump()).ok());
}

TEST(StrategyJson, DuplicateNamesAreRefused) {
  json document = valid_document();
  document["segments"][1]["name"] = "big_companies";
  EXPECT_EQ(refusal(document), "$.segments[1].name: 'big_companies' names an earlier segment too");
  document = valid_document();
  document["segments"][0]["steps"][2]["name"] = "calls";
  EXPECT_EQ(refusal(document), "$.segments[0].steps[2].name: 'calls' names an earlier step too");
}

TEST(StrategyJson, AnUnknownAnchorIsRefused) {
  json document = valid_document();
  document["segments"][0]["steps"][1]["earliest"]["from"] = "payday";
  EXPECT_THAT(refusal(document),
              StartsWith("$.segments[0].steps[1].earliest.from: 'payday' is not an anchor"));
}

TEST(StrategyJson, OffsetsOutOfRangeAreRefused) {
  json document = valid_document();
  document["segments"][0]["steps"][1]["earliest"]["days"] = 4000;
  EXPECT_EQ(refusal(document),
            "$.segments[0].steps[1].earliest.days: must be between -3650 and 3650");
  document = valid_document();
  document["segments"][0]["steps"][1]["earliest"]["hours"] = 1.5;
  EXPECT_EQ(refusal(document), "$.segments[0].steps[1].earliest.hours: must be an integer");
}

TEST(StrategyJson, ALatestNotAfterTheEarliestFromTheSameAnchorIsRefused) {
  json document = valid_document();
  document["segments"][0]["steps"][1]["latest"]["days"] = 4;
  EXPECT_EQ(refusal(document),
            "$.segments[0].steps[1].latest: must be later than earliest (reminder + 4 days)");
  document["segments"][0]["steps"][1]["latest"]["hours"] = 1;
  EXPECT_TRUE(strategy_from_json(document.dump()).ok());
}

TEST(StrategyJson, ALatestFromAnotherAnchorIsNotCompared) {
  json document = valid_document();
  document["segments"][0]["steps"][1]["latest"] = {{"from", "intake"}, {"days", 1}};
  EXPECT_TRUE(strategy_from_json(document.dump()).ok());
}

TEST(StrategyJson, AttemptsMustBeBetweenOneAndOneHundred) {
  json document = valid_document();
  document["segments"][0]["steps"][0]["attempts"] = 0;
  EXPECT_EQ(refusal(document), "$.segments[0].steps[0].attempts: must be between 1 and 100");
  document["segments"][0]["steps"][0]["attempts"] = 101;
  EXPECT_EQ(refusal(document), "$.segments[0].steps[0].attempts: must be between 1 and 100");
}

TEST(StrategyJson, SeveralAttemptsNeedASpacing) {
  json document = valid_document();
  document["segments"][0]["steps"][1].erase("spacing_hours");
  EXPECT_EQ(refusal(document),
            "$.segments[0].steps[1].spacing_hours: must be at least 1 when a step has several "
            "attempts");
  document["segments"][0]["steps"][1]["spacing_hours"] = -1;
  EXPECT_EQ(refusal(document), "$.segments[0].steps[1].spacing_hours: must be between 0 and 8760");
}

TEST(StrategyJson, ExhaustionToAnUnknownStepIsRefused) {
  json document = valid_document();
  document["segments"][0]["steps"][1]["on_exhaustion"] = "nowhere";
  EXPECT_EQ(refusal(document),
            "$.segments[0].steps[1].on_exhaustion: 'nowhere' is neither next, return_to_client "
            "nor a step of this segment");
}

TEST(StrategyJson, ExhaustionToAnEarlierStepIsRefused) {
  json document = valid_document();
  document["segments"][0]["steps"][2]["on_exhaustion"] = "first";
  EXPECT_EQ(refusal(document),
            "$.segments[0].steps[2].on_exhaustion: 'first' is not later than this step; a case "
            "never moves back");
}

TEST(StrategyJson, ExhaustionToTheSameStepIsRefused) {
  json document = valid_document();
  document["segments"][0]["steps"][2]["on_exhaustion"] = "sms";
  EXPECT_THAT(refusal(document), HasSubstr("'sms' is not later than this step"));
}

TEST(StrategyJson, ExhaustionNamesNextExplicitly) {
  json document = valid_document();
  document["segments"][0]["steps"][2]["on_exhaustion"] = "next";
  auto parsed = strategy_from_json(document.dump());
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->segments[0].steps[2].on_exhaustion,
            (Exhaustion{Exhaustion::Kind::next_step, 3}));
}

TEST(StrategyJson, ALastStepThatExhaustsToNextIsRefused) {
  json document = valid_document();
  document["segments"][1]["steps"][0].erase("on_exhaustion");
  EXPECT_EQ(refusal(document),
            "$.segments[1].steps[0].on_exhaustion: the last step has no next step; say "
            "return_to_client or end with judicial");
}

TEST(StrategyJson, AJudicialStepMustBeLast) {
  json document = valid_document();
  document["segments"][0]["steps"][2]["channel"] = "judicial";
  EXPECT_EQ(refusal(document),
            "$.segments[0].steps[2].channel: a judicial handover is terminal; it must be the "
            "last step");
}

TEST(StrategyJson, AJudicialStepHasNoExhaustionNoDeadlineAndOneAttempt) {
  json document = valid_document();
  document["segments"][0]["steps"][4]["on_exhaustion"] = "return_to_client";
  EXPECT_EQ(refusal(document),
            "$.segments[0].steps[4].on_exhaustion: a judicial handover is terminal; remove it");
  document = valid_document();
  document["segments"][0]["steps"][4]["latest"] = {{"from", "previous_step"}, {"days", 40}};
  EXPECT_EQ(refusal(document),
            "$.segments[0].steps[4].latest: a judicial handover has no deadline");
  document = valid_document();
  document["segments"][0]["steps"][4]["attempts"] = 2;
  document["segments"][0]["steps"][4]["spacing_hours"] = 2;
  EXPECT_EQ(refusal(document), "$.segments[0].steps[4].attempts: a judicial handover happens once");
}

TEST(StrategyJson, ResumeAtMustNameAStep) {
  json document = valid_document();
  document["segments"][0]["resume_at"] = "later";
  EXPECT_EQ(refusal(document), "$.segments[0].resume_at: 'later' is not a step of this segment");
}

TEST(StrategyJson, BadCriteriaAreRefusedWithTheirPath) {
  json document = valid_document();
  document["segments"][0]["when"]["debtor"] = "robot";
  EXPECT_EQ(refusal(document),
            "$.segments[0].when.debtor: 'robot' is not a debtor type (person, company, any)");
  document = valid_document();
  document["segments"][0]["when"]["claim_types"] = json::array();
  EXPECT_EQ(refusal(document),
            "$.segments[0].when.claim_types: must be \"any\" or a non-empty array of claim types");
  document = valid_document();
  document["segments"][0]["when"]["claim_types"][1] = "";
  EXPECT_EQ(refusal(document), "$.segments[0].when.claim_types[1]: must not be empty");
  document = valid_document();
  document["segments"][0]["when"]["balance"]["currency"] = "XYZ";
  EXPECT_THAT(refusal(document), StartsWith("$.segments[0].when.balance.currency: "));
  document = valid_document();
  document["segments"][0]["when"]["balance"]["at_least"] = -1;
  EXPECT_THAT(refusal(document),
              StartsWith("$.segments[0].when.balance.at_least: must be between 0"));
  document = valid_document();
  document["segments"][0]["when"]["balance"]["at_most"] = 99999;
  EXPECT_EQ(refusal(document), "$.segments[0].when.balance.at_most: must not be below at_least");
  document = valid_document();
  document["segments"][0]["when"]["days_past_due"]["at_least"] = 91;
  EXPECT_EQ(refusal(document),
            "$.segments[0].when.days_past_due.at_most: must not be below at_least");
  document = valid_document();
  document["segments"][0]["when"]["colour"] = "red";
  EXPECT_EQ(refusal(document), "$.segments[0].when.colour: is not a known field");
}

TEST(StrategyJson, TheReminderFallbackMustBeWithinAYear) {
  json document = valid_document();
  document["reminder_fallback_days"] = 366;
  EXPECT_EQ(refusal(document), "$.reminder_fallback_days: must be between 0 and 365");
}

TEST(StrategyJson, ABalanceBoundAboveInt64IsRefused) {
  std::string text = valid_document().dump();
  const std::string bound = "\"at_most\":5000000";
  text.replace(text.find(bound), bound.size(), "\"at_most\":18446744073709551615");
  auto parsed = strategy_from_json(text);
  ASSERT_FALSE(parsed.ok());
  EXPECT_THAT(parsed.error().message, StartsWith("$.segments[0].when.balance.at_most: must be"));
}

// The JSON Schema in docs/ is for editors and reviewers; it must not drift from the parser.
TEST(StrategyJson, TheSchemaListsTheSameChannelsAndAnchorsAsTheCode) {
  std::ifstream file(std::string(DUECALL_SOURCE_PATH) + "/docs/strategy.schema.json");
  ASSERT_TRUE(file.good());
  const json schema = json::parse(file);
  EXPECT_EQ(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
  std::vector<std::string> channels;
  for (Channel channel : kAllChannels) channels.emplace_back(channel_name(channel));
  EXPECT_EQ(schema["$defs"]["step"]["properties"]["channel"]["enum"], json(channels));
  std::vector<std::string> anchors;
  for (Anchor anchor : kAllAnchors) anchors.emplace_back(anchor_name(anchor));
  EXPECT_EQ(schema["$defs"]["offset"]["properties"]["from"]["enum"], json(anchors));
}

}  // namespace
}  // namespace duecall::strategy
