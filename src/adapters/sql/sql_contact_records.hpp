// The SQL side of the records the compliance gate reads (app/contact_records.hpp): holds,
// the do-not-call list and contact attempts, over either driver. SqlStoreTransaction
// forwards its StoreTransaction methods for these records here, so that the one store
// implementation stays a file per concern. The same statements serve both dialects.
//
// Rows are checked on the way out as on the way in (an unknown kind, channel or result
// is reported as data loss rather than used).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "adapters/sql/sql_driver.hpp"
#include "app/contact_records.hpp"

namespace duecall::adapters::sql_records {

// Row readers for the columns "id, case_id, claim_id, kind, note, placed_at_us,
// lifted_at_us, placed_by" of holds and "id, case_id, claim_id, channel, to_address, result,
// abandoned, occurred_at_us, actor" of contacts, in that order.
Result<app::HoldRecord> read_hold(StatementScope& row);
Result<app::ContactRecord> read_contact(StatementScope& row);
// Reads "outcome, callback_at_us, operator_login, minutes" from column `first` on into a
// contact read by read_contact. Readers that only count attempts (the strategy run) skip it.
Status read_contact_details(StatementScope& row, int first, app::ContactRecord& contact);

Result<HoldId> insert_hold(SqlConnection& db, const app::HoldRecord& hold);
Status lift_hold(SqlConnection& db, HoldId id, Instant lifted_at);
Result<std::vector<app::HoldRecord>> holds_of_case(SqlConnection& db, CaseId id);

Status insert_do_not_call(SqlConnection& db, const app::DoNotCallEntry& entry);
Result<bool> delete_do_not_call(SqlConnection& db, std::string_view number);
Result<std::optional<app::DoNotCallEntry>> find_do_not_call(SqlConnection& db,
                                                            std::string_view number);
Result<std::vector<app::DoNotCallEntry>> list_do_not_call(SqlConnection& db);
Result<std::vector<CaseId>> cases_with_phone(SqlConnection& db, std::string_view e164);

Result<ContactId> insert_contact(SqlConnection& db, const app::ContactRecord& contact);
Result<std::vector<app::ContactRecord>> contacts_of_case(SqlConnection& db, CaseId id,
                                                         Instant since);

}  // namespace duecall::adapters::sql_records
