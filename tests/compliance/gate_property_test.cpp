// Properties of the gate over random instants (2020-2035), random jurisdictions, channels,
// candidate zones, holds and contact histories:
//   (a) when the gate allows, every individual rule allows;
//   (b) allowed iff there are no reasons, and then next_allowed_at is the asked instant;
//   (c) next_allowed_at, when not "never", is itself allowed;
//   (d) no instant between the asked one and next_allowed_at is allowed: 50 random samples
//       plus the microsecond just before it, which checks that the answer is exact.
// RapidCheck prints the seed of a failing case; RC_PARAMS="seed=..." replays it.
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "compliance/gate.hpp"
#include "compliance/jurisdictions.hpp"
#include "compliance_test_support.hpp"

namespace duecall::compliance {
namespace {

using std::chrono::microseconds;
using std::chrono::seconds;

constexpr std::int64_t kFirstSecond = 1577836800;  // 2020-01-01T00:00:00Z
constexpr std::int64_t kLastSecond = 2082758399;   // 2035-12-31T23:59:59Z
constexpr std::int64_t kDay = 86400;

template <typename T>
T pick(const std::vector<T>& items) {
  return items[*rc::gen::inRange<std::size_t>(0, items.size())];
}

struct Scenario {
  Profile profile;
  std::vector<std::string_view> zone_pool;
};

Scenario random_scenario() {
  switch (*rc::gen::inRange(0, 7)) {
    case 0:
      return {slovenia_profile(), {"Europe/Ljubljana", "Europe/Vienna"}};
    case 1:
      return {united_states_profile(std::nullopt),
              {"America/New_York", "America/Chicago", "America/Los_Angeles"}};
    case 2:
      return {united_states_profile("MA"), {"America/New_York", "America/Chicago"}};
    case 3:
      return {united_kingdom_profile(), {"Europe/London"}};
    case 4:
      return {*brazil_profile("SP"), {"America/Sao_Paulo"}};
    case 5:
      return {*brazil_profile(std::nullopt), {"America/Sao_Paulo", "America/Manaus"}};
    default:
      return {*brazil_profile("RJ"), {"America/Sao_Paulo"}};
  }
}

Instant random_instant_near(Instant at, std::int64_t before_seconds, std::int64_t after_seconds) {
  return at + seconds(*rc::gen::inRange<std::int64_t>(-before_seconds, after_seconds + 1));
}

ContactRequest random_request(const Scenario& scenario) {
  const std::vector<std::string> numbers = {"", "+10000000001", "+10000000002"};
  const std::vector<NumberKind> kinds = {NumberKind::unknown, NumberKind::home, NumberKind::mobile,
                                         NumberKind::work};
  const std::vector<ContactResult> results = {
      ContactResult::no_answer,    ContactResult::busy,        ContactResult::voicemail,
      ContactResult::wrong_number, ContactResult::third_party, ContactResult::right_party};
  const std::vector<Channel> channels(std::begin(kAllChannels), std::end(kAllChannels));
  const std::vector<HoldKind> hold_kinds(std::begin(kAllHoldKinds), std::end(kAllHoldKinds));

  ContactRequest request;
  request.at = Instant(seconds(*rc::gen::inRange(kFirstSecond, kLastSecond)));
  request.channel = *rc::gen::inRange(0, 3) == 0 ? pick(channels) : Channel::call;
  request.to = pick(numbers);
  request.number_kind = pick(kinds);
  for (std::string_view name : scenario.zone_pool) {
    if (*rc::gen::inRange(0, 2) == 0) request.candidate_zones.push_back(testing::zone(name));
  }
  request.number_on_dnc = *rc::gen::inRange(0, 10) == 0;
  request.live_agent_guaranteed = *rc::gen::inRange(0, 2) == 0;
  const int contacts = *rc::gen::inRange(0, 14);
  for (int index = 0; index < contacts; ++index) {
    PastContact contact;
    contact.at = random_instant_near(request.at, 10 * kDay, 0);
    contact.channel = *rc::gen::inRange(0, 4) == 0 ? pick(channels) : Channel::call;
    contact.result = pick(results);
    contact.abandoned = *rc::gen::inRange(0, 4) == 0;
    contact.to = pick(numbers);
    contact.number_kind = pick(kinds);
    request.history.push_back(contact);
  }
  const int holds = *rc::gen::inRange(0, 3);
  for (int index = 0; index < holds; ++index) {
    Hold hold{pick(hold_kinds), random_instant_near(request.at, 5 * kDay, 5 * kDay), std::nullopt};
    if (*rc::gen::inRange(0, 4) != 0) {
      hold.lifted_at = hold.placed_at + seconds(*rc::gen::inRange<std::int64_t>(3600, 10 * kDay));
    }
    request.holds.push_back(hold);
  }
  return request;
}

RC_GTEST_PROP(ComplianceGateProperties, WhenTheGateAllowsEveryRuleAllows, ()) {
  const Scenario scenario = random_scenario();
  const ComplianceGate gate(scenario.profile);
  const ContactRequest request = random_request(scenario);
  const Decision decision = gate.decide(request);
  RC_ASSERT(decision.allowed == decision.reasons.empty());
  if (!decision.allowed) return;
  RC_ASSERT(decision.next_allowed_at == std::optional<Instant>(request.at));
  for (const auto& rule : gate.rules()) {
    RC_ASSERT(rule->evaluate(request, request.at).allowed());
  }
}

RC_GTEST_PROP(ComplianceGateProperties, NextAllowedAtIsAllowedAndNothingEarlierIs, ()) {
  const Scenario scenario = random_scenario();
  const ComplianceGate gate(scenario.profile);
  ContactRequest request = random_request(scenario);
  const Decision decision = gate.decide(request);
  if (decision.allowed || !decision.next_allowed_at) return;
  const Instant first = request.at;
  const Instant next = *decision.next_allowed_at;
  RC_ASSERT(next > first);
  RC_TAG(scenario.profile.id);

  request.at = next;
  const Decision then = gate.decide(request);
  RC_ASSERT(then.allowed);

  const std::int64_t span = (next - first).count();
  std::vector<Instant> samples = {next - microseconds(1)};
  for (int index = 0; index < 50; ++index) {
    samples.push_back(first + microseconds(*rc::gen::inRange<std::int64_t>(0, span)));
  }
  for (Instant sample : samples) {
    request.at = sample;
    RC_ASSERT_FALSE(gate.decide(request).allowed);
  }
}

}  // namespace
}  // namespace duecall::compliance
