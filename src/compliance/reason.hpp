// A Reason is one rule's "no": which rule refused (an outcome code whose name reads as a
// sentence, shared with the UI and the timeline), the law, regulation or policy the rule
// comes from, and a human detail with the figures that made it refuse. Every refusal the
// gate reports carries one; there is no anonymous "not allowed".
#pragma once

#include <string>
#include <string_view>

namespace duecall::compliance {

enum class Refusal {
  contact_outside_permitted_hours,
  contact_on_public_holiday,
  attempt_cap_reached,
  call_within_conversation_cooldown,
  repeat_call_too_soon_after_abandoned_call,
  number_is_on_do_not_call_list,
  debt_is_disputed,
  debtor_asked_to_cease_contact,
  debtor_is_deceased,
  debtor_is_insolvent,
  debtor_is_represented_by_lawyer,
};

std::string_view refusal_name(Refusal refusal);

struct Reason {
  Refusal rule;
  std::string source;  // e.g. "12 CFR 1006.14(b)(2)(i)(A)"
  std::string detail;  // e.g. "7 calls about this debt since 2026-03-02 (cap 7 in 7 days)"

  bool operator==(const Reason&) const = default;
};

}  // namespace duecall::compliance
