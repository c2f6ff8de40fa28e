#include "adapters/sql/sql_mail_outbox.hpp"

#include <nlohmann/json.hpp>

namespace duecall::adapters::sql_mail {
namespace {

using app::OutboxMail;

constexpr const char* kColumns =
    "id, case_id, contact_id, kind, message_id, mail_from, recipients, subject, message, "
    "sha256, status, attempts, last_error, created_at_us, last_attempt_at_us, lease_until_us, "
    "sent_at_us";

Result<StatementScope> prepare(SqlConnection& db, const char* sql) {
  return StatementScope(TRY(db.prepare(sql)));
}

std::optional<Instant> read_optional_instant(StatementScope& row, int column) {
  if (row.column_is_null(column)) return std::nullopt;
  return from_unix_micros(row.column_int(column));
}

Result<OutboxMail> read_mail(StatementScope& row) {
  auto status = app::parse_mail_status(row.column_text(10));
  auto recipients = nlohmann::json::parse(row.column_text(6), nullptr, false);
  if (!status.ok() || !recipients.is_array()) {
    return Error::data_loss("stored mail has an unknown status or malformed recipients");
  }
  OutboxMail mail{.id = MailId(row.column_int(0)),
                  .case_id = CaseId(row.column_int(1)),
                  .contact_id = std::nullopt,
                  .kind = row.column_text(3),
                  .message_id = row.column_text(4),
                  .mail_from = row.column_text(5),
                  .recipients = {},
                  .subject = row.column_text(7),
                  .message = row.column_text(8),
                  .sha256 = row.column_text(9),
                  .status = *status,
                  .attempts = row.column_int(11),
                  .last_error = row.column_text(12),
                  .created_at = from_unix_micros(row.column_int(13)),
                  .last_attempt_at = read_optional_instant(row, 14),
                  .lease_until = read_optional_instant(row, 15),
                  .sent_at = read_optional_instant(row, 16)};
  if (!row.column_is_null(2)) mail.contact_id = ContactId(row.column_int(2));
  for (const auto& recipient : recipients) {
    if (!recipient.is_string()) return Error::data_loss("stored mail has a malformed recipient");
    mail.recipients.push_back(recipient.get<std::string>());
  }
  return mail;
}

}  // namespace

Result<MailId> insert_mail(SqlConnection& db, const OutboxMail& mail) {
  auto statement = TRY(prepare(
      db,
      "INSERT INTO mail_outbox (case_id, contact_id, kind, message_id, mail_from, recipients, "
      "subject, message, sha256, status, attempts, last_error, created_at_us) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  statement.bind(1, mail.case_id.value);
  if (mail.contact_id) {
    statement.bind(2, mail.contact_id->value);
  } else {
    statement.bind_null(2);
  }
  statement.bind(3, mail.kind)
      .bind(4, mail.message_id)
      .bind(5, mail.mail_from)
      .bind(6, nlohmann::json(mail.recipients).dump())
      .bind(7, mail.subject)
      .bind(8, mail.message)
      .bind(9, mail.sha256)
      .bind(10, app::mail_status_name(mail.status))
      .bind(11, mail.attempts)
      .bind(12, mail.last_error)
      .bind(13, to_unix_micros(mail.created_at));
  return MailId(TRY(statement.run_returning_id()));
}

Result<std::optional<OutboxMail>> find_mail(SqlConnection& db, MailId id) {
  static const std::string kSql =
      std::string("SELECT ") + kColumns + " FROM mail_outbox WHERE id = ?";
  auto statement = TRY(prepare(db, kSql.c_str()));
  statement.bind(1, id.value);
  if (!TRY(statement.step())) return std::optional<OutboxMail>();
  return std::optional<OutboxMail>(TRY(read_mail(statement)));
}

Result<std::vector<OutboxMail>> queued_mail(SqlConnection& db, std::size_t limit) {
  static const std::string kSql = std::string("SELECT ") + kColumns +
                                  " FROM mail_outbox WHERE status = 'queued' ORDER BY id LIMIT ?";
  auto statement = TRY(prepare(db, kSql.c_str()));
  statement.bind(1, static_cast<std::int64_t>(limit));
  std::vector<OutboxMail> mails;
  while (TRY(statement.step())) mails.push_back(TRY(read_mail(statement)));
  return mails;
}

Result<bool> claim_mail(SqlConnection& db, MailId id, Instant now, Instant until) {
  auto statement =
      TRY(prepare(db,
                  "UPDATE mail_outbox SET lease_until_us = ?, attempts = attempts + 1, "
                  "last_attempt_at_us = ? WHERE id = ? AND status = 'queued' AND "
                  "(lease_until_us IS NULL OR lease_until_us <= ?) RETURNING id"));
  statement.bind(1, to_unix_micros(until))
      .bind(2, to_unix_micros(now))
      .bind(3, id.value)
      .bind(4, to_unix_micros(now));
  bool claimed = TRY(statement.step());
  // Step past the (single) row so the statement completes before it is reset.
  if (claimed) TRY(statement.step());
  return claimed;
}

Status mail_sent(SqlConnection& db, MailId id, Instant sent_at) {
  auto statement =
      TRY(prepare(db,
                  "UPDATE mail_outbox SET status = 'sent', sent_at_us = ?, lease_until_us = NULL, "
                  "last_error = '' WHERE id = ?"));
  statement.bind(1, to_unix_micros(sent_at)).bind(2, id.value);
  return statement.run();
}

Status mail_failed(SqlConnection& db, MailId id, Instant failed_at, std::string_view error) {
  auto statement = TRY(prepare(
      db,
      "UPDATE mail_outbox SET last_error = ?, last_attempt_at_us = ?, lease_until_us = NULL "
      "WHERE id = ? AND status = 'queued'"));
  statement.bind(1, error).bind(2, to_unix_micros(failed_at)).bind(3, id.value);
  return statement.run();
}

}  // namespace duecall::adapters::sql_mail
