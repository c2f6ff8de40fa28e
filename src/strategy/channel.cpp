#include "strategy/channel.hpp"

#include <string>

namespace duecall::strategy {

std::string_view channel_name(Channel channel) {
  switch (channel) {
    case Channel::ivr:
      return "ivr";
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
    case Channel::notice:
      return "notice";
    case Channel::bureau:
      return "bureau";
    case Channel::judicial:
      return "judicial";
  }
  return "unknown";
}

Result<Channel> parse_channel(std::string_view name) {
  std::string known;
  for (Channel channel : kAllChannels) {
    if (channel_name(channel) == name) return channel;
    known += known.empty() ? "" : ", ";
    known += channel_name(channel);
  }
  return Error::invalid_argument("'" + std::string(name) + "' is not a channel (" + known + ")");
}

}  // namespace duecall::strategy
