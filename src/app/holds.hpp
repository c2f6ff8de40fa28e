// Use cases for holds: place one on a debtor's whole case or on one claim, lift it, and
// list them. A hold forbids collection contact while it stands (see compliance/hold.hpp);
// the gate reads it through `contact check`.
//
// Invariants: at most one standing hold of each kind per scope (the case, or one claim);
// placing a second is kAlreadyExists, lifting one that is not standing is kNotFound.
// Every placement and lifting is appended to the case timeline in the same transaction.
#pragma once

#include <string>
#include <vector>

#include "app/case_target.hpp"
#include "app/ports.hpp"

namespace duecall::app {

struct HoldChange {
  TargetRef target;
  compliance::HoldKind kind = compliance::HoldKind::dispute;
  std::string note;   // placing only
  std::string actor;  // who placed or lifted it
};

// A hold as listed: the record and the reference of its claim (empty: the whole case).
struct ListedHold {
  HoldRecord hold;
  std::string claim_ref;
};

Result<ListedHold> place_hold(Store& store, const Clock& clock, const HoldChange& change);
// Lifts the standing hold of `change.kind` in exactly the target's scope; returns it lifted.
Result<ListedHold> lift_hold(Store& store, const Clock& clock, const HoldChange& change);
// Every hold of the target's case, standing or lifted, in the order placed; for a claim
// target, only the holds that bind that claim (its own and the case-wide ones).
Result<std::vector<ListedHold>> list_holds(Store& store, const TargetRef& target);

}  // namespace duecall::app
