#include "app/strategies.hpp"

#include <nlohmann/json.hpp>

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

void StrategyBook::remember(ClientId client, int version,
                            std::shared_ptr<const strategy::Strategy> strategy) {
  parsed_[std::make_pair(client.value, version)] = std::move(strategy);
}

}  // namespace duecall::app
