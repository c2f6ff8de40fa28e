// Goal: call scripts on both real stores: saving adds versions and never rewrites one,
// saving an unchanged script stores nothing, unknown clients, steps, languages and
// placeholders are refused with messages that name them, and a script rendered for a claim
// carries the debtor's jurisdiction's mandatory texts in the script's language. Also: every
// shipped example script parses and renders with every fact known, and every mandatory
// text uses only catalogue placeholders.
//
// The clock is fixed at Monday 2026-11-23 10:00 UTC.
#include "app/call_scripts.hpp"

#include <gtest/gtest.h>

#include <set>

#include "adapters/clock/system_clock.hpp"
#include "app/clients.hpp"
#include "app/example_scripts.hpp"
#include "app/import_claims.hpp"
#include "app/strategies.hpp"
#include "compliance/disclosures.hpp"
#include "core/locale_formatter.hpp"
#include "domain/script_placeholders.hpp"
#include "strategy/default_strategy.hpp"
#include "support/test_store.hpp"

namespace duecall::app {
namespace {

using nlohmann::json;

constexpr const char* kClaims =
    "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
    "claim_type,currency,principal,fees,due_date,reminder_sent_on,time_zone\n"
    "A-1,D-1,person,Ana Kos,,+386 40 123 456,,Glavna 1,Kranj,SI,telecom,EUR,100.00,5.00,"
    "2026-11-01,,\n"
    "A-2,D-1,person,Ana Kos,,+386 40 123 456,,Glavna 1,Kranj,SI,telecom,EUR,50.00,,2026-11-02,,\n"
    "US-1,D-US,person,John Doe,,+1 201 555 0123,,,,US,telecom,EUR,90.00,,2026-11-02,,"
    "America/New_York\n";

std::string minimal_script(const std::string& opening = "Dober dan, tukaj {operator.name}.") {
  json document = {{"opening", opening},
                   {"identity_verification", "Ali je pri telefonu {debtor.name}?"},
                   {"debt_statement", "Odprti znesek je {case.total_due}."},
                   {"deadline", {{"days", 8}, {"text", "Rok plačila je {deadline}."}}},
                   {"solutions", {"Plačilo celotnega zneska."}},
                   {"closing", "Hvala in lep pozdrav."}};
  return document.dump();
}

class CallScriptsTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(add_client(store(), clock_,
                           {.code = "TEL", .name = "Telekom", .country = "SI", .currency = "EUR"})
                    .ok());
    auto report =
        import_claims(store(), clock_, kClaims, {.client_code = "TEL", .file_name = "scripts.csv"});
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_EQ(report->rejected, 0);
  }

  Result<SavedScript> save(const std::string& document, const std::string& step = "reminder_calls",
                           const std::string& language = "sl") {
    return save_call_script(store(), clock_, {"TEL", step, language}, document, "tester");
  }

  Result<RenderedCallScript> render(const std::string& claim, const std::string& language = "sl") {
    return render_call_script_for_claim(store(), clock_,
                                        {.key = {"TEL", "reminder_calls", language},
                                         .version = std::nullopt,
                                         .claim_ref = claim,
                                         .speaker = {.agency_name = "Izterjava d.o.o.",
                                                     .recording_retention_months = 24,
                                                     .operator_name = "Maja"}});
  }

  adapters::FixedClock clock_{parse_iso8601("2026-11-23T10:00:00Z").value()};
};

TEST_P(CallScriptsTest, SavingAddsVersionsAndShowFindsTheLatestOrAGivenOne) {
  auto first = save(minimal_script());
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_TRUE(first->created);
  EXPECT_EQ(first->record.version, 1);
  auto second = save(minimal_script("Pozdravljeni, tukaj {operator.name}."));
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(second->record.version, 2);

  auto latest = find_call_script(store(), {"TEL", "reminder_calls", "sl"}, std::nullopt);
  ASSERT_TRUE(latest.ok()) << latest.error().message;
  EXPECT_EQ(latest->record.version, 2);
  EXPECT_EQ(latest->record.saved_by, "tester");
  EXPECT_EQ(latest->record.saved_at, clock_.now());
  EXPECT_EQ(latest->script.opening[0].source(), "Pozdravljeni, tukaj {operator.name}.");
  auto older = find_call_script(store(), {"TEL", "reminder_calls", "sl"}, 1);
  ASSERT_TRUE(older.ok());
  EXPECT_EQ(older->script.opening[0].source(), "Dober dan, tukaj {operator.name}.");

  auto missing = find_call_script(store(), {"TEL", "reminder_calls", "sl"}, 3);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(missing.error().message,
            "client TEL has no version 3 of a script for step reminder_calls in sl");
  // Versions are per (client, step, language).
  auto english = find_call_script(store(), {"TEL", "reminder_calls", "en"}, std::nullopt);
  ASSERT_FALSE(english.ok());
  EXPECT_EQ(english.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(save(minimal_script(), "reminder_calls", "en")->record.version, 1);
  EXPECT_EQ(save(minimal_script(), "first_contact", "sl")->record.version, 1);
}

TEST_P(CallScriptsTest, SavingAnUnchangedScriptStoresNothing) {
  ASSERT_TRUE(save(minimal_script()).ok());
  // The same script written differently is the same canonical document.
  json reformatted = json::parse(minimal_script());
  reformatted["solutions"] = "Plačilo celotnega zneska.";
  auto again = save(reformatted.dump(4));
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_FALSE(again->created);
  EXPECT_EQ(again->record.version, 1);
}

TEST_P(CallScriptsTest, RefusesUnknownClientsStepsLanguagesAndPlaceholders) {
  auto client = save_call_script(store(), clock_, {"NOPE", "reminder_calls", "sl"},
                                 minimal_script(), "tester");
  ASSERT_FALSE(client.ok());
  EXPECT_EQ(client.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(client.error().message, "unknown client 'NOPE'");

  auto step = save(minimal_script(), "collect_harder");
  ASSERT_FALSE(step.ok());
  EXPECT_EQ(step.error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(step.error().message.starts_with(
      "client TEL's strategy has no step 'collect_harder' (steps: first_contact, reminder_calls"))
      << step.error().message;

  auto language = save(minimal_script(), "reminder_calls", "slovenian");
  ASSERT_FALSE(language.ok());
  EXPECT_EQ(language.error().code, ErrorCode::kInvalidArgument);

  auto placeholder = save(minimal_script("Dober dan, tukaj {operater.name}."));
  ASSERT_FALSE(placeholder.ok());
  EXPECT_EQ(placeholder.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(placeholder.error().message,
            "$.opening: unknown placeholder {operater.name}; did you mean {operator.name}?");
  // Nothing was stored by the refused saves.
  EXPECT_FALSE(find_call_script(store(), {"TEL", "reminder_calls", "sl"}, std::nullopt).ok());
}

TEST_P(CallScriptsTest, StepsComeFromEveryStoredVersionOfTheClientsStrategy) {
  EXPECT_FALSE(save(minimal_script(), "welcome_call", "sl").ok());
  std::string document(strategy::kDefaultStrategyJson);
  document.replace(document.find("\"intake_calls\""), 14, "\"welcome_call\"");
  ASSERT_TRUE(set_strategy(store(), clock_, {.client_code = "TEL", .document = document}).ok());
  auto saved = save(minimal_script(), "welcome_call", "sl");
  EXPECT_TRUE(saved.ok()) << saved.error().message;
  auto older = save(minimal_script(), "intake_calls", "sl");
  EXPECT_TRUE(older.ok()) << "cases under version 1 still work that step";
}

TEST_P(CallScriptsTest, AStoredVersionIsNeverWrittenTwice) {
  auto transaction = store().begin().value();
  CallScriptRecord record{.client_id = ClientId(1),
                          .step = "reminder_calls",
                          .language = "sl",
                          .version = 1,
                          .body = "{}",
                          .saved_at = clock_.now(),
                          .saved_by = "tester"};
  ASSERT_TRUE(transaction->insert_call_script(record).ok());
  record.body = "{\"other\": true}";
  auto twice = transaction->insert_call_script(record);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kConflict);
}

TEST_P(CallScriptsTest, AStoredScriptThatNoLongerParsesIsReportedAsDataLoss) {
  {
    auto transaction = store().begin().value();
    ASSERT_TRUE(transaction
                    ->insert_call_script({.client_id = ClientId(1),
                                          .step = "reminder_calls",
                                          .language = "sl",
                                          .version = 1,
                                          .body = "{\"opening\": \"{oops}\"}",
                                          .saved_at = clock_.now(),
                                          .saved_by = "tester"})
                    .ok());
    ASSERT_TRUE(transaction->commit().ok());
  }
  auto found = find_call_script(store(), {"TEL", "reminder_calls", "sl"}, std::nullopt);
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.error().code, ErrorCode::kDataLoss);
}

TEST_P(CallScriptsTest, RendersForAClaimWithTheDebtorsJurisdictionsTexts) {
  ASSERT_TRUE(save(minimal_script()).ok());
  auto slovenian = render("A-1");
  ASSERT_TRUE(slovenian.ok()) << slovenian.error().message;
  EXPECT_EQ(slovenian->jurisdiction, "SI");
  EXPECT_EQ(slovenian->debtor_ref, "D-1");
  EXPECT_EQ(slovenian->rendered.deadline, CivilDate::from_ymd(2026, 12, 1));
  EXPECT_TRUE(slovenian->rendered.missing_facts.empty());
  const auto& parts = slovenian->rendered.parts;
  ASSERT_GE(parts.size(), 2u);
  EXPECT_EQ(parts[0].lines[0].text, "Dober dan, tukaj Maja.");
  EXPECT_EQ(parts[1].part, domain::ScriptPart::kRecordingNotice);
  EXPECT_NE(parts[1].lines[0].text.find("rok hrambe je 24 mesecev"), std::string::npos);
  EXPECT_NE(parts[1].lines[0].text.find("Upravljavec osebnih podatkov je Izterjava d.o.o."),
            std::string::npos);
  bool total_said = false;
  for (const auto& part : parts) {
    for (const auto& line : part.lines) {
      total_said = total_said || line.text == "Odprti znesek je 155,00\u00a0€.";
    }
  }
  EXPECT_TRUE(total_said);

  // A debtor in the United States hears the mini-Miranda, in English.
  ASSERT_TRUE(save(minimal_script("Hello, this is {operator.name}."), "reminder_calls", "en").ok());
  auto american = render("US-1", "en");
  ASSERT_TRUE(american.ok()) << american.error().message;
  EXPECT_EQ(american->jurisdiction, "US");
  bool mini_miranda = false;
  for (const auto& part : american->rendered.parts) {
    for (const auto& line : part.lines) {
      mini_miranda = mini_miranda ||
                     line.text.find("This is an attempt to collect a debt") != std::string::npos;
    }
  }
  EXPECT_TRUE(mini_miranda);
  // ... and cannot be called with a Slovenian script: there are no US texts in Slovenian.
  auto mismatch = render("US-1", "sl");
  ASSERT_FALSE(mismatch.ok());
  EXPECT_EQ(mismatch.error().code, ErrorCode::kNotFound);
  auto unknown_claim = render("NOPE");
  ASSERT_FALSE(unknown_claim.ok());
  EXPECT_EQ(unknown_claim.error().code, ErrorCode::kNotFound);
}

INSTANTIATE_STORE_TESTS(CallScriptsTest);

// The example scripts render against a case in the default strategy's country.
domain::ScriptFacts example_facts() {
  auto eur = [](std::int64_t minor) { return Money(minor, Currency::parse("EUR").value()); };
  return {.debtor_name = "Ana Kos",
          .debtor_first_name = "Ana",
          .debtor_ref = "D-1",
          .client_name = "Telekom Slovenije d.d.",
          .total_due = eur(15500),
          .principal = eur(15000),
          .interest = eur(0),
          .fees = eur(500),
          .claim_refs = {"A-1", "A-2"},
          .oldest_due_date = CivilDate::from_ymd(2026, 11, 1),
          .today = CivilDate::from_ymd(2026, 11, 23),
          .agency_name = "Izterjava d.o.o.",
          .recording_retention_months = 24,
          .operator_name = "Maja",
          .min_instalment = eur(2000),
          .max_instalments = 6,
          .max_term_days = 180};
}

TEST(ExampleScripts, EveryOneParsesAndRendersWithEveryFactKnown) {
  ASSERT_FALSE(example_scripts().empty());
  for (const auto& example : example_scripts()) {
    SCOPED_TRACE(std::string(example.step) + "." + std::string(example.language));
    auto script = domain::CallScript::parse(example.document);
    ASSERT_TRUE(script.ok()) << script.error().message;
    auto mandatory = mandatory_texts("SI", example.language);
    ASSERT_TRUE(mandatory.ok()) << mandatory.error().message;
    auto format = LocaleFormatter::create(example.language);
    ASSERT_TRUE(format.ok());
    auto rendered = domain::render_call_script(*script, *mandatory, example_facts(), **format);
    EXPECT_TRUE(rendered.missing_facts.empty());
    for (const auto& part : rendered.parts) {
      for (const auto& line : part.lines) {
        EXPECT_EQ(line.text.find('{'), std::string::npos) << line.text;
        EXPECT_EQ(line.text.find('['), std::string::npos) << line.text;
      }
    }
    // The shipped scripts leave the recording notice to the jurisdiction's text.
    EXPECT_TRUE(script->recording_notice.empty());
    EXPECT_FALSE(script->objections.empty());
    EXPECT_FALSE(script->consequences.empty());
  }
}

TEST(ExampleScripts, EveryCallStepOfTheDefaultStrategyHasOneInSlovenianAndEnglish) {
  std::set<std::string> shipped;
  for (const auto& example : example_scripts()) {
    shipped.insert(std::string(example.step) + "." + std::string(example.language));
  }
  std::set<std::string> call_steps;
  for (const auto& segment : strategy::default_strategy().segments) {
    for (const auto& step : segment.steps) {
      if (step.channel == strategy::Channel::call) call_steps.insert(step.name);
    }
  }
  ASSERT_FALSE(call_steps.empty());
  for (const auto& step : call_steps) {
    EXPECT_TRUE(shipped.count(step + ".sl")) << step;
    EXPECT_TRUE(shipped.count(step + ".en")) << step;
  }
  EXPECT_EQ(shipped.size(), 2 * call_steps.size());
}

TEST(MandatoryTexts, UseOnlyCataloguePlaceholders) {
  for (const char* country : {"SI", "GB", "US", "BR"}) {
    for (const auto& language : compliance::disclosure_languages(country)) {
      SCOPED_TRACE(std::string(country) + " " + language);
      auto texts = mandatory_texts(country, language);
      ASSERT_TRUE(texts.ok()) << texts.error().message;
      for (const auto& text : *texts) {
        for (const auto& name : text.text.placeholders()) {
          EXPECT_TRUE(domain::find_placeholder(name).has_value()) << name;
        }
      }
    }
  }
}

}  // namespace
}  // namespace duecall::app
