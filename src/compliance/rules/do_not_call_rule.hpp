// DoNotCallRule refuses calls, texts and WhatsApp messages to a number on a do-not-call
// list. The entry stands until someone removes it, so the earliest allowed instant is
// "never"; e-mail and letters are not affected (the list is about the number).
#pragma once

#include "compliance/rule.hpp"

namespace duecall::compliance {

class DoNotCallRule final : public Rule {
 public:
  static constexpr std::string_view kSource =
      "12 CFR 1006.14(h) (consumer opts out of a medium); duecall policy in every market";
  std::string_view name() const override { return "do_not_call"; }
  Verdict evaluate(const ContactRequest& request, Instant at) const override {
    if (!request.number_on_dnc || !reaches_a_phone_number(request.channel)) {
      return Verdict::allow(at);
    }
    return Verdict::refuse({Refusal::number_is_on_do_not_call_list, std::string(kSource),
                            "the number is on the do-not-call list"},
                           std::nullopt);
  }
};

}  // namespace duecall::compliance
