// A Channel is the medium of one contact with a debtor. The channels differ in what the
// compliance rules ask of them: calls, SMS and WhatsApp reach a person's phone at the moment
// they are sent, so calling hours and do-not-call lists bind them; e-mail and letters are
// read when the debtor chooses, so by default only holds bind them (a profile may still put
// e-mail under calling hours, as the US does: 12 CFR 1006.6(b)(1)(i) covers e-mail).
#pragma once

#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace duecall::compliance {

enum class Channel { call, sms, whatsapp, email, letter };

// Every channel, in declaration order; for loops and property tests.
inline constexpr Channel kAllChannels[] = {Channel::call, Channel::sms, Channel::whatsapp,
                                           Channel::email, Channel::letter};

std::string_view channel_name(Channel channel);
Result<Channel> parse_channel(std::string_view name);

// Returns true iff the channel delivers to a phone number (so a do-not-call entry on that
// number binds it).
bool reaches_a_phone_number(Channel channel);

// Returns true iff `channel` is one of `channels`.
bool channel_is_in(Channel channel, const std::vector<Channel>& channels);

}  // namespace duecall::compliance
