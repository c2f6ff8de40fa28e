#include "adapters/sql/sql_users.hpp"

namespace duecall::adapters::sql_users {
namespace {

using domain::User;

Result<StatementScope> prepare(SqlConnection& db, const char* sql) {
  return StatementScope(TRY(db.prepare(sql)));
}

// Every column but the password hash.
constexpr const char* kUserColumns =
    "id, login, name, role, client_id, shift, created_at_us, disabled_at_us, team";

Result<User> read_user(StatementScope& row) {
  auto role = domain::parse_role(row.column_text(3));
  if (!role.ok()) return Error::data_loss("stored user has an unknown role");
  User user{.id = UserId(row.column_int(0)),
            .login = row.column_text(1),
            .name = row.column_text(2),
            .role = *role,
            .client_id = row.column_is_null(4) ? ClientId() : ClientId(row.column_int(4)),
            .shift = row.column_is_null(5) ? std::string() : row.column_text(5),
            .created_at = from_unix_micros(row.column_int(6)),
            .disabled_at = std::nullopt};
  if (!row.column_is_null(7)) user.disabled_at = from_unix_micros(row.column_int(7));
  if (!row.column_is_null(8)) user.team = row.column_text(8);
  if (domain::role_is_bound_to_client(user.role) != user.client_id.valid()) {
    return Error::data_loss("stored user " + user.login + " breaks the rule of role and client");
  }
  return user;
}

// Steps an UPDATE ... RETURNING id to completion; kNotFound when it changed no row.
Status expect_one_row(StatementScope& update, UserId id) {
  if (!TRY(update.step())) return Error::not_found("no user with id " + std::to_string(id.value));
  TRY(update.step());
  return Ok{};
}

}  // namespace

Result<UserId> insert_user(SqlConnection& db, const User& user, std::string_view password_hash) {
  auto statement = TRY(prepare(
      db,
      "INSERT INTO users (login, name, role, client_id, shift, password_hash, created_at_us, "
      "password_changed_at_us, disabled_at_us, team) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id"));
  statement.bind(1, user.login).bind(2, user.name).bind(3, domain::role_name(user.role));
  if (user.client_id.valid()) {
    statement.bind(4, user.client_id.value);
  } else {
    statement.bind_null(4);
  }
  if (user.shift.empty()) {
    statement.bind_null(5);
  } else {
    statement.bind(5, user.shift);
  }
  statement.bind(6, password_hash)
      .bind(7, to_unix_micros(user.created_at))
      .bind(8, to_unix_micros(user.created_at));
  if (user.disabled_at) {
    statement.bind(9, to_unix_micros(*user.disabled_at));
  } else {
    statement.bind_null(9);
  }
  if (user.team.empty()) {
    statement.bind_null(10);
  } else {
    statement.bind(10, user.team);
  }
  auto id = statement.run_returning_id();
  if (!id.ok()) {
    if (id.error().code == ErrorCode::kConflict) {
      return Error::already_exists("login " + user.login + " is already taken");
    }
    return std::move(id).error();
  }
  return UserId(*id);
}

Result<std::optional<User>> find_user(SqlConnection& db, std::string_view login) {
  static const std::string kSql =
      std::string("SELECT ") + kUserColumns + " FROM users WHERE login = ?";
  auto statement = TRY(prepare(db, kSql.c_str()));
  statement.bind(1, login);
  if (!TRY(statement.step())) return std::optional<User>();
  return std::optional<User>(TRY(read_user(statement)));
}

Result<std::vector<User>> list_users(SqlConnection& db) {
  static const std::string kSql =
      std::string("SELECT ") + kUserColumns + " FROM users ORDER BY login";
  auto statement = TRY(prepare(db, kSql.c_str()));
  std::vector<User> users;
  while (TRY(statement.step())) users.push_back(TRY(read_user(statement)));
  return users;
}

Result<std::string> password_hash_of(SqlConnection& db, UserId id) {
  auto statement = TRY(prepare(db, "SELECT password_hash FROM users WHERE id = ?"));
  statement.bind(1, id.value);
  if (!TRY(statement.step()))
    return Error::not_found("no user with id " + std::to_string(id.value));
  return statement.column_text(0);
}

Status set_password_hash(SqlConnection& db, UserId id, std::string_view password_hash,
                         Instant now) {
  auto statement = TRY(prepare(
      db,
      "UPDATE users SET password_hash = ?, password_changed_at_us = ? WHERE id = ? RETURNING id"));
  statement.bind(1, password_hash).bind(2, to_unix_micros(now)).bind(3, id.value);
  return expect_one_row(statement, id);
}

Status disable_user(SqlConnection& db, UserId id, Instant disabled_at) {
  // A user disabled earlier keeps the first date.
  auto statement = TRY(prepare(
      db,
      "UPDATE users SET disabled_at_us = coalesce(disabled_at_us, ?) WHERE id = ? RETURNING id"));
  statement.bind(1, to_unix_micros(disabled_at)).bind(2, id.value);
  return expect_one_row(statement, id);
}

Status set_user_shift(SqlConnection& db, UserId id, std::string_view shift) {
  auto statement = TRY(prepare(db, "UPDATE users SET shift = ? WHERE id = ? RETURNING id"));
  if (shift.empty()) {
    statement.bind_null(1);
  } else {
    statement.bind(1, shift);
  }
  statement.bind(2, id.value);
  return expect_one_row(statement, id);
}

Status set_user_team(SqlConnection& db, UserId id, std::string_view team) {
  auto statement = TRY(prepare(db, "UPDATE users SET team = ? WHERE id = ? RETURNING id"));
  if (team.empty()) {
    statement.bind_null(1);
  } else {
    statement.bind(1, team);
  }
  statement.bind(2, id.value);
  return expect_one_row(statement, id);
}

Result<std::optional<domain::ShiftPlan>> find_shift_plan(SqlConnection& db) {
  auto statement = TRY(prepare(
      db, "SELECT name, start_minute, end_minute, time_zone FROM shifts ORDER BY start_minute"));
  std::vector<domain::Shift> shifts;
  std::string time_zone;
  while (TRY(statement.step())) {
    shifts.push_back({.name = statement.column_text(0),
                      .start = std::chrono::minutes(statement.column_int(1)),
                      .end = std::chrono::minutes(statement.column_int(2))});
    std::string zone = statement.column_text(3);
    if (!time_zone.empty() && zone != time_zone) {
      return Error::data_loss("stored shifts are in more than one time zone");
    }
    time_zone = zone;
  }
  if (shifts.empty()) return std::optional<domain::ShiftPlan>();
  auto plan = domain::ShiftPlan::make(time_zone, std::move(shifts));
  if (!plan.ok()) return Error::data_loss("stored shift plan: " + plan.error().message);
  return std::optional<domain::ShiftPlan>(std::move(plan).value());
}

Status replace_shift_plan(SqlConnection& db, const domain::ShiftPlan& plan) {
  auto remove = TRY(prepare(db, "DELETE FROM shifts"));
  TRY(remove.run());
  auto insert = TRY(prepare(
      db, "INSERT INTO shifts (name, start_minute, end_minute, time_zone) VALUES (?, ?, ?, ?)"));
  for (const auto& shift : plan.shifts()) {
    insert.bind(1, shift.name)
        .bind(2, std::int64_t{shift.start.count()})
        .bind(3, std::int64_t{shift.end.count()})
        .bind(4, plan.time_zone());
    TRY(insert.run());
  }
  return Ok{};
}

}  // namespace duecall::adapters::sql_users
