// Clients' strategies as versioned documents in the store (`duecall strategy set|show`).
//
// Saving validates the document with strategy::strategy_from_json (errors name the JSON
// path) and stores it as the client's next version; the document's own "version" field is
// set to that number, so a stored document always says which version it is. Versions are
// never changed or deleted. Every client has version 1 from the start: the default
// strategy (strategy/default_strategy.hpp), stored when the client is added or, for a
// client that predates strategies, when the strategy run first meets it.
//
// StrategyBook parses each (client, version) once and hands out shared, immutable
// strategies to the run.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/ports.hpp"
#include "strategy/strategy.hpp"

namespace duecall::app {

struct StrategySetInput {
  std::string client_code;
  std::string document;  // JSON text
  std::string actor = "cli";
};

Result<StoredStrategy> set_strategy(Store& store, const Clock& clock, const StrategySetInput& input);

struct StrategyShown {
  StoredStrategy stored;
  bool is_stored = true;  // false: the default, for a client that has not stored one yet
};

// The client's strategy `version`, the newest when none is given.
Result<StrategyShown> show_strategy(Store& store, const std::string& client_code,
                                    std::optional<int> version);

// Stores the default strategy as version 1 of `client` unless the client has a strategy;
// returns the client's newest version.
Result<StoredStrategy> ensure_client_strategy(StoreTransaction& transaction, ClientId client,
                                              Instant now, std::string_view actor);

// Moving cases to another version of their client's strategy, explicitly: a case keeps
// the version it started under otherwise. A case on the ladder keeps its segment and its
// step, matched by name in the target version (the segment is chosen afresh when the target
// has no segment of that name); a case whose step the target version lacks is not moved,
// and the result says why, because moving it elsewhere could move it backwards. A case not
// yet on the ladder is placed under the target version at its start. Every move is on the
// case's timeline (strategy_moved).
struct StrategyMoveInput {
  std::string client_code;
  std::optional<std::string> claim_ref;   // one claim's case,
  std::optional<std::string> debtor_ref;  // or one debtor's,
  std::optional<int> version;             // none: the newest
  std::string actor = "cli";
};

struct StrategyMoveRefusal {
  CaseId case_id;
  std::string reason;
};

struct StrategyMoveResult {
  int version = 0;
  std::int64_t moved = 0;
  std::int64_t already_there = 0;
  std::vector<StrategyMoveRefusal> refused;
};

// Without claim_ref and debtor_ref, moves every open case of the client.
Result<StrategyMoveResult> move_cases_to_strategy(Store& store, const Clock& clock,
                                                  const StrategyMoveInput& input);

class StrategyBook {
 public:
  // The parsed strategy of `client` at `version`. Stored documents were validated on the
  // way in; one that no longer parses is reported as data loss.
  Result<std::shared_ptr<const strategy::Strategy>> get(StoreTransaction& transaction,
                                                        ClientId client, int version);
  // Makes `get` answer `strategy` for (client, version) without reading the store: the
  // default strategy of a client that has none stored yet, in a dry run.
  void remember(ClientId client, int version, std::shared_ptr<const strategy::Strategy> strategy);

 private:
  std::map<std::pair<std::int64_t, int>, std::shared_ptr<const strategy::Strategy>> parsed_;
};

}  // namespace duecall::app
