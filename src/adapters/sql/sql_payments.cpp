#include "adapters/sql/sql_payments.hpp"

namespace duecall::adapters::sql_records {
namespace {

using app::PaymentAllocationRecord;
using app::PaymentRecord;
using app::TodoItemRecord;
using domain::BalanceBucket;

constexpr const char* kPaymentColumns =
    "id, entry_ref, client_id, booking_date, value_date, amount_minor, currency, debtor_name, "
    "debtor_iban, remittance, outcome, matched_claim_id, case_id, held_minor, file_name, "
    "imported_at_us";

Result<StatementScope> prepare(SqlConnection& db, const char* sql) {
  return StatementScope(TRY(db.prepare(sql)));
}

template <typename T>
void bind_optional(StatementScope& statement, int index, const std::optional<T>& value) {
  if (!value) {
    statement.bind_null(index);
  } else if constexpr (std::is_same_v<T, std::string>) {
    statement.bind(index, std::string_view(*value));
  } else if constexpr (std::is_same_v<T, Instant>) {
    statement.bind(index, to_unix_micros(*value));
  } else {
    statement.bind(index, value->value);
  }
}

std::optional<std::int64_t> read_optional_int(StatementScope& row, int column) {
  if (row.column_is_null(column)) return std::nullopt;
  return row.column_int(column);
}

std::optional<std::string> read_optional_text(StatementScope& row, int column) {
  if (row.column_is_null(column)) return std::nullopt;
  return row.column_text(column);
}

Result<BalanceBucket> parse_bucket(std::string_view name) {
  for (auto bucket : {BalanceBucket::kFees, BalanceBucket::kInterest, BalanceBucket::kPrincipal}) {
    if (domain::bucket_name(bucket) == name) return bucket;
  }
  return Error::data_loss("stored allocation has an unknown bucket");
}

Result<PaymentRecord> read_payment(StatementScope& row) {
  auto currency = Currency::parse(row.column_text(6));
  auto booked = CivilDate::parse_iso(row.column_text(3));
  auto value = CivilDate::parse_iso(row.column_text(4));
  std::string outcome = row.column_text(10);
  if (!currency.ok() || !booked.ok() || !value.ok() ||
      (outcome != "posted" && outcome != "unmatched")) {
    return Error::data_loss("stored payment has a malformed currency, date or outcome");
  }
  PaymentRecord record{.id = PaymentId(row.column_int(0)),
                       .payment = {.entry_reference = row.column_text(1),
                                   .booking_date = *booked,
                                   .value_date = *value,
                                   .amount = Money(row.column_int(5), *currency),
                                   .debtor_name = row.column_text(7),
                                   .debtor_iban = row.column_text(8),
                                   .remittance = row.column_text(9)},
                       .client_id = std::nullopt,
                       .matched_claim_id = std::nullopt,
                       .case_id = std::nullopt,
                       .outcome = outcome == "posted" ? app::PaymentOutcome::kPosted
                                                      : app::PaymentOutcome::kUnmatched,
                       .held_minor = row.column_int(13),
                       .file_name = row.column_text(14),
                       .imported_at = from_unix_micros(row.column_int(15))};
  if (auto id = read_optional_int(row, 2)) record.client_id = ClientId(*id);
  if (auto id = read_optional_int(row, 11)) record.matched_claim_id = ClaimId(*id);
  if (auto id = read_optional_int(row, 12)) record.case_id = CaseId(*id);
  return record;
}

Result<TodoItemRecord> read_todo_item(StatementScope& row) {
  TodoItemRecord item{.id = TodoId(row.column_int(0)),
                      .kind = row.column_text(1),
                      .case_id = std::nullopt,
                      .claim_ref = read_optional_text(row, 3),
                      .amount = std::nullopt,
                      .operator_login = read_optional_text(row, 6),
                      .due_at = std::nullopt,
                      .created_at = from_unix_micros(row.column_int(8)),
                      .done_at = std::nullopt,
                      .done_outcome = read_optional_text(row, 10),
                      .payload = row.column_text(11)};
  if (auto id = read_optional_int(row, 2)) item.case_id = CaseId(*id);
  if (auto minor = read_optional_int(row, 4)) {
    auto currency = Currency::parse(row.column_text(5));
    if (!currency.ok()) return Error::data_loss("stored to-do item has an unknown currency");
    item.amount = Money(*minor, *currency);
  }
  if (auto due = read_optional_int(row, 7)) item.due_at = from_unix_micros(*due);
  if (auto done = read_optional_int(row, 9)) item.done_at = from_unix_micros(*done);
  return item;
}

}  // namespace

Result<std::optional<PaymentId>> insert_payment(SqlConnection& db, const PaymentRecord& record) {
  const domain::Payment& payment = record.payment;
  // Paired with the checks of the schema: a payment is stored only whole and positive.
  TRY(payment.validate());
  if (record.held_minor < 0 || record.held_minor > payment.amount.minor()) {
    return Error::invalid_argument("the held part of a payment must be within its amount");
  }
  auto statement = TRY(prepare(
      db,
      "INSERT INTO payments (entry_ref, client_id, booking_date, value_date, amount_minor, "
      "currency, debtor_name, debtor_iban, remittance, outcome, matched_claim_id, case_id, "
      "held_minor, file_name, imported_at_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (entry_ref) DO NOTHING RETURNING id"));
  statement.bind(1, payment.entry_reference);
  bind_optional(statement, 2, record.client_id);
  statement.bind(3, payment.booking_date.to_string())
      .bind(4, payment.value_date.to_string())
      .bind(5, payment.amount.minor())
      .bind(6, payment.amount.currency().code())
      .bind(7, payment.debtor_name)
      .bind(8, payment.debtor_iban)
      .bind(9, payment.remittance)
      .bind(10, app::payment_outcome_name(record.outcome));
  bind_optional(statement, 11, record.matched_claim_id);
  bind_optional(statement, 12, record.case_id);
  statement.bind(13, record.held_minor)
      .bind(14, record.file_name)
      .bind(15, to_unix_micros(record.imported_at));
  if (!TRY(statement.step())) return std::optional<PaymentId>();
  PaymentId id(statement.column_int(0));
  // Step past the (single) row so the statement completes before it is reset.
  TRY(statement.step());
  return std::optional<PaymentId>(id);
}

Result<std::optional<PaymentRecord>> find_payment(SqlConnection& db,
                                                  std::string_view entry_reference) {
  static const std::string kSql =
      std::string("SELECT ") + kPaymentColumns + " FROM payments WHERE entry_ref = ?";
  auto statement = TRY(prepare(db, kSql.c_str()));
  statement.bind(1, entry_reference);
  if (!TRY(statement.step())) return std::optional<PaymentRecord>();
  return std::optional<PaymentRecord>(TRY(read_payment(statement)));
}

Status insert_payment_allocations(SqlConnection& db,
                                  const std::vector<PaymentAllocationRecord>& allocations) {
  for (const auto& allocation : allocations) {
    if (allocation.amount_minor <= 0) {
      return Error::invalid_argument("an allocation must be positive");
    }
    auto statement = TRY(prepare(db,
                                 "INSERT INTO payment_allocations (payment_id, claim_id, bucket, "
                                 "amount_minor) VALUES (?, ?, ?, ?)"));
    statement.bind(1, allocation.payment_id.value)
        .bind(2, allocation.claim_id.value)
        .bind(3, domain::bucket_name(allocation.bucket))
        .bind(4, allocation.amount_minor);
    TRY(statement.run());
  }
  return {};
}

Result<std::vector<PaymentAllocationRecord>> allocations_to_claims(
    SqlConnection& db, const std::vector<ClaimId>& claims) {
  std::vector<PaymentAllocationRecord> allocations;
  // One query per claim keeps the statement the same in both dialects; a case has few claims.
  for (ClaimId claim : claims) {
    auto statement =
        TRY(prepare(db,
                    "SELECT payment_id, claim_id, bucket, amount_minor FROM "
                    "payment_allocations WHERE claim_id = ? ORDER BY payment_id, bucket"));
    statement.bind(1, claim.value);
    while (TRY(statement.step())) {
      allocations.push_back({PaymentId(statement.column_int(0)), ClaimId(statement.column_int(1)),
                             TRY(parse_bucket(statement.column_text(2))), statement.column_int(3)});
    }
  }
  return allocations;
}

Result<std::vector<PaymentRecord>> payments_of_case(SqlConnection& db, CaseId id) {
  static const std::string kSql = std::string("SELECT ") + kPaymentColumns +
                                  " FROM payments WHERE case_id = ? ORDER BY value_date, id";
  auto statement = TRY(prepare(db, kSql.c_str()));
  statement.bind(1, id.value);
  std::vector<PaymentRecord> payments;
  while (TRY(statement.step())) payments.push_back(TRY(read_payment(statement)));
  return payments;
}

Result<std::vector<PaymentAllocationRecord>> allocations_of_case(SqlConnection& db, CaseId id) {
  // The join keeps it one query whatever the number of claims, in both dialects.
  auto statement = TRY(prepare(
      db,
      "SELECT a.payment_id, a.claim_id, a.bucket, a.amount_minor FROM payment_allocations a "
      "JOIN claims c ON c.id = a.claim_id WHERE c.case_id = ? ORDER BY a.payment_id, "
      "a.claim_id, a.bucket"));
  statement.bind(1, id.value);
  std::vector<PaymentAllocationRecord> allocations;
  while (TRY(statement.step())) {
    allocations.push_back({PaymentId(statement.column_int(0)), ClaimId(statement.column_int(1)),
                           TRY(parse_bucket(statement.column_text(2))), statement.column_int(3)});
  }
  return allocations;
}

Result<TodoId> insert_todo_item(SqlConnection& db, const TodoItemRecord& item) {
  auto statement = TRY(prepare(
      db,
      "INSERT INTO todo_items (kind, case_id, claim_ref, amount_minor, currency, operator_login, "
      "due_at_us, created_at_us, done_at_us, done_outcome, payload) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  statement.bind(1, item.kind);
  bind_optional(statement, 2, item.case_id);
  bind_optional(statement, 3, item.claim_ref);
  if (item.amount) {
    statement.bind(4, item.amount->minor()).bind(5, item.amount->currency().code());
  } else {
    statement.bind_null(4).bind_null(5);
  }
  bind_optional(statement, 6, item.operator_login);
  bind_optional(statement, 7, item.due_at);
  statement.bind(8, to_unix_micros(item.created_at));
  bind_optional(statement, 9, item.done_at);
  bind_optional(statement, 10, item.done_outcome);
  statement.bind(11, item.payload);
  return TodoId(TRY(statement.run_returning_id()));
}

Result<std::vector<TodoItemRecord>> open_todo_items(SqlConnection& db, std::string_view kind) {
  auto statement = TRY(prepare(
      db,
      "SELECT id, kind, case_id, claim_ref, amount_minor, currency, operator_login, due_at_us, "
      "created_at_us, done_at_us, done_outcome, payload FROM todo_items "
      "WHERE kind = ? AND done_at_us IS NULL ORDER BY created_at_us, id"));
  statement.bind(1, kind);
  std::vector<TodoItemRecord> items;
  while (TRY(statement.step())) items.push_back(TRY(read_todo_item(statement)));
  return items;
}


namespace {

constexpr const char* kListedTodoColumns =
    "t.id, t.kind, t.case_id, t.claim_ref, t.amount_minor, t.currency, t.operator_login, "
    "t.due_at_us, t.created_at_us, t.done_at_us, t.done_outcome, t.payload, cl.code";
constexpr const char* kListedTodoJoins =
    " FROM todo_items t LEFT JOIN cases c ON c.id = t.case_id "
    "LEFT JOIN clients cl ON cl.id = c.client_id ";

Result<app::ListedTodoItem> read_listed_todo_item(StatementScope& row) {
  return app::ListedTodoItem{.item = TRY(read_todo_item(row)),
                             .client_code = read_optional_text(row, 12)};
}

}  // namespace

Result<std::vector<app::ListedTodoItem>> list_todo_items(SqlConnection& db,
                                                         const app::TodoQuery& query) {
  // Open items first, those with a due time by it, then the rest by age; both filters are
  // written so that one statement serves every query.
  static const std::string kSql =
      std::string("SELECT ") + kListedTodoColumns + kListedTodoJoins +
      "WHERE (? = 1 OR t.done_at_us IS NULL) AND (? = 0 OR t.operator_login = ?) "
      "ORDER BY CASE WHEN t.done_at_us IS NULL THEN 0 ELSE 1 END, "
      "CASE WHEN t.due_at_us IS NULL THEN 1 ELSE 0 END, t.due_at_us, t.created_at_us, t.id";
  auto statement = TRY(prepare(db, kSql.c_str()));
  statement.bind(1, std::int64_t{query.include_done ? 1 : 0})
      .bind(2, std::int64_t{query.operator_login ? 1 : 0})
      .bind(3, std::string_view(query.operator_login ? *query.operator_login : std::string()));
  std::vector<app::ListedTodoItem> items;
  while (TRY(statement.step())) items.push_back(TRY(read_listed_todo_item(statement)));
  return items;
}

Result<std::optional<app::ListedTodoItem>> find_todo_item(SqlConnection& db, TodoId id) {
  static const std::string kSql =
      std::string("SELECT ") + kListedTodoColumns + kListedTodoJoins + "WHERE t.id = ?";
  auto statement = TRY(prepare(db, kSql.c_str()));
  statement.bind(1, id.value);
  if (!TRY(statement.step())) return std::optional<app::ListedTodoItem>();
  return std::optional<app::ListedTodoItem>(TRY(read_listed_todo_item(statement)));
}

Result<bool> mark_todo_done(SqlConnection& db, TodoId id, Instant at, std::string_view outcome) {
  auto statement = TRY(prepare(db,
                               "UPDATE todo_items SET done_at_us = ?, done_outcome = ? "
                               "WHERE id = ? AND done_at_us IS NULL RETURNING id"));
  statement.bind(1, to_unix_micros(at)).bind(2, outcome).bind(3, id.value);
  if (!TRY(statement.step())) return false;
  TRY(statement.step());
  return true;
}

Result<std::int64_t> close_todo_items(SqlConnection& db, std::string_view kind, CaseId case_id,
                                      std::string_view claim_ref, Instant at,
                                      std::string_view outcome) {
  auto statement = TRY(prepare(db,
                               "UPDATE todo_items SET done_at_us = ?, done_outcome = ? "
                               "WHERE kind = ? AND case_id = ? AND claim_ref = ? AND "
                               "done_at_us IS NULL RETURNING id"));
  statement.bind(1, to_unix_micros(at))
      .bind(2, outcome)
      .bind(3, kind)
      .bind(4, case_id.value)
      .bind(5, claim_ref);
  std::int64_t closed = 0;
  while (TRY(statement.step())) ++closed;
  return closed;
}

Result<std::vector<app::PaymentRecord>> posted_payments_of_cases(
    SqlConnection& db, const std::vector<CaseId>& cases) {
  static const std::string kSql = std::string("SELECT ") + kPaymentColumns +
                                  " FROM payments WHERE case_id = ? AND outcome = 'posted' "
                                  "ORDER BY id";
  std::vector<app::PaymentRecord> payments;
  // One query per case keeps the statement the same in both dialects; the monitor asks only
  // for the cases with an active agreement, a few per batch.
  for (CaseId case_id : cases) {
    auto statement = TRY(prepare(db, kSql.c_str()));
    statement.bind(1, case_id.value);
    while (TRY(statement.step())) payments.push_back(TRY(read_payment(statement)));
  }
  return payments;
}

}  // namespace duecall::adapters::sql_records
