// A Strategy is one client's contact strategy as data: a versioned list of segments, each a
// forward-only ladder of steps. A case is treated by the first segment whose criteria match
// its totals (see segment_choice.hpp), then walks that segment's ladder (see next_action.hpp).
//
// Invariants, checked by strategy_from_json (strategy_json.hpp) and relied on by the engine:
//   - at least one segment; the last segment is a catch-all and no earlier one is;
//   - segment names are unique; every segment has at least one step;
//   - step names are unique within their segment;
//   - attempts >= 1, spacing_hours >= 0, and spacing_hours >= 1 when attempts > 1;
//   - `latest`, when it has the same anchor as `earliest`, is later than it;
//   - on_exhaustion names a step strictly later in the same ladder (never the step itself or
//     an earlier one), and the last step never exhausts to "next";
//   - a judicial step is the last step of its ladder, has one attempt, no `latest` and no
//     on_exhaustion: the handover is terminal;
//   - resume_at, when present, names a step of the segment.
// A Strategy is an immutable value once built; share it freely between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/currency.hpp"
#include "domain/debtor.hpp"
#include "strategy/channel.hpp"
#include "strategy/offset.hpp"

namespace duecall::strategy {

// Where a case goes when a step has used its attempts or its window has closed.
struct Exhaustion {
  enum class Kind { next_step, return_to_client, named_step };
  Kind kind = Kind::next_step;
  std::size_t step_index = 0;  // for named_step: the resolved index of the named step

  bool operator==(const Exhaustion&) const = default;
};

struct Step {
  std::string name;
  Channel channel = Channel::call;
  Offset earliest;
  std::optional<Offset> latest;  // the deadline: attempts are due strictly before it
  int attempts = 1;
  int spacing_hours = 0;  // at least this long between two attempts of this step
  Exhaustion on_exhaustion;
};

// An inclusive range of a case's total balance in minor units of one currency. A case in
// another currency never matches it.
struct BalanceRange {
  Currency currency;
  std::optional<std::int64_t> at_least;
  std::optional<std::int64_t> at_most;
};

// An inclusive range of days past due.
struct DaysRange {
  std::optional<int> at_least;
  std::optional<int> at_most;
};

// What a case must look like for a segment to treat it. Empty optionals mean "any".
struct Criteria {
  std::optional<std::vector<std::string>> claim_types;  // exact, case-sensitive matches
  std::optional<BalanceRange> balance;
  std::optional<DaysRange> days_past_due;
  std::optional<domain::DebtorKind> debtor;

  // Returns true iff every case matches.
  bool is_catch_all() const { return !claim_types && !balance && !days_past_due && !debtor; }
};

struct Segment {
  std::string name;
  Criteria when;
  std::vector<Step> steps;
  // Where a broken agreement resumes the ladder; never earlier than the step it paused at.
  std::optional<std::size_t> resume_at;

  // Returns the index of the step named `name`, if any.
  std::optional<std::size_t> step_index_of(std::string_view name) const;
};

struct Strategy {
  std::string id;   // e.g. "si-default"
  int version = 1;  // bumped by the client on every change; cases record which they used
  int reminder_fallback_days = 14;
  std::vector<Segment> segments;

  // Returns the segment named `name`, or nullptr.
  const Segment* segment_named(std::string_view name) const;
};

}  // namespace duecall::strategy
