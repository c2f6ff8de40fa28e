// An Outcome is one thing that happened to a case and that the ladder must know about; each
// carries the instant it happened (not when it was recorded). advance (advance.hpp) applies
// them one at a time, in time order.
//
//   AttemptMade      an attempt on a step was made (a call dialled, a letter posted, a notice
//                    sent, a bureau registration filed, the judicial handover done). The step
//                    is the one the NextAction named; it may be later than the case's step
//                    (the case jumps forward) but never earlier.
//   MovedToStep      a person moved the case forward by hand (never backward).
//   AgreementMade    a promise or plan was agreed: the ladder pauses.
//   AgreementBroken  the agreement was broken: the ladder resumes.
//   NoticeSent       a written extrajudicial notice went out outside the ladder.
//   Paid, Recalled   the case leaves the ladder.
#pragma once

#include <cstddef>
#include <string_view>
#include <variant>

#include "core/instant.hpp"

namespace duecall::strategy {

struct AttemptMade {
  std::size_t step_index = 0;
  Instant at;
};
struct MovedToStep {
  std::size_t step_index = 0;
  Instant at;
};
struct AgreementMade {
  Instant at;
};
struct AgreementBroken {
  Instant at;
};
struct NoticeSent {
  Instant at;
};
struct Paid {
  Instant at;
};
struct Recalled {
  Instant at;
};

using Outcome = std::variant<AttemptMade, MovedToStep, AgreementMade, AgreementBroken, NoticeSent,
                             Paid, Recalled>;

inline Instant outcome_instant(const Outcome& outcome) {
  return std::visit([](const auto& event) { return event.at; }, outcome);
}

// "attempt_made", "moved_to_step" ...; for messages and test tables.
std::string_view outcome_name(const Outcome& outcome);

}  // namespace duecall::strategy
