#include "adapters/sql/sql_driver.hpp"

namespace duecall::adapters {

Status StatementScope::run() {
  while (TRY(statement_->step())) {
  }
  statement_->reset();
  return Ok{};
}

Result<std::int64_t> StatementScope::run_returning_id() {
  if (!TRY(statement_->step())) return Error::internal("an INSERT ... RETURNING gave no row");
  std::int64_t id = statement_->column_int(0);
  statement_->reset();
  return id;
}

}  // namespace duecall::adapters
