#include "core/phone_number.hpp"

#include <phonenumbers/phonenumberutil.h>

namespace duecall {

using i18n::phonenumbers::PhoneNumberUtil;

std::string_view phone_type_name(PhoneType type) {
  switch (type) {
    case PhoneType::kFixedLine: return "fixed_line";
    case PhoneType::kMobile: return "mobile";
    case PhoneType::kFixedLineOrMobile: return "fixed_line_or_mobile";
    case PhoneType::kTollFree: return "toll_free";
    case PhoneType::kVoip: return "voip";
    case PhoneType::kOther: return "other";
  }
  return "other";
}

Result<PhoneType> parse_phone_type(std::string_view name) {
  for (auto type : {PhoneType::kFixedLine, PhoneType::kMobile, PhoneType::kFixedLineOrMobile,
                    PhoneType::kTollFree, PhoneType::kVoip, PhoneType::kOther}) {
    if (phone_type_name(type) == name) return type;
  }
  return Error::invalid_argument("unknown phone type '" + std::string(name) + "'");
}

Result<PhoneNumber> PhoneNumber::parse(std::string_view text, std::string_view default_region) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  i18n::phonenumbers::PhoneNumber parsed;
  auto status = util.Parse(std::string(text), std::string(default_region), &parsed);
  if (status != PhoneNumberUtil::NO_PARSING_ERROR) {
    return Error::invalid_argument("'" + std::string(text) + "' is not a phone number");
  }
  if (!util.IsValidNumber(parsed)) {
    return Error::invalid_argument("'" + std::string(text) + "' is not a valid phone number for " +
                                   std::string(default_region));
  }
  std::string e164;
  util.Format(parsed, PhoneNumberUtil::E164, &e164);
  std::string region;
  util.GetRegionCodeForNumber(parsed, &region);
  PhoneType type = PhoneType::kOther;
  switch (util.GetNumberType(parsed)) {
    case PhoneNumberUtil::FIXED_LINE: type = PhoneType::kFixedLine; break;
    case PhoneNumberUtil::MOBILE: type = PhoneType::kMobile; break;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE: type = PhoneType::kFixedLineOrMobile; break;
    case PhoneNumberUtil::TOLL_FREE: type = PhoneType::kTollFree; break;
    case PhoneNumberUtil::VOIP: type = PhoneType::kVoip; break;
    default: type = PhoneType::kOther; break;
  }
  return PhoneNumber(std::move(e164), type, std::move(region));
}

PhoneNumber PhoneNumber::from_stored(std::string e164, PhoneType type, std::string region) {
  return PhoneNumber(std::move(e164), type, std::move(region));
}

}  // namespace duecall
