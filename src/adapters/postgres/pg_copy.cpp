#include "adapters/postgres/pg_copy.hpp"

#include <libpq-fe.h>

#include "adapters/postgres/pg_error.hpp"

namespace duecall::adapters {
namespace {

constexpr std::size_t kFlushBytes = 256 * 1024;

}  // namespace

PgCopy::PgCopy(pg_conn* connection, const char* table, const char* columns)
    : connection_(connection), table_(table) {
  std::string sql = "COPY " + table_ + " (" + columns + ") FROM STDIN";
  PGresult* result = PQexec(connection_, sql.c_str());
  if (PQresultStatus(result) != PGRES_COPY_IN) {
    failed_ = postgres_error(connection_, result, "copy into " + table_);
  }
  PQclear(result);
  buffer_.reserve(kFlushBytes + 4096);
}

PgCopy::~PgCopy() {
  if (!finished_ && !failed_) {
    // Abandoned midway: end the COPY with an error, so the transaction aborts rather than
    // committing a partial table.
    PQputCopyEnd(connection_, "bulk insert abandoned");
    while (PGresult* result = PQgetResult(connection_)) PQclear(result);
  }
}

void PgCopy::separate() {
  if (row_started_) buffer_ += '\t';
  row_started_ = true;
}

void PgCopy::add(std::int64_t value) {
  separate();
  buffer_ += std::to_string(value);
}

void PgCopy::add(std::string_view text) {
  separate();
  for (char c : text) {
    switch (c) {
      case '\\': buffer_ += "\\\\"; break;
      case '\t': buffer_ += "\\t"; break;
      case '\n': buffer_ += "\\n"; break;
      case '\r': buffer_ += "\\r"; break;
      default: buffer_ += c;
    }
  }
}

void PgCopy::add_blob(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  separate();
  buffer_ += "\\\\x";  // the text format's backslash escape, then bytea's \x
  for (unsigned char byte : bytes) {
    buffer_ += kHex[byte >> 4];
    buffer_ += kHex[byte & 0xf];
  }
}

void PgCopy::add_null() {
  separate();
  buffer_ += "\\N";
}

Status PgCopy::flush() {
  if (buffer_.empty()) return Ok{};
  if (PQputCopyData(connection_, buffer_.data(), static_cast<int>(buffer_.size())) != 1) {
    return Error::unavailable("copy into " + table_ + " failed: " + PQerrorMessage(connection_));
  }
  buffer_.clear();
  return Ok{};
}

Status PgCopy::end_row() {
  if (failed_) return *failed_;
  buffer_ += '\n';
  row_started_ = false;
  if (buffer_.size() >= kFlushBytes) return flush();
  return Ok{};
}

Status PgCopy::finish() {
  if (failed_) return *failed_;
  TRY(flush());
  finished_ = true;
  if (PQputCopyEnd(connection_, nullptr) != 1) {
    return Error::unavailable("copy into " + table_ + " failed: " + PQerrorMessage(connection_));
  }
  std::optional<Error> error;
  while (PGresult* result = PQgetResult(connection_)) {
    if (!error && PQresultStatus(result) != PGRES_COMMAND_OK) {
      error = postgres_error(connection_, result, "copy into " + table_);
    }
    PQclear(result);
  }
  if (error) return *error;
  return Ok{};
}

}  // namespace duecall::adapters
