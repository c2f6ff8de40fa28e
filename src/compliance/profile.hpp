// A Profile is one jurisdiction's contact rules as data: when contact is permitted (weekly
// hours, holidays, and the channels they bind), how often (attempt caps over consecutive
// days), the pauses after a conversation or an abandoned call, and the zones to assume
// when the debtor's zone is unknown. The gate builds its Rules from a Profile; nothing
// about a jurisdiction is hard-coded in a rule.
//
// Profiles come from the built-in jurisdiction functions (jurisdictions.hpp), from JSON
// (profile_json.hpp), and from `tighten` (tighten.hpp), which lets a client narrow but
// never widen them. Every constraint carries the source it implements, so each refusal can
// name its law, regulation or policy.
//
// Invariants: `default_zones` is not empty; every cap has max_attempts >= 0 and
// period_days >= 1; cooldown days >= 1; an abandoned-call gap is positive.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "compliance/channel.hpp"
#include "compliance/contact_request.hpp"
#include "compliance/holiday_calendar.hpp"
#include "compliance/weekly_hours.hpp"
#include "core/time_zone.hpp"

namespace duecall::compliance {

struct ContactWindow {
  WeeklyHours hours;
  std::vector<Channel> channels;  // the channels that hours and holidays bind
  std::string source;
};

// At most `max_attempts` counted contacts within `period_days` consecutive local days
// (the day of a contact is day 1). A contact counts when its channel is in `channels`, its
// result is not in `uncounted_results` and its number kind is in `number_kinds` (empty:
// every kind). The cap binds a request on one of `channels` to a matching number kind.
struct AttemptCap {
  std::string name;  // stable key for client overrides, e.g. "regulation_f_calls"
  int max_attempts = 0;
  int period_days = 7;
  std::vector<Channel> channels;
  std::vector<NumberKind> number_kinds;
  std::vector<ContactResult> uncounted_results;
  std::string source;

  // Returns true iff `kind` is within this cap's scope. An unknown kind is within every
  // cap's scope, so that not knowing a number's kind can only make the gate stricter.
  bool covers(NumberKind kind) const;
};

// No contact on `channels` within `days` consecutive local days starting with the day of a
// right-party conversation by telephone.
struct ConversationCooldown {
  int days = 7;
  std::vector<Channel> channels;
  std::string source;
};

// No call to a number within `gap` after an abandoned call to it, unless a live agent is
// guaranteed for the new call.
struct AbandonedCallGap {
  std::chrono::hours gap{72};
  std::string source;
};

struct Profile {
  std::string id;                     // "SI", "US-MA", "BR-SP", "BR" ...
  std::string country;                // ISO 3166-1 alpha-2
  std::optional<std::string> region;  // the state the profile is specific to, if any
  std::vector<TimeZone> default_zones;
  ContactWindow window;
  HolidayCalendar holidays;
  std::vector<AttemptCap> caps;
  std::optional<ConversationCooldown> conversation_cooldown;
  std::optional<AbandonedCallGap> abandoned_call_gap;
};

}  // namespace duecall::compliance
