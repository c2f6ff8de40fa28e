// A Channel is how one ladder step reaches the debtor or acts on the claim. The first six
// are contacts (ivr is an automated reminder call, call is an agent's call); the last three
// are escalations: `notice` is the extrajudicial written notice (opomin pred tožbo) that a
// credit-bureau registration needs, `bureau` registers the debt with a credit bureau, and
// `judicial` hands the case over for court proceedings, which ends the ladder.
//
// This is not compliance::Channel: the gate only knows channels that contact a person, and
// strategy deliberately does not depend on compliance (both sit beside each other on domain).
#pragma once

#include <string_view>

#include "core/result.hpp"

namespace duecall::strategy {

enum class Channel { ivr, call, sms, whatsapp, email, letter, notice, bureau, judicial };

// Every channel, in declaration order; for loops, messages and property tests.
inline constexpr Channel kAllChannels[] = {Channel::ivr,      Channel::call,   Channel::sms,
                                           Channel::whatsapp, Channel::email,  Channel::letter,
                                           Channel::notice,   Channel::bureau, Channel::judicial};

std::string_view channel_name(Channel channel);
// Refuses anything but the exact lower-case names, e.g. "'fax' is not a channel (ivr, ...)".
Result<Channel> parse_channel(std::string_view name);

}  // namespace duecall::strategy
