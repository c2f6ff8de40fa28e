// A to-do item as `todo list --json` and the HTTP API print it: id, kind, client,
// claim_ref, amount ({"minor", "currency"} or null), operator, due_at, created_at, done_at,
// done_outcome, details (the kind's own fields). Keys are only ever added, never renamed.
#pragma once

#include <nlohmann/json.hpp>

#include "app/payment_records.hpp"

namespace duecall::app {

nlohmann::json todo_item_json(const ListedTodoItem& listed);

}  // namespace duecall::app
