// Result<T> carries either a value or an Error, for failures that callers are expected to
// handle: bad input, a rule's refusal, something not found. Programmer errors are not
// Results; they are assertions (see check.hpp).
//
// The error codes are a small fixed set after Abseil's canonical codes, each with one
// documented meaning, so that adapters can map them (HTTP status, exit status) in one place.
// Error messages name the input, the line and the rule; they never contain personal data
// that would end up in a log.
#pragma once

#include <cassert>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

namespace duecall {

enum class ErrorCode {
  kInvalidArgument,     // the input is malformed or breaks a validation rule
  kNotFound,            // the named thing does not exist
  kAlreadyExists,       // creating something that exists
  kFailedPrecondition,  // the system is not in a state that allows the operation
  kConflict,            // a concurrent change won; retrying may succeed
  kUnavailable,         // a resource (file, database, peer) cannot be reached
  kDataLoss,            // stored data is corrupt or its integrity check failed
  kInternal,            // an unexpected failure in a library we call
};

std::string_view error_code_name(ErrorCode code);

struct Error {
  ErrorCode code;
  std::string message;

  static Error invalid_argument(std::string message) {
    return {ErrorCode::kInvalidArgument, std::move(message)};
  }
  static Error not_found(std::string message) { return {ErrorCode::kNotFound, std::move(message)}; }
  static Error already_exists(std::string message) {
    return {ErrorCode::kAlreadyExists, std::move(message)};
  }
  static Error failed_precondition(std::string message) {
    return {ErrorCode::kFailedPrecondition, std::move(message)};
  }
  static Error conflict(std::string message) { return {ErrorCode::kConflict, std::move(message)}; }
  static Error unavailable(std::string message) {
    return {ErrorCode::kUnavailable, std::move(message)};
  }
  static Error data_loss(std::string message) { return {ErrorCode::kDataLoss, std::move(message)}; }
  static Error internal(std::string message) { return {ErrorCode::kInternal, std::move(message)}; }
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT: implicit

  // Returns true iff the result holds a value.
  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // REQUIRES: ok().
  T& value() & {
    assert(ok());
    return std::get<0>(state_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<0>(state_);
  }
  T&& value() && {
    assert(ok());
    return std::get<0>(std::move(state_));
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  // REQUIRES: !ok().
  const Error& error() const& {
    assert(!ok());
    return std::get<1>(state_);
  }
  Error&& error() && {
    assert(!ok());
    return std::get<1>(std::move(state_));
  }

 private:
  std::variant<T, Error> state_;
};

// Result<void>: success or an Error.
struct Ok {};
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Ok) {}  // NOLINT: implicit
  Result(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT: implicit

  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const Error& error() const& {
    assert(failed_);
    return error_;
  }
  Error&& error() && {
    assert(failed_);
    return std::move(error_);
  }

 private:
  Error error_{};
  bool failed_ = false;
};

using Status = Result<void>;

namespace detail {
template <typename T>
T take_value(Result<T>&& result) {
  return std::move(result).value();
}
inline void take_value(Result<void>&&) {}
}  // namespace detail

}  // namespace duecall

// TRY(expr) evaluates a Result; on error it returns the error from the enclosing function,
// otherwise it yields the value. Uses a GNU statement expression, as SerenityOS does.
#define TRY(expression)                                             \
  ({                                                                \
    auto _try_result = (expression);                                \
    if (!_try_result.ok()) return std::move(_try_result).error();   \
    ::duecall::detail::take_value(std::move(_try_result));          \
  })
