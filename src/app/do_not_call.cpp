#include "app/do_not_call.hpp"

#include <nlohmann/json.hpp>

#include "app/timeline_append.hpp"
#include "core/phone_number.hpp"

namespace duecall::app {
namespace {

Result<std::string> e164_of(std::string_view number_text) {
  auto number = PhoneNumber::parse(number_text, kDoNotCallDefaultRegion);
  if (!number.ok()) {
    return Error::invalid_argument("'" + std::string(number_text) +
                                   "' is not a valid phone number: " + number.error().message);
  }
  return number->e164();
}

// Appends the event to every case that has `e164` among its debtor's valid phones.
Result<std::int64_t> note_on_cases(StoreTransaction& transaction, const std::string& e164,
                                   std::string_view kind, Instant now, const std::string& actor,
                                   const nlohmann::json& payload) {
  std::int64_t noted = 0;
  for (CaseId id : TRY(transaction.cases_with_phone(e164))) {
    TRY(append_to_timeline(transaction, id, kind, now, actor, payload.dump()));
    ++noted;
  }
  return noted;
}

}  // namespace

Result<DoNotCallChange> add_to_do_not_call(Store& store, const Clock& clock,
                                           std::string_view number_text, std::string reason,
                                           std::string actor) {
  std::string e164 = TRY(e164_of(number_text));
  Instant now = clock.now();
  auto transaction = TRY(store.begin());
  if (TRY(transaction->find_do_not_call(e164))) {
    return Error::already_exists(e164 + " is already on the do-not-call list");
  }
  TRY(transaction->insert_do_not_call({.number = e164, .reason = reason, .added_at = now}));
  nlohmann::json payload = {{"number", e164}, {"reason", reason}};
  auto noted = TRY(
      note_on_cases(*transaction, e164, domain::event_kind::kDoNotCallAdded, now, actor, payload));
  TRY(transaction->commit());
  return DoNotCallChange{e164, noted};
}

Result<DoNotCallChange> remove_from_do_not_call(Store& store, const Clock& clock,
                                                std::string_view number_text, std::string actor) {
  std::string e164 = TRY(e164_of(number_text));
  Instant now = clock.now();
  auto transaction = TRY(store.begin());
  if (!TRY(transaction->delete_do_not_call(e164))) {
    return Error::not_found(e164 + " is not on the do-not-call list");
  }
  nlohmann::json payload = {{"number", e164}};
  auto noted = TRY(note_on_cases(*transaction, e164, domain::event_kind::kDoNotCallRemoved, now,
                                 actor, payload));
  TRY(transaction->commit());
  return DoNotCallChange{e164, noted};
}

Result<std::vector<DoNotCallEntry>> list_do_not_call(Store& store) {
  auto transaction = TRY(store.begin());
  auto entries = TRY(transaction->list_do_not_call());
  TRY(transaction->commit());
  return entries;
}

}  // namespace duecall::app
