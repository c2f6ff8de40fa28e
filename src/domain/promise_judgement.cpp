#include "domain/promise_judgement.hpp"

#include <algorithm>
#include <vector>

namespace duecall::domain {

std::string_view promise_verdict_name(PromiseVerdict verdict) {
  switch (verdict) {
    case PromiseVerdict::kRunning: return "running";
    case PromiseVerdict::kKept: return "kept";
    case PromiseVerdict::kBroken: return "broken";
  }
  return "running";
}

Money PromiseJudgement::shortfall() const {
  if (!expected || !paid || paid->minor() >= expected->minor()) {
    return Money(0, expected ? expected->currency() : paid_total->currency());
  }
  return Money(expected->minor() - paid->minor(), expected->currency());
}

Result<PromiseJudgement> judge_promise(const AgreementTerms& terms,
                                       std::span<const DatedPayment> payments, int grace_days,
                                       CivilDate today) {
  if (terms.schedule.empty()) {
    return Error::invalid_argument("an agreement without a schedule cannot be kept or broken");
  }
  if (grace_days < 0) return Error::invalid_argument("grace days cannot be negative");
  const Currency currency = terms.schedule.front().amount.currency();
  std::vector<DatedPayment> by_date(payments.begin(), payments.end());
  for (const DatedPayment& payment : by_date) {
    if (!(payment.amount.currency() == currency)) {
      return Error::invalid_argument("a payment in " + std::string(payment.amount.currency().code()) +
                                     " cannot count towards an agreement in " +
                                     std::string(currency.code()));
    }
  }
  std::stable_sort(by_date.begin(), by_date.end(),
                   [](const DatedPayment& a, const DatedPayment& b) {
                     return a.value_date < b.value_date;
                   });

  PromiseJudgement judgement;
  Money paid_total(0, currency);
  for (const DatedPayment& payment : by_date) paid_total = TRY(paid_total.plus(payment.amount));
  judgement.paid_total = paid_total;

  auto paid_by = [&](CivilDate day) -> Result<Money> {
    Money sum(0, currency);
    for (const DatedPayment& payment : by_date) {
      if (payment.value_date > day) break;
      sum = TRY(sum.plus(payment.amount));
    }
    return sum;
  };

  Money required(0, currency);
  for (std::size_t i = 0; i < terms.schedule.size(); ++i) {
    const ExpectedPayment& instalment = terms.schedule[i];
    required = TRY(required.plus(instalment.amount));
    const CivilDate deadline = instalment.due_date.plus_days(grace_days);
    const Money paid = TRY(paid_by(deadline));
    if (paid.minor() >= required.minor()) continue;
    if (today > deadline) {
      judgement.verdict = PromiseVerdict::kBroken;
      judgement.instalment = static_cast<int>(i) + 1;
      judgement.deadline = deadline;
      judgement.expected = required;
      judgement.paid = paid;
    }
    // Not met and not yet late: still running, whatever later instalments look like.
    return judgement;
  }

  // Every instalment met: kept on the day the running total first reached the whole schedule.
  Money running(0, currency);
  for (const DatedPayment& payment : by_date) {
    running = TRY(running.plus(payment.amount));
    if (running.minor() >= required.minor()) {
      judgement.kept_on = payment.value_date;
      break;
    }
  }
  judgement.verdict = PromiseVerdict::kKept;
  return judgement;
}

}  // namespace duecall::domain
