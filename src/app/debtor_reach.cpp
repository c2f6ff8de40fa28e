#include "app/debtor_reach.hpp"

#include <algorithm>

#include "compliance/region_zones.hpp"
#include "compliance/strictness.hpp"
#include "core/phone_number.hpp"
#include "domain/address_regions.hpp"

namespace duecall::app {

using compliance::Channel;

Result<std::string> contact_address(const domain::Debtor& debtor, Channel channel) {
  if (compliance::reaches_a_phone_number(channel)) {
    for (const auto& phone : debtor.phones) {
      if (phone.valid()) return phone.e164;
    }
    return Error::failed_precondition("debtor " + debtor.ref + " has no valid phone number");
  }
  if (channel == Channel::email) {
    if (!debtor.emails.empty()) return debtor.emails.front();
    return Error::failed_precondition("debtor " + debtor.ref + " has no e-mail address");
  }
  if (debtor.address.empty()) {
    return Error::failed_precondition("debtor " + debtor.ref + " has no postal address");
  }
  return debtor.address;
}

compliance::NumberKind number_kind_of(const domain::Debtor& debtor, std::string_view e164) {
  for (const auto& phone : debtor.phones) {
    if (phone.valid() && phone.e164 == e164 && phone.type == PhoneType::kMobile) {
      return compliance::NumberKind::mobile;
    }
  }
  return compliance::NumberKind::unknown;
}

std::vector<TimeZone> candidate_zones(const domain::Debtor& debtor, std::string_view country,
                                      std::optional<std::string_view> phone_e164) {
  std::vector<TimeZone> zones;
  auto add = [&](Result<TimeZone> zone) {
    if (zone.ok() && std::find(zones.begin(), zones.end(), *zone) == zones.end()) {
      zones.push_back(*zone);
    }
  };
  if (!debtor.time_zone.empty()) add(TimeZone::find(debtor.time_zone));
  for (const std::string& region : domain::address_regions(debtor, country)) {
    auto state_zones = compliance::region_zones(country, region);
    if (!state_zones.ok()) continue;
    for (const TimeZone& zone : *state_zones) add(zone);
  }
  if (phone_e164) {
    // An E.164 number carries its own country code, so the default region is not consulted.
    auto number = PhoneNumber::parse(*phone_e164, country.empty() ? "SI" : country);
    if (number.ok()) add(TimeZone::primary_for_country(number->region()));
  }
  if (!country.empty()) add(TimeZone::primary_for_country(country));
  return zones;
}

Result<std::optional<std::string>> contact_region(const domain::Debtor& debtor,
                                                  std::string_view country) {
  return compliance::strictest_region(country, domain::address_regions(debtor, country));
}

}  // namespace duecall::app
