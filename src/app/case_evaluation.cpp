#include "app/case_evaluation.hpp"

#include <algorithm>

#include "app/compliance_overrides.hpp"
#include "app/contact_check.hpp"
#include "app/debtor_reach.hpp"
#include "compliance/bureau_notice.hpp"
#include "compliance/jurisdictions.hpp"
#include "compliance/tighten.hpp"
#include "core/json_text.hpp"
#include "strategy/advance.hpp"
#include "queue/queue_rank.hpp"
#include "strategy/channel.hpp"

namespace duecall::app {
namespace {

using strategy::Standing;

// The compliance channel a ladder step contacts the debtor on. Written escalations (the
// notice, the bureau registration, the handover) are held to the rules for letters: no
// hours, but every hold applies.
compliance::Channel gate_channel(strategy::Channel channel) {
  switch (channel) {
    case strategy::Channel::ivr:
    case strategy::Channel::call:
      return compliance::Channel::call;
    case strategy::Channel::sms:
      return compliance::Channel::sms;
    case strategy::Channel::whatsapp:
      return compliance::Channel::whatsapp;
    case strategy::Channel::email:
      return compliance::Channel::email;
    case strategy::Channel::letter:
    case strategy::Channel::notice:
    case strategy::Channel::bureau:
    case strategy::Channel::judicial:
      return compliance::Channel::letter;
  }
  return compliance::Channel::letter;
}

strategy::AgreementStatus agreement_status(const std::string& name) {
  if (name == "active") return strategy::AgreementStatus::active;
  if (name == "broken") return strategy::AgreementStatus::broken;
  return strategy::AgreementStatus::none;
}

std::string_view agreement_name(strategy::AgreementStatus status) {
  switch (status) {
    case strategy::AgreementStatus::active:
      return "active";
    case strategy::AgreementStatus::broken:
      return "broken";
    case strategy::AgreementStatus::none:
      return "none";
  }
  return "none";
}

strategy::CaseState case_state_of(const CaseForRun& facts, const domain::Client& client,
                                  const std::optional<LadderRecord>& ladder) {
  strategy::CaseState state;
  state.intake_at = facts.case_record.opened_at;
  state.debtor_kind = facts.debtor.kind;
  for (const domain::Claim& claim : facts.claims) {
    if (claim.status != domain::ClaimStatus::kOpen) continue;
    state.claims.push_back({.claim_type = claim.claim_type,
                            .balance = claim.balance.total(),
                            .due_date = claim.due_date,
                            .reminder_sent_on = claim.reminder_sent_on});
  }
  state.debtor_time_zone = facts.debtor.time_zone.empty() ? client.time_zone
                                                          : facts.debtor.time_zone;
  const std::string& country = facts.debtor.country.empty() ? client.country
                                                             : facts.debtor.country;
  state.bureau_notice_days = compliance::bureau_notice_for(country).days;
  if (!ladder) return state;
  state.segment = ladder->segment;
  state.step_index = static_cast<std::size_t>(ladder->step_index);
  state.step_started_at = ladder->step_started_at;
  state.attempts = ladder->attempts;
  state.agreement.status = agreement_status(ladder->agreement);
  state.agreement.made_at = ladder->agreement_made_at;
  state.agreement.broken_at = ladder->agreement_broken_at;
  if (ladder->resume_step) state.agreement.resume_step = static_cast<std::size_t>(*ladder->resume_step);
  state.notice_sent_at = ladder->notice_sent_at;
  state.handed_over_at = ladder->handed_over_at;
  state.returned_to_client_at = ladder->returned_to_client_at;
  return state;
}

LadderRecord ladder_record_of(const strategy::CaseState& state, CaseId case_id, int version,
                              Standing standing, std::int64_t last_contact_id, Instant now) {
  LadderRecord record{.case_id = case_id,
                      .strategy_version = version,
                      .segment = state.segment,
                      .step_index = static_cast<std::int64_t>(state.step_index),
                      .step_started_at = state.step_start(),
                      .attempts = state.attempts,
                      .standing = std::string(strategy::standing_name(standing)),
                      .notice_sent_at = state.notice_sent_at,
                      .agreement = std::string(agreement_name(state.agreement.status)),
                      .agreement_made_at = state.agreement.made_at,
                      .agreement_broken_at = state.agreement.broken_at,
                      .resume_step = std::nullopt,
                      .handed_over_at = state.handed_over_at,
                      .returned_to_client_at = state.returned_to_client_at,
                      .last_contact_id = last_contact_id,
                      .evaluated_at = now};
  if (state.agreement.resume_step) {
    record.resume_step = static_cast<std::int64_t>(*state.agreement.resume_step);
  }
  return record;
}

bool same_ladder(const LadderRecord& a, const LadderRecord& b) {
  return a.strategy_version == b.strategy_version && a.segment == b.segment &&
         a.step_index == b.step_index && a.step_started_at == b.step_started_at &&
         a.attempts == b.attempts && a.standing == b.standing &&
         a.notice_sent_at == b.notice_sent_at && a.agreement == b.agreement &&
         a.agreement_made_at == b.agreement_made_at &&
         a.agreement_broken_at == b.agreement_broken_at && a.resume_step == b.resume_step &&
         a.handed_over_at == b.handed_over_at &&
         a.returned_to_client_at == b.returned_to_client_at &&
         a.last_contact_id == b.last_contact_id;
}

// Applies the contacts logged since the ladder last looked; returns the newest contact id.
std::int64_t apply_new_contacts(strategy::CaseState& state, const strategy::Strategy& strategy,
                                const CaseForRun& facts, std::int64_t last_applied) {
  std::int64_t newest = last_applied;
  for (const ContactRecord& contact : facts.contacts) {
    if (contact.id.value <= last_applied) continue;
    newest = std::max(newest, contact.id.value);
    if (contact.occurred_at < strategy::last_event_at(state)) continue;
    auto caught_up = strategy::catch_up(state, strategy, contact.occurred_at);
    if (!caught_up.ok()) continue;
    auto next = strategy::next_action(*caught_up, strategy, contact.occurred_at);
    if (!next.ok() || next->standing != Standing::action_due || !next->action) continue;
    const strategy::Action& action = *next->action;
    if (!contact_counts_for(contact.channel, action.channel)) continue;
    if (contact.occurred_at < action.due_at) continue;
    auto advanced = strategy::advance(
        state, strategy, strategy::AttemptMade{action.step_index, contact.occurred_at});
    if (advanced.ok()) state = std::move(advanced).value();
  }
  return newest;
}

// Brings the ladder's agreement in line with the case's stored agreements, which operators
// and supervisors change between runs. An active agreement pauses the ladder from when it
// came into force (or from the case's last event, if that is later: outcomes apply in
// time order). When none is active any more, a broken one resumes the ladder where the
// strategy says; one that was cancelled or kept lets the ladder go on at the step where it
// paused, entered afresh when the run notices, so that the pause does not count as
// time spent on the step. An outcome the ladder refuses (the case left it) changes nothing.
strategy::CaseState apply_agreements(strategy::CaseState state, const strategy::Strategy& strategy,
                                     const CaseForRun& facts, Instant now) {
  std::optional<Instant> active_since;
  std::optional<Instant> broken_at;
  for (const AgreementRecord& agreement : facts.agreements) {
    if (agreement.state == domain::AgreementState::kActive) {
      Instant since = agreement.activated_at.value_or(agreement.created_at);
      if (!active_since || since < *active_since) active_since = since;
    } else if (agreement.state == domain::AgreementState::kBroken && agreement.ended_at) {
      if (!broken_at || *broken_at < *agreement.ended_at) broken_at = agreement.ended_at;
    }
  }
  const bool paused = state.agreement.status == strategy::AgreementStatus::active;
  if (active_since && !paused) {
    const Instant at = std::min(now, std::max(*active_since, strategy::last_event_at(state)));
    auto made = strategy::advance(state, strategy, strategy::AgreementMade{at});
    return made.ok() ? std::move(made).value() : state;
  }
  if (active_since || !paused) return state;
  const Instant made_at = state.agreement.made_at.value_or(state.step_start());
  if (broken_at && *broken_at >= made_at) {
    const Instant at = std::min(now, std::max(*broken_at, strategy::last_event_at(state)));
    auto broken = strategy::advance(state, strategy, strategy::AgreementBroken{at});
    if (broken.ok()) return std::move(broken).value();
  }
  // The run reads only active and broken agreements, so when the one that ended was
  // cancelled or kept its end is not at hand: the step is entered afresh now.
  const Instant resumed_at = std::max(now, strategy::last_event_at(state));
  state.agreement = strategy::Agreement{};
  state.step_started_at = resumed_at;
  state.attempts.clear();
  return state;
}

// Errors are cases the gate cannot judge at all (a country without a profile, an address
// naming states no profile covers); they are the run's errors, not a refusal.
}  // namespace

Result<GateAnswer> ask_gate(const CaseForRun& facts, const RunContext& context,
                            const DueAction& action, strategy::Channel step_channel) {
  GateAnswer answer;
  const compliance::Channel channel = gate_channel(step_channel);
  const Instant at = std::max(context.now, action.due_at);
  auto to = contact_address(facts.debtor, channel);
  if (!to.ok()) {
    answer.unreachable = true;
    return answer;
  }
  compliance::ContactRequest request;
  request.channel = channel;
  request.at = at;
  request.to = *to;
  request.country = facts.debtor.country.empty() ? context.client->country : facts.debtor.country;
  request.region = TRY(contact_region(facts.debtor, request.country));
  std::optional<std::string> phone;
  if (compliance::reaches_a_phone_number(channel)) {
    phone = request.to;
    request.number_kind = number_kind_of(facts.debtor, request.to);
    request.number_on_dnc = context.numbers_on_do_not_call->contains(request.to);
  } else if (auto first = contact_address(facts.debtor, compliance::Channel::call); first.ok()) {
    phone = *first;
  }
  request.candidate_zones = candidate_zones(
      facts.debtor, request.country,
      phone ? std::optional<std::string_view>(*phone) : std::nullopt);
  const compliance::ComplianceGate* gate =
      TRY(context.gates->gate_for(*context.client, request.country, request.region));
  std::optional<compliance::Decision> first_to_open;
  for (const domain::Claim& claim : facts.claims) {
    if (claim.status != domain::ClaimStatus::kOpen) continue;
    compliance::ContactRequest about = request;
    for (const HoldRecord& hold : facts.holds) {
      if (hold.covers(claim.id)) about.holds.push_back(hold.to_hold());
    }
    for (const ContactRecord& contact : facts.contacts) {
      if (!contact.claim_id || *contact.claim_id == claim.id) {
        about.history.push_back(contact.to_past_contact());
      }
    }
    compliance::Decision decision = gate->decide(about);
    if (decision.allowed) {
      answer.allowed = true;
      answer.contactable_from = action.due_at;
      return answer;
    }
    bool opens_sooner =
        !first_to_open || (decision.next_allowed_at &&
                           (!first_to_open->next_allowed_at ||
                            *decision.next_allowed_at < *first_to_open->next_allowed_at));
    if (opens_sooner) first_to_open = std::move(decision);
  }
  if (first_to_open) {
    answer.contactable_from = first_to_open->next_allowed_at;
    for (const auto& reason : first_to_open->reasons) answer.refused_by.push_back(reason.rule);
  }
  return answer;
}

namespace {

std::string join_refusals(const std::vector<compliance::Refusal>& rules) {
  std::string out;
  for (compliance::Refusal rule : rules) {
    if (!out.empty()) out += ',';
    out += compliance::refusal_name(rule);
  }
  return out;
}

std::string stage_event_payload(std::string_view from, std::string_view to,
                                const strategy::NextAction& next, int version) {
  std::string out = "{\"from\":";
  append_json_string(out, from);
  out += ",\"to\":";
  append_json_string(out, to);
  out += ",\"segment\":";
  append_json_string(out, next.segment);
  out += ",\"strategy_version\":" + std::to_string(version);
  out += ",\"standing\":";
  append_json_string(out, strategy::standing_name(next.standing));
  out += ",\"why\":";
  append_json_string(out, next.why);
  out += '}';
  return out;
}

bool closes_case(Standing standing) {
  return standing == Standing::left_ladder_paid || standing == Standing::left_ladder_recalled ||
         standing == Standing::handed_over || standing == Standing::returned_to_client;
}

}  // namespace

// Returns true iff a contact logged on `logged` is an attempt at a step on `step`: an
// agent's call also answers for the automated reminder call.
bool contact_counts_for(compliance::Channel logged, strategy::Channel step) {
  switch (step) {
    case strategy::Channel::ivr:
    case strategy::Channel::call:
      return logged == compliance::Channel::call;
    case strategy::Channel::sms:
      return logged == compliance::Channel::sms;
    case strategy::Channel::whatsapp:
      return logged == compliance::Channel::whatsapp;
    case strategy::Channel::email:
      return logged == compliance::Channel::email;
    case strategy::Channel::letter:
      return logged == compliance::Channel::letter;
    case strategy::Channel::notice:
    case strategy::Channel::bureau:
    case strategy::Channel::judicial:
      return false;
  }
  return false;
}

void record_gate_answer(DueAction& action, const GateAnswer& gate) {
  action.contactable_from = gate.contactable_from;
  action.blocked_by = gate.unreachable ? "no_contact_address" : join_refusals(gate.refused_by);
}

queue::Rank rank_for(const CaseForRun& facts, const domain::Client& client, Instant now,
                     const std::optional<Instant>& agreement_broken_at) {
  queue::RankFacts rank{
      .now = now, .intake_at = facts.case_record.opened_at, .balance = Money(0, client.currency)};
  std::optional<CivilDate> oldest_due;
  std::optional<Money> balance;
  for (const domain::Claim& claim : facts.claims) {
    if (claim.status != domain::ClaimStatus::kOpen) continue;
    Money total = claim.balance.total();
    if (!balance) {
      balance = total;
    } else if (auto sum = balance->plus(total); sum.ok()) {
      balance = *sum;
    }
    if (!oldest_due || claim.due_date < *oldest_due) oldest_due = claim.due_date;
  }
  if (balance) rank.balance = *balance;
  if (oldest_due) {
    auto zone = TimeZone::find(facts.debtor.time_zone.empty() ? client.time_zone
                                                              : facts.debtor.time_zone);
    CivilDate today = zone.ok() ? zone->local_date(now) : CivilDate(date::floor<date::days>(now));
    rank.days_past_due = std::max(0, today.days_since(*oldest_due));
  }
  for (const ContactRecord& contact : facts.contacts) {
    if (contact.occurred_at > now) continue;
    // The debtor's latest word on a callback stands: a later contact without one ends it.
    rank.callback_at = contact.callback_at;
    ++rank.attempts;
    if (contact.result == compliance::ContactResult::right_party) ++rank.right_party_contacts;
    if (contact.result == compliance::ContactResult::wrong_number) rank.wrong_number = true;
  }
  rank.agreement_broken_at = agreement_broken_at;
  return queue::rank_call(rank);
}

std::string_view stage_of_standing(Standing standing) {
  switch (standing) {
    case Standing::action_due:
    case Standing::waiting_for_notice_period:
      return "due";
    case Standing::paused_by_agreement:
      return "paused";
    case Standing::left_ladder_paid:
      return "paid";
    case Standing::left_ladder_recalled:
      return "recalled";
    case Standing::handed_over:
      return "handed_over";
    case Standing::returned_to_client:
      return "returned_to_client";
  }
  return "due";
}

Result<const compliance::ComplianceGate*> GateCache::gate_for(
    const domain::Client& client, const std::string& country,
    const std::optional<std::string>& region) {
  auto key = std::make_tuple(client.id.value, country, region.value_or(""));
  if (auto found = gates_.find(key); found != gates_.end()) return found->second.get();
  std::optional<std::string_view> state;
  if (region) state = *region;
  compliance::Profile profile = TRY(compliance::profile_for(country, state));
  compliance::Profile tightened =
      TRY(compliance::tighten(profile, TRY(compliance_overrides_of(client))));
  auto gate = std::make_unique<compliance::ComplianceGate>(std::move(tightened));
  const compliance::ComplianceGate* pointer = gate.get();
  gates_[key] = std::move(gate);
  return pointer;
}

Result<CaseEvaluation> evaluate_case(const CaseForRun& facts, const RunContext& context) {
  CaseEvaluation result{.case_id = facts.case_record.id};
  const std::optional<LadderRecord>& stored = facts.ladder;
  result.entered_ladder = !stored.has_value();
  const int version = stored ? stored->strategy_version : context.strategy_version;
  const strategy::Strategy& strategy = *context.strategy;

  strategy::CaseState state = case_state_of(facts, *context.client, stored);
  strategy::NextAction next;
  std::int64_t last_contact_id = stored ? stored->last_contact_id : 0;
  if (state.claims.empty()) {
    // Nothing left to collect: the client was paid or took the case back.
    bool recalled = std::any_of(facts.claims.begin(), facts.claims.end(), [](const auto& claim) {
      return claim.status == domain::ClaimStatus::kRecalled;
    });
    Instant when = facts.last_claim_change.value_or(context.now);
    next.standing = recalled ? Standing::left_ladder_recalled : Standing::left_ladder_paid;
    next.segment = state.segment;
    next.since = when;
    next.why = recalled ? "the client recalled the case" : "every claim of the case is paid";
    if (state.segment.empty()) state.segment = "none";
  } else {
    last_contact_id = apply_new_contacts(state, strategy, facts, last_contact_id);
    state = apply_agreements(std::move(state), strategy, facts, context.now);
    state = TRY(strategy::catch_up(state, strategy, context.now));
    next = TRY(strategy::next_action(state, strategy, context.now));
  }
  result.standing = next.standing;
  result.stage = next.action ? next.action->step_name : std::string(stage_of_standing(next.standing));

  LadderRecord ladder = ladder_record_of(state, facts.case_record.id, version, next.standing,
                                         last_contact_id, context.now);
  if (!stored || !same_ladder(*stored, ladder)) result.ladder_to_save = ladder;

  if (result.stage != facts.case_record.stage) {
    result.stage_change = CaseStage{
        .case_id = facts.case_record.id,
        .stage = result.stage,
        .status = closes_case(next.standing) ? domain::CaseStatus::kClosed
                                             : domain::CaseStatus::kOpen};
    result.stage_event_payload =
        stage_event_payload(facts.case_record.stage, result.stage, next, version);
  } else if (closes_case(next.standing)) {
    result.stage_change = CaseStage{.case_id = facts.case_record.id,
                                    .stage = result.stage,
                                    .status = domain::CaseStatus::kClosed};
  }

  if (!next.action) {
    result.delete_action = facts.due_action.has_value();
    return result;
  }
  const strategy::Action& step = *next.action;
  DueAction action{.case_id = facts.case_record.id,
                   .client_id = facts.case_record.client_id,
                   .strategy_version = version,
                   .segment = next.segment,
                   .step_index = static_cast<std::int64_t>(step.step_index),
                   .step_name = step.step_name,
                   .channel = std::string(strategy::channel_name(step.channel)),
                   .attempt_number = step.attempt_number,
                   .attempts = step.attempts,
                   .due_at = step.due_at,
                   .deadline = step.deadline,
                   .contactable_from = std::nullopt,
                   .blocked_by = "",
                   .evaluated_at = context.now};
  std::optional<Instant> broken;
  if (state.agreement.status == strategy::AgreementStatus::broken) broken = state.agreement.broken_at;
  queue::Rank rank = rank_for(facts, *context.client, context.now, broken);
  action.rank_tier = static_cast<int>(rank.tier);
  action.rank_score = rank.score;
  action.rank_why = std::move(rank.why);
  GateAnswer gate = TRY(ask_gate(facts, context, action, step.channel));
  record_gate_answer(action, gate);
  result.gate = std::move(gate);
  const std::optional<DueAction>& before = facts.due_action;
  result.save_action = !before || !before->same_step_as(action) ||
                       before->contactable_from != action.contactable_from ||
                       before->blocked_by != action.blocked_by ||
                       before->channel != action.channel || before->step_name != action.step_name;
  if (before) {
    action.lease_owner = before->lease_owner;
    action.lease_until = before->lease_until;
  }
  result.action = std::move(action);
  return result;
}

}  // namespace duecall::app
