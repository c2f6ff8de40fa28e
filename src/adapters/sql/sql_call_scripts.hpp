// The SQL side of call scripts (app/call_script_record.hpp) over either driver.
// SqlStoreTransaction forwards its call-script methods here, as it does for the contact
// records, so that the one store implementation stays a file per concern.
//
// Rows are checked on the way out as on the way in: a version below 1 is reported as data
// loss rather than used. Whether the body is a valid script is the application's check.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "adapters/sql/sql_driver.hpp"
#include "app/call_script_record.hpp"

namespace duecall::adapters::sql_records {

// Fails with kConflict when the version is already stored.
Status insert_call_script(SqlConnection& db, const app::CallScriptRecord& script);
// The given version, or the latest when `version` is none.
Result<std::optional<app::CallScriptRecord>> find_call_script(SqlConnection& db, ClientId client,
                                                              std::string_view step,
                                                              std::string_view language,
                                                              std::optional<int> version);

// The latest version of each of the client's scripts, ordered by step and language.
Result<std::vector<app::CallScriptRecord>> latest_call_scripts(SqlConnection& db, ClientId client);

}  // namespace duecall::adapters::sql_records
