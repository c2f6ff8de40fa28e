#include "domain/client.hpp"

#include <algorithm>

#include "core/country.hpp"
#include "core/time_zone.hpp"

namespace duecall::domain {

Result<Client> make_client(const NewClient& input, Instant now) {
  bool code_ok = input.code.size() >= 2 && input.code.size() <= 16 &&
                 std::all_of(input.code.begin(), input.code.end(), [](char c) {
                   return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
                 });
  if (!code_ok) {
    return Error::invalid_argument("client code '" + input.code +
                                   "' must be 2 to 16 upper-case letters, digits or dashes");
  }
  if (input.name.empty()) return Error::invalid_argument("client name must not be empty");
  TRY(check_iso_country(input.country));
  Currency currency = TRY(Currency::parse(input.currency));
  TimeZone zone = input.time_zone.empty() ? TRY(TimeZone::primary_for_country(input.country))
                                          : TRY(TimeZone::find(input.time_zone));
  std::string language = default_language_for_country(input.country);
  Policy policy = input.policy ? TRY(Policy::from_json(*input.policy, currency, language))
                               : Policy::defaults(currency, language);
  return Client{.id = ClientId(),
                .code = input.code,
                .name = input.name,
                .country = input.country,
                .currency = currency,
                .time_zone = std::string(zone.name()),
                .policy = std::move(policy),
                .created_at = now};
}

}  // namespace duecall::domain
