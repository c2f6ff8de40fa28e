#include "adapters/postgres/pg_statement.hpp"

#include <cassert>
#include <charconv>
#include <cstring>

#include "adapters/postgres/pg_error.hpp"

namespace duecall::adapters {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes bytea's text output. The connection sets bytea_output=hex, so the escape format
// only arrives if someone changes that setting mid-session; libpq decodes it then.
std::string decode_bytea(const char* text, int length) {
  if (length >= 2 && text[0] == '\\' && text[1] == 'x') {
    std::string bytes;
    bytes.reserve((length - 2) / 2);
    for (int at = 2; at + 1 < length; at += 2) {
      int high = hex_digit(text[at]);
      int low = hex_digit(text[at + 1]);
      if (high < 0 || low < 0) break;  // the server never sends this; stop rather than guess
      bytes.push_back(static_cast<char>(high << 4 | low));
    }
    return bytes;
  }
  std::size_t size = 0;
  unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &size);
  if (!raw) return {};
  std::string bytes(reinterpret_cast<const char*>(raw), size);
  PQfreemem(raw);
  return bytes;
}

}  // namespace

PgStatement::PgStatement(PGconn* connection, std::string name, const char* sql, int parameter_count,
                         std::uint64_t* changes)
    : connection_(connection),
      changes_(changes),
      name_(std::move(name)),
      sql_(sql),
      bindings_(parameter_count),
      formats_(parameter_count, 0) {}

PgStatement::~PgStatement() {
  PQclear(result_);
}

std::optional<std::string>& PgStatement::slot(int index, int format) {
  // A wrong index is a bug in the store's SQL or its bind calls, never outside input.
  assert(index >= 1 && index <= static_cast<int>(bindings_.size()));
  formats_[index - 1] = format;
  return bindings_[index - 1];
}

void PgStatement::bind(int index, std::int64_t value) {
  slot(index, 0) = std::to_string(value);
}

void PgStatement::bind(int index, std::string_view text) {
  slot(index, 0) = std::string(text);
}

void PgStatement::bind_blob(int index, std::string_view bytes) {
  slot(index, 1) = std::string(bytes);
}

void PgStatement::bind_null(int index) {
  slot(index, 0).reset();
}

Status PgStatement::execute() {
  int count = static_cast<int>(bindings_.size());
  std::vector<const char*> values(count, nullptr);
  std::vector<int> lengths(count, 0);
  for (int at = 0; at < count; ++at) {
    if (!bindings_[at]) continue;
    values[at] = bindings_[at]->data();
    lengths[at] = static_cast<int>(bindings_[at]->size());
  }
  result_ = PQexecPrepared(connection_, name_.c_str(), count, values.data(), lengths.data(),
                           formats_.data(), /*resultFormat=*/0);
  if (postgres_succeeded(result_)) {
    if (postgres_changed_rows(result_)) ++*changes_;
    return Ok{};
  }
  Error error = postgres_error(connection_, result_, "a statement", sql_);
  PQclear(result_);
  result_ = nullptr;
  return error;
}

Result<bool> PgStatement::step() {
  if (!result_) {
    TRY(execute());
    row_ = -1;
  }
  if (row_ + 1 >= PQntuples(result_)) {
    row_ = PQntuples(result_);  // stays past the end: further steps keep returning false
    return false;
  }
  ++row_;
  return true;
}

const char* PgStatement::value(int index) const {
  // Reading without a current row or past the last column is a bug in the store.
  assert(result_ && row_ >= 0 && row_ < PQntuples(result_));
  assert(index >= 0 && index < PQnfields(result_));
  return PQgetvalue(result_, row_, index);
}

std::int64_t PgStatement::column_int(int index) const {
  const char* text = value(index);
  // Booleans arrive as "t"/"f" in text format; SQLite would give 1/0 for the same query.
  if (text[0] == 't' && text[1] == '\0') return 1;
  if (text[0] == 'f' && text[1] == '\0') return 0;
  std::int64_t number = 0;
  // NULL reads as 0, as in SQLite. A non-integer column read as an integer is a bug in the
  // store's SQL; it reads as 0 too rather than crashing a server on one bad row.
  std::from_chars(text, text + std::strlen(text), number);
  return number;
}

std::string PgStatement::column_text(int index) const {
  const char* text = value(index);
  return std::string(text, PQgetlength(result_, row_, index));
}

std::string PgStatement::column_blob(int index) const {
  const char* text = value(index);
  return decode_bytea(text, PQgetlength(result_, row_, index));
}

bool PgStatement::column_is_null(int index) const {
  value(index);  // for its assertions
  return PQgetisnull(result_, row_, index) == 1;
}

void PgStatement::reset() {
  PQclear(result_);
  result_ = nullptr;
  row_ = -1;
  for (auto& binding : bindings_) binding.reset();
  for (int& format : formats_) format = 0;
}

}  // namespace duecall::adapters
