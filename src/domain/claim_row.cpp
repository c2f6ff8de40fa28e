#include "domain/claim_row.hpp"

#include <algorithm>
#include <limits>

#include "core/country.hpp"
#include "core/phone_number.hpp"
#include "core/time_zone.hpp"

namespace duecall::domain {
namespace {

constexpr std::array<std::string_view, kClaimColumnCount> kColumnNames = {
    "client_ref", "debtor_ref", "debtor_type", "name",     "national_id",     "phone",
    "email",      "address",    "city",        "country",  "claim_type",      "currency",
    "principal",  "fees",       "due_date",    "reminder_sent_on", "interest", "postal_code",
    "language",   "phone2",     "time_zone"};

// Each bucket is bounded so that the sum of a case's claims can never overflow int64:
// 10^15 minor units is ten trillion euros.
constexpr std::int64_t kMaxBucketMinor = 1'000'000'000'000'000;
constexpr std::size_t kMaxReferenceLength = 64;
constexpr std::size_t kMaxTextLength = 300;

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

enum class LineBreaks { kRefused, kAllowed };

bool has_control_character(std::string_view text, LineBreaks line_breaks) {
  return std::any_of(text.begin(), text.end(), [&](char c) {
    if (line_breaks == LineBreaks::kAllowed && (c == '\n' || c == '\r')) return false;
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
  });
}

bool plausible_email(std::string_view email) {
  auto at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  std::string_view domain = email.substr(at + 1);
  auto dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.') return false;
  return std::none_of(email.begin(), email.end(), [](char c) {
    return c == ' ' || c == ',' || c == ';' || static_cast<unsigned char>(c) < 0x20;
  });
}

bool plausible_language_tag(std::string_view tag) {
  // "sl", "en", "pt-BR": a two- or three-letter language and an optional region.
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  std::size_t i = 0;
  while (i < tag.size() && lower(tag[i])) ++i;
  if (i < 2 || i > 3) return false;
  if (i == tag.size()) return true;
  return tag.size() == i + 3 && tag[i] == '-' && upper(tag[i + 1]) && upper(tag[i + 2]);
}

// Collects at most one error per column, then reports the one that comes first in the file.
class ErrorSet {
 public:
  explicit ErrorSet(const IntakeRules& rules) : rules_(rules) {}
  void add(ClaimColumn column, std::string reason) {
    auto index = static_cast<std::size_t>(column);
    if (!reasons_[index]) reasons_[index] = std::move(reason);
  }
  bool has(ClaimColumn column) const { return reasons_[static_cast<std::size_t>(column)].has_value(); }
  std::optional<RowIssue> first() const {
    std::optional<RowIssue> best;
    int best_position = std::numeric_limits<int>::max();
    for (std::size_t c = 0; c < kClaimColumnCount; ++c) {
      // `!best`: a failing column at position INT_MAX must still be reported.
      if (reasons_[c] && (!best || rules_.position[c] < best_position)) {
        best_position = rules_.position[c];
        best = RowIssue{static_cast<ClaimColumn>(c), *reasons_[c]};
      }
    }
    return best;
  }

 private:
  const IntakeRules& rules_;
  std::array<std::optional<std::string>, kClaimColumnCount> reasons_;
};

class RowReader {
 public:
  RowReader(const RawClaimRow& raw, ErrorSet& errors) : raw_(raw), errors_(errors) {}

  std::string_view text(ClaimColumn column) const {
    const auto& field = raw_[static_cast<std::size_t>(column)];
    return field ? trim(*field) : std::string_view();
  }

  // A field that must be present and not blank; bounded in length, free of control bytes.
  std::string_view required(ClaimColumn column, std::size_t max_length) {
    std::string_view value = text(column);
    if (value.empty()) {
      errors_.add(column, "is required but empty");
    } else {
      check_text(column, value, max_length);
    }
    return value;
  }

  // Addresses often span lines in creditors' exports; no other field may.
  std::string_view optional(ClaimColumn column, std::size_t max_length,
                            LineBreaks line_breaks = LineBreaks::kRefused) {
    std::string_view value = text(column);
    if (!value.empty()) check_text(column, value, max_length, line_breaks);
    return value;
  }

 private:
  void check_text(ClaimColumn column, std::string_view value, std::size_t max_length,
                  LineBreaks line_breaks = LineBreaks::kRefused) {
    if (value.size() > max_length) {
      errors_.add(column, "is longer than " + std::to_string(max_length) + " bytes");
    } else if (has_control_character(value, line_breaks)) {
      errors_.add(column, "contains a control character");
    }
  }

  const RawClaimRow& raw_;
  ErrorSet& errors_;
};

std::optional<Money> read_amount(RowReader& reader, ErrorSet& errors, ClaimColumn column,
                                 bool required, Currency currency, const IntakeRules& rules) {
  std::string_view text = required ? reader.required(column, 40) : reader.optional(column, 40);
  if (text.empty()) return required ? std::nullopt : std::optional<Money>(Money::zero(currency));
  auto amount = Money::parse(text, currency, rules.decimal);
  if (!amount.ok()) {
    errors.add(column, amount.error().message);
    return std::nullopt;
  }
  if (amount->is_negative()) {
    errors.add(column, "'" + std::string(text) + "' is negative");
    return std::nullopt;
  }
  if (amount->minor() > kMaxBucketMinor) {
    errors.add(column, "'" + std::string(text) + "' is larger than any claim we accept");
    return std::nullopt;
  }
  return amount.value();
}

std::optional<CivilDate> read_date(RowReader& reader, ErrorSet& errors, ClaimColumn column,
                                   bool required, const IntakeRules& rules) {
  std::string_view text = required ? reader.required(column, 40) : reader.optional(column, 40);
  if (text.empty()) return std::nullopt;
  auto parsed = CivilDate::parse(text, rules.date_format);
  if (!parsed.ok()) {
    errors.add(column, parsed.error().message);
    return std::nullopt;
  }
  if (*parsed > rules.today) {
    errors.add(column, "'" + std::string(text) + "' is in the future");
    return std::nullopt;
  }
  return parsed.value();
}

PhoneContact read_phone(RowReader& reader, ClaimColumn column, std::string_view country,
                        std::vector<RowIssue>& warnings) {
  PhoneContact contact{.raw = std::string(reader.text(column))};
  auto parsed = PhoneNumber::parse(contact.raw, country.empty() ? "ZZ" : country);
  if (parsed.ok()) {
    contact.e164 = parsed->e164();
    contact.type = parsed->type();
  } else {
    warnings.push_back({column, parsed.error().message + "; kept but not dialled"});
  }
  return contact;
}

}  // namespace

std::string_view claim_column_name(ClaimColumn column) {
  return kColumnNames[static_cast<std::size_t>(column)];
}

std::optional<ClaimColumn> claim_column_from_name(std::string_view name) {
  for (std::size_t c = 0; c < kClaimColumnCount; ++c) {
    if (kColumnNames[c] == name) return static_cast<ClaimColumn>(c);
  }
  return std::nullopt;
}

bool claim_column_required(ClaimColumn column) {
  switch (column) {
    case ClaimColumn::kClientRef:
    case ClaimColumn::kDebtorRef:
    case ClaimColumn::kDebtorType:
    case ClaimColumn::kName:
    case ClaimColumn::kCountry:
    case ClaimColumn::kCurrency:
    case ClaimColumn::kPrincipal:
    case ClaimColumn::kDueDate: return true;
    default: return false;
  }
}

std::variant<ClaimRow, RowIssue> validate_claim_row(const RawClaimRow& raw,
                                                    const IntakeRules& rules) {
  using C = ClaimColumn;
  ErrorSet errors(rules);
  RowReader reader(raw, errors);
  std::vector<RowIssue> warnings;

  std::string_view client_ref = reader.required(C::kClientRef, kMaxReferenceLength);
  std::string_view debtor_ref = reader.required(C::kDebtorRef, kMaxReferenceLength);
  std::string_view debtor_type = reader.required(C::kDebtorType, 20);
  auto kind = parse_debtor_kind(debtor_type);
  if (!debtor_type.empty() && !kind.ok()) {
    errors.add(C::kDebtorType, "'" + std::string(debtor_type) + "' is not person or company");
  }
  std::string_view name = reader.required(C::kName, kMaxTextLength);
  std::string_view country = reader.required(C::kCountry, 2);
  if (!country.empty() && !is_iso_country(country)) {
    errors.add(C::kCountry, "'" + std::string(country) + "' is not an ISO 3166-1 alpha-2 code");
  }
  std::string_view currency_text = reader.required(C::kCurrency, 3);
  std::optional<Currency> currency;
  if (!currency_text.empty()) {
    auto parsed = Currency::parse(currency_text);
    if (!parsed.ok()) {
      errors.add(C::kCurrency, parsed.error().message);
    } else if (!(*parsed == rules.client_currency)) {
      errors.add(C::kCurrency, "'" + std::string(currency_text) + "' differs from the client's currency " +
                                   std::string(rules.client_currency.code()));
    } else {
      currency = *parsed;
    }
  }
  // Amounts are checked even when the currency is bad (in the client's currency), so that
  // the first failing column in the file's order is the one reported.
  Currency amount_currency = currency.value_or(rules.client_currency);
  auto principal = read_amount(reader, errors, C::kPrincipal, true, amount_currency, rules);
  auto interest = read_amount(reader, errors, C::kInterest, false, amount_currency, rules);
  auto fees = read_amount(reader, errors, C::kFees, false, amount_currency, rules);
  auto due_date = read_date(reader, errors, C::kDueDate, true, rules);
  auto reminder = read_date(reader, errors, C::kReminderSentOn, false, rules);
  if (due_date && reminder && *reminder < *due_date) {
    errors.add(C::kReminderSentOn, "the reminder (" + reminder->to_string() +
                                       ") cannot precede the due date (" + due_date->to_string() + ")");
  }

  std::string_view national_id = reader.optional(C::kNationalId, kMaxReferenceLength);
  std::string_view address = reader.optional(C::kAddress, kMaxTextLength, LineBreaks::kAllowed);
  std::string_view postal_code = reader.optional(C::kPostalCode, 20);
  std::string_view city = reader.optional(C::kCity, kMaxTextLength);
  std::string_view claim_type = reader.optional(C::kClaimType, 100);
  std::string_view language = reader.optional(C::kLanguage, 12);
  if (!language.empty() && !plausible_language_tag(language)) {
    errors.add(C::kLanguage, "'" + std::string(language) + "' is not a language tag such as sl or pt-BR");
  }
  std::string_view time_zone = reader.optional(C::kTimeZone, 64);
  if (!time_zone.empty() && !TimeZone::find(time_zone).ok()) {
    errors.add(C::kTimeZone, "'" + std::string(time_zone) + "' is not an IANA time zone");
  }
  reader.optional(C::kPhone, 40);
  reader.optional(C::kPhone2, 40);
  reader.optional(C::kEmail, kMaxTextLength);

  if (auto failure = errors.first()) return *failure;

  Debtor debtor{.ref = std::string(debtor_ref),
                .kind = *kind,
                .name = std::string(name),
                .national_id = std::string(national_id),
                .address = std::string(address),
                .postal_code = std::string(postal_code),
                .city = std::string(city),
                .country = std::string(country),
                .language = std::string(language),
                .time_zone = std::string(time_zone)};
  for (C column : {C::kPhone, C::kPhone2}) {
    if (!reader.text(column).empty()) {
      debtor.phones.push_back(read_phone(reader, column, country, warnings));
    }
  }
  if (std::string_view email = reader.text(C::kEmail); !email.empty()) {
    if (plausible_email(email)) {
      debtor.emails.emplace_back(email);
    } else {
      warnings.push_back({C::kEmail, "'" + std::string(email) + "' is not an e-mail address; dropped"});
    }
  }
  if (!debtor.phones.empty() && !debtor.reachable_by_phone()) {
    warnings.push_back({C::kPhone, "no valid phone number: the debtor is unreachable by phone"});
  }
  Claim claim{.client_ref = std::string(client_ref),
              .claim_type = std::string(claim_type),
              .balance = Balance{*principal, *interest, *fees},
              .due_date = *due_date,
              .reminder_sent_on = reminder};
  return ClaimRow{std::move(debtor), std::move(claim), std::move(warnings)};
}

}  // namespace duecall::domain
