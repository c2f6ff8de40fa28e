#include "adapters/sql/sql_agreements.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "adapters/sql/sql_rows.hpp"

namespace duecall::adapters::sql_agreements {
namespace {

using app::AgreementRecord;
using domain::AgreementState;

Result<StatementScope> prepare(SqlConnection& db, const char* sql) {
  return StatementScope(TRY(db.prepare(sql)));
}

#define DC_AGREEMENT_COLUMNS                                                               \
  "id, case_id, claim_id, kind, state, currency, terms, outside_floors, operator_login, "  \
  "created_at_us, activated_at_us, decided_by, decided_at_us, decision_reason, ended_by, " \
  "ended_at_us, end_reason"

std::string violations_json(const std::vector<domain::FloorViolation>& violations) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& violation : violations) {
    out.push_back({{"floor", domain::floor_name(violation.floor)}, {"reason", violation.reason}});
  }
  return out.dump();
}

Result<domain::Floor> parse_floor(std::string_view name) {
  for (auto floor :
       {domain::Floor::instalment_below_minimum, domain::Floor::more_instalments_than_allowed,
        domain::Floor::term_longer_than_allowed, domain::Floor::settlement_below_floor,
        domain::Floor::extension_longer_than_allowed,
        domain::Floor::interest_reduction_below_floor}) {
    if (domain::floor_name(floor) == name) return floor;
  }
  return Error::data_loss("stored agreement names an unknown floor");
}

Result<std::vector<domain::FloorViolation>> read_violations(const std::string& text) {
  auto document = nlohmann::json::parse(text, nullptr, false);
  if (!document.is_array()) return Error::data_loss("stored agreement floors are malformed");
  std::vector<domain::FloorViolation> violations;
  for (const auto& item : document) {
    if (!item.is_object() || !item.value("floor", nlohmann::json()).is_string() ||
        !item.value("reason", nlohmann::json()).is_string()) {
      return Error::data_loss("stored agreement floors are malformed");
    }
    violations.push_back(
        {TRY(parse_floor(item["floor"].get<std::string>())), item["reason"].get<std::string>()});
  }
  return violations;
}

Result<AgreementRecord> read_agreement(StatementScope& row) {
  auto kind = domain::parse_agreement_kind(row.column_text(3));
  auto state = domain::parse_agreement_state(row.column_text(4));
  auto currency = Currency::parse(row.column_text(5));
  auto terms = nlohmann::json::parse(row.column_text(6), nullptr, false);
  if (!kind.ok() || !state.ok() || !currency.ok() || terms.is_discarded()) {
    return Error::data_loss("stored agreement has an unknown kind, state or currency");
  }
  return AgreementRecord{.id = AgreementId(row.column_int(0)),
                         .case_id = CaseId(row.column_int(1)),
                         .claim_id = ClaimId(row.column_int(2)),
                         .terms = TRY(domain::terms_from_json(*kind, terms, {}, *currency)),
                         .state = *state,
                         .outside_floors = TRY(read_violations(row.column_text(7))),
                         .operator_login = row.column_text(8),
                         .created_at = from_unix_micros(row.column_int(9)),
                         .activated_at = optional_instant(row, 10),
                         .decided_by = row.column_text(11),
                         .decided_at = optional_instant(row, 12),
                         .decision_reason = row.column_text(13),
                         .ended_by = row.column_text(14),
                         .ended_at = optional_instant(row, 15),
                         .end_reason = row.column_text(16)};
}

Status read_schedule(SqlConnection& db, AgreementRecord& agreement, Currency currency) {
  auto statement = TRY(prepare(db,
                               "SELECT due_date, amount_minor, currency FROM "
                               "agreement_instalments WHERE agreement_id = ? ORDER BY seq"));
  statement.bind(1, agreement.id.value);
  while (TRY(statement.step())) {
    auto due = CivilDate::parse_iso(statement.column_text(0));
    auto stored_currency = Currency::parse(statement.column_text(2));
    if (!due.ok() || !stored_currency.ok() || !(*stored_currency == currency) ||
        statement.column_int(1) <= 0) {
      return Error::data_loss("stored agreement instalment is malformed");
    }
    agreement.terms.schedule.push_back({*due, Money(statement.column_int(1), currency)});
  }
  return Ok{};
}

// Reads every row of `rows`, then (when asked) each one's schedule: schedules are read
// after the rows because one connection runs one statement's result at a time.
Result<std::vector<AgreementRecord>> read_all(SqlConnection& db, StatementScope& rows,
                                              Schedules schedules) {
  std::vector<AgreementRecord> agreements;
  std::vector<Currency> currencies;
  while (TRY(rows.step())) {
    agreements.push_back(TRY(read_agreement(rows)));
    currencies.push_back(Currency::parse(rows.column_text(5)).value());
  }
  if (schedules == Schedules::kRead) {
    for (std::size_t index = 0; index < agreements.size(); ++index) {
      TRY(read_schedule(db, agreements[index], currencies[index]));
    }
  }
  return agreements;
}

}  // namespace

Result<AgreementId> insert_agreement(SqlConnection& db, const AgreementRecord& agreement) {
  auto statement = TRY(
      prepare(db,
              "INSERT INTO agreements (case_id, claim_id, kind, state, currency, terms, "
              "outside_floors, operator_login, created_at_us, activated_at_us, decided_by, "
              "decided_at_us, decision_reason, ended_by, ended_at_us, end_reason) VALUES (?, ?, ?, "
              "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  const domain::AgreementTerms& terms = agreement.terms;
  Currency currency = terms.schedule.empty()
                          ? (terms.balance ? terms.balance->currency() : terms.interest->currency())
                          : terms.schedule.front().amount.currency();
  statement.bind(1, agreement.case_id.value)
      .bind(2, agreement.claim_id.value)
      .bind(3, domain::agreement_kind_name(terms.kind))
      .bind(4, domain::agreement_state_name(agreement.state))
      .bind(5, currency.code())
      .bind(6, domain::terms_to_json(terms).dump())
      .bind(7, violations_json(agreement.outside_floors))
      .bind(8, agreement.operator_login)
      .bind(9, to_unix_micros(agreement.created_at));
  bind_optional(statement, 10, agreement.activated_at);
  statement.bind(11, agreement.decided_by);
  bind_optional(statement, 12, agreement.decided_at);
  statement.bind(13, agreement.decision_reason).bind(14, agreement.ended_by);
  bind_optional(statement, 15, agreement.ended_at);
  statement.bind(16, agreement.end_reason);
  const AgreementId id(TRY(statement.run_returning_id()));

  auto instalment = TRY(prepare(db,
                                "INSERT INTO agreement_instalments (agreement_id, seq, due_date, "
                                "amount_minor, currency) VALUES (?, ?, ?, ?, ?)"));
  std::int64_t seq = 0;
  for (const auto& payment : terms.schedule) {
    instalment.bind(1, id.value)
        .bind(2, ++seq)
        .bind(3, payment.due_date.to_string())
        .bind(4, payment.amount.minor())
        .bind(5, payment.amount.currency().code());
    TRY(instalment.run());
  }
  return id;
}

Result<std::optional<AgreementRecord>> find_agreement(SqlConnection& db, AgreementId id) {
  auto statement = TRY(prepare(db, "SELECT " DC_AGREEMENT_COLUMNS " FROM agreements WHERE id = ?"));
  statement.bind(1, id.value);
  auto found = TRY(read_all(db, statement, Schedules::kRead));
  if (found.empty()) return std::optional<AgreementRecord>();
  return std::optional<AgreementRecord>(std::move(found.front()));
}

Status update_agreement(SqlConnection& db, const AgreementRecord& agreement,
                        AgreementState expected) {
  auto statement = TRY(prepare(
      db,
      "UPDATE agreements SET state = ?, activated_at_us = ?, decided_by = ?, decided_at_us = "
      "?, decision_reason = ?, ended_by = ?, ended_at_us = ?, end_reason = ? WHERE id = ? AND "
      "state = ? RETURNING id"));
  statement.bind(1, domain::agreement_state_name(agreement.state));
  bind_optional(statement, 2, agreement.activated_at);
  statement.bind(3, agreement.decided_by);
  bind_optional(statement, 4, agreement.decided_at);
  statement.bind(5, agreement.decision_reason).bind(6, agreement.ended_by);
  bind_optional(statement, 7, agreement.ended_at);
  statement.bind(8, agreement.end_reason)
      .bind(9, agreement.id.value)
      .bind(10, domain::agreement_state_name(expected));
  if (!TRY(statement.step())) {
    return Error::conflict("agreement " + std::to_string(agreement.id.value) + " is no longer " +
                           std::string(domain::agreement_state_name(expected)));
  }
  // Step past the single row so the statement completes before it is reset.
  TRY(statement.step());
  return Ok{};
}

Result<std::vector<AgreementRecord>> agreements_of_cases(SqlConnection& db,
                                                         const std::vector<CaseId>& cases) {
  std::vector<AgreementRecord> all;
  auto statement = TRY(
      prepare(db, "SELECT " DC_AGREEMENT_COLUMNS " FROM agreements WHERE case_id = ? ORDER BY id"));
  // Every schedule of a case in one query rather than one per agreement (the screen-pop
  // shows every agreement a case ever had).
  auto schedules = TRY(prepare(
      db,
      "SELECT i.agreement_id, i.due_date, i.amount_minor, i.currency FROM agreement_instalments "
      "i JOIN agreements a ON a.id = i.agreement_id WHERE a.case_id = ? ORDER BY "
      "i.agreement_id, i.seq"));
  for (CaseId case_id : cases) {
    statement.bind(1, case_id.value);
    auto of_case = TRY(read_all(db, statement, Schedules::kSkip));
    statement.reset();
    if (!of_case.empty()) {
      schedules.bind(1, case_id.value);
      while (TRY(schedules.step())) {
        auto due = CivilDate::parse_iso(schedules.column_text(1));
        auto currency = Currency::parse(schedules.column_text(3));
        auto owner = std::find_if(of_case.begin(), of_case.end(), [&](const auto& agreement) {
          return agreement.id.value == schedules.column_int(0);
        });
        if (!due.ok() || !currency.ok() || owner == of_case.end() || schedules.column_int(2) <= 0) {
          return Error::data_loss("stored agreement instalment is malformed");
        }
        owner->terms.schedule.push_back({*due, Money(schedules.column_int(2), *currency)});
      }
      schedules.reset();
    }
    for (auto& agreement : of_case) all.push_back(std::move(agreement));
  }
  std::sort(all.begin(), all.end(),
            [](const auto& a, const auto& b) { return a.id.value < b.id.value; });
  return all;
}

Result<std::vector<AgreementRecord>> agreements_in_state(SqlConnection& db, AgreementState state) {
  auto statement = TRY(
      prepare(db, "SELECT " DC_AGREEMENT_COLUMNS " FROM agreements WHERE state = ? ORDER BY id"));
  statement.bind(1, domain::agreement_state_name(state));
  return read_all(db, statement, Schedules::kRead);
}

Result<std::vector<AgreementRecord>> agreements_of_client(SqlConnection& db, ClientId client) {
  auto statement =
      TRY(prepare(db, "SELECT " DC_AGREEMENT_COLUMNS " FROM agreements WHERE case_id IN "
                      "(SELECT id FROM cases WHERE client_id = ?) ORDER BY id"));
  statement.bind(1, client.value);
  return read_all(db, statement, Schedules::kRead);
}

Result<std::vector<AgreementRecord>> agreements_in_case_range(SqlConnection& db, CaseId first,
                                                              CaseId last) {
  auto statement = TRY(prepare(db, "SELECT " DC_AGREEMENT_COLUMNS
                                   " FROM agreements WHERE case_id BETWEEN ? AND ? AND "
                                   "(state = 'active' OR state = 'broken') ORDER BY case_id, id"));
  statement.bind(1, first.value).bind(2, last.value);
  return read_all(db, statement, Schedules::kSkip);
}

}  // namespace duecall::adapters::sql_agreements
