#include "domain/money_json.hpp"

#include <cstdint>

namespace duecall::domain {

nlohmann::json money_to_json(const Money& money) {
  return {{"minor", money.minor()}, {"currency", std::string(money.currency().code())}};
}

Result<Money> money_from_json(const nlohmann::json& value, Currency expected,
                              std::string_view path) {
  auto error = [&](std::string_view why) {
    return Error::invalid_argument(std::string(path) + ": " + std::string(why));
  };
  if (value.is_string()) {
    auto parsed = Money::parse(value.get<std::string>(), expected);
    if (!parsed.ok()) return error(parsed.error().message);
    return parsed;
  }
  if (!value.is_object() || !value.contains("minor") || !value["minor"].is_number_integer() ||
      !value.contains("currency") || !value["currency"].is_string()) {
    return error("must be {\"minor\": integer, \"currency\": \"ISO 4217\"} or a decimal string");
  }
  // A number above INT64_MAX is read as unsigned and would wrap to a negative amount.
  if (value["minor"].is_number_unsigned() &&
      value["minor"].get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
    return error("minor units beyond the 64-bit range");
  }
  auto currency = Currency::parse(value["currency"].get<std::string>());
  if (!currency.ok()) return error(currency.error().message);
  if (!(*currency == expected)) {
    return error("must be in " + std::string(expected.code()));
  }
  return Money(value["minor"].get<std::int64_t>(), *currency);
}

}  // namespace duecall::domain
