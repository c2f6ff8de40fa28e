#include "app/call_scripts.hpp"

#include <algorithm>

#include "app/case_file.hpp"
#include "compliance/disclosures.hpp"
#include "core/language_tag.hpp"
#include "core/locale_formatter.hpp"
#include "core/time_zone.hpp"
#include "strategy/default_strategy.hpp"
#include "strategy/strategy_json.hpp"

namespace duecall::app {
namespace {

std::string describe(const ScriptKey& key) {
  return key.client_code + "/" + key.step + "/" + key.language;
}

Status check_step(StoreTransaction& transaction, const domain::Client& client,
                  std::string_view step) {
  std::vector<std::string> steps = TRY(scriptable_steps(transaction, client));
  if (std::find(steps.begin(), steps.end(), step) != steps.end()) return Ok{};
  std::string known;
  for (const auto& name : steps) known += (known.empty() ? "" : ", ") + name;
  return Error::not_found("client " + client.code + "'s strategy has no step '" +
                          std::string(step) + "' (steps: " + known + ")");
}

// The client, checked to exist and to have the key's step; the language checked too.
Result<domain::Client> client_for(StoreTransaction& transaction, const ScriptKey& key) {
  TRY(check_language_tag(key.language));
  auto client = TRY(transaction.find_client(key.client_code));
  if (!client) return Error::not_found("unknown client '" + key.client_code + "'");
  TRY(check_step(transaction, *client, key.step));
  return std::move(*client);
}

Result<domain::CallScript> parse_stored(const CallScriptRecord& record, const ScriptKey& key) {
  auto script = domain::CallScript::parse(record.body);
  if (!script.ok()) {
    return Error::data_loss("stored script " + describe(key) + " version " +
                            std::to_string(record.version) +
                            " is no longer valid: " + script.error().message);
  }
  return std::move(script).value();
}

}  // namespace

Result<std::vector<std::string>> scriptable_steps(StoreTransaction& transaction,
                                                  const domain::Client& client) {
  std::vector<std::string> steps;
  auto add_steps = [&steps](const strategy::Strategy& strategy) {
    for (const auto& segment : strategy.segments) {
      for (const auto& step : segment.steps) {
        if (std::find(steps.begin(), steps.end(), step.name) == steps.end()) {
          steps.push_back(step.name);
        }
      }
    }
  };
  auto newest = TRY(transaction.find_strategy(client.id, std::nullopt));
  if (!newest) {
    // A client from before strategies were stored works under the default.
    add_steps(strategy::default_strategy());
    return steps;
  }
  // Cases keep the version they started under, so a step of any version may need a script.
  for (int version = 1; version <= newest->version; ++version) {
    auto stored = TRY(transaction.find_strategy(client.id, version));
    if (!stored) continue;
    auto parsed = strategy::strategy_from_json(stored->document);
    if (!parsed.ok()) return Error::data_loss("stored strategy: " + parsed.error().message);
    add_steps(*parsed);
  }
  return steps;
}

Result<std::vector<domain::MandatoryText>> mandatory_texts(std::string_view country,
                                                           std::string_view language) {
  std::vector<domain::MandatoryText> texts;
  for (const auto& disclosure : TRY(compliance::required_disclosures(country, language))) {
    auto text = domain::ScriptTemplate::parse(disclosure.text);
    // The texts are data compiled into duecall and checked by call_scripts_test.
    if (!text.ok()) {
      return Error::internal("disclosure " + disclosure.id + ": " + text.error().message);
    }
    texts.push_back({.part = disclosure.kind == compliance::DisclosureKind::kRecordingNotice
                                 ? domain::ScriptPart::kRecordingNotice
                                 : domain::ScriptPart::kDisclosures,
                     .text = std::move(text).value(),
                     .source = disclosure.source});
  }
  return texts;
}

Result<SavedScript> save_call_script(Store& store, const Clock& clock, const ScriptKey& key,
                                     std::string_view document, std::string_view actor) {
  if (document.size() > kMaxScriptDocumentBytes) {
    return Error::invalid_argument("the script is larger than " +
                                   std::to_string(kMaxScriptDocumentBytes / 1024) + " KiB");
  }
  domain::CallScript script = TRY(domain::CallScript::parse(document));
  std::string body = script.to_json().dump();
  auto transaction = TRY(store.begin());
  domain::Client client = TRY(client_for(*transaction, key));
  auto latest = TRY(transaction->find_call_script(client.id, key.step, key.language, std::nullopt));
  if (latest && latest->body == body) {
    TRY(transaction->commit());
    return SavedScript{std::move(*latest), false};
  }
  CallScriptRecord record{.client_id = client.id,
                          .step = key.step,
                          .language = key.language,
                          .version = latest ? latest->version + 1 : 1,
                          .body = std::move(body),
                          .saved_at = clock.now(),
                          .saved_by = std::string(actor)};
  TRY(transaction->insert_call_script(record));
  TRY(transaction->commit());
  return SavedScript{std::move(record), true};
}

Result<StoredScript> find_call_script(Store& store, const ScriptKey& key,
                                      std::optional<int> version) {
  auto transaction = TRY(store.begin());
  domain::Client client = TRY(client_for(*transaction, key));
  auto record = TRY(transaction->find_call_script(client.id, key.step, key.language, version));
  TRY(transaction->commit());
  if (!record) {
    std::string which = version ? "version " + std::to_string(*version) + " of a script" : "script";
    return Error::not_found("client " + key.client_code + " has no " + which + " for step " +
                            key.step + " in " + key.language);
  }
  auto script = TRY(parse_stored(*record, key));
  return StoredScript{std::move(client), std::move(*record), std::move(script)};
}

Result<std::vector<StoredScript>> list_call_scripts(Store& store, const std::string& client_code) {
  auto transaction = TRY(store.begin());
  auto client = TRY(transaction->find_client(client_code));
  if (!client) return Error::not_found("unknown client '" + client_code + "'");
  auto records = TRY(transaction->latest_call_scripts(client->id));
  TRY(transaction->commit());
  std::vector<StoredScript> scripts;
  for (auto& record : records) {
    const ScriptKey key{client->code, record.step, record.language};
    auto script = TRY(parse_stored(record, key));
    scripts.push_back({*client, std::move(record), std::move(script)});
  }
  return scripts;
}

Result<RenderedCallScript> render_call_script_for_claim(Store& store, const Clock& clock,
                                                        const ScriptForClaim& request) {
  StoredScript stored = TRY(find_call_script(store, request.key, request.version));
  CaseFile file = TRY(find_case_file(store, request.key.client_code, request.claim_ref));
  CivilDate today = TRY(TimeZone::find(file.client.time_zone)).local_date(clock.now());
  return render_call_script_for_case(std::move(stored), file.debtor, file.claims_as_open(), today,
                                     request.speaker);
}

Result<std::optional<StoredScript>> latest_call_script(StoreTransaction& transaction,
                                                       const domain::Client& client,
                                                       std::string_view step,
                                                       std::string_view language) {
  auto record = TRY(transaction.find_call_script(client.id, step, language, std::nullopt));
  if (!record) return std::optional<StoredScript>();
  const ScriptKey key{client.code, std::string(step), std::string(language)};
  auto script = TRY(parse_stored(*record, key));
  return std::optional<StoredScript>(StoredScript{client, std::move(*record), std::move(script)});
}

Result<RenderedCallScript> render_call_script_for_case(StoredScript stored,
                                                       const domain::Debtor& debtor,
                                                       const std::vector<domain::Claim>& claims,
                                                       CivilDate today, const Speaker& speaker) {
  const domain::Client& client = stored.client;
  const std::string& language = stored.record.language;
  std::string country = debtor.country.empty() ? client.country : debtor.country;
  auto mandatory = TRY(mandatory_texts(country, language));
  auto format = TRY(LocaleFormatter::create(language));
  domain::ScriptFacts facts = TRY(domain::case_script_facts(client, debtor, claims, today));
  facts.agency_name = speaker.agency_name;
  facts.recording_retention_months = speaker.recording_retention_months;
  facts.operator_name = speaker.operator_name;
  auto rendered = domain::render_call_script(stored.script, mandatory, facts, *format);
  return RenderedCallScript{std::move(stored), debtor.ref, country, std::move(rendered)};
}

}  // namespace duecall::app
