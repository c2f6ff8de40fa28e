#include "app/strategies.hpp"

#include <nlohmann/json.hpp>

#include "app/case_target.hpp"
#include "app/timeline_append.hpp"
#include "core/json_text.hpp"
#include "core/sha256.hpp"
#include "strategy/default_strategy.hpp"
#include "strategy/strategy_json.hpp"

namespace duecall::app {
namespace {

Result<domain::Client> client_named(StoreTransaction& transaction, const std::string& code) {
  auto client = TRY(transaction.find_client(code));
  if (!client) return Error::not_found("no client with code " + code);
  return std::move(*client);
}

// The document with its "version" field set to `version`, keys in their original order.
Result<std::string> with_version(std::string_view document, int version) {
  auto json = nlohmann::ordered_json::parse(document, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    return Error::invalid_argument("$: the strategy is not a JSON object");
  }
  json["version"] = version;
  return json.dump(2) + "\n";
}

StoredStrategy make_stored(ClientId client, int version, std::string document, Instant now,
                           std::string_view actor) {
  std::string digest = to_hex(Sha256::of(document));
  return {.client_id = client,
          .version = version,
          .document = std::move(document),
          .sha256 = std::move(digest),
          .created_at = now,
          .created_by = std::string(actor)};
}

}  // namespace

Result<StoredStrategy> ensure_client_strategy(StoreTransaction& transaction, ClientId client,
                                              Instant now, std::string_view actor) {
  if (auto newest = TRY(transaction.find_strategy(client, std::nullopt))) return *newest;
  StoredStrategy stored = make_stored(
      client, 1, TRY(with_version(strategy::kDefaultStrategyJson, 1)), now, actor);
  TRY(transaction.insert_strategy(stored));
  return stored;
}

Result<StoredStrategy> set_strategy(Store& store, const Clock& clock,
                                    const StrategySetInput& input) {
  // Refuse a bad document before touching the store, with the path of the first problem.
  TRY(strategy::strategy_from_json(input.document));
  Instant now = clock.now();
  auto transaction = TRY(store.begin());
  domain::Client client = TRY(client_named(*transaction, input.client_code));
  StoredStrategy newest = TRY(ensure_client_strategy(*transaction, client.id, now, "system"));
  int version = newest.version + 1;
  std::string document = TRY(with_version(input.document, version));
  TRY(strategy::strategy_from_json(document));
  StoredStrategy stored = make_stored(client.id, version, std::move(document), now, input.actor);
  TRY(transaction->insert_strategy(stored));
  TRY(transaction->commit());
  return stored;
}

Result<StrategyShown> show_strategy(Store& store, const std::string& client_code,
                                    std::optional<int> version) {
  auto transaction = TRY(store.begin());
  domain::Client client = TRY(client_named(*transaction, client_code));
  auto found = TRY(transaction->find_strategy(client.id, version));
  bool has_any = found.has_value();
  if (!has_any) has_any = TRY(transaction->find_strategy(client.id, std::nullopt)).has_value();
  TRY(transaction->commit());
  if (found) return StrategyShown{std::move(*found), true};
  if (has_any || (version && *version != 1)) {
    return Error::not_found("client " + client_code + " has no strategy version " +
                            std::to_string(version.value_or(1)));
  }
  // A client from before strategies were stored: its strategy is the default until the
  // strategy run or `strategy set` stores it.
  return StrategyShown{make_stored(client.id, 1,
                                   TRY(with_version(strategy::kDefaultStrategyJson, 1)),
                                   client.created_at, "system"),
                       false};
}

Result<std::shared_ptr<const strategy::Strategy>> StrategyBook::get(StoreTransaction& transaction,
                                                                    ClientId client, int version) {
  auto key = std::make_pair(client.value, version);
  if (auto found = parsed_.find(key); found != parsed_.end()) return found->second;
  auto stored = TRY(transaction.find_strategy(client, version));
  if (!stored) {
    return Error::data_loss("strategy version " + std::to_string(version) +
                            " of a case's client is missing");
  }
  auto parsed = strategy::strategy_from_json(stored->document);
  if (!parsed.ok()) return Error::data_loss("stored strategy: " + parsed.error().message);
  auto shared = std::make_shared<const strategy::Strategy>(std::move(parsed).value());
  parsed_[key] = shared;
  return shared;
}

namespace {

// The ladder of a case moved to `target` (version `version`), or why it cannot move.
Result<LadderRecord> moved_ladder(const LadderRecord& ladder, const strategy::Strategy& from,
                                  const strategy::Strategy& target, int version) {
  LadderRecord moved = ladder;
  moved.strategy_version = version;
  const strategy::Segment* old_segment = from.segment_named(ladder.segment);
  if (!old_segment || ladder.step_index >= static_cast<std::int64_t>(old_segment->steps.size())) {
    // Not pinned yet, or already off the ladder: nothing to match.
    return moved;
  }
  const std::string& step_name = old_segment->steps[static_cast<std::size_t>(ladder.step_index)].name;
  const strategy::Segment* new_segment = target.segment_named(ladder.segment);
  if (!new_segment) {
    for (const strategy::Segment& segment : target.segments) {
      if (segment.step_index_of(step_name)) {
        new_segment = &segment;
        break;
      }
    }
  }
  if (!new_segment || !new_segment->step_index_of(step_name)) {
    return Error::failed_precondition("version " + std::to_string(version) + " has no step '" +
                                      step_name + "' to keep the case on");
  }
  moved.segment = new_segment->name;
  moved.step_index = static_cast<std::int64_t>(*new_segment->step_index_of(step_name));
  return moved;
}

}  // namespace

Result<StrategyMoveResult> move_cases_to_strategy(Store& store, const Clock& clock,
                                                  const StrategyMoveInput& input) {
  const Instant now = clock.now();
  auto transaction = TRY(store.begin());
  domain::Client client = TRY(client_named(*transaction, input.client_code));
  TRY(transaction->lock_client_for_intake(client.id));
  StoredStrategy newest = TRY(ensure_client_strategy(*transaction, client.id, now, "system"));
  StrategyMoveResult result{.version = input.version.value_or(newest.version)};
  StrategyBook book;
  auto target = TRY(book.get(*transaction, client.id, result.version));

  std::vector<CaseId> cases;
  if (input.claim_ref || input.debtor_ref) {
    CaseTarget found = TRY(resolve_case_target(
        *transaction,
        {.client_code = input.client_code,
         .scope = input.claim_ref ? TargetScope::kClaim : TargetScope::kDebtor,
         .ref = input.claim_ref ? *input.claim_ref : *input.debtor_ref}));
    cases.push_back(found.case_id);
  } else {
    for (const domain::Case& open : TRY(transaction->list_cases(client.id, INT64_MAX))) {
      cases.push_back(open.id);
    }
  }

  std::vector<LadderRecord> ladders;
  for (CaseId case_id : cases) {
    auto ladder = TRY(transaction->find_ladder(case_id));
    LadderRecord moved;
    int from_version = 0;
    if (!ladder) {
      auto found_case = TRY(transaction->find_case(case_id));
      if (!found_case) return Error::not_found("case " + std::to_string(case_id.value));
      moved = LadderRecord{.case_id = case_id,
                           .strategy_version = result.version,
                           .segment = "",
                           .step_index = 0,
                           .step_started_at = found_case->opened_at,
                           .standing = "action_due",
                           .agreement = "none",
                           .evaluated_at = now};
    } else {
      from_version = ladder->strategy_version;
      if (from_version == result.version) {
        ++result.already_there;
        continue;
      }
      auto from = TRY(book.get(*transaction, client.id, from_version));
      auto attempt = moved_ladder(*ladder, *from, *target, result.version);
      if (!attempt.ok()) {
        result.refused.push_back({case_id, attempt.error().message});
        continue;
      }
      moved = std::move(attempt).value();
    }
    std::string payload = "{\"from_version\":" + std::to_string(from_version) +
                          ",\"to_version\":" + std::to_string(result.version) + ",\"segment\":";
    append_json_string(payload, moved.segment);
    payload += ",\"step_index\":" + std::to_string(moved.step_index) + "}";
    TRY(append_to_timeline(*transaction, case_id, domain::event_kind::kStrategyMoved, now,
                           input.actor, std::move(payload)));
    ladders.push_back(std::move(moved));
    ++result.moved;
  }
  TRY(transaction->save_ladders(ladders));
  TRY(transaction->commit());
  return result;
}

void StrategyBook::remember(ClientId client, int version,
                            std::shared_ptr<const strategy::Strategy> strategy) {
  parsed_[std::make_pair(client.value, version)] = std::move(strategy);
}

}  // namespace duecall::app
