// Where and in which time zones a debtor is reached, as the compliance gate needs to know:
//
//   - contact_address: the address a channel reaches: the first valid phone for calls, SMS
//     and WhatsApp (phones are ordered; the first is tried first), the first e-mail for
//     e-mail, the postal address for letters. kFailedPrecondition when there is none.
//   - candidate_zones: every zone the debtor may be in: the debtor's own time_zone when the
//     creditor gave one, every zone of every state the address points to (a US state or a
//     Brazilian UF, from the text and the postal code: domain/address_regions.hpp), the
//     primary zone of the phone number's region, and the primary zone of the debtor's
//     country. When they disagree all of them are candidates, which is the cautious reading
//     (12 CFR 1006.6(b)(1)(i) commentary on conflicting locations): the gate then allows
//     contact only when it is permitted in every one. Zones that cannot be found are left
//     out; an empty list lets the profile's defaults stand in.
//   - contact_region: the state whose rules the gate applies (ContactRequest::region): the
//     address's state when it names exactly one; when it names several, the one whose
//     profile is at least as strict as every other's, or none when the country's profile
//     for an unknown state already is (compliance/strictness.hpp). In the US that picks
//     Massachusetts whenever it is among the candidates (its caps come on top of Regulation
//     F) and otherwise the national profile, whose rules every other state shares; in Brazil
//     it picks the national profile, whose window and holidays are within every state's.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compliance/channel.hpp"
#include "compliance/contact_request.hpp"
#include "core/time_zone.hpp"
#include "domain/debtor.hpp"

namespace duecall::app {

Result<std::string> contact_address(const domain::Debtor& debtor, compliance::Channel channel);

// The kind of number the gate should assume for the debtor's phone `e164`: mobile when the
// number is a mobile one, otherwise unknown (a fixed line may be home or work, and unknown
// is within every cap's scope, so not knowing can only make the gate stricter).
compliance::NumberKind number_kind_of(const domain::Debtor& debtor, std::string_view e164);

// `country` is the debtor's, or the client's when the debtor has none.
// REQUIRES: `phone_e164`, when given, is a valid E.164 number.
std::vector<TimeZone> candidate_zones(const domain::Debtor& debtor, std::string_view country,
                                      std::optional<std::string_view> phone_e164);

// FailedPrecondition when the address names several states and no profile is at least as
// strict as each of theirs (no built-in profiles do that today).
Result<std::optional<std::string>> contact_region(const domain::Debtor& debtor,
                                                  std::string_view country);

}  // namespace duecall::app
