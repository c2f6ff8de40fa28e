// A Hold is a fact about a debtor or a claim that forbids collection contact on every
// channel while it is in force: a dispute, a written request to cease contact, death,
// insolvency proceedings, or representation by a lawyer. A hold is in force from
// `placed_at` until `lifted_at` (exclusive); without `lifted_at` it lasts until someone
// lifts it, so the earliest contact instant is "never" as far as the gate can tell.
//
// Dispute blocks every channel too, including letters. The verification letter that a
// dispute calls for is sent by the dispute workflow, not by collection, so the gate (which
// answers "may we collect") has no reason to let anything through.
#pragma once

#include <optional>
#include <string_view>

#include "core/instant.hpp"
#include "core/result.hpp"

namespace duecall::compliance {

enum class HoldKind { dispute, cease_contact, deceased, insolvency, represented_by_lawyer };

inline constexpr HoldKind kAllHoldKinds[] = {HoldKind::dispute, HoldKind::cease_contact,
                                             HoldKind::deceased, HoldKind::insolvency,
                                             HoldKind::represented_by_lawyer};

struct Hold {
  HoldKind kind;
  Instant placed_at;
  std::optional<Instant> lifted_at;  // exclusive; none while the hold stands

  // Returns true iff the hold forbids contact at `at`.
  bool in_force_at(Instant at) const { return placed_at <= at && (!lifted_at || at < *lifted_at); }
};

std::string_view hold_kind_name(HoldKind kind);
Result<HoldKind> parse_hold_kind(std::string_view name);

}  // namespace duecall::compliance
