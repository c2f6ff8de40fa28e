// A ValueFormatter writes values the way a reader of one language expects them: money with
// its currency sign and the language's separators, calendar dates in words, counts of days
// with the noun in the right plural form, and lists joined with the language's "and".
// Scripts are rendered through this interface, so that rendering stays a pure function
// and tests can substitute their own formatter. LocaleFormatter (locale_formatter.hpp) is
// the implementation backed by ICU.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/civil_date.hpp"
#include "core/money.hpp"

namespace duecall {

enum class DateStyle {
  kLong,    // "10. december 2026", "December 10, 2026": read out on a call
  kMedium,  // "10. dec. 2026", "Dec 10, 2026": where space is short
};

class ValueFormatter {
 public:
  virtual ~ValueFormatter() = default;

  // "1.234,56 €" (sl), "€1,234.56" (en), "R$ 1.234,56" (pt-BR); exact, from minor units.
  virtual std::string money(const Money& amount) const = 0;
  virtual std::string date(CivilDate day, DateStyle style) const = 0;
  // A whole number with the language's grouping: "12.345" (sl), "12,345" (en).
  virtual std::string integer(std::int64_t value) const = 0;
  // A count of days with the unit in its plural form: "1 dan", "2 dneva", "45 dni".
  virtual std::string days(std::int64_t count) const = 0;
  // A count of months, likewise: "1 mesec", "24 mesecev", "24 months".
  virtual std::string months(std::int64_t count) const = 0;
  // "A-1, A-2 in A-3" (sl), "A-1, A-2, and A-3" (en).
  virtual std::string list(const std::vector<std::string>& items) const = 0;
};

}  // namespace duecall
