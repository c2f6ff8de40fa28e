// The SQL side of agreements (app/agreement_record.hpp): the agreements table and the
// schedule of payments each expects, over either driver. SqlStoreTransaction forwards its
// "Agreements." methods here; the strategy run reads a range of cases' agreements through
// agreements_in_case_range. The same statements serve both dialects.
//
// Rows are checked on the way out as on the way in: an unknown kind or state, or terms
// that do not parse, are reported as data loss rather than used.
#pragma once

#include <optional>
#include <vector>

#include "adapters/sql/sql_driver.hpp"
#include "app/agreement_record.hpp"

namespace duecall::adapters::sql_agreements {

// Whether to read each agreement's schedule as well; the strategy run needs only states.
enum class Schedules { kRead, kSkip };

Result<AgreementId> insert_agreement(SqlConnection& db, const app::AgreementRecord& agreement);
Result<std::optional<app::AgreementRecord>> find_agreement(SqlConnection& db, AgreementId id);
Status update_agreement(SqlConnection& db, const app::AgreementRecord& agreement,
                        domain::AgreementState expected);
Result<std::vector<app::AgreementRecord>> agreements_of_cases(SqlConnection& db,
                                                              const std::vector<CaseId>& cases);
Result<std::vector<app::AgreementRecord>> agreements_in_state(SqlConnection& db,
                                                              domain::AgreementState state);
Result<std::vector<app::AgreementRecord>> agreements_of_client(SqlConnection& db, ClientId client);
// The active and broken agreements of the cases with ids from `first` to `last`, ordered
// by case then id, without schedules.
Result<std::vector<app::AgreementRecord>> agreements_in_case_range(SqlConnection& db, CaseId first,
                                                                   CaseId last);

}  // namespace duecall::adapters::sql_agreements
