#include "app/agreement_monitor.hpp"

#include <map>

#include <nlohmann/json.hpp>

#include "app/timeline_append.hpp"
#include "domain/promise_judgement.hpp"

namespace duecall::app {
namespace {

using domain::AgreementState;
using domain::PromiseJudgement;
using domain::PromiseVerdict;
using nlohmann::json;

// The run reads agreements without their schedules; the monitor loads them for the cases
// it judges.
bool judged_by_payments(const AgreementRecord& agreement) {
  return agreement.state == AgreementState::kActive &&
         agreement.terms.kind != domain::AgreementKind::kReducedInterest;
}

std::vector<domain::DatedPayment> payments_towards(const AgreementRecord& agreement,
                                                   const std::vector<PaymentRecord>& posted) {
  const Currency currency = agreement.terms.schedule.front().amount.currency();
  std::vector<domain::DatedPayment> counted;
  for (const PaymentRecord& payment : posted) {
    if (payment.case_id != agreement.case_id) continue;
    if (payment.imported_at < agreement.created_at) continue;
    if (!(payment.payment.amount.currency() == currency)) continue;
    counted.push_back({payment.payment.value_date, payment.payment.amount});
  }
  return counted;
}

const domain::Claim* claim_of(const CaseForRun& facts, ClaimId id) {
  for (const domain::Claim& claim : facts.claims) {
    if (claim.id == id) return &claim;
  }
  return nullptr;
}

std::string broken_reason(const AgreementRecord& agreement, const PromiseJudgement& judged) {
  const std::size_t count = agreement.terms.schedule.size();
  const auto& instalment = agreement.terms.schedule[static_cast<std::size_t>(judged.instalment) - 1];
  std::string what = count == 1 ? std::string("the payment")
                                : "instalment " + std::to_string(judged.instalment) + " of " +
                                      std::to_string(count);
  return what + " due " + instalment.due_date.to_string() + ": " +
         judged.expected->to_decimal_string() + " " + std::string(judged.expected->currency().code()) +
         " due by " + judged.deadline->to_string() + " (grace included), " +
         judged.paid->to_decimal_string() + " paid by then";
}

std::string kept_reason(const PromiseJudgement& judged) {
  return "paid " + judged.paid_total->to_decimal_string() + " " +
         std::string(judged.paid_total->currency().code()) + ", the schedule met on " +
         judged.kept_on->to_string();
}

Status end_broken(StoreTransaction& transaction, const CaseForRun& facts,
                  AgreementRecord& agreement, const PromiseJudgement& judged, Instant now,
                  const std::string& actor) {
  const domain::Claim* claim = claim_of(facts, agreement.claim_id);
  const std::string claim_ref = claim ? claim->client_ref : std::string();
  json details = {{"agreement_id", agreement.id.value},
                  {"kind", domain::agreement_kind_name(agreement.terms.kind)},
                  {"claim", claim_ref},
                  {"instalment", judged.instalment},
                  {"instalments", agreement.terms.schedule.size()},
                  {"deadline", judged.deadline->to_string()},
                  {"expected", judged.expected->to_decimal_string()},
                  {"paid", judged.paid->to_decimal_string()},
                  {"shortfall", judged.shortfall().to_decimal_string()},
                  {"currency", judged.expected->currency().code()},
                  {"operator", agreement.operator_login}};
  TRY(transaction.insert_todo_item({.id = {},
                                    .kind = kTodoBrokenAgreement,
                                    .case_id = agreement.case_id,
                                    .claim_ref = claim_ref,
                                    .amount = judged.shortfall(),
                                    .operator_login = agreement.operator_login,
                                    .due_at = now,
                                    .created_at = now,
                                    .done_at = std::nullopt,
                                    .done_outcome = std::nullopt,
                                    .payload = details.dump()}));
  details["reason"] = agreement.end_reason;
  TRY(append_to_timeline(transaction, agreement.case_id, domain::event_kind::kAgreementBroken,
                         now, actor, details.dump()));
  return Ok{};
}

Status end_kept(StoreTransaction& transaction, CaseForRun& facts,
                const AgreementRecord& agreement, const PromiseJudgement& judged, Instant now,
                const std::string& actor) {
  const domain::Claim* claim = claim_of(facts, agreement.claim_id);
  json details = {{"agreement_id", agreement.id.value},
                  {"kind", domain::agreement_kind_name(agreement.terms.kind)},
                  {"claim", claim ? claim->client_ref : std::string()},
                  {"paid", judged.paid_total->to_decimal_string()},
                  {"currency", judged.paid_total->currency().code()},
                  {"kept_on", judged.kept_on->to_string()},
                  {"reason", agreement.end_reason}};
  // A kept settlement settles the claim: what the lump sum did not cover is waived.
  if (agreement.terms.kind == domain::AgreementKind::kSettlement && claim &&
      claim->status == domain::ClaimStatus::kOpen) {
    domain::Claim settled = *claim;
    settled.status = domain::ClaimStatus::kPaid;
    TRY(transaction.update_claim(settled, now));
    for (domain::Claim& known : facts.claims) {
      if (known.id == settled.id) known.status = domain::ClaimStatus::kPaid;
    }
    facts.last_claim_change = now;
    if (agreement.terms.balance) {
      const Money scheduled = TRY(agreement.terms.scheduled_total());
      const std::int64_t waived =
          std::max<std::int64_t>(0, agreement.terms.balance->minor() - scheduled.minor());
      details["waived"] = Money(waived, scheduled.currency()).to_decimal_string();
    }
  }
  TRY(append_to_timeline(transaction, agreement.case_id, domain::event_kind::kAgreementKept, now,
                         actor, details.dump()));
  return Ok{};
}

}  // namespace

Result<MonitorTally> monitor_agreements(StoreTransaction& transaction, const domain::Client& client,
                                        std::vector<CaseForRun>& batch, Instant now, bool write,
                                        const std::string& actor) {
  MonitorTally tally;
  std::vector<CaseId> judged_cases;
  for (const CaseForRun& facts : batch) {
    for (const AgreementRecord& agreement : facts.agreements) {
      if (judged_by_payments(agreement)) {
        judged_cases.push_back(facts.case_record.id);
        break;
      }
    }
  }
  if (judged_cases.empty()) return tally;
  const auto posted = TRY(transaction.posted_payments_of_cases(judged_cases));
  std::map<std::int64_t, std::vector<domain::ExpectedPayment>> schedules;
  for (AgreementRecord& full : TRY(transaction.agreements_of_cases(judged_cases))) {
    schedules[full.id.value] = std::move(full.terms.schedule);
  }
  const CivilDate today = TRY(TimeZone::find(client.time_zone)).local_date(now);

  for (CaseForRun& facts : batch) {
    for (AgreementRecord& agreement : facts.agreements) {
      if (!judged_by_payments(agreement)) continue;
      if (agreement.terms.schedule.empty()) {
        auto found = schedules.find(agreement.id.value);
        if (found == schedules.end() || found->second.empty()) continue;
        agreement.terms.schedule = found->second;
      }
      const auto counted = payments_towards(agreement, posted);
      auto judged = domain::judge_promise(agreement.terms, counted, client.policy.grace_days, today);
      if (!judged.ok() || judged->verdict == PromiseVerdict::kRunning) continue;

      AgreementRecord ended = agreement;
      ended.ended_by = actor;
      ended.ended_at = now;
      if (judged->verdict == PromiseVerdict::kBroken) {
        ended.state = AgreementState::kBroken;
        ended.end_reason = broken_reason(agreement, *judged);
      } else {
        ended.state = AgreementState::kKept;
        ended.end_reason = kept_reason(*judged);
      }
      if (write) {
        auto updated = transaction.update_agreement(ended, AgreementState::kActive);
        // Someone cancelled it since the batch was read: their decision stands.
        if (!updated.ok() && updated.error().code == ErrorCode::kConflict) continue;
        TRY(updated);
        if (ended.state == AgreementState::kBroken) {
          TRY(end_broken(transaction, facts, ended, *judged, now, actor));
        } else {
          TRY(end_kept(transaction, facts, ended, *judged, now, actor));
        }
      }
      ++(ended.state == AgreementState::kBroken ? tally.broken : tally.kept);
      agreement = std::move(ended);
    }
  }
  return tally;
}

}  // namespace duecall::app
