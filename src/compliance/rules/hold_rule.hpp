// HoldRule refuses every channel while a hold of its kind is in force (see hold.hpp). One
// HoldRule exists per HoldKind, so that each kind reports its own reason and source. The
// earliest allowed instant is the end of the last overlapping hold of that kind, or
// "never" when one of them has no end.
#pragma once

#include "compliance/hold.hpp"
#include "compliance/rule.hpp"

namespace duecall::compliance {

class HoldRule final : public Rule {
 public:
  explicit HoldRule(HoldKind kind) : kind_(kind) {}
  std::string_view name() const override { return hold_kind_name(kind_); }
  Verdict evaluate(const ContactRequest& request, Instant at) const override;

  // The law or policy that makes a hold of `kind` stop collection contact.
  static std::string_view source_of(HoldKind kind);

 private:
  HoldKind kind_;
};

}  // namespace duecall::compliance
