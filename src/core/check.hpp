// Assertions for programmer errors, in three strengths after Envoy's:
//   DC_ASSERT(cond, why)   debug builds only; for checks on hot paths.
//   DC_VERIFY(cond, why)   always on; aborts with the reason. For broken invariants after
//                          which continuing could corrupt stored data.
//   DC_BUG(cond, why)      always on; logs and counts in release, aborts in debug. For the
//                          call server, where one bad record must not drop every live call.
// Never use any of them on input from the outside world: that is a Result.
#pragma once

#include <atomic>
#include <cstdint>

namespace duecall {

[[noreturn]] void verify_failed(const char* condition, const char* why, const char* file,
                                int line);
void bug_detected(const char* condition, const char* why, const char* file, int line);
// Returns how many DC_BUG checks have failed in this process.
std::uint64_t bugs_detected();

}  // namespace duecall

#define DC_VERIFY(cond, why) \
  ((cond) ? (void)0 : ::duecall::verify_failed(#cond, why, __FILE__, __LINE__))
#define DC_BUG(cond, why) \
  ((cond) ? (void)0 : ::duecall::bug_detected(#cond, why, __FILE__, __LINE__))
#ifdef NDEBUG
#define DC_ASSERT(cond, why) ((void)0)
#else
#define DC_ASSERT(cond, why) DC_VERIFY(cond, why)
#endif
