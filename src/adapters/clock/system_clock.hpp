// The real clock, and a fixed one. The fixed clock serves replays and tests: the CLI uses
// it when DUECALL_NOW names an instant, so a scenario can be run "as of" a given moment.
#pragma once

#include "app/ports.hpp"

namespace duecall::adapters {

class SystemClock final : public app::Clock {
 public:
  Instant now() const override;
};

class FixedClock final : public app::Clock {
 public:
  explicit FixedClock(Instant now) : now_(now) {}
  Instant now() const override { return now_; }

 private:
  Instant now_;
};

}  // namespace duecall::adapters
