// The SQL side of the floor view (app/floor_records.hpp), over either driver;
// SqlStoreTransaction forwards floor_facts here. The same statements serve both dialects.
#pragma once

#include "adapters/sql/sql_driver.hpp"
#include "app/floor_records.hpp"

namespace duecall::adapters::sql_floor {

Result<app::FloorFacts> floor_facts(SqlConnection& db, const app::FloorQuery& query);

}  // namespace duecall::adapters::sql_floor
