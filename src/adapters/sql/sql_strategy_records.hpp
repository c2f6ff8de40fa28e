// The SQL side of the strategy's records (app/strategy_records.hpp): strategy versions,
// case ladders, due actions and the run's batched reads, over either driver.
// SqlStoreTransaction forwards its StoreTransaction methods for these records here.
//
// The run reads cases in id ranges: one query per kind of row for a whole batch, bounded by
// the batch's first and last case id, so that a batch costs a fixed number of round trips
// and every query is a range scan of a primary key or an index led by case_id.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "adapters/sql/sql_driver.hpp"
#include "app/strategy_records.hpp"

namespace duecall::adapters::sql_strategy {

Status insert_strategy(SqlConnection& db, const app::StoredStrategy& strategy);
Result<std::optional<app::StoredStrategy>> find_strategy(SqlConnection& db, ClientId client,
                                                         std::optional<int> version);

Result<std::vector<app::CaseForRun>> open_cases_for_run(SqlConnection& db,
                                                        std::optional<ClientId> client,
                                                        CaseId after, std::size_t limit,
                                                        Instant contacts_since);
Result<std::vector<std::string>> numbers_on_do_not_call(SqlConnection& db,
                                                        const std::vector<std::string>& numbers);

Status save_ladders(SqlConnection& db, const std::vector<app::LadderRecord>& ladders);
Status save_due_actions(SqlConnection& db, const std::vector<app::DueAction>& actions);
Status delete_due_actions(SqlConnection& db, const std::vector<CaseId>& cases);
Status set_case_stages(SqlConnection& db, const std::vector<app::CaseStage>& stages);
Result<std::optional<app::LadderRecord>> find_ladder(SqlConnection& db, CaseId id);
Result<std::optional<app::DueAction>> find_due_action(SqlConnection& db, CaseId id);
Result<std::int64_t> record_strategy_run(SqlConnection& db, const app::StrategyRunRecord& run);

Result<std::vector<app::DueAction>> queue_candidates(SqlConnection& db,
                                                     std::optional<ClientId> client, Instant now,
                                                     std::size_t limit);
Result<bool> lease_due_action(SqlConnection& db, CaseId id, std::string_view owner,
                              Instant until, Instant now);
Result<bool> release_due_action(SqlConnection& db, CaseId id, std::string_view owner);
Result<app::QueueCounts> queue_counts(SqlConnection& db, std::optional<ClientId> client,
                                      Instant now);

}  // namespace duecall::adapters::sql_strategy
