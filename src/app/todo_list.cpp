#include "app/todo_list.hpp"

#include <nlohmann/json.hpp>

#include "app/timeline_append.hpp"
#include "domain/user.hpp"

namespace duecall::app {
namespace {

constexpr std::size_t kMaxOutcomeBytes = 500;

Result<std::string> known_login(StoreTransaction& transaction, const std::string& login) {
  auto normalized = domain::normalize_login(login);
  if (!normalized.ok()) return Error::invalid_argument("'" + login + "' is not a login");
  auto user = TRY(transaction.find_user(*normalized));
  if (!user) return Error::not_found("unknown user '" + login + "'");
  return *normalized;
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

}  // namespace

Result<std::vector<ListedTodoItem>> list_todo(Store& store, const TodoQuery& query) {
  auto transaction = TRY(store.begin());
  TodoQuery normalized = query;
  if (query.operator_login) normalized.operator_login = TRY(known_login(*transaction, *query.operator_login));
  auto items = TRY(transaction->list_todo_items(normalized));
  TRY(transaction->commit());
  return items;
}

Result<ListedTodoItem> complete_todo(Store& store, const Clock& clock,
                                     const TodoCompletion& completion) {
  const std::string outcome = trimmed(completion.outcome);
  if (outcome.empty()) return Error::invalid_argument("say what was done with --outcome");
  if (outcome.size() > kMaxOutcomeBytes) {
    return Error::invalid_argument("the outcome is longer than " +
                                   std::to_string(kMaxOutcomeBytes) + " bytes");
  }
  const Instant now = clock.now();
  auto transaction = TRY(store.begin());
  std::string actor = completion.actor;
  if (completion.actor_is_user) actor = TRY(known_login(*transaction, completion.actor));
  auto found = TRY(transaction->find_todo_item(completion.id));
  const std::string name = "to-do item " + std::to_string(completion.id.value);
  if (!found) return Error::not_found("no " + name);
  TodoItemRecord& item = found->item;
  if (item.done_at) {
    return Error::failed_precondition(name + " was done at " + format_iso8601(*item.done_at) +
                                      " (" + item.done_outcome.value_or("") + ")");
  }
  if (item.kind == kTodoApproval) {
    return Error::failed_precondition(
        name + " is an approval: decide it with `duecall approvals approve|reject`");
  }
  if (!TRY(transaction->mark_todo_done(item.id, now, outcome))) {
    return Error::conflict(name + " was done by someone else just now");
  }
  item.done_at = now;
  item.done_outcome = outcome;
  if (item.case_id) {
    nlohmann::json payload = {{"todo_id", item.id.value},
                              {"kind", item.kind},
                              {"claim", item.claim_ref ? nlohmann::json(*item.claim_ref)
                                                       : nlohmann::json(nullptr)},
                              {"outcome", outcome}};
    TRY(append_to_timeline(*transaction, *item.case_id, domain::event_kind::kTodoDone, now, actor,
                           payload.dump()));
  }
  TRY(transaction->commit());
  return std::move(*found);
}

}  // namespace duecall::app
