// LocaleFormatter is the ValueFormatter for one language, backed by ICU's CLDR data: money
// goes to ICU as a decimal string built from the integer minor units (never a double),
// dates are formatted as calendar days in UTC so that no time zone can move them, and
// plurals of units come from ICU's plural rules.
//
// Thread-safety: an instance holds ICU date and list formatters, which are not safe to use
// from two threads at once; create one per thread (creation costs tens of microseconds).
#pragma once

#include <memory>
#include <string_view>

#include "core/result.hpp"
#include "core/value_formatter.hpp"

namespace duecall {

class LocaleFormatter final : public ValueFormatter {
 public:
  // REQUIRES nothing of `language_tag`; refuses one that check_language_tag() refuses.
  static Result<std::unique_ptr<LocaleFormatter>> create(std::string_view language_tag);
  ~LocaleFormatter() override;

  std::string money(const Money& amount) const override;
  std::string date(CivilDate day, DateStyle style) const override;
  std::string integer(std::int64_t value) const override;
  std::string days(std::int64_t count) const override;
  std::string months(std::int64_t count) const override;
  std::string list(const std::vector<std::string>& items) const override;

 private:
  struct Icu;
  explicit LocaleFormatter(std::unique_ptr<Icu> icu);
  std::unique_ptr<Icu> icu_;
};

}  // namespace duecall
