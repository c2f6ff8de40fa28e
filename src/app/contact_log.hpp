// Records one contact attempt about a claim, as an operator reports it (`contact log`)
// until the dialler records its own: the attempt goes into the contacts that the attempt
// caps, conversation pauses and abandoned-call gaps count, and onto the case timeline,
// in one transaction. The address is the one the channel reaches the debtor at
// (debtor_reach.hpp); the instant defaults to the clock's now and may be any instant, so
// that past attempts can be entered.
#pragma once

#include <optional>
#include <string>

#include "app/ports.hpp"

namespace duecall::app {

struct ContactLogInput {
  std::string client_code;
  std::string claim_ref;
  compliance::Channel channel = compliance::Channel::call;
  compliance::ContactResult result = compliance::ContactResult::no_answer;
  bool abandoned = false;
  std::optional<Instant> at;  // none: now
  std::string actor;
};

Result<ContactRecord> log_contact(Store& store, const Clock& clock, const ContactLogInput& input);

}  // namespace duecall::app
