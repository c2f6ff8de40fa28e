// A Pacer decides how many numbers to dial now. It is pure code driven by events and a clock
// value: the driver (the simulator, or a live dialer) tells it what happened through
// observe(), gives it a tick once a second, and after every event and tick asks
// dials_to_place() with the current floor. The same pacer object therefore runs unchanged
// in the simulator and behind real trunks.
//
// Not thread-safe; one pacer per campaign, owned by its driver.
#pragma once

#include <optional>
#include <string_view>

#include "core/instant.hpp"
#include "dialer/dialer_event.hpp"
#include "dialer/floor_state.hpp"

namespace duecall::dialer {

class Pacer {
 public:
  virtual ~Pacer() = default;

  virtual std::string_view name() const = 0;
  // Returns how many new calls to place at `now` (never negative). The driver places them
  // at once and reports each with observe(kCallPlaced) before it asks again.
  virtual int dials_to_place(const FloorState& floor, Instant now) = 0;
  // Everything that happens on the floor, in time order.
  virtual void observe(const DialerEvent& /*event*/) {}
  // Called once a second of shift time, before dials_to_place at that second.
  virtual void tick(const FloorState& /*floor*/, Instant /*now*/) {}
  // A time at which the pacer wants to be asked again even if nothing happens, if any.
  virtual std::optional<Instant> wake_at() const { return std::nullopt; }
};

}  // namespace duecall::dialer
