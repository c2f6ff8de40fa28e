#include "core/check.hpp"

#include <cstdio>
#include <cstdlib>

namespace duecall {
namespace {
// The one process-wide counter: it only ever grows and exists to be exported as a metric.
std::atomic<std::uint64_t> bug_count{0};
}  // namespace

void verify_failed(const char* condition, const char* why, const char* file, int line) {
  std::fprintf(stderr, "duecall: invariant broken at %s:%d: %s (%s)\n", file, line, condition,
               why);
  std::abort();
}

void bug_detected(const char* condition, const char* why, const char* file, int line) {
  bug_count.fetch_add(1, std::memory_order_relaxed);
  std::fprintf(stderr, "duecall: bug detected at %s:%d: %s (%s)\n", file, line, condition, why);
#ifndef NDEBUG
  std::abort();
#endif
}

std::uint64_t bugs_detected() { return bug_count.load(std::memory_order_relaxed); }

}  // namespace duecall
