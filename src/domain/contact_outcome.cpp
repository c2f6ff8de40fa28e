#include "domain/contact_outcome.hpp"

#include <string>

namespace duecall::domain {

std::string_view contact_outcome_name(ContactOutcome outcome) {
  switch (outcome) {
    case ContactOutcome::kPromise:
      return "promise";
    case ContactOutcome::kPlan:
      return "plan";
    case ContactOutcome::kSettlement:
      return "settlement";
    case ContactOutcome::kExtension:
      return "extension";
    case ContactOutcome::kDispute:
      return "dispute";
    case ContactOutcome::kRefusal:
      return "refusal";
    case ContactOutcome::kCallback:
      return "callback";
    case ContactOutcome::kAlreadyPaid:
      return "already_paid";
    case ContactOutcome::kHardship:
      return "hardship";
  }
  return "unknown";
}

Result<ContactOutcome> parse_contact_outcome(std::string_view name) {
  for (ContactOutcome outcome : kAllContactOutcomes) {
    if (contact_outcome_name(outcome) == name) return outcome;
  }
  return Error::invalid_argument(
      "'" + std::string(name) +
      "' is not a contact outcome (promise, plan, settlement, extension, dispute, refusal, "
      "callback, already_paid, hardship)");
}

bool outcome_is_agreement(ContactOutcome outcome) {
  return outcome == ContactOutcome::kPromise || outcome == ContactOutcome::kPlan ||
         outcome == ContactOutcome::kSettlement || outcome == ContactOutcome::kExtension;
}

Status check_outcome_report(const OutcomeReport& report) {
  bool callback = report.outcome == ContactOutcome::kCallback;
  if (report.outcome && !report.right_party_contact) {
    return Error::invalid_argument(
        "outcome_requires_right_party_contact: the outcome " +
        std::string(contact_outcome_name(*report.outcome)) +
        " can only be recorded for a right-party contact (--result right_party)");
  }
  if (callback && !report.callback_at) {
    return Error::invalid_argument(
        "callback_requires_a_time: a callback outcome needs the agreed time (--callback-at)");
  }
  if (!callback && report.callback_at) {
    return Error::invalid_argument(
        "callback_time_requires_callback_outcome: a callback time is recorded only with the "
        "outcome callback");
  }
  if (callback && *report.callback_at <= report.occurred_at) {
    return Error::invalid_argument(
        "callback_must_be_after_contact: the callback time " + format_iso8601(*report.callback_at) +
        " is not after the contact at " + format_iso8601(report.occurred_at));
  }
  return Ok{};
}

}  // namespace duecall::domain
