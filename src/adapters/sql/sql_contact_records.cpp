#include "adapters/sql/sql_contact_records.hpp"

#include <nlohmann/json.hpp>

namespace duecall::adapters::sql_records {
namespace {

using app::ContactRecord;
using app::DoNotCallEntry;
using app::HoldRecord;

Result<StatementScope> prepare(SqlConnection& db, const char* sql) {
  return StatementScope(TRY(db.prepare(sql)));
}

void bind_optional_claim(StatementScope& statement, int index, std::optional<ClaimId> claim) {
  if (claim) {
    statement.bind(index, claim->value);
  } else {
    statement.bind_null(index);
  }
}

std::optional<ClaimId> read_optional_claim(StatementScope& row, int column) {
  if (row.column_is_null(column)) return std::nullopt;
  return ClaimId(row.column_int(column));
}

DoNotCallEntry read_do_not_call(StatementScope& row) {
  return {.number = row.column_text(0),
          .reason = row.column_text(1),
          .added_at = from_unix_micros(row.column_int(2))};
}

}  // namespace

Result<HoldRecord> read_hold(StatementScope& row) {
  auto kind = app::parse_hold_code(row.column_text(3));
  if (!kind.ok()) return Error::data_loss("stored hold has an unknown kind");
  HoldRecord hold{.id = HoldId(row.column_int(0)),
                  .case_id = CaseId(row.column_int(1)),
                  .claim_id = read_optional_claim(row, 2),
                  .kind = *kind,
                  .note = row.column_text(4),
                  .placed_at = from_unix_micros(row.column_int(5)),
                  .lifted_at = std::nullopt,
                  .placed_by = row.column_text(7)};
  if (!row.column_is_null(6)) hold.lifted_at = from_unix_micros(row.column_int(6));
  return hold;
}

Result<ContactRecord> read_contact(StatementScope& row) {
  auto channel = compliance::parse_channel(row.column_text(3));
  auto result = compliance::parse_contact_result(row.column_text(5));
  if (!channel.ok() || !result.ok()) {
    return Error::data_loss("stored contact has an unknown channel or result");
  }
  return ContactRecord{.id = ContactId(row.column_int(0)),
                       .case_id = CaseId(row.column_int(1)),
                       .claim_id = read_optional_claim(row, 2),
                       .channel = *channel,
                       .to_address = row.column_text(4),
                       .result = *result,
                       .abandoned = row.column_int(6) != 0,
                       .occurred_at = from_unix_micros(row.column_int(7)),
                       .actor = row.column_text(8)};
}

Status read_contact_details(StatementScope& row, int first, ContactRecord& contact) {
  if (!row.column_is_null(first)) {
    auto outcome = domain::parse_contact_outcome(row.column_text(first));
    if (!outcome.ok()) return Error::data_loss("stored contact has an unknown outcome");
    contact.outcome = *outcome;
  }
  if (!row.column_is_null(first + 1)) contact.callback_at = from_unix_micros(row.column_int(first + 1));
  if (!row.column_is_null(first + 2)) contact.operator_login = row.column_text(first + 2);
  if (!row.column_is_null(first + 3)) {
    auto document = nlohmann::json::parse(row.column_text(first + 3), nullptr, false);
    auto minutes = domain::ContactMinutes::from_json(document);
    if (!minutes.ok()) return Error::data_loss("stored contact has malformed minutes");
    contact.minutes = std::move(*minutes);
  }
  return Ok{};
}

Result<HoldId> insert_hold(SqlConnection& db, const HoldRecord& hold) {
  auto statement = TRY(prepare(
      db,
      "INSERT INTO holds (case_id, claim_id, kind, note, placed_at_us, lifted_at_us, placed_by) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  statement.bind(1, hold.case_id.value);
  bind_optional_claim(statement, 2, hold.claim_id);
  statement.bind(3, app::hold_code(hold.kind))
      .bind(4, hold.note)
      .bind(5, to_unix_micros(hold.placed_at));
  if (hold.lifted_at) {
    statement.bind(6, to_unix_micros(*hold.lifted_at));
  } else {
    statement.bind_null(6);
  }
  statement.bind(7, hold.placed_by);
  return HoldId(TRY(statement.run_returning_id()));
}

Status lift_hold(SqlConnection& db, HoldId id, Instant lifted_at) {
  auto statement =
      TRY(prepare(db, "UPDATE holds SET lifted_at_us = ? WHERE id = ? AND lifted_at_us IS NULL"));
  statement.bind(1, to_unix_micros(lifted_at)).bind(2, id.value);
  return statement.run();
}

Result<std::vector<HoldRecord>> holds_of_case(SqlConnection& db, CaseId id) {
  auto statement = TRY(prepare(
      db,
      "SELECT id, case_id, claim_id, kind, note, placed_at_us, lifted_at_us, placed_by FROM holds "
      "WHERE case_id = ? ORDER BY placed_at_us, id"));
  statement.bind(1, id.value);
  std::vector<HoldRecord> holds;
  while (TRY(statement.step())) holds.push_back(TRY(read_hold(statement)));
  return holds;
}

Status insert_do_not_call(SqlConnection& db, const DoNotCallEntry& entry) {
  auto statement =
      TRY(prepare(db, "INSERT INTO do_not_call (number, reason, added_at_us) VALUES (?, ?, ?)"));
  statement.bind(1, entry.number).bind(2, entry.reason).bind(3, to_unix_micros(entry.added_at));
  auto inserted = statement.run();
  if (!inserted.ok() && inserted.error().code == ErrorCode::kConflict) {
    return Error::already_exists(entry.number + " is already on the do-not-call list");
  }
  return inserted;
}

Result<bool> delete_do_not_call(SqlConnection& db, std::string_view number) {
  auto statement = TRY(prepare(db, "DELETE FROM do_not_call WHERE number = ? RETURNING number"));
  statement.bind(1, number);
  bool deleted = TRY(statement.step());
  // Step past the (single) row so the statement completes before it is reset.
  if (deleted) TRY(statement.step());
  return deleted;
}

Result<std::optional<DoNotCallEntry>> find_do_not_call(SqlConnection& db, std::string_view number) {
  auto statement =
      TRY(prepare(db, "SELECT number, reason, added_at_us FROM do_not_call WHERE number = ?"));
  statement.bind(1, number);
  if (!TRY(statement.step())) return std::optional<DoNotCallEntry>();
  return std::optional<DoNotCallEntry>(read_do_not_call(statement));
}

Result<std::vector<DoNotCallEntry>> list_do_not_call(SqlConnection& db) {
  auto statement =
      TRY(prepare(db, "SELECT number, reason, added_at_us FROM do_not_call ORDER BY number"));
  std::vector<DoNotCallEntry> entries;
  while (TRY(statement.step())) entries.push_back(read_do_not_call(statement));
  return entries;
}

Result<std::vector<CaseId>> cases_with_phone(SqlConnection& db, std::string_view e164) {
  auto statement = TRY(prepare(
      db,
      "SELECT DISTINCT c.id FROM contact_points p JOIN cases c ON c.debtor_id = p.debtor_id "
      "WHERE p.value = ? AND p.channel = 'phone' AND p.valid = 1 ORDER BY c.id"));
  statement.bind(1, e164);
  std::vector<CaseId> cases;
  while (TRY(statement.step())) cases.emplace_back(statement.column_int(0));
  return cases;
}

Result<ContactId> insert_contact(SqlConnection& db, const ContactRecord& contact) {
  auto statement = TRY(
      prepare(db,
              "INSERT INTO contacts (case_id, claim_id, channel, to_address, result, abandoned, "
              "occurred_at_us, actor, outcome, callback_at_us, operator_login, minutes) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  statement.bind(1, contact.case_id.value);
  bind_optional_claim(statement, 2, contact.claim_id);
  statement.bind(3, compliance::channel_name(contact.channel))
      .bind(4, contact.to_address)
      .bind(5, compliance::contact_result_name(contact.result))
      .bind(6, std::int64_t{contact.abandoned})
      .bind(7, to_unix_micros(contact.occurred_at))
      .bind(8, contact.actor);
  if (contact.outcome) {
    statement.bind(9, domain::contact_outcome_name(*contact.outcome));
  } else {
    statement.bind_null(9);
  }
  if (contact.callback_at) {
    statement.bind(10, to_unix_micros(*contact.callback_at));
  } else {
    statement.bind_null(10);
  }
  if (contact.operator_login) {
    statement.bind(11, *contact.operator_login);
  } else {
    statement.bind_null(11);
  }
  if (contact.minutes.empty()) {
    statement.bind_null(12);
  } else {
    statement.bind(12, contact.minutes.to_json().dump());
  }
  return ContactId(TRY(statement.run_returning_id()));
}

Result<std::vector<ContactRecord>> contacts_of_case(SqlConnection& db, CaseId id, Instant since) {
  auto statement = TRY(prepare(
      db,
      "SELECT id, case_id, claim_id, channel, to_address, result, abandoned, occurred_at_us, "
      "actor, outcome, callback_at_us, operator_login, minutes FROM contacts "
      "WHERE case_id = ? AND occurred_at_us >= ? ORDER BY occurred_at_us, id"));
  statement.bind(1, id.value).bind(2, to_unix_micros(since));
  std::vector<ContactRecord> contacts;
  while (TRY(statement.step())) {
    ContactRecord contact = TRY(read_contact(statement));
    TRY(read_contact_details(statement, 9, contact));
    contacts.push_back(std::move(contact));
  }
  return contacts;
}

}  // namespace duecall::adapters::sql_records
