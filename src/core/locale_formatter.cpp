#include "core/locale_formatter.hpp"

#include <unicode/datefmt.h>
#include <unicode/listformatter.h>
#include <unicode/locid.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/timezone.h>

#include "core/check.hpp"
#include "core/language_tag.hpp"

namespace duecall {
namespace {

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Formatting a valid value with formatters that were created successfully does not fail
// in ICU; a failure would mean broken ICU data, after which no output can be trusted.
void require_success(UErrorCode status) {
  DC_VERIFY(U_SUCCESS(status), "ICU formats valid values with its own data");
}

std::unique_ptr<icu::DateFormat> utc_date_format(icu::DateFormat::EStyle style,
                                                 const icu::Locale& locale) {
  std::unique_ptr<icu::DateFormat> format(icu::DateFormat::createDateInstance(style, locale));
  // A CivilDate is passed as midnight UTC of its day; formatting in UTC keeps that day.
  if (format) format->adoptTimeZone(icu::TimeZone::createTimeZone("Etc/UTC"));
  return format;
}

}  // namespace

struct LocaleFormatter::Icu {
  icu::Locale locale;
  icu::number::LocalizedNumberFormatter numbers;
  icu::number::LocalizedNumberFormatter day_counts;
  icu::number::LocalizedNumberFormatter month_counts;
  std::unique_ptr<icu::DateFormat> long_dates;
  std::unique_ptr<icu::DateFormat> medium_dates;
  std::unique_ptr<icu::ListFormatter> lists;
};

LocaleFormatter::LocaleFormatter(std::unique_ptr<Icu> icu) : icu_(std::move(icu)) {}
LocaleFormatter::~LocaleFormatter() = default;

Result<std::unique_ptr<LocaleFormatter>> LocaleFormatter::create(std::string_view language_tag) {
  TRY(check_language_tag(language_tag));
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(std::string(language_tag), status);
  auto numbers = icu::number::NumberFormatter::withLocale(locale);
  auto full_name = [&](const icu::MeasureUnit& unit) {
    return icu::number::NumberFormatter::withLocale(locale).unit(unit).unitWidth(
        UNUM_UNIT_WIDTH_FULL_NAME);
  };
  auto icu = std::make_unique<Icu>(Icu{
      .locale = locale,
      .numbers = numbers,
      .day_counts = full_name(icu::MeasureUnit::getDay()),
      .month_counts = full_name(icu::MeasureUnit::getMonth()),
      .long_dates = utc_date_format(icu::DateFormat::kLong, locale),
      .medium_dates = utc_date_format(icu::DateFormat::kMedium, locale),
      .lists =
          std::unique_ptr<icu::ListFormatter>(icu::ListFormatter::createInstance(locale, status)),
  });
  if (U_FAILURE(status) || !icu->long_dates || !icu->medium_dates || !icu->lists) {
    return Error::internal("ICU has no formats for '" + std::string(language_tag) + "'");
  }
  return std::unique_ptr<LocaleFormatter>(new LocaleFormatter(std::move(icu)));
}

std::string LocaleFormatter::money(const Money& amount) const {
  UErrorCode status = U_ZERO_ERROR;
  std::string code(amount.currency().code());
  icu::UnicodeString wide_code(code.c_str(), static_cast<int32_t>(code.size()), US_INV);
  icu::CurrencyUnit unit(wide_code.getTerminatedBuffer(), status);
  require_success(status);
  // The decimal string is exact ("1234.56"), so no rounding happens on the way to ICU.
  std::string decimal = amount.to_decimal_string();
  auto formatted = icu_->numbers.unit(unit).formatDecimal(
      icu::StringPiece(decimal.data(), static_cast<int32_t>(decimal.size())), status);
  icu::UnicodeString text = formatted.toString(status);
  require_success(status);
  return to_utf8(text);
}

std::string LocaleFormatter::date(CivilDate day, DateStyle style) const {
  // Milliseconds since the epoch of midnight UTC: whole numbers far below 2^53, so the
  // double that ICU takes holds them exactly.
  auto milliseconds = static_cast<double>(day.days().time_since_epoch().count()) * 86'400'000.0;
  const icu::DateFormat& format =
      style == DateStyle::kLong ? *icu_->long_dates : *icu_->medium_dates;
  icu::UnicodeString text;
  format.format(milliseconds, text);
  return to_utf8(text);
}

std::string LocaleFormatter::integer(std::int64_t value) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = icu_->numbers.formatInt(value, status).toString(status);
  require_success(status);
  return to_utf8(text);
}

std::string LocaleFormatter::days(std::int64_t count) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = icu_->day_counts.formatInt(count, status).toString(status);
  require_success(status);
  return to_utf8(text);
}

std::string LocaleFormatter::months(std::int64_t count) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = icu_->month_counts.formatInt(count, status).toString(status);
  require_success(status);
  return to_utf8(text);
}

std::string LocaleFormatter::list(const std::vector<std::string>& items) const {
  std::vector<icu::UnicodeString> wide;
  wide.reserve(items.size());
  for (const auto& item : items) wide.push_back(icu::UnicodeString::fromUTF8(item));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text;
  icu_->lists->format(wide.data(), static_cast<int32_t>(wide.size()), text, status);
  require_success(status);
  return to_utf8(text);
}

}  // namespace duecall
