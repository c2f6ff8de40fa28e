// Helpers shared by the strategy tests: instants and dates from ISO 8601 text, a case with
// one claim and sensible defaults, strategies from JSON text, and a small strategy builder,
// so that each test states only what it is about.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "core/instant.hpp"
#include "strategy/case_state.hpp"
#include "strategy/next_action.hpp"
#include "strategy/strategy.hpp"
#include "strategy/strategy_json.hpp"

namespace duecall::strategy::testing {

// REQUIRES: `text` is valid ISO 8601 with an offset (a typo in a test should fail loudly).
inline Instant instant(std::string_view text) {
  auto parsed = parse_iso8601(text);
  EXPECT_TRUE(parsed.ok()) << text;
  return parsed.ok() ? *parsed : Instant{};
}

inline CivilDate day(std::string_view text) {
  auto parsed = CivilDate::parse_iso(text);
  EXPECT_TRUE(parsed.ok()) << text;
  return parsed.ok() ? *parsed : CivilDate::from_ymd(2000, 1, 1);
}

inline Money eur(std::int64_t cents) {
  return Money(cents, Currency::parse("EUR").value());
}

inline ClaimFacts claim(std::int64_t cents, std::string_view due,
                        std::optional<std::string_view> reminder = std::nullopt,
                        std::string type = "loan") {
  ClaimFacts facts{std::move(type), eur(cents), day(due), std::nullopt};
  if (reminder) facts.reminder_sent_on = day(*reminder);
  return facts;
}

// A person in Ljubljana, taken in at `intake`, owing 500.00 EUR due 2026-03-01 with the
// creditor's reminder sent on 2026-03-10.
inline CaseState case_at(std::string_view intake) {
  CaseState state;
  state.intake_at = instant(intake);
  state.claims.push_back(claim(50000, "2026-03-01", "2026-03-10"));
  return state;
}

// REQUIRES: `json` is a valid strategy (a test's fixture should fail loudly).
inline Strategy parse(const std::string& json) {
  auto parsed = strategy_from_json(json);
  EXPECT_TRUE(parsed.ok()) << parsed.error().message;
  return parsed.ok() ? *parsed : Strategy{};
}

// A strategy with one catch-all segment whose steps are the given JSON objects.
inline Strategy ladder(const std::string& steps_json, const std::string& segment_extra = "") {
  return parse(R"({"strategy": "test", "version": 1, "segments": [{"name": "all", )" +
               segment_extra + R"("steps": [)" + steps_json + "]}]}");
}

// One catch-all segment "all": 0 first (ivr, intake .. intake + 24 h, 1 attempt),
// 1 calls (call, reminder + 4 .. + 10 days, 3 attempts 24 h apart), 2 sms, 3 notice
// (previous_step + 2 days), 4 bureau (previous_step + 1 day), 5 court (judicial,
// previous_step + 30 days).
inline Strategy six_step_ladder(const std::string& segment_extra = "") {
  return ladder(R"(
    {"name": "first", "channel": "ivr", "earliest": {"from": "intake"},
     "latest": {"from": "intake", "hours": 24}, "attempts": 1},
    {"name": "calls", "channel": "call", "earliest": {"from": "reminder", "days": 4},
     "latest": {"from": "reminder", "days": 10}, "attempts": 3, "spacing_hours": 24},
    {"name": "sms", "channel": "sms", "earliest": {"from": "previous_step"}, "attempts": 1},
    {"name": "notice", "channel": "notice", "earliest": {"from": "previous_step", "days": 2},
     "attempts": 1},
    {"name": "bureau", "channel": "bureau", "earliest": {"from": "previous_step", "days": 1},
     "attempts": 1},
    {"name": "court", "channel": "judicial", "earliest": {"from": "previous_step", "days": 30},
     "attempts": 1})",
                segment_extra);
}

inline std::string iso(std::optional<Instant> at) {
  return at ? format_iso8601(*at) : std::string("none");
}

// REQUIRES: next_action succeeds.
inline NextAction next(const CaseState& state, const Strategy& strategy, std::string_view now) {
  auto result = next_action(state, strategy, instant(now));
  EXPECT_TRUE(result.ok()) << result.error().message;
  return result.ok() ? *result : NextAction{};
}

}  // namespace duecall::strategy::testing
