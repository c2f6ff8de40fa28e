// ContactWindowRule refuses a contact on a windowed channel (calls, texts; e-mail in the
// US) unless the instant lies inside the profile's weekly hours in EVERY candidate zone.
// The earliest allowed instant is found by moving, zone by zone, to each zone's next
// opening until all agree; each zone's next opening is computed from its weekly hours one
// local day at a time, never by stepping a clock. When the zones share no hours at all
// (windows shorter than the distance between the zones), the answer is "never".
// Holidays are a separate rule (HolidayRule); the gate combines both.
#pragma once

#include <optional>
#include <vector>

#include "compliance/profile.hpp"
#include "compliance/rule.hpp"

namespace duecall::compliance {

class ContactWindowRule final : public Rule {
 public:
  ContactWindowRule(ContactWindow window, std::vector<TimeZone> default_zones)
      : window_(std::move(window)), default_zones_(std::move(default_zones)) {}
  std::string_view name() const override { return "contact_window"; }
  Verdict evaluate(const ContactRequest& request, Instant at) const override;

  // The earliest instant >= `at` inside the weekly hours of `zone`, or empty if the week
  // has no open day.
  std::optional<Instant> next_opening(const TimeZone& zone, Instant at) const;

 private:
  ContactWindow window_;
  std::vector<TimeZone> default_zones_;
};

}  // namespace duecall::compliance
