// Typed identifiers: a DebtorId cannot be passed where a CaseId is expected, although both
// are 64-bit row ids underneath (after SerenityOS's DistinctNumeric). Value 0 means "none".
#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace duecall {

template <typename Tag>
struct Id {
  std::int64_t value = 0;

  constexpr Id() = default;
  constexpr explicit Id(std::int64_t v) : value(v) {}
  // Returns true iff this id names a stored row.
  constexpr bool valid() const { return value > 0; }
  constexpr auto operator<=>(const Id&) const = default;
};

using ClientId = Id<struct ClientTag>;
using DebtorId = Id<struct DebtorTag>;
using CaseId = Id<struct CaseTag>;
using ClaimId = Id<struct ClaimTag>;
using EventId = Id<struct EventTag>;
using ImportId = Id<struct ImportTag>;
using HoldId = Id<struct HoldTag>;
using ContactId = Id<struct ContactTag>;
using UserId = Id<struct UserTag>;

}  // namespace duecall

template <typename Tag>
struct std::hash<duecall::Id<Tag>> {
  std::size_t operator()(const duecall::Id<Tag>& id) const noexcept {
    return std::hash<std::int64_t>{}(id.value);
  }
};
