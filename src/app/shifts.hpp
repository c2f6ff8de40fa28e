// Use cases for the shift plan: read the plan in force (the stored one, or the standard
// plan while none is stored) and replace it. A new plan may not drop a shift that users are
// still assigned to: reassign them first (`duecall user set-shift`), or their assignment
// would name nothing.
#pragma once

#include "app/ports.hpp"

namespace duecall::app {

struct ShiftPlanInForce {
  domain::ShiftPlan plan;
  bool standard = false;  // true iff no plan is stored and the standard one applies
};

Result<ShiftPlanInForce> shift_plan_in_force(Store& store);
// kFailedPrecondition, naming the shift and how many users work it, when `plan` drops a
// shift that users are assigned to.
Status set_shift_plan(Store& store, const domain::ShiftPlan& plan);

}  // namespace duecall::app
