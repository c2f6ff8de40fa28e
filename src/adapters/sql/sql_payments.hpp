// The SQL side of payment posting (app/payment_records.hpp): payments, their allocations
// and to-do items, over either driver. SqlStoreTransaction forwards its Payments methods
// here. The same statements serve both dialects.
//
// Idempotence lives in the schema: payments.entry_ref is UNIQUE and the insert says ON
// CONFLICT DO NOTHING, so a second insert of an entry reference, even by a concurrent
// transaction on PostgreSQL (which waits for the first to end), inserts no row.
// Rows are checked on the way out as on the way in: an unknown bucket, outcome or currency
// is reported as data loss rather than used.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "adapters/sql/sql_driver.hpp"
#include "app/payment_records.hpp"

namespace duecall::adapters::sql_records {

Result<std::optional<PaymentId>> insert_payment(SqlConnection& db,
                                                const app::PaymentRecord& payment);
Result<std::optional<app::PaymentRecord>> find_payment(SqlConnection& db,
                                                       std::string_view entry_reference);
Status insert_payment_allocations(SqlConnection& db,
                                  const std::vector<app::PaymentAllocationRecord>& allocations);
Result<std::vector<app::PaymentAllocationRecord>> allocations_to_claims(
    SqlConnection& db, const std::vector<ClaimId>& claims);
Result<std::vector<app::PaymentRecord>> payments_of_case(SqlConnection& db, CaseId id);
Result<std::vector<app::PaymentAllocationRecord>> allocations_of_case(SqlConnection& db,
                                                                     CaseId id);
Result<TodoId> insert_todo_item(SqlConnection& db, const app::TodoItemRecord& item);
Result<std::vector<app::TodoItemRecord>> open_todo_items(SqlConnection& db, std::string_view kind);
Result<std::vector<app::ListedTodoItem>> list_todo_items(SqlConnection& db,
                                                         const app::TodoQuery& query);
Result<std::optional<app::ListedTodoItem>> find_todo_item(SqlConnection& db, TodoId id);
Result<bool> mark_todo_done(SqlConnection& db, TodoId id, Instant at, std::string_view outcome);
Result<std::int64_t> close_todo_items(SqlConnection& db, std::string_view kind, CaseId case_id,
                                      std::string_view claim_ref, Instant at,
                                      std::string_view outcome);
Result<std::vector<app::PaymentRecord>> posted_payments_of_cases(SqlConnection& db,
                                                                 const std::vector<CaseId>& cases);

}  // namespace duecall::adapters::sql_records
