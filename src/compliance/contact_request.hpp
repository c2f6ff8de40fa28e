// A ContactRequest is the whole question put to the compliance gate: "may we contact this
// debtor about this debt, on this channel, to this address, at this instant?" It is plain
// data, filled in by the caller from the case, the debtor and the contact history, so that
// the gate stays a pure function of its input.
//
// Invariants the gate relies on (and checks nothing else about):
//   - `history` lists the past contacts about this one debt (Regulation F and Massachusetts
//     count per debt). Entries later than `at` are ignored: they cannot have happened yet.
//   - `candidate_zones` are the time zones the debtor may be in. Every one must be inside
//     the calling window (12 CFR 1006.6(b)(1)(i) commentary on conflicting locations); when
//     the list is empty the profile's default zones stand in for it.
//   - `to` identifies the number or address contacted; an empty `to` on either side of a
//     comparison counts as "the same number", which is the cautious reading.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compliance/channel.hpp"
#include "compliance/hold.hpp"
#include "core/instant.hpp"
#include "core/result.hpp"
#include "core/time_zone.hpp"

namespace duecall::compliance {

// What a contact attempt reached. `right_party` on a call is a telephone conversation in
// the sense of 12 CFR 1006.14(b)(2)(i)(B).
enum class ContactResult { no_answer, busy, voicemail, wrong_number, third_party, right_party };

// What kind of number a phone channel reaches; Massachusetts caps home and mobile numbers
// (2 per 7 days) differently from other numbers such as work (2 per 30 days).
enum class NumberKind { unknown, home, mobile, work, other };

struct PastContact {
  Instant at;
  Channel channel = Channel::call;
  ContactResult result = ContactResult::no_answer;
  bool abandoned = false;  // the dialler connected the debtor but no agent within 2 s
  std::string to;          // E.164 number or e-mail address; empty when not recorded
  NumberKind number_kind = NumberKind::unknown;
};

struct ContactRequest {
  Channel channel = Channel::call;
  Instant at;
  std::string to;
  NumberKind number_kind = NumberKind::unknown;
  std::vector<TimeZone> candidate_zones;
  std::string country;                // ISO 3166-1 alpha-2; empty means the default, SI
  std::optional<std::string> region;  // state or province code, e.g. "MA", "SP"
  std::vector<Hold> holds;
  bool number_on_dnc = false;  // `to` is on a do-not-call list
  std::vector<PastContact> history;
  bool live_agent_guaranteed = false;  // an agent is reserved before the dial starts
};

std::string_view contact_result_name(ContactResult result);
Result<ContactResult> parse_contact_result(std::string_view name);
std::string_view number_kind_name(NumberKind kind);
Result<NumberKind> parse_number_kind(std::string_view name);

}  // namespace duecall::compliance
