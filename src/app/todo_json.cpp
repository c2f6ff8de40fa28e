#include "app/todo_json.hpp"

#include "domain/money_json.hpp"

namespace duecall::app {
namespace {

nlohmann::json optional_text(const std::optional<std::string>& text) {
  return text ? nlohmann::json(*text) : nlohmann::json(nullptr);
}

nlohmann::json optional_instant(const std::optional<Instant>& at) {
  return at ? nlohmann::json(format_iso8601(*at)) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json todo_item_json(const app::ListedTodoItem& listed) {
  const app::TodoItemRecord& item = listed.item;
  nlohmann::json details = nlohmann::json::parse(item.payload, nullptr, false);
  if (details.is_discarded()) details = nlohmann::json::object();
  return {{"id", item.id.value},
          {"kind", item.kind},
          {"client", optional_text(listed.client_code)},
          {"claim_ref", optional_text(item.claim_ref)},
          {"amount", item.amount ? domain::money_to_json(*item.amount) : nlohmann::json(nullptr)},
          {"operator", optional_text(item.operator_login)},
          {"due_at", optional_instant(item.due_at)},
          {"created_at", format_iso8601(item.created_at)},
          {"done_at", optional_instant(item.done_at)},
          {"done_outcome", optional_text(item.done_outcome)},
          {"details", details}};
}

}  // namespace duecall::app
