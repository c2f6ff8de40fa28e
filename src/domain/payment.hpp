// A Payment is one credit entry of a bank statement: money that arrived on the agency's
// collection account, as the bank described it. Nothing here is matched or allocated yet.
// Invariants: the amount is positive; the entry reference (the bank's own reference for
// the entry, which makes re-imports recognisable) is not empty.
#pragma once

#include <optional>
#include <string>

#include "core/civil_date.hpp"
#include "core/money.hpp"

namespace duecall::domain {

struct Payment {
  std::string entry_reference;
  CivilDate booking_date;
  CivilDate value_date;
  Money amount;
  std::string debtor_name;  // empty when the bank gave none
  std::string debtor_iban;  // empty when the bank gave none
  std::string remittance;   // structured reference and unstructured text, space-separated

  // Returns an error naming the broken invariant, or ok.
  Status validate() const;
};

}  // namespace duecall::domain
