// The versioned schema, shared by the SQLite and PostgreSQL stores. Each migration is one
// SQL file in adapters/sql/migrations/, numbered from 1, embedded into the binary at build
// time and applied in order inside one transaction each. The few words that differ between
// the dialects are placeholders, replaced by render_migration().
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace duecall::adapters {

enum class SqlDialect { kSqlite, kPostgres };

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;  // with placeholders
};

// Every migration this build knows, in version order.
const std::vector<Migration>& all_migrations();
int latest_schema_version();
std::string render_migration(const Migration& migration, SqlDialect dialect);

}  // namespace duecall::adapters
