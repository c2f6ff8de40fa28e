// PhoneNumber is a telephone number that libphonenumber has parsed and found valid for its
// region, kept in E.164 form ("+38651825193") with its type (mobile, fixed line, ...).
// Parsing takes the debtor's country as the default region, so national forms such as
// "051 825 193" work.
//
// parse() gives exactly libphonenumber's verdict (valid or not, E.164, region, type) but
// usually without calling PhoneNumberUtil, which costs 15-60 µs a number: a fast path handles
// text made only of digits, a leading '+' and the separators " -./()", re-implementing
// libphonenumber's parsing and validation on its own metadata (see phone_metadata.hpp).
// Text the fast path is not certain about (letters, extensions, non-ASCII, non-geographic
// calling codes, unknown calling codes after '+') goes to libphonenumber itself.
//
// Thread-safe: the metadata is immutable after first use and each thread keeps its own
// regular-expression matchers.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace duecall {

enum class PhoneType { kFixedLine, kMobile, kFixedLineOrMobile, kTollFree, kVoip, kOther };

std::string_view phone_type_name(PhoneType type);
Result<PhoneType> parse_phone_type(std::string_view name);

class PhoneNumber {
 public:
  // REQUIRES: default_region is an ISO 3166 alpha-2 code. Refuses text that is not a number
  // or a number that is not valid (unassigned range, wrong length) for its region.
  static Result<PhoneNumber> parse(std::string_view text, std::string_view default_region);
  // Rebuilds a number from its stored form, trusting that it was validated when stored.
  static PhoneNumber from_stored(std::string e164, PhoneType type, std::string region);

  const std::string& e164() const { return e164_; }
  PhoneType type() const { return type_; }
  // The region the number belongs to ("SI"), which may differ from the debtor's country.
  const std::string& region() const { return region_; }

  // Test hooks exposing parse()'s two paths on their own, so tests can check that they agree.
  // The fast path returns nullopt where parse() would fall back to libphonenumber.
  static std::optional<Result<PhoneNumber>> parse_fast_path_for_test(
      std::string_view text, std::string_view default_region);
  static Result<PhoneNumber> parse_with_libphonenumber_for_test(std::string_view text,
                                                                std::string_view default_region);

 private:
  PhoneNumber(std::string e164, PhoneType type, std::string region)
      : e164_(std::move(e164)), type_(type), region_(std::move(region)) {}

  static std::optional<Result<PhoneNumber>> parse_fast(std::string_view text,
                                                       std::string_view default_region);
  static Result<PhoneNumber> parse_with_libphonenumber(std::string_view text,
                                                       std::string_view default_region);

  std::string e164_;
  PhoneType type_;
  std::string region_;
};

}  // namespace duecall
