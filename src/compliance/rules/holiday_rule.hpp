// HolidayRule refuses a contact on a windowed channel when the local date in any candidate
// zone is one of the profile's public holidays. Its earliest allowed instant is the start
// of the first local day that is no holiday in any candidate zone. It says nothing about
// hours: the gate lets ContactWindowRule move that instant on to the next opening.
#pragma once

#include <vector>

#include "compliance/profile.hpp"
#include "compliance/rule.hpp"

namespace duecall::compliance {

class HolidayRule final : public Rule {
 public:
  HolidayRule(HolidayCalendar calendar, std::vector<Channel> channels,
              std::vector<TimeZone> default_zones)
      : calendar_(std::move(calendar)),
        channels_(std::move(channels)),
        default_zones_(std::move(default_zones)) {}
  std::string_view name() const override { return "holidays"; }
  Verdict evaluate(const ContactRequest& request, Instant at) const override;

 private:
  HolidayCalendar calendar_;
  std::vector<Channel> channels_;
  std::vector<TimeZone> default_zones_;
};

}  // namespace duecall::compliance
