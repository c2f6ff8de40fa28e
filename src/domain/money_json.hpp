// Money in JSON is always an object {"minor": 123450, "currency": "EUR"}: integer minor
// units, never a number with a fraction. Input documents written by people may also give a
// decimal string ("1234.50") in the expected currency.
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>

#include "core/money.hpp"

namespace duecall::domain {

nlohmann::json money_to_json(const Money& money);
// `path` names the value in error messages ("$.min_instalment").
Result<Money> money_from_json(const nlohmann::json& value, Currency expected,
                              std::string_view path);

}  // namespace duecall::domain
