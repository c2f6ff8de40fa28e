#include "app/screen_pop.hpp"

#include "core/locale_formatter.hpp"
#include "core/time_zone.hpp"
#include "domain/money_json.hpp"
#include "domain/solutions_sentence.hpp"

namespace duecall::app {
namespace {

using nlohmann::json;

std::string step_of(const CaseFile& file) {
  if (file.due_action) return file.due_action->step_name;
  return file.ladder_step;
}

Result<ScreenPopScript> script_for(StoreTransaction& transaction, const CaseFile& file,
                                   CivilDate today, const Speaker& speaker) {
  const std::string& client_language = file.client.policy.language;
  ScreenPopScript script{
      .step = step_of(file),
      .debtor_language = file.debtor.language.empty() ? client_language : file.debtor.language,
      .filled = std::nullopt,
      .note = ""};
  if (script.step.empty()) {
    script.note = "the case is on no ladder step yet (the strategy has not run for it)";
    return script;
  }
  auto stored =
      TRY(latest_call_script(transaction, file.client, script.step, script.debtor_language));
  if (!stored && client_language != script.debtor_language) {
    stored = TRY(latest_call_script(transaction, file.client, script.step, client_language));
    if (stored) {
      script.note = "no script in " + script.debtor_language + "; the client's language " +
                    client_language + " stands in";
    }
  }
  if (!stored) {
    std::string languages = script.debtor_language;
    if (client_language != script.debtor_language) languages += " or " + client_language;
    script.note = "client " + file.client.code + " has no script for step " + script.step + " in " +
                  languages;
    return script;
  }
  auto filled = render_call_script_for_case(std::move(*stored), file.debtor, file.claims_as_open(),
                                            today, speaker);
  if (!filled.ok()) {
    script.note = "the script cannot be filled: " + filled.error().message;
    return script;
  }
  script.filled = std::move(filled).value();
  return script;
}

Result<domain::Solutions> solutions_of(const CaseFile& file, CivilDate today) {
  const Currency currency = file.client.currency;
  Money balance = Money::zero(currency);
  Money interest = Money::zero(currency);
  for (const auto& claim : file.claims) {
    if (claim.status != domain::ClaimStatus::kOpen || !(claim.currency() == currency)) continue;
    const domain::Balance open = file.open_of(claim);
    balance = TRY(balance.plus(open.total()));
    interest = TRY(interest.plus(open.interest));
  }
  return domain::solutions_for(file.client.policy, balance, interest, today);
}

json solutions_json(const ScreenPop& pop) {
  const domain::Solutions& solutions = pop.solutions;
  json out = {{"balance", domain::money_to_json(solutions.balance)},
              {"full_payment", domain::money_to_json(solutions.balance)},
              {"promise", nullptr},
              {"plan", nullptr},
              {"settlement", nullptr},
              {"extension", nullptr},
              {"reduced_interest", nullptr},
              {"language", pop.solutions_language},
              {"text", pop.solutions_text}};
  if (const auto& promise = solutions.promise) {
    out["promise"] = {{"min_amount", domain::money_to_json(promise->min_amount)},
                      {"max_days", promise->max_days},
                      {"latest_date", promise->latest_date.to_string()}};
  }
  if (const auto& plan = solutions.plan) {
    out["plan"] = {{"max_instalments", plan->max_instalments},
                   {"min_instalment", domain::money_to_json(plan->min_instalment)},
                   {"max_term_days", plan->max_term_days},
                   {"latest_date", plan->latest_date.to_string()}};
  }
  if (const auto& settlement = solutions.settlement) {
    out["settlement"] = {{"floor_percent", domain::percent_text(settlement->floor_bp, "en")},
                         {"floor_basis_points", settlement->floor_bp},
                         {"min_amount", domain::money_to_json(settlement->min_amount)},
                         {"max_discount", domain::money_to_json(settlement->max_discount)}};
  }
  if (const auto& extension = solutions.extension) {
    out["extension"] = {{"max_days", extension->max_days},
                        {"latest_date", extension->latest_date.to_string()}};
  }
  if (const auto& reduced = solutions.reduced_interest) {
    out["reduced_interest"] = {{"min_interest", domain::money_to_json(reduced->min_interest)},
                               {"max_waiver", domain::money_to_json(reduced->max_waiver)}};
  }
  return out;
}

json script_json(const ScreenPopScript& script) {
  json out = {{"step", script.step.empty() ? json(nullptr) : json(script.step)},
              {"debtor_language", script.debtor_language},
              {"available", script.filled.has_value()},
              {"note", script.note.empty() ? json(nullptr) : json(script.note)}};
  if (!script.filled) return out;
  const RenderedCallScript& filled = *script.filled;
  out["language"] = filled.stored.record.language;
  out["version"] = filled.stored.record.version;
  out["jurisdiction"] = filled.jurisdiction;
  // Parts, deadline and missing facts exactly as `script show --claim --json` prints them.
  const nlohmann::ordered_json rendered = domain::rendered_script_to_json(filled.rendered);
  for (const auto& [key, value] : rendered.items()) out[key] = json::parse(value.dump());
  return out;
}

}  // namespace

Result<ScreenPop> show_case(Store& store, const Clock& clock, const ScreenPopRequest& request) {
  auto transaction = TRY(store.begin());
  CaseFile file = TRY(read_case_file(*transaction, request.client_code, request.ref));
  const CivilDate today = TRY(TimeZone::find(file.client.time_zone)).local_date(clock.now());
  ScreenPopScript script = TRY(script_for(*transaction, file, today, request.speaker));
  TRY(transaction->commit());

  domain::Solutions solutions = TRY(solutions_of(file, today));
  std::string language = file.client.policy.language;
  std::unique_ptr<LocaleFormatter> format;
  if (auto made = LocaleFormatter::create(language); made.ok()) {
    format = std::move(made).value();
  } else {
    // A policy language ICU cannot format is still a valid tag for scripts; say it in English.
    language = "en";
    format = TRY(LocaleFormatter::create(language));
  }
  std::string text = domain::solutions_sentence(solutions, language, *format);
  return ScreenPop{.file = std::move(file),
                   .today = today,
                   .script = std::move(script),
                   .solutions = std::move(solutions),
                   .solutions_language = std::move(language),
                   .solutions_text = std::move(text)};
}

json screen_pop_to_json(const ScreenPop& pop) {
  json out = case_file_to_json(pop.file);
  out["today"] = pop.today.to_string();
  out["script"] = script_json(pop.script);
  out["solutions"] = solutions_json(pop);
  return out;
}

}  // namespace duecall::app
