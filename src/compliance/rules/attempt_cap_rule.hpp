// AttemptCapRule enforces one AttemptCap: at most N counted contacts about this debt within
// D consecutive local days, the day of a contact being day 1 (12 CFR 1006.14(b)(2)(i)(A)
// counts "within a period of seven consecutive days"; Massachusetts counts per 7-day and
// 30-day period). A contact therefore stops counting at the start of local day D+1 after
// it; with several candidate zones, at the latest such start among them.
//
// When the cap is full, the earliest allowed instant is exact: sort the drop-out instants
// of the counted contacts from latest to earliest; the N-th of them is the first instant
// at which fewer than N remain.
#pragma once

#include <vector>

#include "compliance/profile.hpp"
#include "compliance/rule.hpp"

namespace duecall::compliance {

class AttemptCapRule final : public Rule {
 public:
  AttemptCapRule(AttemptCap cap, std::vector<TimeZone> default_zones)
      : cap_(std::move(cap)), default_zones_(std::move(default_zones)) {}
  std::string_view name() const override { return cap_.name; }
  Verdict evaluate(const ContactRequest& request, Instant at) const override;

  // Returns true iff `contact` counts against this cap.
  bool counts(const PastContact& contact) const;

 private:
  AttemptCap cap_;
  std::vector<TimeZone> default_zones_;
};

}  // namespace duecall::compliance
