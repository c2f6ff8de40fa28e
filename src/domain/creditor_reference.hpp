// Creditor references are the structured payment references a debtor copies into a bank
// transfer, each with check digits that catch typing errors:
//   - RF (ISO 11649): "RF", two check digits, then 1 to 21 letters or digits. Valid iff the
//     string rearranged (the first four characters moved to the end, letters turned into
//     numbers A=10 ... Z=35) is 1 modulo 97, as for IBANs.
//   - SI12 (Slovenian payment model 12, rules of the Bank Association of Slovenia, ZBS):
//     "SI12", then up to 20 digits whose last digit is the control digit of the others by
//     modulus 11: weights 2, 3, 4, ... from the rightmost digit leftwards, control =
//     11 - (weighted sum mod 11), and 0 where that gives 10 or 11.
// Both readers accept the printed forms with spaces or hyphens ("RF18 5390 0754 7034") and
// any letter case, and return the reference without them; they never guess a fix.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace duecall::domain {

struct CreditorReference {
  std::string full;     // "RF18539007547034", "SI1201234567891"
  std::string payload;  // what the creditor numbered: "539007547034", "0123456789" (RF: after
                        // the check digits; SI12: without the control digit)
};

// Returns the reference iff `text` is a well-formed RF reference with correct check digits.
std::optional<CreditorReference> read_rf_reference(std::string_view text);

// Returns the reference iff `text` is a well-formed SI12 reference with a correct control digit.
std::optional<CreditorReference> read_si12_reference(std::string_view text);

// The SI12 control digit of `digits` (REQUIRES: 1 to 19 decimal digits).
int si12_control_digit(std::string_view digits);

}  // namespace duecall::domain
