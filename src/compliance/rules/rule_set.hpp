// build_rules turns a Profile into the Rules the gate evaluates: the jurisdiction's window,
// holidays, caps and pauses, plus the rules that bind in every market (one per hold kind,
// and the do-not-call list). The order is the order in which reasons are reported.
#pragma once

#include <memory>
#include <vector>

#include "compliance/profile.hpp"
#include "compliance/rule.hpp"

namespace duecall::compliance {

std::vector<std::unique_ptr<Rule>> build_rules(const Profile& profile);

}  // namespace duecall::compliance
