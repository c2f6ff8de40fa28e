// Helpers shared by the compliance tests: instants from ISO 8601 text, zones by name and
// requests with sensible defaults, so that each test states only what it is about.
#pragma once

#include <gtest/gtest.h>

#include <string_view>

#include "compliance/contact_request.hpp"
#include "compliance/verdict.hpp"
#include "core/instant.hpp"
#include "core/time_zone.hpp"

namespace duecall::compliance::testing {

// REQUIRES: `text` is valid ISO 8601 with an offset (a typo in a test should fail loudly).
inline Instant instant(std::string_view text) {
  auto parsed = parse_iso8601(text);
  EXPECT_TRUE(parsed.ok()) << text;
  return parsed.ok() ? *parsed : Instant{};
}

inline TimeZone zone(std::string_view name) {
  auto found = TimeZone::find(name);
  EXPECT_TRUE(found.ok()) << name;
  return *found;
}

inline ContactRequest call_at(std::string_view when, std::vector<std::string_view> zones = {}) {
  ContactRequest request;
  request.channel = Channel::call;
  request.at = instant(when);
  for (std::string_view name : zones) request.candidate_zones.push_back(zone(name));
  return request;
}

inline PastContact past_call(std::string_view when,
                             ContactResult result = ContactResult::no_answer) {
  PastContact contact;
  contact.at = instant(when);
  contact.channel = Channel::call;
  contact.result = result;
  return contact;
}

inline std::string iso(std::optional<Instant> at) {
  return at ? format_iso8601(*at) : std::string("never");
}

}  // namespace duecall::compliance::testing
