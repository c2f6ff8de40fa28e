// duecall todo list [--operator LOGIN] [--all] [--json]
// duecall todo done ID --outcome TEXT [--by LOGIN]
//
// `list` prints the open to-do items (with --all the done ones too), those due first:
// broken agreements, callbacks, approvals waiting for a supervisor, unmatched payments,
// disputes and hardship to review. Each names its kind, the claim's client_ref and the
// amount where there is one. --operator shows one operator's items. `--json` prints an
// array of objects: id, kind, client, claim_ref, amount ({"minor", "currency"} or null),
// operator, due_at, created_at, done_at, done_outcome, details (the kind's own fields).
// `done` marks an item done with what was done; exit 0, or 2 for an unknown item, an item
// done already, or an approval (decided with `approvals approve|reject`).
#include <iomanip>
#include <iostream>

#include "app/todo_json.hpp"
#include "app/todo_list.hpp"
#include "cli/command_context.hpp"

namespace duecall::cli {
namespace {

struct TodoArguments {
  std::string operator_login;
  bool all = false;
  bool json = false;
  std::int64_t id = 0;
  std::string outcome;
  std::string by;
};

std::string amount_text(const std::optional<Money>& amount) {
  if (!amount) return "";
  return amount->to_decimal_string() + " " + std::string(amount->currency().code());
}

void print_items(const std::vector<app::ListedTodoItem>& items) {
  if (items.empty()) {
    std::cout << "nothing to do\n";
    return;
  }
  std::cout << std::left << std::setw(6) << "id" << std::setw(19) << "kind" << std::setw(8)
            << "client" << std::setw(16) << "claim" << std::setw(16) << "amount" << std::setw(14)
            << "operator" << std::setw(22) << "due" << "state\n";
  for (const auto& listed : items) {
    const app::TodoItemRecord& item = listed.item;
    std::cout << std::left << std::setw(6) << item.id.value << std::setw(19) << item.kind
              << std::setw(8) << listed.client_code.value_or("-") << std::setw(16)
              << item.claim_ref.value_or("-") << std::setw(16) << amount_text(item.amount)
              << std::setw(14) << item.operator_login.value_or("(supervisors)") << std::setw(22)
              << (item.due_at ? format_iso8601(*item.due_at) : std::string("-"))
              << (item.done_at ? "done: " + item.done_outcome.value_or("") : std::string("open"))
              << "\n";
  }
}

}  // namespace

void add_todo_commands(CLI::App& app, CommandContext& context) {
  auto* todo = app.add_subcommand("todo", "the to-do list: broken agreements, callbacks, approvals");
  todo->require_subcommand(1);
  auto arguments = std::make_shared<TodoArguments>();

  auto* list = todo->add_subcommand("list", "open to-do items, those due first");
  list->add_option("--operator", arguments->operator_login, "only this operator's items (login)");
  list->add_flag("--all", arguments->all, "include items already done");
  list->add_flag("--json", arguments->json, "print a JSON array");
  on_run(list, context, [&context, arguments]() -> Result<int> {
    app::TodoQuery query{.include_done = arguments->all};
    if (!arguments->operator_login.empty()) query.operator_login = arguments->operator_login;
    auto store = TRY(context.open_store());
    auto items = TRY(app::list_todo(*store, query));
    if (arguments->json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& item : items) out.push_back(app::todo_item_json(item));
      std::cout << out.dump() << "\n";
    } else {
      print_items(items);
    }
    return kExitOk;
  });

  auto* done = todo->add_subcommand("done", "mark a to-do item done");
  done->add_option("ID", arguments->id, "the item's id")->required();
  done->add_option("--outcome", arguments->outcome, "what was done, in a few words")->required();
  done->add_option("--by", arguments->by, "login of the user who did it");
  done->add_flag("--json", arguments->json, "print the item as JSON");
  on_run(done, context, [&context, arguments]() -> Result<int> {
    app::TodoCompletion completion{
        .id = TodoId(arguments->id),
        .outcome = arguments->outcome,
        .actor = arguments->by.empty() ? std::string(kCommandLineActor) : arguments->by,
        .actor_is_user = !arguments->by.empty()};
    auto store = TRY(context.open_store());
    auto item = TRY(app::complete_todo(*store, context.clock(), completion));
    if (arguments->json) {
      std::cout << app::todo_item_json(item).dump() << "\n";
    } else {
      std::cout << "to-do item " << item.item.id.value << " (" << item.item.kind << ") done: "
                << item.item.done_outcome.value_or("") << "\n";
    }
    return kExitOk;
  });
}

}  // namespace duecall::cli
