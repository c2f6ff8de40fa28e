#include "app/floor.hpp"

#include <algorithm>
#include <map>

#include "app/work_queue.hpp"

namespace duecall::app {
namespace {

struct OperatorFacts {
  std::optional<Instant> signed_in_at;
  std::optional<HeldLease> lease;
  std::optional<Instant> last_contact;
};

// The branches of the state, in the order the header gives them.
void decide_state(FloorOperator& person, const OperatorFacts& facts, Instant now) {
  if (!facts.signed_in_at) {
    person.state = OperatorState::kSignedOut;
    return;
  }
  if (facts.lease) {
    person.state = OperatorState::kOnCase;
    person.since = facts.lease->until - kDefaultLease;
    person.lease = facts.lease;
    return;
  }
  if (facts.last_contact && now - *facts.last_contact < kWrapUpWindow) {
    person.state = OperatorState::kWrapUp;
    person.since = facts.last_contact;
    return;
  }
  person.state = OperatorState::kIdle;
  person.since = *facts.signed_in_at;
  if (facts.last_contact && *facts.last_contact + kWrapUpWindow > *person.since) {
    person.since = *facts.last_contact + kWrapUpWindow;
  }
}

void count(CallCounts& counts, const FloorCall& call) {
  ++counts.calls;
  if (call.right_party) ++counts.right_party;
  if (call.promise) ++counts.promises;
}

Result<TimeZone> agency_zone(Store& store) {
  auto transaction = TRY(store.begin());
  auto stored_plan = TRY(transaction->find_shift_plan());
  TRY(transaction->commit());
  domain::ShiftPlan plan = stored_plan ? std::move(*stored_plan) : domain::ShiftPlan::standard();
  auto zone = TimeZone::find(plan.time_zone());
  if (!zone.ok()) return Error::data_loss("the shift plan's zone: " + zone.error().message);
  return *zone;
}

}  // namespace

std::string_view operator_state_name(OperatorState state) {
  switch (state) {
    case OperatorState::kSignedOut: return "signed_out";
    case OperatorState::kIdle: return "idle";
    case OperatorState::kOnCase: return "on_case";
    case OperatorState::kWrapUp: return "wrap_up";
  }
  return "signed_out";
}

Result<FloorView> floor_view(Store& store, const Clock& clock) {
  Instant now = clock.now();
  TimeZone zone = TRY(agency_zone(store));
  CivilDate today = zone.local_date(now);
  FloorView view{.at = now,
                 .kpi_today = TRY(kpi_report(store, {.from = today,
                                                     .to = today,
                                                     .by = domain::KpiGrouping::kDay}))};
  const domain::KpiPeriod& period = view.kpi_today.period;

  auto transaction = TRY(store.begin());
  auto users = TRY(transaction->list_users());
  auto facts = TRY(transaction->floor_facts(
      {.now = now, .from = period.start(), .until = period.end()}));
  view.targets = TRY(transaction->list_kpi_targets());
  TRY(transaction->commit());

  std::map<std::string, OperatorFacts> by_login;
  std::map<std::int64_t, std::string> login_of;
  for (const auto& user : users) login_of[user.id.value] = user.login;
  for (const auto& session : facts.sessions) {
    if (auto login = login_of.find(session.user_id.value); login != login_of.end()) {
      by_login[login->second].signed_in_at = session.signed_in_at;
    }
  }
  for (const auto& lease : facts.leases) by_login[lease.owner].lease = lease;
  for (const auto& [actor, at] : facts.last_contact_by_actor) by_login[actor].last_contact = at;

  std::map<std::string, CallCounts> calls_by_login;
  std::map<int, CallCounts> by_hour;
  for (const auto& call : facts.calls) {
    count(calls_by_login[call.actor], call);
    auto local = date::floor<std::chrono::hours>(zone.to_local(call.at));
    auto hour = (local - date::floor<date::days>(local)).count();
    count(by_hour[static_cast<int>(hour)], call);
  }
  view.hourly.assign(by_hour.begin(), by_hour.end());

  for (const auto& user : users) {
    if (user.role != domain::Role::kOperator || user.disabled()) continue;
    FloorOperator person{.login = user.login, .name = user.name, .team = user.team};
    decide_state(person, by_login[user.login], now);
    person.today = calls_by_login[user.login];
    view.operators.push_back(std::move(person));
  }
  std::sort(view.operators.begin(), view.operators.end(),
            [](const auto& a, const auto& b) { return a.login < b.login; });
  return view;
}

}  // namespace duecall::app
