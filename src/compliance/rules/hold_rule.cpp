#include "compliance/rules/hold_rule.hpp"

#include <string>

namespace duecall::compliance {

namespace {

Refusal refusal_for(HoldKind kind) {
  switch (kind) {
    case HoldKind::dispute:
      return Refusal::debt_is_disputed;
    case HoldKind::cease_contact:
      return Refusal::debtor_asked_to_cease_contact;
    case HoldKind::deceased:
      return Refusal::debtor_is_deceased;
    case HoldKind::insolvency:
      return Refusal::debtor_is_insolvent;
    case HoldKind::represented_by_lawyer:
      return Refusal::debtor_is_represented_by_lawyer;
  }
  return Refusal::debtor_asked_to_cease_contact;
}

}  // namespace

std::string_view HoldRule::source_of(HoldKind kind) {
  switch (kind) {
    case HoldKind::dispute:
      return "15 U.S.C. 1692g(b) (US: collection stops until verification is mailed); "
             "duecall policy elsewhere";
    case HoldKind::cease_contact:
      return "12 CFR 1006.6(c) (FDCPA 805(c)); duecall policy elsewhere";
    case HoldKind::deceased:
      return "duecall policy: a deceased debtor's estate is handled outside collection";
    case HoldKind::insolvency:
      return "11 U.S.C. 362(a) (US automatic stay); duecall policy elsewhere";
    case HoldKind::represented_by_lawyer:
      return "12 CFR 1006.6(b)(2) (FDCPA 805(a)(2)); duecall policy elsewhere";
  }
  return "duecall policy";
}

Verdict HoldRule::evaluate(const ContactRequest& request, Instant at) const {
  Instant candidate = at;
  std::optional<Instant> first_placed;
  // Each pass either returns or moves past the end of one more hold, so holds.size() + 1
  // passes always suffice.
  for (std::size_t pass = 0; pass <= request.holds.size(); ++pass) {
    const Hold* blocking = nullptr;
    for (const Hold& hold : request.holds) {
      if (hold.kind == kind_ && hold.in_force_at(candidate)) blocking = &hold;
    }
    if (blocking == nullptr) break;
    if (!first_placed) first_placed = blocking->placed_at;
    if (!blocking->lifted_at) {
      return Verdict::refuse({refusal_for(kind_), std::string(source_of(kind_)),
                              std::string(hold_kind_name(kind_)) + " hold since " +
                                  format_iso8601(*first_placed) + ", not lifted"},
                             std::nullopt);
    }
    candidate = *blocking->lifted_at;
  }
  if (candidate == at) return Verdict::allow(at);
  return Verdict::refuse(
      {refusal_for(kind_), std::string(source_of(kind_)),
       std::string(hold_kind_name(kind_)) + " hold since " + format_iso8601(*first_placed) +
           ", lifted at " + format_iso8601(candidate)},
      candidate);
}

}  // namespace duecall::compliance
