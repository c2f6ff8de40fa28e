#include "adapters/sql/copy_database.hpp"

#include <map>

namespace duecall::adapters {
namespace {

// Statements are cached by pointer, so each table's SQL is built once and kept.
struct TableSql {
  std::string select;
  std::string insert;
  std::string count;
};

const TableSql& sql_for(const TableLayout& layout) {
  static const std::map<std::string, TableSql> kSql = [] {
    std::map<std::string, TableSql> all;
    for (const auto& table : copied_tables()) {
      std::string columns, marks;
      for (std::size_t i = 0; i < table.columns.size(); ++i) {
        columns += (i ? ", " : "") + std::string(table.columns[i].name);
        marks += i ? ", ?" : "?";
      }
      // Rows are copied in primary-key order, so that a chain's events arrive in sequence.
      std::string order = std::string(table.columns[0].name) == "id" ? "id" : columns;
      all[table.table] = {"SELECT " + columns + " FROM " + table.table + " ORDER BY " + order,
                          "INSERT INTO " + std::string(table.table) + " (" + columns +
                              ") VALUES (" + marks + ")",
                          "SELECT count(*) FROM " + std::string(table.table)};
    }
    return all;
  }();
  return kSql.at(layout.table);
}

Result<std::int64_t> count_rows(SqlConnection& connection, const TableLayout& layout) {
  StatementScope count(TRY(connection.prepare(sql_for(layout).count.c_str())));
  TRY(count.step());
  return count.column_int(0);
}

Status copy_table(SqlConnection& source, SqlConnection& target, const TableLayout& layout) {
  const TableSql& sql = sql_for(layout);
  StatementScope rows(TRY(source.prepare(sql.select.c_str())));
  SqlStatement* insert = TRY(target.prepare(sql.insert.c_str()));
  while (TRY(rows.step())) {
    StatementScope row(insert);
    for (std::size_t i = 0; i < layout.columns.size(); ++i) {
      int column = static_cast<int>(i);
      if (rows.column_is_null(column)) {
        row.bind_null(column + 1);
        continue;
      }
      switch (layout.columns[i].kind) {
        case ColumnKind::kInteger: row.bind(column + 1, rows.column_int(column)); break;
        case ColumnKind::kText: row.bind(column + 1, rows.column_text(column)); break;
        case ColumnKind::kBlob: row.bind_blob(column + 1, rows.column_blob(column)); break;
      }
    }
    TRY(row.run());
  }
  return Ok{};
}

}  // namespace

const std::vector<TableLayout>& copied_tables() {
  constexpr auto I = ColumnKind::kInteger;
  constexpr auto T = ColumnKind::kText;
  constexpr auto B = ColumnKind::kBlob;
  static const std::vector<TableLayout> kTables = {
      {"clients",
       {{"id", I}, {"code", T}, {"name", T}, {"country", T}, {"currency", T}, {"time_zone", T},
        {"policy", T}, {"created_at_us", I}}},
      {"debtors",
       {{"id", I}, {"client_id", I}, {"ref", T}, {"kind", T}, {"name", T}, {"national_id", T},
        {"address", T}, {"postal_code", T}, {"city", T}, {"country", T}, {"language", T},
        {"time_zone", T}, {"created_at_us", I}, {"updated_at_us", I}}},
      {"contact_points",
       {{"debtor_id", I}, {"channel", T}, {"position", I}, {"value", T}, {"raw", T},
        {"phone_type", T}, {"valid", I}}},
      {"cases",
       {{"id", I}, {"client_id", I}, {"debtor_id", I}, {"status", T}, {"stage", T},
        {"opened_at_us", I}}},
      {"claims",
       {{"id", I}, {"client_id", I}, {"case_id", I}, {"debtor_id", I}, {"client_ref", T},
        {"claim_type", T}, {"currency", T}, {"principal_minor", I}, {"interest_minor", I},
        {"fees_minor", I}, {"due_date", T}, {"reminder_sent_on", T}, {"status", T},
        {"placed_at_us", I}, {"updated_at_us", I}}},
      {"timeline_events",
       {{"id", I}, {"case_id", I}, {"seq", I}, {"kind", T}, {"occurred_at_us", I}, {"actor", T},
        {"payload", T}, {"prev_hash", B}, {"hash", B}}},
      {"imports",
       {{"id", I}, {"client_id", I}, {"file_name", T}, {"file_sha256", T}, {"rows_read", I},
        {"imported", I}, {"updated", I}, {"unchanged", I}, {"rejected", I}, {"cases_created", I},
        {"started_at_us", I}, {"finished_at_us", I}}},
      {"holds",
       {{"id", I}, {"case_id", I}, {"claim_id", I}, {"kind", T}, {"note", T},
        {"placed_at_us", I}, {"lifted_at_us", I}, {"placed_by", T}}},
      {"do_not_call", {{"number", T}, {"reason", T}, {"added_at_us", I}}},
      {"contacts",
       {{"id", I}, {"case_id", I}, {"claim_id", I}, {"channel", T}, {"to_address", T},
        {"result", T}, {"abandoned", I}, {"occurred_at_us", I}, {"actor", T}, {"outcome", T},
        {"callback_at_us", I}, {"operator_login", T}, {"minutes", T}}},
      {"strategies",
       {{"client_id", I}, {"version", I}, {"document", T}, {"sha256", T}, {"created_at_us", I},
        {"created_by", T}}},
      {"case_ladders",
       {{"case_id", I}, {"strategy_version", I}, {"segment", T}, {"step_index", I},
        {"step_started_at_us", I}, {"attempts_us", T}, {"standing", T}, {"notice_sent_at_us", I},
        {"agreement", T}, {"agreement_made_at_us", I}, {"agreement_broken_at_us", I},
        {"resume_step", I}, {"handed_over_at_us", I}, {"returned_to_client_at_us", I},
        {"last_contact_id", I}, {"evaluated_at_us", I}}},
      {"due_actions",
       {{"case_id", I}, {"client_id", I}, {"strategy_version", I}, {"segment", T},
        {"step_index", I}, {"step_name", T}, {"channel", T}, {"attempt_number", I},
        {"attempts", I}, {"due_at_us", I}, {"deadline_us", I}, {"contactable_from_us", I},
        {"blocked_by", T}, {"evaluated_at_us", I}, {"lease_owner", T}, {"lease_until_us", I},
        {"rank_tier", I}, {"rank_score", I}, {"rank_why", T}}},
      {"strategy_runs",
       {{"id", I}, {"client_id", I}, {"evaluated_at_us", I}, {"started_at_us", I},
        {"finished_at_us", I}, {"cases", I}, {"report", T}}},
      {"shifts", {{"name", T}, {"start_minute", I}, {"end_minute", I}, {"time_zone", T}}},
      {"users",
       {{"id", I}, {"login", T}, {"name", T}, {"role", T}, {"client_id", I}, {"shift", T},
        {"password_hash", T}, {"created_at_us", I}, {"password_changed_at_us", I},
        {"disabled_at_us", I}, {"team", T}}},
      {"call_scripts",
       {{"id", I}, {"client_id", I}, {"step", T}, {"language", T}, {"version", I}, {"body", T},
        {"saved_at_us", I}, {"saved_by", T}}},
      {"payments",
       {{"id", I}, {"entry_ref", T}, {"client_id", I}, {"booking_date", T}, {"value_date", T},
        {"amount_minor", I}, {"currency", T}, {"debtor_name", T}, {"debtor_iban", T},
        {"remittance", T}, {"outcome", T}, {"matched_claim_id", I}, {"case_id", I},
        {"held_minor", I}, {"file_name", T}, {"imported_at_us", I}}},
      {"payment_allocations",
       {{"payment_id", I}, {"claim_id", I}, {"bucket", T}, {"amount_minor", I}}},
      {"todo_items",
       {{"id", I}, {"kind", T}, {"case_id", I}, {"claim_ref", T}, {"amount_minor", I},
        {"currency", T}, {"operator_login", T}, {"due_at_us", I}, {"created_at_us", I},
        {"done_at_us", I}, {"done_outcome", T}, {"payload", T}}},
      {"agreements",
       {{"id", I}, {"case_id", I}, {"claim_id", I}, {"kind", T}, {"state", T}, {"currency", T},
        {"terms", T}, {"outside_floors", T}, {"operator_login", T}, {"created_at_us", I},
        {"activated_at_us", I}, {"decided_by", T}, {"decided_at_us", I},
        {"decision_reason", T}, {"ended_by", T}, {"ended_at_us", I}, {"end_reason", T}}},
      {"agreement_instalments",
       {{"agreement_id", I}, {"seq", I}, {"due_date", T}, {"amount_minor", I},
        {"currency", T}}},
      {"client_kpi_targets",
       {{"client_id", I}, {"calls_per_day", I}, {"agreements_per_day", I}, {"set_at_us", I},
        {"set_by", T}}},
      {"team_kpi_targets",
       {{"team", T}, {"calls_per_day", I}, {"agreements_per_day", I}, {"set_at_us", I},
        {"set_by", T}}},
      {"mail_outbox",
       {{"id", I}, {"case_id", I}, {"contact_id", I}, {"kind", T}, {"message_id", T},
        {"mail_from", T}, {"recipients", T}, {"subject", T}, {"message", T}, {"sha256", T},
        {"status", T}, {"attempts", I}, {"last_error", T}, {"created_at_us", I},
        {"last_attempt_at_us", I}, {"lease_until_us", I}, {"sent_at_us", I}}},
      {"sessions",
       {{"token_sha256", T}, {"user_id", I}, {"csrf_token", T}, {"created_at_us", I},
        {"expires_at_us", I}}},
      {"sign_in_failures", {{"login", T}, {"failed_at_us", I}}},
      {"api_tokens",
       {{"id", I}, {"token_sha256", T}, {"user_id", I}, {"name", T}, {"created_by", T},
        {"created_at_us", I}, {"revoked_at_us", I}}},
      {"campaigns",
       {{"id", I}, {"name", T}, {"mode", T}, {"abandon_cap_bp", I}, {"caller_id", T},
        {"state", T}, {"created_at_us", I}, {"created_by", T}, {"updated_at_us", I},
        {"updated_by", T}}},
      {"campaign_clients", {{"campaign_id", I}, {"client_id", I}}},
      {"campaign_state_changes",
       {{"id", I}, {"campaign_id", I}, {"from_state", T}, {"to_state", T},
        {"changed_at_us", I}, {"changed_by", T}}},
      {"campaign_attempts",
       {{"id", I}, {"campaign_id", I}, {"case_id", I}, {"number_sha256", T},
        {"placed_at_us", I}, {"answered_at_us", I}, {"connected_at_us", I},
        {"abandoned_at_us", I}, {"ended_at_us", I}, {"result", T}}},
  };
  return kTables;
}

Result<std::vector<CopiedTable>> copy_database(SqlConnection& source, SqlConnection& target) {
  for (const auto& layout : copied_tables()) {
    if (TRY(count_rows(target, layout)) != 0) {
      return Error::failed_precondition("the target " + target.describe() + " is not empty (" +
                                        layout.table + " has rows)");
    }
  }
  TRY(target.begin());
  auto copied = [&]() -> Result<std::vector<CopiedTable>> {
    std::vector<CopiedTable> result;
    for (const auto& layout : copied_tables()) {
      TRY(copy_table(source, target, layout));
      if (target.dialect() == SqlDialect::kPostgres && std::string_view(layout.columns[0].name) == "id") {
        TRY(target.execute(std::string("SELECT setval(pg_get_serial_sequence('") + layout.table +
                           "', 'id'), coalesce((SELECT max(id) FROM " + layout.table + "), 1))"));
      }
      result.push_back({layout.table, TRY(count_rows(source, layout)), TRY(count_rows(target, layout))});
    }
    return result;
  }();
  if (!copied.ok()) {
    (void)target.rollback();
    return copied;
  }
  TRY(target.commit());
  return copied;
}

}  // namespace duecall::adapters
