#include "adapters/postgres/pg_error.hpp"

#include <string>
#include <string_view>

namespace duecall::adapters {
namespace {

constexpr std::size_t kSqlShownMax = 120;

// One line, for logs: libpq ends messages with a newline and indents hints on new lines.
std::string trimmed(std::string_view text) {
  std::string result;
  for (char c : text) {
    bool space = c == '\n' || c == '\t' || c == ' ';
    if (!space) {
      result += c;
    } else if (!result.empty() && result.back() != ' ') {
      result += ' ';
    }
  }
  if (!result.empty() && result.back() == ' ') result.pop_back();
  return result;
}

std::string trimmed(const char* text) {
  return trimmed(std::string_view(text ? text : ""));
}

bool is_conflict(std::string_view sqlstate) {
  return sqlstate == "23505" || sqlstate == "23503" || sqlstate == "23514" || sqlstate == "40001" ||
         sqlstate == "40P01";
}

// The server's words, except where they may quote a value (see the header).
std::string server_message(const PGresult* result, std::string_view sqlstate) {
  if (sqlstate.starts_with("22")) {
    return "a value was rejected by its type or function (the server's message, which quotes "
           "it, is withheld)";
  }
  std::string message = trimmed(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
  return message.empty() ? "no message" : message;
}

}  // namespace

bool postgres_succeeded(const PGresult* result) {
  ExecStatusType status = PQresultStatus(result);
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

bool postgres_changed_rows(PGresult* result) {
  const std::string_view tag = PQcmdStatus(result);
  for (std::string_view counted : {"INSERT", "UPDATE", "DELETE", "MERGE"}) {
    // The tag ends in the number of rows the command touched ("UPDATE 0", "INSERT 0 3").
    if (tag.starts_with(counted)) return std::string_view(PQcmdTuples(result)) != "0";
  }
  for (std::string_view changing : {"COPY", "CREATE", "ALTER", "DROP", "TRUNCATE"}) {
    if (tag.starts_with(changing)) return true;
  }
  return false;
}

Error postgres_error(const PGconn* connection, const PGresult* result, std::string_view action,
                     std::string_view sql) {
  std::string sqlstate = result ? trimmed(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : "";
  std::string message = "postgresql: " + std::string(action) + " failed";
  if (sqlstate.empty()) {
    // No server answer: libpq's own message, which is about the connection and holds no
    // data (it never repeats the password).
    message += ": " + trimmed(PQerrorMessage(connection));
  } else {
    std::string primary = server_message(result, sqlstate);
    message += " (SQLSTATE " + sqlstate + "): " + primary;
    // The constraint's name is schema, not data, and says which rule the row broke.
    const char* constraint = PQresultErrorField(result, PG_DIAG_CONSTRAINT_NAME);
    if (constraint && primary.find(constraint) == std::string::npos) {
      message += " [constraint " + std::string(constraint) + "]";
    }
  }
  if (!sql.empty()) {
    message += " in: ";
    message += trimmed(sql.substr(0, kSqlShownMax));
    if (sql.size() > kSqlShownMax) message += "...";
  }
  if (is_conflict(sqlstate)) return Error::conflict(std::move(message));
  return Error::unavailable(std::move(message));
}

}  // namespace duecall::adapters
