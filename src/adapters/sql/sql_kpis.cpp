#include "adapters/sql/sql_kpis.hpp"

#include "adapters/sql/sql_rows.hpp"

namespace duecall::adapters::sql_kpis {
namespace {

constexpr std::int64_t kMicrosPerMinute = 60'000'000;

Result<StatementScope> prepare(SqlConnection& db, const char* sql) {
  return StatementScope(TRY(db.prepare(sql)));
}

// Binds the client filter written as "(CAST(? AS BIGINT) = 0 OR x.client_id = ?)": 0 keeps
// every client. A typed comparison rather than "? IS NULL", which PostgreSQL cannot type.
void bind_client(StatementScope& statement, int first, const app::KpiQuery& query) {
  std::int64_t client = query.client ? query.client->value : 0;
  statement.bind(first, client).bind(first + 1, client);
}

Instant minute_at(std::int64_t minute) {
  return from_unix_micros(minute * kMicrosPerMinute);
}

Status read_calls(SqlConnection& db, const app::KpiQuery& query, domain::KpiFacts& facts) {
  auto statement = TRY(prepare(
      db,
      "SELECT t.actor, cl.code, t.occurred_at_us / 60000000, count(*), "
      "sum(CASE WHEN t.result = 'right_party' THEN 1 ELSE 0 END) "
      "FROM contacts t JOIN cases c ON c.id = t.case_id JOIN clients cl ON cl.id = c.client_id "
      "WHERE t.channel = 'call' AND t.occurred_at_us >= ? AND t.occurred_at_us < ? AND "
      "(CAST(? AS BIGINT) = 0 OR c.client_id = ?) "
      "GROUP BY t.actor, cl.code, t.occurred_at_us / 60000000"));
  statement.bind(1, to_unix_micros(query.from)).bind(2, to_unix_micros(query.until));
  bind_client(statement, 3, query);
  while (TRY(statement.step())) {
    facts.calls.push_back({.operator_login = statement.column_text(0),
                           .client_code = statement.column_text(1),
                           .minute = minute_at(statement.column_int(2)),
                           .calls = statement.column_int(3),
                           .right_party = statement.column_int(4)});
  }
  return Ok{};
}

Status read_agreements(SqlConnection& db, const app::KpiQuery& query, domain::KpiFacts& facts) {
  auto statement = TRY(prepare(
      db,
      "SELECT a.operator_login, cl.code, a.kind, a.state, a.created_at_us, a.activated_at_us, "
      "a.ended_at_us, a.currency, (SELECT CAST(sum(i.amount_minor) AS BIGINT) FROM "
      "agreement_instalments i WHERE i.agreement_id = a.id) "
      "FROM agreements a JOIN cases c ON c.id = a.case_id JOIN clients cl ON cl.id = c.client_id "
      "WHERE ((a.created_at_us >= ? AND a.created_at_us < ?) OR "
      "(a.ended_at_us >= ? AND a.ended_at_us < ?)) AND (CAST(? AS BIGINT) = 0 OR c.client_id = ?) "
      "ORDER BY a.id"));
  statement.bind(1, to_unix_micros(query.from))
      .bind(2, to_unix_micros(query.until))
      .bind(3, to_unix_micros(query.from))
      .bind(4, to_unix_micros(query.until));
  bind_client(statement, 5, query);
  while (TRY(statement.step())) {
    auto kind = domain::parse_agreement_kind(statement.column_text(2));
    auto state = domain::parse_agreement_state(statement.column_text(3));
    auto currency = Currency::parse(statement.column_text(7));
    if (!kind.ok() || !state.ok() || !currency.ok()) {
      return Error::data_loss("stored agreement has an unknown kind, state or currency");
    }
    domain::KpiAgreementFact fact{.operator_login = statement.column_text(0),
                                  .client_code = statement.column_text(1),
                                  .kind = *kind,
                                  .state = *state,
                                  .created_at = from_unix_micros(statement.column_int(4)),
                                  .activated_at = optional_instant(statement, 5),
                                  .ended_at = optional_instant(statement, 6),
                                  .expected = std::nullopt};
    if (!statement.column_is_null(8)) fact.expected = Money(statement.column_int(8), *currency);
    facts.agreements.push_back(std::move(fact));
  }
  return Ok{};
}

// A payment is credited to the operator whose agreement on the claim was in force when the
// payment was posted: activated by then and not ended before (a kept agreement ends when
// the payments reach it, so it still counts). Of several, the one activated last.
Status read_collected(SqlConnection& db, const app::KpiQuery& query, domain::KpiFacts& facts) {
  auto statement = TRY(prepare(
      db,
      "SELECT x.code, x.booking_date, x.currency, coalesce(x.operator_login, ''), "
      "CAST(sum(x.amount_minor) AS BIGINT) FROM (SELECT cl.code AS code, p.booking_date AS "
      "booking_date, k.currency AS currency, a.amount_minor AS amount_minor, (SELECT "
      "g.operator_login FROM agreements g WHERE g.claim_id = a.claim_id AND g.activated_at_us "
      "IS NOT NULL AND g.activated_at_us <= p.imported_at_us AND (g.ended_at_us IS NULL OR "
      "g.ended_at_us >= p.imported_at_us) ORDER BY g.activated_at_us DESC, g.id DESC LIMIT 1) "
      "AS operator_login FROM payments p JOIN payment_allocations a ON a.payment_id = p.id "
      "JOIN claims k ON k.id = a.claim_id JOIN clients cl ON cl.id = k.client_id "
      "WHERE p.booking_date >= ? AND p.booking_date <= ? AND "
      "(CAST(? AS BIGINT) = 0 OR k.client_id = ?)) x "
      "GROUP BY x.code, x.booking_date, x.currency, x.operator_login"));
  statement.bind(1, query.first_day.to_string()).bind(2, query.last_day.to_string());
  bind_client(statement, 3, query);
  while (TRY(statement.step())) {
    auto day = CivilDate::parse_iso(statement.column_text(1));
    auto currency = Currency::parse(statement.column_text(2));
    if (!day.ok() || !currency.ok()) {
      return Error::data_loss("stored payment has a malformed booking date or currency");
    }
    facts.collected.push_back({.client_code = statement.column_text(0),
                               .booking_date = *day,
                               .operator_login = statement.column_text(3),
                               .amount = Money(statement.column_int(4), *currency)});
  }
  return Ok{};
}

// A first call "within 24 h" is one at most 24 hours after the case was opened.
Status read_intake(SqlConnection& db, const app::KpiQuery& query, domain::KpiFacts& facts) {
  auto statement = TRY(prepare(
      db,
      "SELECT cl.code, k.opened_at_us / 60000000, count(*), sum(CASE WHEN k.first_call IS NOT "
      "NULL AND k.first_call <= k.opened_at_us + 86400000000 THEN 1 ELSE 0 END) FROM (SELECT "
      "c.client_id AS client_id, c.opened_at_us AS opened_at_us, (SELECT min(t.occurred_at_us) "
      "FROM contacts t WHERE t.case_id = c.id AND t.channel = 'call') AS first_call FROM cases "
      "c WHERE c.opened_at_us >= ? AND c.opened_at_us < ? AND "
      "(CAST(? AS BIGINT) = 0 OR c.client_id = ?)) k JOIN clients cl ON cl.id = k.client_id "
      "GROUP BY cl.code, k.opened_at_us / 60000000"));
  statement.bind(1, to_unix_micros(query.from)).bind(2, to_unix_micros(query.until));
  bind_client(statement, 3, query);
  while (TRY(statement.step())) {
    facts.intake.push_back({.client_code = statement.column_text(0),
                            .minute = minute_at(statement.column_int(1)),
                            .cases = statement.column_int(2),
                            .first_call_within_24h = statement.column_int(3)});
  }
  return Ok{};
}

Result<app::KpiTargetRecord> read_target(StatementScope& row, app::KpiTargetScope scope) {
  auto target = domain::make_kpi_target(row.column_int(2), row.column_int(3));
  if (!target.ok()) return Error::data_loss("stored KPI target: " + target.error().message);
  return app::KpiTargetRecord{
      .scope = scope,
      .client_id = scope == app::KpiTargetScope::kClient ? ClientId(row.column_int(0)) : ClientId(),
      .name = row.column_text(1),
      .target = *target,
      .set_at = from_unix_micros(row.column_int(4)),
      .set_by = row.column_text(5)};
}

}  // namespace

Result<domain::KpiFacts> kpi_facts(SqlConnection& db, const app::KpiQuery& query) {
  domain::KpiFacts facts;
  TRY(read_calls(db, query, facts));
  TRY(read_agreements(db, query, facts));
  TRY(read_collected(db, query, facts));
  TRY(read_intake(db, query, facts));
  return facts;
}

Status set_kpi_target(SqlConnection& db, const app::KpiTargetRecord& target) {
  bool client = target.scope == app::KpiTargetScope::kClient;
  auto statement = TRY(prepare(
      db, client ? "INSERT INTO client_kpi_targets (client_id, calls_per_day, agreements_per_day, "
                   "set_at_us, set_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (client_id) DO UPDATE "
                   "SET calls_per_day = excluded.calls_per_day, agreements_per_day = "
                   "excluded.agreements_per_day, set_at_us = excluded.set_at_us, set_by = "
                   "excluded.set_by"
                 : "INSERT INTO team_kpi_targets (team, calls_per_day, agreements_per_day, "
                   "set_at_us, set_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (team) DO UPDATE SET "
                   "calls_per_day = excluded.calls_per_day, agreements_per_day = "
                   "excluded.agreements_per_day, set_at_us = excluded.set_at_us, set_by = "
                   "excluded.set_by"));
  if (client) {
    statement.bind(1, target.client_id.value);
  } else {
    statement.bind(1, target.name);
  }
  statement.bind(2, target.target.calls_per_day)
      .bind(3, target.target.agreements_per_day)
      .bind(4, to_unix_micros(target.set_at))
      .bind(5, target.set_by);
  return statement.run();
}

Result<std::vector<app::KpiTargetRecord>> list_kpi_targets(SqlConnection& db) {
  std::vector<app::KpiTargetRecord> targets;
  auto clients = TRY(prepare(
      db,
      "SELECT t.client_id, cl.code, t.calls_per_day, t.agreements_per_day, t.set_at_us, t.set_by "
      "FROM client_kpi_targets t JOIN clients cl ON cl.id = t.client_id ORDER BY cl.code"));
  while (TRY(clients.step())) {
    targets.push_back(TRY(read_target(clients, app::KpiTargetScope::kClient)));
  }
  auto teams = TRY(prepare(db,
                           "SELECT 0, team, calls_per_day, agreements_per_day, set_at_us, set_by "
                           "FROM team_kpi_targets ORDER BY team"));
  while (TRY(teams.step())) targets.push_back(TRY(read_target(teams, app::KpiTargetScope::kTeam)));
  return targets;
}

}  // namespace duecall::adapters::sql_kpis
