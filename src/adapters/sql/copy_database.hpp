// Copies every row of one duecall database into another of the same schema version, table
// by table in foreign-key order, keeping ids, so that an embedded installation can move to
// PostgreSQL (or a database be cloned). The target must be empty; the copy runs in one
// target transaction, so a failed copy leaves the target as it was. Afterwards PostgreSQL's
// identity sequences are moved past the copied ids.
#pragma once

#include <string>
#include <vector>

#include "adapters/sql/sql_driver.hpp"

namespace duecall::adapters {

struct CopiedTable {
  std::string table;
  std::int64_t source_rows = 0;
  std::int64_t target_rows = 0;
};

// REQUIRES: both databases are migrated to the same schema version.
Result<std::vector<CopiedTable>> copy_database(SqlConnection& source, SqlConnection& target);

// The tables copy_database() copies, in the order it copies them, each with its columns.
enum class ColumnKind { kInteger, kText, kBlob };
struct Column {
  const char* name;
  ColumnKind kind;
};
struct TableLayout {
  const char* table;
  std::vector<Column> columns;
};
const std::vector<TableLayout>& copied_tables();

}  // namespace duecall::adapters
