// Channel names round-trip, and anything else is refused with the list of channels.
#include "strategy/channel.hpp"

#include <gtest/gtest.h>

namespace duecall::strategy {
namespace {

TEST(Channel, EveryChannelNameParsesBackToItself) {
  for (Channel channel : kAllChannels) {
    auto parsed = parse_channel(channel_name(channel));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, channel);
  }
}

TEST(Channel, AnUnknownNameIsRefusedWithTheKnownOnes) {
  auto parsed = parse_channel("fax");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().message,
            "'fax' is not a channel (ivr, call, sms, whatsapp, email, letter, notice, bureau, "
            "judicial)");
}

TEST(Channel, NamesAreCaseSensitive) {
  EXPECT_FALSE(parse_channel("SMS").ok());
}

}  // namespace
}  // namespace duecall::strategy
