#include "adapters/sql/sql_floor.hpp"

namespace duecall::adapters::sql_floor {
namespace {

Result<StatementScope> prepare(SqlConnection& db, const char* sql) {
  return StatementScope(TRY(db.prepare(sql)));
}

Status read_sessions(SqlConnection& db, const app::FloorQuery& query, app::FloorFacts& facts) {
  auto statement = TRY(prepare(db,
                               "SELECT user_id, min(created_at_us) FROM sessions WHERE "
                               "expires_at_us > ? GROUP BY user_id"));
  statement.bind(1, to_unix_micros(query.now));
  while (TRY(statement.step())) {
    facts.sessions.push_back({.user_id = UserId{statement.column_int(0)},
                              .signed_in_at = from_unix_micros(statement.column_int(1))});
  }
  return Ok{};
}

Status read_leases(SqlConnection& db, const app::FloorQuery& query, app::FloorFacts& facts) {
  auto statement = TRY(prepare(db,
                               "SELECT d.lease_owner, c.code, b.ref, d.lease_until_us FROM "
                               "due_actions d JOIN cases k ON k.id = d.case_id JOIN clients c ON "
                               "c.id = k.client_id JOIN debtors b ON b.id = k.debtor_id WHERE "
                               "d.lease_owner IS NOT NULL AND d.lease_until_us > ? "
                               "ORDER BY d.lease_until_us"));
  statement.bind(1, to_unix_micros(query.now));
  while (TRY(statement.step())) {
    facts.leases.push_back({.owner = statement.column_text(0),
                            .client_code = statement.column_text(1),
                            .debtor_ref = statement.column_text(2),
                            .until = from_unix_micros(statement.column_int(3))});
  }
  return Ok{};
}

Status read_contacts(SqlConnection& db, const app::FloorQuery& query, app::FloorFacts& facts) {
  auto last = TRY(prepare(db,
                          "SELECT actor, max(occurred_at_us) FROM contacts WHERE "
                          "occurred_at_us >= ? AND occurred_at_us <= ? GROUP BY actor"));
  last.bind(1, to_unix_micros(query.from)).bind(2, to_unix_micros(query.now));
  while (TRY(last.step())) {
    facts.last_contact_by_actor[last.column_text(0)] = from_unix_micros(last.column_int(1));
  }
  auto calls = TRY(prepare(db,
                           "SELECT actor, occurred_at_us, result, outcome FROM contacts WHERE "
                           "channel = 'call' AND occurred_at_us >= ? AND occurred_at_us < ?"));
  calls.bind(1, to_unix_micros(query.from)).bind(2, to_unix_micros(query.until));
  while (TRY(calls.step())) {
    facts.calls.push_back({.actor = calls.column_text(0),
                           .at = from_unix_micros(calls.column_int(1)),
                           .right_party = calls.column_text(2) == "right_party",
                           .promise = !calls.column_is_null(3) && calls.column_text(3) == "promise"});
  }
  return Ok{};
}

}  // namespace

Result<app::FloorFacts> floor_facts(SqlConnection& db, const app::FloorQuery& query) {
  app::FloorFacts facts;
  TRY(read_sessions(db, query, facts));
  TRY(read_leases(db, query, facts));
  TRY(read_contacts(db, query, facts));
  return facts;
}

}  // namespace duecall::adapters::sql_floor
