#include "adapters/sql/sql_strategy_records.hpp"

#include <algorithm>
#include <charconv>

#include "adapters/sql/sql_agreements.hpp"
#include "adapters/sql/sql_contact_records.hpp"
#include "adapters/sql/sql_rows.hpp"

namespace duecall::adapters::sql_strategy {
namespace {

using app::CaseForRun;
using app::DueAction;
using app::LadderRecord;
using app::StoredStrategy;

Result<StatementScope> prepare(SqlConnection& db, const char* sql) {
  return StatementScope(TRY(db.prepare(sql)));
}

std::string encode_instants(const std::vector<Instant>& instants) {
  std::string out;
  for (Instant instant : instants) {
    if (!out.empty()) out += ',';
    out += std::to_string(to_unix_micros(instant));
  }
  return out;
}

Result<std::vector<Instant>> decode_instants(std::string_view text) {
  std::vector<Instant> instants;
  while (!text.empty()) {
    std::size_t comma = text.find(',');
    std::string_view field = text.substr(0, comma);
    std::int64_t micros = 0;
    auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), micros);
    if (error != std::errc() || end != field.data() + field.size()) {
      return Error::data_loss("stored ladder has a bad attempt list");
    }
    instants.push_back(from_unix_micros(micros));
    text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
  }
  return instants;
}

constexpr const char* kStrategyColumns =
    "client_id, version, document, sha256, created_at_us, created_by";

StoredStrategy read_strategy(StatementScope& row) {
  return {.client_id = ClientId(row.column_int(0)),
          .version = static_cast<int>(row.column_int(1)),
          .document = row.column_text(2),
          .sha256 = row.column_text(3),
          .created_at = from_unix_micros(row.column_int(4)),
          .created_by = row.column_text(5)};
}

#define DC_LADDER_COLUMNS                                                                    \
  "case_id, strategy_version, segment, step_index, step_started_at_us, attempts_us, "        \
  "standing, notice_sent_at_us, agreement, agreement_made_at_us, agreement_broken_at_us, "   \
  "resume_step, handed_over_at_us, returned_to_client_at_us, last_contact_id, evaluated_at_us"

Result<LadderRecord> read_ladder(StatementScope& row) {
  std::string agreement = row.column_text(8);
  if (agreement != "none" && agreement != "active" && agreement != "broken") {
    return Error::data_loss("stored ladder has an unknown agreement state");
  }
  return LadderRecord{.case_id = CaseId(row.column_int(0)),
                      .strategy_version = static_cast<int>(row.column_int(1)),
                      .segment = row.column_text(2),
                      .step_index = row.column_int(3),
                      .step_started_at = from_unix_micros(row.column_int(4)),
                      .attempts = TRY(decode_instants(row.column_text(5))),
                      .standing = row.column_text(6),
                      .notice_sent_at = optional_instant(row, 7),
                      .agreement = std::move(agreement),
                      .agreement_made_at = optional_instant(row, 9),
                      .agreement_broken_at = optional_instant(row, 10),
                      .resume_step = optional_int(row, 11),
                      .handed_over_at = optional_instant(row, 12),
                      .returned_to_client_at = optional_instant(row, 13),
                      .last_contact_id = row.column_int(14),
                      .evaluated_at = from_unix_micros(row.column_int(15))};
}

// A lease is on one attempt of one step: when the run moves the action on, the lease ends.
#define DC_LEASE_KEPT_WHILE_SAME_ATTEMPT                                                      \
  "lease_owner = CASE WHEN due_actions.step_index = excluded.step_index AND "                \
  "due_actions.attempt_number = excluded.attempt_number THEN due_actions.lease_owner END, "   \
  "lease_until_us = CASE WHEN due_actions.step_index = excluded.step_index AND "             \
  "due_actions.attempt_number = excluded.attempt_number THEN due_actions.lease_until_us END"

#define DC_DUE_ACTION_COLUMNS                                                                   \
  "case_id, client_id, strategy_version, segment, step_index, step_name, channel, "             \
  "attempt_number, attempts, due_at_us, deadline_us, contactable_from_us, blocked_by, "         \
  "evaluated_at_us, lease_owner, lease_until_us, rank_tier, rank_score, rank_why"

DueAction read_due_action(StatementScope& row) {
  DueAction action{.case_id = CaseId(row.column_int(0)),
                   .client_id = ClientId(row.column_int(1)),
                   .strategy_version = static_cast<int>(row.column_int(2)),
                   .segment = row.column_text(3),
                   .step_index = row.column_int(4),
                   .step_name = row.column_text(5),
                   .channel = row.column_text(6),
                   .attempt_number = static_cast<int>(row.column_int(7)),
                   .attempts = static_cast<int>(row.column_int(8)),
                   .due_at = from_unix_micros(row.column_int(9)),
                   .deadline = optional_instant(row, 10),
                   .contactable_from = optional_instant(row, 11),
                   .blocked_by = row.column_text(12),
                   .evaluated_at = from_unix_micros(row.column_int(13)),
                   .lease_owner = std::nullopt,
                   .lease_until = optional_instant(row, 15),
                   .rank_tier = static_cast<int>(row.column_int(16)),
                   .rank_score = row.column_int(17),
                   .rank_why = row.column_text(18)};
  if (!row.column_is_null(14)) action.lease_owner = row.column_text(14);
  return action;
}

// The batch entry for `case_id`, or nullptr when the case is not in the batch (a row of a
// case of another client inside the id range).
CaseForRun* entry_for(std::vector<CaseForRun>& batch, std::int64_t case_id) {
  auto found = std::lower_bound(
      batch.begin(), batch.end(), case_id,
      [](const CaseForRun& entry, std::int64_t id) { return entry.case_record.id.value < id; });
  if (found == batch.end() || found->case_record.id.value != case_id) return nullptr;
  return &*found;
}

// Columns of a batch, each travelling to PostgreSQL as one array parameter, so that a
// batch of any size costs one round trip.
struct ArrayColumns {
  std::vector<std::vector<std::optional<std::int64_t>>> ints;
  std::vector<std::vector<std::string>> texts;

  ArrayColumns(std::size_t int_columns, std::size_t text_columns)
      : ints(int_columns), texts(text_columns) {}
};

std::optional<std::int64_t> micros(const std::optional<Instant>& instant) {
  if (!instant) return std::nullopt;
  return to_unix_micros(*instant);
}

bool postgres(const SqlConnection& db) { return db.dialect() == SqlDialect::kPostgres; }

Status save_ladders_postgres(SqlConnection& db, const std::vector<LadderRecord>& ladders) {
  // ints: case_id, strategy_version, step_index, step_started_at_us, notice_sent_at_us,
  // agreement_made_at_us, agreement_broken_at_us, resume_step, handed_over_at_us,
  // returned_to_client_at_us, last_contact_id, evaluated_at_us;
  // texts: segment, attempts_us, standing, agreement.
  ArrayColumns columns(12, 4);
  for (const LadderRecord& ladder : ladders) {
    std::optional<std::int64_t> ints[] = {ladder.case_id.value,
                                          ladder.strategy_version,
                                          ladder.step_index,
                                          to_unix_micros(ladder.step_started_at),
                                          micros(ladder.notice_sent_at),
                                          micros(ladder.agreement_made_at),
                                          micros(ladder.agreement_broken_at),
                                          ladder.resume_step,
                                          micros(ladder.handed_over_at),
                                          micros(ladder.returned_to_client_at),
                                          ladder.last_contact_id,
                                          to_unix_micros(ladder.evaluated_at)};
    for (std::size_t i = 0; i < 12; ++i) columns.ints[i].push_back(ints[i]);
    columns.texts[0].push_back(ladder.segment);
    columns.texts[1].push_back(encode_instants(ladder.attempts));
    columns.texts[2].push_back(ladder.standing);
    columns.texts[3].push_back(ladder.agreement);
  }
  auto statement = TRY(prepare(
      db,
      "INSERT INTO case_ladders (case_id, strategy_version, step_index, step_started_at_us, "
      "notice_sent_at_us, agreement_made_at_us, agreement_broken_at_us, resume_step, "
      "handed_over_at_us, returned_to_client_at_us, last_contact_id, evaluated_at_us, segment, "
      "attempts_us, standing, agreement) SELECT * FROM unnest(CAST(? AS BIGINT[]), CAST(? AS "
      "BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS "
      "BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS "
      "BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS TEXT[]), CAST(? AS "
      "TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[])) ON CONFLICT (case_id) DO UPDATE SET "
      "strategy_version = excluded.strategy_version, segment = excluded.segment, step_index = "
      "excluded.step_index, step_started_at_us = excluded.step_started_at_us, attempts_us = "
      "excluded.attempts_us, standing = excluded.standing, notice_sent_at_us = "
      "excluded.notice_sent_at_us, agreement = excluded.agreement, agreement_made_at_us = "
      "excluded.agreement_made_at_us, agreement_broken_at_us = "
      "excluded.agreement_broken_at_us, resume_step = excluded.resume_step, "
      "handed_over_at_us = excluded.handed_over_at_us, returned_to_client_at_us = "
      "excluded.returned_to_client_at_us, last_contact_id = excluded.last_contact_id, "
      "evaluated_at_us = excluded.evaluated_at_us"));
  int index = 1;
  for (const auto& column : columns.ints) statement.bind(index++, postgres_int_array(column));
  for (const auto& column : columns.texts) statement.bind(index++, postgres_text_array(column));
  return statement.run();
}

Status save_due_actions_postgres(SqlConnection& db, const std::vector<DueAction>& actions) {
  // ints: case_id, client_id, strategy_version, step_index, attempt_number, attempts,
  // due_at_us, deadline_us, contactable_from_us, evaluated_at_us, rank_tier, rank_score;
  // texts: segment, step_name, channel, blocked_by, rank_why.
  ArrayColumns columns(12, 5);
  for (const DueAction& action : actions) {
    std::optional<std::int64_t> ints[] = {action.case_id.value,
                                          action.client_id.value,
                                          action.strategy_version,
                                          action.step_index,
                                          action.attempt_number,
                                          action.attempts,
                                          to_unix_micros(action.due_at),
                                          micros(action.deadline),
                                          micros(action.contactable_from),
                                          to_unix_micros(action.evaluated_at),
                                          action.rank_tier,
                                          action.rank_score};
    for (std::size_t i = 0; i < 12; ++i) columns.ints[i].push_back(ints[i]);
    columns.texts[0].push_back(action.segment);
    columns.texts[1].push_back(action.step_name);
    columns.texts[2].push_back(action.channel);
    columns.texts[3].push_back(action.blocked_by);
    columns.texts[4].push_back(action.rank_why);
  }
  auto statement = TRY(prepare(
      db,
      "INSERT INTO due_actions (case_id, client_id, strategy_version, step_index, "
      "attempt_number, attempts, due_at_us, deadline_us, contactable_from_us, evaluated_at_us, "
      "rank_tier, rank_score, segment, step_name, channel, blocked_by, rank_why) SELECT * FROM "
      "unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS "
      "BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS "
      "BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS "
      "BIGINT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), "
      "CAST(? AS TEXT[])) ON CONFLICT (case_id) DO UPDATE SET client_id = excluded.client_id, "
      "strategy_version = excluded.strategy_version, segment = excluded.segment, step_index = "
      "excluded.step_index, step_name = excluded.step_name, channel = excluded.channel, "
      "attempt_number = excluded.attempt_number, attempts = excluded.attempts, due_at_us = "
      "excluded.due_at_us, deadline_us = excluded.deadline_us, contactable_from_us = "
      "excluded.contactable_from_us, blocked_by = excluded.blocked_by, evaluated_at_us = "
      "excluded.evaluated_at_us, rank_tier = excluded.rank_tier, rank_score = "
      "excluded.rank_score, rank_why = excluded.rank_why, " DC_LEASE_KEPT_WHILE_SAME_ATTEMPT));
  int index = 1;
  for (const auto& column : columns.ints) statement.bind(index++, postgres_int_array(column));
  for (const auto& column : columns.texts) statement.bind(index++, postgres_text_array(column));
  return statement.run();
}

}  // namespace

Status insert_strategy(SqlConnection& db, const StoredStrategy& strategy) {
  auto statement = TRY(prepare(db,
                               "INSERT INTO strategies (client_id, version, document, sha256, "
                               "created_at_us, created_by) VALUES (?, ?, ?, ?, ?, ?)"));
  statement.bind(1, strategy.client_id.value)
      .bind(2, std::int64_t{strategy.version})
      .bind(3, strategy.document)
      .bind(4, strategy.sha256)
      .bind(5, to_unix_micros(strategy.created_at))
      .bind(6, strategy.created_by);
  auto inserted = statement.run();
  if (!inserted.ok() && inserted.error().code == ErrorCode::kConflict) {
    return Error::already_exists("strategy version " + std::to_string(strategy.version) +
                                 " already exists for this client");
  }
  return inserted;
}

Result<std::optional<StoredStrategy>> find_strategy(SqlConnection& db, ClientId client,
                                                    std::optional<int> version) {
  static const std::string kNewest = std::string("SELECT ") + kStrategyColumns +
                                     " FROM strategies WHERE client_id = ? ORDER BY version "
                                     "DESC LIMIT 1";
  static const std::string kVersion = std::string("SELECT ") + kStrategyColumns +
                                      " FROM strategies WHERE client_id = ? AND version = ?";
  auto statement = TRY(prepare(db, version ? kVersion.c_str() : kNewest.c_str()));
  statement.bind(1, client.value);
  if (version) statement.bind(2, std::int64_t{*version});
  if (!TRY(statement.step())) return std::optional<StoredStrategy>();
  return std::optional<StoredStrategy>(read_strategy(statement));
}

Result<std::vector<CaseForRun>> open_cases_for_run(SqlConnection& db,
                                                   std::optional<ClientId> client, CaseId after,
                                                   std::size_t limit, Instant contacts_since) {
  static const std::string kAllCases = std::string("SELECT ") + kCaseColumns +
                                       " FROM cases WHERE status = 'open' AND id > ? ORDER BY "
                                       "id LIMIT ?";
  static const std::string kClientCases = std::string("SELECT ") + kCaseColumns +
                                          " FROM cases WHERE client_id = ? AND status = 'open' "
                                          "AND id > ? ORDER BY id LIMIT ?";
  std::vector<CaseForRun> batch;
  {
    auto cases = TRY(prepare(db, client ? kClientCases.c_str() : kAllCases.c_str()));
    int first_after = 1;
    if (client) {
      cases.bind(1, client->value);
      first_after = 2;
    }
    cases.bind(first_after, after.value).bind(first_after + 1, static_cast<std::int64_t>(limit));
    while (TRY(cases.step())) batch.push_back({.case_record = TRY(read_case(cases))});
  }
  if (batch.empty()) return batch;
  const std::int64_t first = batch.front().case_record.id.value;
  const std::int64_t last = batch.back().case_record.id.value;

  {
    auto debtors = TRY(prepare(
        db,
        "SELECT d.id, d.client_id, d.ref, d.kind, d.name, d.national_id, d.address, "
        "d.postal_code, d.city, d.country, d.language, d.time_zone, c.id FROM cases c JOIN "
        "debtors d ON d.id = c.debtor_id WHERE c.id BETWEEN ? AND ?"));
    debtors.bind(1, first).bind(2, last);
    while (TRY(debtors.step())) {
      if (CaseForRun* entry = entry_for(batch, debtors.column_int(12))) {
        entry->debtor = read_debtor(debtors);
      }
    }
  }
  {
    auto points = TRY(prepare(
        db,
        "SELECT c.id, p.channel, p.value, p.raw, p.phone_type, p.valid FROM cases c JOIN "
        "contact_points p ON p.debtor_id = c.debtor_id WHERE c.id BETWEEN ? AND ? ORDER BY "
        "c.id, p.channel, p.position"));
    points.bind(1, first).bind(2, last);
    while (TRY(points.step())) {
      if (CaseForRun* entry = entry_for(batch, points.column_int(0))) {
        add_contact_point(entry->debtor, points, 1);
      }
    }
  }
  {
    static const std::string kClaims = std::string("SELECT ") + kClaimColumns +
                                       ", updated_at_us FROM claims WHERE case_id BETWEEN ? AND "
                                       "? ORDER BY case_id, id";
    auto claims = TRY(prepare(db, kClaims.c_str()));
    claims.bind(1, first).bind(2, last);
    while (TRY(claims.step())) {
      CaseForRun* entry = entry_for(batch, claims.column_int(2));
      if (!entry) continue;
      entry->claims.push_back(TRY(read_claim(claims)));
      Instant updated = from_unix_micros(claims.column_int(13));
      if (!entry->last_claim_change || *entry->last_claim_change < updated) {
        entry->last_claim_change = updated;
      }
    }
  }
  {
    auto ladders = TRY(prepare(
        db, "SELECT " DC_LADDER_COLUMNS " FROM case_ladders WHERE case_id BETWEEN ? AND ?"));
    ladders.bind(1, first).bind(2, last);
    while (TRY(ladders.step())) {
      if (CaseForRun* entry = entry_for(batch, ladders.column_int(0))) {
        entry->ladder = TRY(read_ladder(ladders));
      }
    }
  }
  {
    auto actions = TRY(prepare(
        db, "SELECT " DC_DUE_ACTION_COLUMNS " FROM due_actions WHERE case_id BETWEEN ? AND ?"));
    actions.bind(1, first).bind(2, last);
    while (TRY(actions.step())) {
      if (CaseForRun* entry = entry_for(batch, actions.column_int(0))) {
        entry->due_action = read_due_action(actions);
      }
    }
  }
  {
    auto holds = TRY(prepare(db,
                             "SELECT id, case_id, claim_id, kind, note, placed_at_us, "
                             "lifted_at_us, placed_by FROM holds WHERE case_id BETWEEN ? AND ? "
                             "ORDER BY id"));
    holds.bind(1, first).bind(2, last);
    while (TRY(holds.step())) {
      if (CaseForRun* entry = entry_for(batch, holds.column_int(1))) {
        entry->holds.push_back(TRY(sql_records::read_hold(holds)));
      }
    }
  }
  {
    auto contacts = TRY(prepare(
        db,
        "SELECT id, case_id, claim_id, channel, to_address, result, abandoned, occurred_at_us, "
        "actor, callback_at_us FROM contacts WHERE case_id BETWEEN ? AND ? AND "
        "occurred_at_us >= ? ORDER BY case_id, occurred_at_us, id"));
    contacts.bind(1, first).bind(2, last).bind(3, to_unix_micros(contacts_since));
    while (TRY(contacts.step())) {
      if (CaseForRun* entry = entry_for(batch, contacts.column_int(1))) {
        // The run needs the callback time for the queue's rank, not the minutes.
        app::ContactRecord contact = TRY(sql_records::read_contact(contacts));
        if (!contacts.column_is_null(9)) contact.callback_at = from_unix_micros(contacts.column_int(9));
        entry->contacts.push_back(std::move(contact));
      }
    }
  }
  for (auto& agreement :
       TRY(sql_agreements::agreements_in_case_range(db, CaseId(first), CaseId(last)))) {
    if (CaseForRun* entry = entry_for(batch, agreement.case_id.value)) {
      entry->agreements.push_back(std::move(agreement));
    }
  }
  return batch;
}

Result<std::vector<std::string>> numbers_on_do_not_call(SqlConnection& db,
                                                        const std::vector<std::string>& numbers) {
  std::vector<std::string> listed;
  if (numbers.empty()) return listed;
  if (db.dialect() == SqlDialect::kPostgres) {
    auto statement = TRY(prepare(
        db, "SELECT number FROM do_not_call WHERE number = ANY(CAST(? AS TEXT[]))"));
    statement.bind(1, postgres_text_array(numbers));
    while (TRY(statement.step())) listed.push_back(statement.column_text(0));
    return listed;
  }
  auto statement = TRY(prepare(db, "SELECT 1 FROM do_not_call WHERE number = ?"));
  for (const auto& number : numbers) {
    statement.bind(1, number);
    if (TRY(statement.step())) listed.push_back(number);
    statement.reset();
  }
  return listed;
}

Status save_ladders(SqlConnection& db, const std::vector<LadderRecord>& ladders) {
  if (ladders.empty()) return Ok{};
  if (postgres(db)) return save_ladders_postgres(db, ladders);
  auto statement = TRY(prepare(
      db,
      "INSERT INTO case_ladders (" DC_LADDER_COLUMNS
      ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO "
      "UPDATE SET strategy_version = excluded.strategy_version, segment = excluded.segment, "
      "step_index = excluded.step_index, step_started_at_us = excluded.step_started_at_us, "
      "attempts_us = excluded.attempts_us, standing = excluded.standing, notice_sent_at_us = "
      "excluded.notice_sent_at_us, agreement = excluded.agreement, agreement_made_at_us = "
      "excluded.agreement_made_at_us, agreement_broken_at_us = "
      "excluded.agreement_broken_at_us, resume_step = excluded.resume_step, "
      "handed_over_at_us = excluded.handed_over_at_us, returned_to_client_at_us = "
      "excluded.returned_to_client_at_us, last_contact_id = excluded.last_contact_id, "
      "evaluated_at_us = excluded.evaluated_at_us"));
  for (const LadderRecord& ladder : ladders) {
    statement.bind(1, ladder.case_id.value)
        .bind(2, std::int64_t{ladder.strategy_version})
        .bind(3, ladder.segment)
        .bind(4, ladder.step_index)
        .bind(5, to_unix_micros(ladder.step_started_at))
        .bind(6, encode_instants(ladder.attempts))
        .bind(7, ladder.standing);
    bind_optional(statement, 8, ladder.notice_sent_at);
    statement.bind(9, ladder.agreement);
    bind_optional(statement, 10, ladder.agreement_made_at);
    bind_optional(statement, 11, ladder.agreement_broken_at);
    bind_optional(statement, 12, ladder.resume_step);
    bind_optional(statement, 13, ladder.handed_over_at);
    bind_optional(statement, 14, ladder.returned_to_client_at);
    statement.bind(15, ladder.last_contact_id).bind(16, to_unix_micros(ladder.evaluated_at));
    TRY(statement.run());
  }
  return Ok{};
}

Status save_due_actions(SqlConnection& db, const std::vector<DueAction>& actions) {
  if (actions.empty()) return Ok{};
  if (postgres(db)) return save_due_actions_postgres(db, actions);
  auto statement = TRY(prepare(
      db,
      "INSERT INTO due_actions (" DC_DUE_ACTION_COLUMNS
      ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?) ON CONFLICT "
      "(case_id) DO UPDATE SET client_id = excluded.client_id, strategy_version = "
      "excluded.strategy_version, segment = excluded.segment, step_index = "
      "excluded.step_index, step_name = excluded.step_name, channel = excluded.channel, "
      "attempt_number = excluded.attempt_number, attempts = excluded.attempts, due_at_us = "
      "excluded.due_at_us, deadline_us = excluded.deadline_us, contactable_from_us = "
      "excluded.contactable_from_us, blocked_by = excluded.blocked_by, evaluated_at_us = "
      "excluded.evaluated_at_us, rank_tier = excluded.rank_tier, rank_score = "
      "excluded.rank_score, rank_why = excluded.rank_why, " DC_LEASE_KEPT_WHILE_SAME_ATTEMPT));
  for (const DueAction& action : actions) {
    statement.bind(1, action.case_id.value)
        .bind(2, action.client_id.value)
        .bind(3, std::int64_t{action.strategy_version})
        .bind(4, action.segment)
        .bind(5, action.step_index)
        .bind(6, action.step_name)
        .bind(7, action.channel)
        .bind(8, std::int64_t{action.attempt_number})
        .bind(9, std::int64_t{action.attempts})
        .bind(10, to_unix_micros(action.due_at));
    bind_optional(statement, 11, action.deadline);
    bind_optional(statement, 12, action.contactable_from);
    statement.bind(13, action.blocked_by)
        .bind(14, to_unix_micros(action.evaluated_at))
        .bind(15, std::int64_t{action.rank_tier})
        .bind(16, action.rank_score)
        .bind(17, action.rank_why);
    TRY(statement.run());
  }
  return Ok{};
}

Status delete_due_actions(SqlConnection& db, const std::vector<CaseId>& cases) {
  if (cases.empty()) return Ok{};
  if (postgres(db)) {
    std::vector<std::optional<std::int64_t>> ids;
    for (CaseId id : cases) ids.emplace_back(id.value);
    auto statement = TRY(
        prepare(db, "DELETE FROM due_actions WHERE case_id = ANY(CAST(? AS BIGINT[]))"));
    statement.bind(1, postgres_int_array(ids));
    return statement.run();
  }
  auto statement = TRY(prepare(db, "DELETE FROM due_actions WHERE case_id = ?"));
  for (CaseId id : cases) {
    statement.bind(1, id.value);
    TRY(statement.run());
  }
  return Ok{};
}

Status set_case_stages(SqlConnection& db, const std::vector<app::CaseStage>& stages) {
  if (stages.empty()) return Ok{};
  if (postgres(db)) {
    std::vector<std::optional<std::int64_t>> ids;
    std::vector<std::string> names;
    std::vector<std::string> statuses;
    for (const app::CaseStage& stage : stages) {
      ids.emplace_back(stage.case_id.value);
      names.push_back(stage.stage);
      statuses.emplace_back(domain::case_status_name(stage.status));
    }
    auto statement = TRY(prepare(
        db,
        "UPDATE cases SET stage = u.stage, status = u.status FROM unnest(CAST(? AS BIGINT[]), "
        "CAST(? AS TEXT[]), CAST(? AS TEXT[])) AS u(id, stage, status) WHERE cases.id = u.id"));
    statement.bind(1, postgres_int_array(ids))
        .bind(2, postgres_text_array(names))
        .bind(3, postgres_text_array(statuses));
    return statement.run();
  }
  auto statement = TRY(prepare(db, "UPDATE cases SET stage = ?, status = ? WHERE id = ?"));
  for (const app::CaseStage& stage : stages) {
    statement.bind(1, stage.stage)
        .bind(2, domain::case_status_name(stage.status))
        .bind(3, stage.case_id.value);
    TRY(statement.run());
  }
  return Ok{};
}

Result<std::optional<LadderRecord>> find_ladder(SqlConnection& db, CaseId id) {
  auto statement =
      TRY(prepare(db, "SELECT " DC_LADDER_COLUMNS " FROM case_ladders WHERE case_id = ?"));
  statement.bind(1, id.value);
  if (!TRY(statement.step())) return std::optional<LadderRecord>();
  return std::optional<LadderRecord>(TRY(read_ladder(statement)));
}

Result<std::optional<DueAction>> find_due_action(SqlConnection& db, CaseId id) {
  auto statement =
      TRY(prepare(db, "SELECT " DC_DUE_ACTION_COLUMNS " FROM due_actions WHERE case_id = ?"));
  statement.bind(1, id.value);
  if (!TRY(statement.step())) return std::optional<DueAction>();
  return std::optional<DueAction>(read_due_action(statement));
}

Result<std::int64_t> record_strategy_run(SqlConnection& db, const app::StrategyRunRecord& run) {
  auto statement = TRY(prepare(db,
                               "INSERT INTO strategy_runs (client_id, evaluated_at_us, "
                               "started_at_us, finished_at_us, cases, report) VALUES (?, ?, ?, "
                               "?, ?, ?) RETURNING id"));
  bind_optional(statement, 1,
                run.client_id ? std::optional<std::int64_t>(run.client_id->value) : std::nullopt);
  statement.bind(2, to_unix_micros(run.evaluated_at))
      .bind(3, to_unix_micros(run.started_at))
      .bind(4, to_unix_micros(run.finished_at))
      .bind(5, run.cases)
      .bind(6, run.report);
  return statement.run_returning_id();
}

#define DC_QUEUE_CANDIDATES                                                                   \
  "SELECT " DC_DUE_ACTION_COLUMNS                                                             \
  " FROM due_actions WHERE channel = 'call' AND due_at_us <= ? AND contactable_from_us <= ? " \
  "AND (deadline_us IS NULL OR deadline_us > ?) AND (lease_until_us IS NULL OR "             \
  "lease_until_us <= ?)"
#define DC_QUEUE_ORDER " ORDER BY rank_tier, rank_score DESC, case_id LIMIT ?"

Result<std::vector<DueAction>> queue_candidates(SqlConnection& db, std::optional<ClientId> client,
                                                Instant now, std::size_t limit) {
  // PostgreSQL: rows another transaction is considering are skipped, not waited for.
  static const char* const kSql[2][2] = {
      {DC_QUEUE_CANDIDATES DC_QUEUE_ORDER,
       DC_QUEUE_CANDIDATES " AND client_id = ?" DC_QUEUE_ORDER},
      {DC_QUEUE_CANDIDATES DC_QUEUE_ORDER " FOR UPDATE SKIP LOCKED",
       DC_QUEUE_CANDIDATES " AND client_id = ?" DC_QUEUE_ORDER " FOR UPDATE SKIP LOCKED"}};
  auto statement = TRY(prepare(db, kSql[postgres(db) ? 1 : 0][client ? 1 : 0]));
  const std::int64_t at = to_unix_micros(now);
  statement.bind(1, at).bind(2, at).bind(3, at).bind(4, at);
  int next = 5;
  if (client) statement.bind(next++, client->value);
  statement.bind(next, static_cast<std::int64_t>(limit));
  std::vector<DueAction> candidates;
  while (TRY(statement.step())) candidates.push_back(read_due_action(statement));
  return candidates;
}

Result<bool> lease_due_action(SqlConnection& db, CaseId id, std::string_view owner, Instant until,
                              Instant now) {
  auto statement = TRY(prepare(db,
                               "UPDATE due_actions SET lease_owner = ?, lease_until_us = ? WHERE "
                               "case_id = ? AND (lease_until_us IS NULL OR lease_until_us <= ? "
                               "OR lease_owner = ?) RETURNING case_id"));
  statement.bind(1, owner)
      .bind(2, to_unix_micros(until))
      .bind(3, id.value)
      .bind(4, to_unix_micros(now))
      .bind(5, owner);
  bool leased = TRY(statement.step());
  statement.reset();
  return leased;
}

Result<bool> release_due_action(SqlConnection& db, CaseId id, std::string_view owner) {
  auto statement = TRY(prepare(db,
                               "UPDATE due_actions SET lease_owner = NULL, lease_until_us = NULL "
                               "WHERE case_id = ? AND lease_owner = ? RETURNING case_id"));
  statement.bind(1, id.value).bind(2, owner);
  bool released = TRY(statement.step());
  statement.reset();
  return released;
}

Result<app::QueueCounts> queue_counts(SqlConnection& db, std::optional<ClientId> client,
                                      Instant now) {
  // Without a client, -1 (no client's id) selects every client: one statement for both.
  const std::int64_t at = to_unix_micros(now);
  const std::int64_t client_id = client ? client->value : -1;
  app::QueueCounts counts;
  {
    auto statement = TRY(prepare(
        db,
        "SELECT count(*), coalesce(sum(CASE WHEN contactable_from_us <= ? AND (lease_until_us "
        "IS NULL OR lease_until_us <= ?) THEN 1 ELSE 0 END), 0), coalesce(sum(CASE WHEN "
        "lease_until_us > ? THEN 1 ELSE 0 END), 0), coalesce(sum(CASE WHEN "
        "contactable_from_us IS NULL OR contactable_from_us > ? THEN 1 ELSE 0 END), 0) FROM "
        "due_actions WHERE channel = 'call' AND due_at_us <= ? AND (deadline_us IS NULL OR "
        "deadline_us > ?) AND (client_id = ? OR ? = -1)"));
    statement.bind(1, at).bind(2, at).bind(3, at).bind(4, at).bind(5, at).bind(6, at);
    statement.bind(7, client_id).bind(8, client_id);
    TRY(statement.step());
    counts.due = statement.column_int(0);
    counts.ready = statement.column_int(1);
    counts.leased = statement.column_int(2);
    counts.blocked = statement.column_int(3);
  }
  {
    auto statement = TRY(prepare(db,
                                 "SELECT count(*) FROM due_actions WHERE channel = 'call' AND "
                                 "due_at_us > ? AND (client_id = ? OR ? = -1)"));
    statement.bind(1, at).bind(2, client_id).bind(3, client_id);
    TRY(statement.step());
    counts.due_later = statement.column_int(0);
  }
  {
    auto statement = TRY(prepare(
        db,
        "SELECT rank_tier, count(*) FROM due_actions WHERE channel = 'call' AND due_at_us <= ? "
        "AND contactable_from_us <= ? AND (deadline_us IS NULL OR deadline_us > ?) AND "
        "(lease_until_us IS NULL OR lease_until_us <= ?) AND (client_id = ? OR ? = -1) GROUP BY "
        "rank_tier ORDER BY rank_tier"));
    statement.bind(1, at).bind(2, at).bind(3, at).bind(4, at).bind(5, client_id).bind(6, client_id);
    while (TRY(statement.step())) {
      counts.ready_by_tier.emplace_back(static_cast<int>(statement.column_int(0)),
                                        statement.column_int(1));
    }
  }
  return counts;
}

}  // namespace duecall::adapters::sql_strategy
