// The SQL side of users and the shift plan, over either driver. SqlStoreTransaction
// forwards its StoreTransaction methods for users and shifts here, as it does for the
// contact records (sql_contact_records.hpp). The same statements serve both dialects.
//
// Password hashes are written and read only by the functions named for them; the queries
// that return users never select the hash column. Rows are checked on the way out as on the
// way in: an unknown role, a client user without a client or a shift plan that breaks its
// invariants is reported as data loss rather than used.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "adapters/sql/sql_driver.hpp"
#include "domain/shift_plan.hpp"
#include "domain/user.hpp"

namespace duecall::adapters::sql_users {

Result<UserId> insert_user(SqlConnection& db, const domain::User& user,
                           std::string_view password_hash);
Result<std::optional<domain::User>> find_user(SqlConnection& db, std::string_view login);
Result<std::vector<domain::User>> list_users(SqlConnection& db);
Result<std::string> password_hash_of(SqlConnection& db, UserId id);
Status set_password_hash(SqlConnection& db, UserId id, std::string_view password_hash, Instant now);
Status disable_user(SqlConnection& db, UserId id, Instant disabled_at);
Status set_user_shift(SqlConnection& db, UserId id, std::string_view shift);
Status set_user_team(SqlConnection& db, UserId id, std::string_view team);

Result<std::optional<domain::ShiftPlan>> find_shift_plan(SqlConnection& db);
Status replace_shift_plan(SqlConnection& db, const domain::ShiftPlan& plan);

}  // namespace duecall::adapters::sql_users
