#include "compliance/channel.hpp"

#include <algorithm>
#include <string>

namespace duecall::compliance {

std::string_view channel_name(Channel channel) {
  switch (channel) {
    case Channel::call:
      return "call";
    case Channel::sms:
      return "sms";
    case Channel::whatsapp:
      return "whatsapp";
    case Channel::email:
      return "email";
    case Channel::letter:
      return "letter";
  }
  return "unknown";
}

Result<Channel> parse_channel(std::string_view name) {
  for (Channel channel : kAllChannels) {
    if (channel_name(channel) == name) return channel;
  }
  return Error::invalid_argument("'" + std::string(name) +
                                 "' is not a channel (call, sms, whatsapp, email, letter)");
}

bool reaches_a_phone_number(Channel channel) {
  return channel == Channel::call || channel == Channel::sms || channel == Channel::whatsapp;
}

bool channel_is_in(Channel channel, const std::vector<Channel>& channels) {
  return std::find(channels.begin(), channels.end(), channel) != channels.end();
}

}  // namespace duecall::compliance
