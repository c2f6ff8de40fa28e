// The SQL side of web sessions and refused sign-ins, over either driver; SqlStoreTransaction
// forwards its session methods here. The same statements serve both dialects.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "adapters/sql/sql_driver.hpp"
#include "app/session_records.hpp"

namespace duecall::adapters::sql_sessions {

Status insert_session(SqlConnection& db, const app::SessionRecord& session);
Result<std::optional<app::SessionRecord>> find_session(SqlConnection& db,
                                                       std::string_view token_sha256);
Result<bool> delete_session(SqlConnection& db, std::string_view token_sha256);
Status delete_sessions_expired_before(SqlConnection& db, UserId user, Instant now);
Status record_sign_in_failure(SqlConnection& db, std::string_view login, Instant at);
Result<std::vector<Instant>> sign_in_failures_since(SqlConnection& db, std::string_view login,
                                                    Instant since);
Status clear_sign_in_failures(SqlConnection& db, std::string_view login);

}  // namespace duecall::adapters::sql_sessions
