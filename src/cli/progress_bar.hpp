// A one-line progress bar on stderr, drawn only when stderr is a terminal so that pipes and
// log files stay clean. Redraws at most ten times a second.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace duecall::cli {

class ProgressBar {
 public:
  explicit ProgressBar(std::string label);
  ~ProgressBar();
  void update(std::size_t done, std::size_t total);

 private:
  std::string label_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace duecall::cli
