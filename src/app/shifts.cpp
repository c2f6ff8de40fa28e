#include "app/shifts.hpp"

#include <map>

namespace duecall::app {

Result<ShiftPlanInForce> shift_plan_in_force(Store& store) {
  auto transaction = TRY(store.begin());
  auto stored = TRY(transaction->find_shift_plan());
  TRY(transaction->commit());
  if (!stored) return ShiftPlanInForce{domain::ShiftPlan::standard(), true};
  return ShiftPlanInForce{std::move(*stored), false};
}

Status set_shift_plan(Store& store, const domain::ShiftPlan& plan) {
  auto transaction = TRY(store.begin());
  std::map<std::string, int> assigned;  // shift name -> users working it
  for (const auto& user : TRY(transaction->list_users())) {
    if (!user.shift.empty()) ++assigned[user.shift];
  }
  for (const auto& [shift, users] : assigned) {
    if (!plan.find(shift)) {
      return Error::failed_precondition(
          "the new plan has no shift '" + shift + "', which " + std::to_string(users) + " user" +
          (users == 1 ? " is" : "s are") +
          " assigned to; move them first with `duecall user set-shift`");
    }
  }
  TRY(transaction->replace_shift_plan(plan));
  return transaction->commit();
}

}  // namespace duecall::app
