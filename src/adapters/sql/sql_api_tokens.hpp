// The SQL side of API tokens, over either driver; SqlStoreTransaction forwards its token
// methods here. The same statements serve both dialects.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "adapters/sql/sql_driver.hpp"
#include "app/api_token_records.hpp"

namespace duecall::adapters::sql_api_tokens {

Result<std::int64_t> insert_api_token(SqlConnection& db, const app::ApiTokenRecord& token);
Result<std::optional<app::ApiTokenRecord>> find_api_token(SqlConnection& db,
                                                          std::string_view token_sha256);
Result<std::vector<app::ApiTokenRecord>> list_api_tokens(SqlConnection& db);
Result<bool> revoke_api_token(SqlConnection& db, std::int64_t id, Instant at);

}  // namespace duecall::adapters::sql_api_tokens
