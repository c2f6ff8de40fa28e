// Opening the scale-out store: a SqlStore over a pool of PostgreSQL connections.
//
// The pool's size comes from the URI's own query, as `pool_size=N` (1 to kMaxPoolSize;
// kDefaultPoolSize when absent), so that one --db setting says everything about the
// database. libpq refuses query parameters it does not know ("invalid URI query parameter"),
// so pool_size is taken out of the URI before libpq sees it; every other parameter passes
// through unchanged. Connections are opened when transactions need them, the first one
// when the store opens.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "adapters/sql/sql_store.hpp"

namespace duecall::adapters {

// Four connections let a call server's requests overlap without letting one node take a
// large share of the server's max_connections (100 by default).
inline constexpr int kDefaultPoolSize = 4;
inline constexpr int kMaxPoolSize = 64;

struct PgStoreAddress {
  std::string libpq_uri;  // the URI without pool_size
  int pool_size = kDefaultPoolSize;
};

// Splits pool_size off a "postgresql://..." URI. Refuses a pool_size that is not a whole
// number from 1 to kMaxPoolSize, or that is given twice; the message never repeats the URI,
// which may hold a password.
Result<PgStoreAddress> parse_pg_store_uri(std::string_view uri);

Result<std::unique_ptr<SqlStore>> open_postgres_store(std::string_view uri,
                                                      Migrate migrate = Migrate::kApplyPending);

}  // namespace duecall::adapters
