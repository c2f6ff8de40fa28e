#include "strategy/outcome.hpp"

namespace duecall::strategy {

namespace {

struct NameOf {
  std::string_view operator()(const AttemptMade&) const { return "attempt_made"; }
  std::string_view operator()(const MovedToStep&) const { return "moved_to_step"; }
  std::string_view operator()(const AgreementMade&) const { return "agreement_made"; }
  std::string_view operator()(const AgreementBroken&) const { return "agreement_broken"; }
  std::string_view operator()(const NoticeSent&) const { return "notice_sent"; }
  std::string_view operator()(const Paid&) const { return "paid"; }
  std::string_view operator()(const Recalled&) const { return "recalled"; }
};

}  // namespace

std::string_view outcome_name(const Outcome& outcome) {
  return std::visit(NameOf{}, outcome);
}

}  // namespace duecall::strategy
