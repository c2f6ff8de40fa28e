// The promise monitor's rule: whether an agreement's schedule was kept, is broken, or is
// still running, given the payments the debtor made towards it.
//
// An instalment plan is a chain of promises. Payments are credited in value-date order to
// the instalments in due-date order, so a payment larger than one instalment pays ahead and
// partial payments add up. Instalment i is met when the payments dated no later than its
// deadline (due date + the client's grace days) reach the schedule's running total up to
// and including i. The first instalment whose deadline has passed (today is after it, in
// the client's time zone) without being met breaks the agreement, even if money arrived
// later: a payment after the deadline does not mend a broken promise. When every
// instalment is met the agreement is kept, on the value date of the payment that met the
// last one. Anything else is still running. Reduced interest has no schedule and is never
// judged here.
#pragma once

#include <optional>
#include <span>

#include "core/civil_date.hpp"
#include "core/money.hpp"
#include "core/result.hpp"
#include "domain/agreement.hpp"

namespace duecall::domain {

struct DatedPayment {
  CivilDate value_date;
  Money amount;
};

enum class PromiseVerdict { kRunning, kKept, kBroken };
std::string_view promise_verdict_name(PromiseVerdict verdict);  // "running", "kept", "broken"

struct PromiseJudgement {
  PromiseVerdict verdict = PromiseVerdict::kRunning;
  // kBroken: the instalment (from 1) that was not met, its deadline, what was due by then
  // in total and what had been paid by then.
  int instalment = 0;
  std::optional<CivilDate> deadline;
  std::optional<Money> expected;
  std::optional<Money> paid;
  // kKept: the value date of the payment that met the last instalment.
  std::optional<CivilDate> kept_on;
  // The payments credited so far, whatever the verdict.
  std::optional<Money> paid_total;

  // The running total still missing at the broken instalment's deadline.
  Money shortfall() const;
};

// REQUIRES: every payment is in the schedule's currency (others are refused) and grace_days
// is not negative. `today` is the client's local date at the moment of judging.
Result<PromiseJudgement> judge_promise(const AgreementTerms& terms,
                                       std::span<const DatedPayment> payments, int grace_days,
                                       CivilDate today);

}  // namespace duecall::domain
