// PhoneNumber is a telephone number that libphonenumber has parsed and found valid for its
// region, kept in E.164 form ("+38651825193") with its type (mobile, fixed line, ...).
// Parsing takes the debtor's country as the default region, so national forms such as
// "051 825 193" work. Thread-safe: the library's metadata is immutable after start-up.
#pragma once

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

 private:
  PhoneNumber(std::string e164, PhoneType type, std::string region)
      : e164_(std::move(e164)), type_(type), region_(std::move(region)) {}

  std::string e164_;
  PhoneType type_;
  std::string region_;
};

}  // namespace duecall
