#include "adapters/sql/sql_call_scripts.hpp"

namespace duecall::adapters::sql_records {
namespace {

using app::CallScriptRecord;

constexpr const char* kSelectLatest =
    "SELECT client_id, step, language, version, body, saved_at_us, saved_by FROM call_scripts "
    "WHERE client_id = ? AND step = ? AND language = ? ORDER BY version DESC LIMIT 1";
constexpr const char* kSelectVersion =
    "SELECT client_id, step, language, version, body, saved_at_us, saved_by FROM call_scripts "
    "WHERE client_id = ? AND step = ? AND language = ? AND version = ?";

constexpr const char* kSelectLatestOfClient =
    "SELECT client_id, step, language, version, body, saved_at_us, saved_by FROM call_scripts c "
    "WHERE client_id = ? AND version = (SELECT max(version) FROM call_scripts m WHERE "
    "m.client_id = c.client_id AND m.step = c.step AND m.language = c.language) "
    "ORDER BY step, language";

Result<CallScriptRecord> read_call_script(StatementScope& row) {
  std::int64_t version = row.column_int(3);
  if (version < 1 || version > INT32_MAX) {
    return Error::data_loss("stored call script has version " + std::to_string(version));
  }
  return CallScriptRecord{.client_id = ClientId(row.column_int(0)),
                          .step = row.column_text(1),
                          .language = row.column_text(2),
                          .version = static_cast<int>(version),
                          .body = row.column_text(4),
                          .saved_at = from_unix_micros(row.column_int(5)),
                          .saved_by = row.column_text(6)};
}

}  // namespace

Status insert_call_script(SqlConnection& db, const CallScriptRecord& script) {
  StatementScope statement(TRY(
      db.prepare("INSERT INTO call_scripts (client_id, step, language, version, body, saved_at_us, "
                 "saved_by) VALUES (?, ?, ?, ?, ?, ?, ?)")));
  statement.bind(1, script.client_id.value)
      .bind(2, script.step)
      .bind(3, script.language)
      .bind(4, std::int64_t{script.version})
      .bind(5, script.body)
      .bind(6, to_unix_micros(script.saved_at))
      .bind(7, script.saved_by);
  auto inserted = statement.run();
  if (!inserted.ok() && inserted.error().code == ErrorCode::kConflict) {
    return Error::conflict("version " + std::to_string(script.version) + " of the " + script.step +
                           " script in " + script.language +
                           " was saved by someone else meanwhile; save again");
  }
  return inserted;
}

Result<std::optional<CallScriptRecord>> find_call_script(SqlConnection& db, ClientId client,
                                                         std::string_view step,
                                                         std::string_view language,
                                                         std::optional<int> version) {
  StatementScope statement(TRY(db.prepare(version ? kSelectVersion : kSelectLatest)));
  statement.bind(1, client.value).bind(2, step).bind(3, language);
  if (version) statement.bind(4, std::int64_t{*version});
  if (!TRY(statement.step())) return std::optional<CallScriptRecord>();
  return std::optional<CallScriptRecord>(TRY(read_call_script(statement)));
}

Result<std::vector<CallScriptRecord>> latest_call_scripts(SqlConnection& db, ClientId client) {
  StatementScope statement(TRY(db.prepare(kSelectLatestOfClient)));
  statement.bind(1, client.value);
  std::vector<CallScriptRecord> scripts;
  while (TRY(statement.step())) scripts.push_back(TRY(read_call_script(statement)));
  return scripts;
}

}  // namespace duecall::adapters::sql_records
