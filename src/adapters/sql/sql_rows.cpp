#include "adapters/sql/sql_rows.hpp"

#include <cstring>

#include <nlohmann/json.hpp>

namespace duecall::adapters {

using domain::Case;
using domain::Claim;
using domain::Client;
using domain::Debtor;
using domain::TimelineEvent;

Result<Client> read_client(StatementScope& row) {
  auto currency = Currency::parse(row.column_text(4));
  if (!currency.ok()) return Error::data_loss("stored client has a bad currency");
  auto document = nlohmann::json::parse(row.column_text(6), nullptr, false);
  if (document.is_discarded()) return Error::data_loss("stored client policy is not JSON");
  auto policy = domain::Policy::from_json(document, *currency, "en");
  if (!policy.ok()) return Error::data_loss("stored client policy: " + policy.error().message);
  return Client{.id = ClientId(row.column_int(0)),
                .code = row.column_text(1),
                .name = row.column_text(2),
                .country = row.column_text(3),
                .currency = *currency,
                .time_zone = row.column_text(5),
                .policy = std::move(policy).value(),
                .created_at = from_unix_micros(row.column_int(7))};
}

Result<Claim> read_claim(StatementScope& row) {
  // Stored rows were validated on the way in; check them again on the way out, so that a
  // corrupted row is reported rather than used (paired assertions around storage).
  auto currency = Currency::parse(row.column_text(6));
  if (!currency.ok()) return Error::data_loss("stored claim has a bad currency");
  auto due = CivilDate::parse_iso(row.column_text(10));
  if (!due.ok()) return Error::data_loss("stored claim has a bad due date");
  std::optional<CivilDate> reminder;
  if (!row.column_is_null(11)) {
    auto parsed = CivilDate::parse_iso(row.column_text(11));
    if (!parsed.ok()) return Error::data_loss("stored claim has a bad reminder date");
    reminder = *parsed;
  }
  auto status = TRY(domain::parse_claim_status(row.column_text(12)));
  return Claim{.id = ClaimId(row.column_int(0)),
               .client_id = ClientId(row.column_int(1)),
               .case_id = CaseId(row.column_int(2)),
               .debtor_id = DebtorId(row.column_int(3)),
               .client_ref = row.column_text(4),
               .claim_type = row.column_text(5),
               .balance = {Money(row.column_int(7), *currency), Money(row.column_int(8), *currency),
                           Money(row.column_int(9), *currency)},
               .due_date = *due,
               .reminder_sent_on = reminder,
               .status = status};
}

Result<Case> read_case(StatementScope& row) {
  auto status = TRY(domain::parse_case_status(row.column_text(3)));
  return Case{.id = CaseId(row.column_int(0)),
              .client_id = ClientId(row.column_int(1)),
              .debtor_id = DebtorId(row.column_int(2)),
              .status = status,
              .stage = row.column_text(4),
              .opened_at = from_unix_micros(row.column_int(5))};
}

Result<Sha256Digest> read_digest(StatementScope& row, int column) {
  std::string bytes = row.column_blob(column);
  Sha256Digest digest{};
  if (bytes.size() != digest.size()) return Error::data_loss("stored hash has the wrong length");
  std::memcpy(digest.data(), bytes.data(), digest.size());
  return digest;
}

Result<TimelineEvent> read_event(StatementScope& row) {
  return TimelineEvent{.id = EventId(row.column_int(0)),
                       .case_id = CaseId(row.column_int(1)),
                       .seq = row.column_int(2),
                       .kind = row.column_text(3),
                       .occurred_at = from_unix_micros(row.column_int(4)),
                       .actor = row.column_text(5),
                       .payload = row.column_text(6),
                       .prev_hash = TRY(read_digest(row, 7)),
                       .hash = TRY(read_digest(row, 8))};
}

Debtor read_debtor(StatementScope& row) {
  return Debtor{.id = DebtorId(row.column_int(0)),
                .client_id = ClientId(row.column_int(1)),
                .ref = row.column_text(2),
                .kind = row.column_text(3) == "company" ? domain::DebtorKind::kCompany
                                                        : domain::DebtorKind::kPerson,
                .name = row.column_text(4),
                .national_id = row.column_text(5),
                .address = row.column_text(6),
                .postal_code = row.column_text(7),
                .city = row.column_text(8),
                .country = row.column_text(9),
                .language = row.column_text(10),
                .time_zone = row.column_text(11)};
}

void add_contact_point(Debtor& debtor, StatementScope& row, int first) {
  if (row.column_text(first) == "phone") {
    auto type = parse_phone_type(row.column_text(first + 3));
    debtor.phones.push_back({.raw = row.column_text(first + 2),
                             .e164 = row.column_int(first + 4) ? row.column_text(first + 1) : "",
                             .type = type.ok() ? *type : PhoneType::kOther});
  } else {
    debtor.emails.push_back(row.column_text(first + 1));
  }
}


std::optional<Instant> optional_instant(StatementScope& row, int column) {
  if (row.column_is_null(column)) return std::nullopt;
  return from_unix_micros(row.column_int(column));
}

std::optional<std::int64_t> optional_int(StatementScope& row, int column) {
  if (row.column_is_null(column)) return std::nullopt;
  return row.column_int(column);
}

void bind_optional(StatementScope& statement, int index, const std::optional<Instant>& value) {
  if (value) {
    statement.bind(index, to_unix_micros(*value));
  } else {
    statement.bind_null(index);
  }
}

void bind_optional(StatementScope& statement, int index,
                   const std::optional<std::int64_t>& value) {
  if (value) {
    statement.bind(index, *value);
  } else {
    statement.bind_null(index);
  }
}

std::string postgres_text_array(const std::vector<std::string>& values) {
  std::string out = "{";
  for (const auto& value : values) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (char c : value) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  out += '}';
  return out;
}

std::string postgres_int_array(const std::vector<std::optional<std::int64_t>>& values) {
  std::string out = "{";
  for (const auto& value : values) {
    if (out.size() > 1) out += ',';
    out += value ? std::to_string(*value) : std::string("NULL");
  }
  out += '}';
  return out;
}

}  // namespace duecall::adapters
