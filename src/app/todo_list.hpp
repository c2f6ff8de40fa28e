// The to-do list: work the system hands to people rather than to the ladder. Items are
// made where the work arises (a broken agreement by the promise monitor, an unmatched
// payment by payment posting, an approval by an agreement outside the floors, callbacks,
// disputes and hardship by contact outcomes); here they are listed and marked done.
//
// An approval item is done when a supervisor decides the agreement (agreements.cpp), not
// by hand: `todo done` refuses it and names `approvals approve|reject`. Marking an item done
// that is about a case adds a todo_done event to the case timeline with the outcome.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

// `operator_login` names an existing user; unknown logins are kNotFound, so that a typo
// does not look like an empty list.
Result<std::vector<ListedTodoItem>> list_todo(Store& store, const TodoQuery& query);

struct TodoCompletion {
  TodoId id;
  std::string outcome;  // what was done, in a few words; required
  std::string actor;    // the user's login, or the command line's actor
  bool actor_is_user = false;
};

// kNotFound for an unknown id; kFailedPrecondition for an item done already or an approval.
Result<ListedTodoItem> complete_todo(Store& store, const Clock& clock,
                                     const TodoCompletion& completion);

}  // namespace duecall::app
