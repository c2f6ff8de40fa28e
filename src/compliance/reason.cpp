#include "compliance/reason.hpp"

namespace duecall::compliance {

std::string_view refusal_name(Refusal refusal) {
  switch (refusal) {
    case Refusal::contact_outside_permitted_hours:
      return "contact_outside_permitted_hours";
    case Refusal::contact_on_public_holiday:
      return "contact_on_public_holiday";
    case Refusal::attempt_cap_reached:
      return "attempt_cap_reached";
    case Refusal::call_within_conversation_cooldown:
      return "call_within_conversation_cooldown";
    case Refusal::repeat_call_too_soon_after_abandoned_call:
      return "repeat_call_too_soon_after_abandoned_call";
    case Refusal::number_is_on_do_not_call_list:
      return "number_is_on_do_not_call_list";
    case Refusal::debt_is_disputed:
      return "debt_is_disputed";
    case Refusal::debtor_asked_to_cease_contact:
      return "debtor_asked_to_cease_contact";
    case Refusal::debtor_is_deceased:
      return "debtor_is_deceased";
    case Refusal::debtor_is_insolvent:
      return "debtor_is_insolvent";
    case Refusal::debtor_is_represented_by_lawyer:
      return "debtor_is_represented_by_lawyer";
  }
  return "unknown";
}

}  // namespace duecall::compliance
