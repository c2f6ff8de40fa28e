// duecall user add | list | passwd | set-shift | set-team | disable | verify
// Passwords are read from standard input, one line (see password_input.hpp), and stored only
// as argon2id hashes; no command prints a password or a hash. Exit 0 when done; `verify`
// exits 1 when the login and password are refused; 2 for bad input (a refused password, a
// wrong role and --client or --shift combination, a taken or unknown login).
#include <iostream>

#include "adapters/passwords/argon2_password_hasher.hpp"
#include "app/sign_in.hpp"
#include "app/users.hpp"
#include "cli/command_context.hpp"
#include "cli/password_input.hpp"

namespace duecall::cli {
namespace {

struct UserArguments {
  domain::NewUser input;  // add; login also for passwd, set-shift, disable, verify
  bool no_shift = false;
  bool no_team = false;
  bool json = false;
};

nlohmann::json user_json(const app::UserListing& listing) {
  const domain::User& user = listing.user;
  nlohmann::json out = {{"login", user.login},
                        {"name", user.name},
                        {"role", domain::role_name(user.role)},
                        {"client", nullptr},
                        {"shift", nullptr},
                        {"team", nullptr},
                        {"created_at", format_iso8601(user.created_at)},
                        {"disabled", user.disabled()}};
  if (!listing.client_code.empty()) out["client"] = listing.client_code;
  if (!user.shift.empty()) out["shift"] = user.shift;
  if (!user.team.empty()) out["team"] = user.team;
  if (user.disabled_at) out["disabled_at"] = format_iso8601(*user.disabled_at);
  return out;
}

std::string user_line(const app::UserListing& listing) {
  const domain::User& user = listing.user;
  auto or_dash = [](const std::string& text) { return text.empty() ? std::string("-") : text; };
  return user.login + "\t" + user.name + "\t" + std::string(domain::role_name(user.role)) + "\t" +
         or_dash(listing.client_code) + "\t" + or_dash(user.shift) + "\t" +
         (user.disabled() ? "disabled" : "active");
}

Result<std::unique_ptr<adapters::Argon2PasswordHasher>> password_hasher() {
  return adapters::Argon2PasswordHasher::create();
}

void add_user_add(CLI::App& users, CommandContext& context,
                  const std::shared_ptr<UserArguments>& arguments) {
  auto* add = users.add_subcommand("add", "add a user; the password is read from standard input");
  add->add_option("--login", arguments->input.login, "unique sign-in name, e.g. ana.kos")
      ->required();
  add->add_option("--name", arguments->input.name, "the person's name")->required();
  add->add_option("--role", arguments->input.role, "operator, supervisor, admin, client or auditor")
      ->required();
  add->add_option("--client", arguments->input.client_code,
                  "the creditor client's code; required for, and only for, role client");
  add->add_option("--shift", arguments->input.shift,
                  "the shift an operator or supervisor works (see `duecall shift list`)");
  add->add_option("--team", arguments->input.team,
                  "the team an operator or supervisor is in (KPI targets, see docs/kpi.md)");
  on_run(add, context, [&context, arguments]() -> Result<int> {
    std::string password = TRY(read_password_line("password for " + arguments->input.login + ": "));
    auto hasher = TRY(password_hasher());
    auto store = TRY(context.open_store());
    auto added = TRY(app::add_user(*store, *hasher, context.clock(), arguments->input, password));
    std::cout << "user " << added.login << " added (" << domain::role_name(added.role) << ")\n";
    return kExitOk;
  });
}

void add_user_list(CLI::App& users, CommandContext& context,
                   const std::shared_ptr<UserArguments>& arguments) {
  auto* list = users.add_subcommand("list", "list users (never their passwords or hashes)");
  list->add_flag("--json", arguments->json, "print JSON");
  on_run(list, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    auto users = TRY(app::list_users(*store));
    if (arguments->json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& listing : users) out.push_back(user_json(listing));
      std::cout << out.dump(2) << "\n";
      return kExitOk;
    }
    for (const auto& listing : users) std::cout << user_line(listing) << "\n";
    return kExitOk;
  });
}

void add_user_passwd(CLI::App& users, CommandContext& context,
                     const std::shared_ptr<UserArguments>& arguments) {
  auto* passwd = users.add_subcommand("passwd", "set a user's password, read from standard input");
  passwd->add_option("--login", arguments->input.login, "the user's login")->required();
  on_run(passwd, context, [&context, arguments]() -> Result<int> {
    std::string password =
        TRY(read_password_line("new password for " + arguments->input.login + ": "));
    auto hasher = TRY(password_hasher());
    auto store = TRY(context.open_store());
    TRY(app::change_password(*store, *hasher, context.clock(), arguments->input.login, password));
    std::cout << "password of " << arguments->input.login << " changed\n";
    return kExitOk;
  });
}

void add_user_set_shift(CLI::App& users, CommandContext& context,
                        const std::shared_ptr<UserArguments>& arguments) {
  auto* set_shift = users.add_subcommand("set-shift", "put a user on a shift, or off any");
  set_shift->add_option("--login", arguments->input.login, "the user's login")->required();
  auto* shift = set_shift->add_option("--shift", arguments->input.shift, "the shift's name");
  auto* none = set_shift->add_flag("--none", arguments->no_shift, "take the user off any shift");
  shift->excludes(none);
  on_run(set_shift, context, [&context, arguments]() -> Result<int> {
    if (!arguments->no_shift && arguments->input.shift.empty()) {
      return Error::invalid_argument("say which shift with --shift NAME, or --none");
    }
    auto store = TRY(context.open_store());
    std::string shift = arguments->no_shift ? "" : arguments->input.shift;
    auto user = TRY(app::assign_shift(*store, arguments->input.login, shift));
    std::cout << user.login << (shift.empty() ? " works no shift" : " works shift " + shift)
              << "\n";
    return kExitOk;
  });
}

void add_user_set_team(CLI::App& users, CommandContext& context,
                       const std::shared_ptr<UserArguments>& arguments) {
  auto* set_team = users.add_subcommand("set-team", "put a user in a team, or out of any");
  set_team->add_option("--login", arguments->input.login, "the user's login")->required();
  auto* team = set_team->add_option("--team", arguments->input.team, "the team's name");
  auto* none = set_team->add_flag("--none", arguments->no_team, "take the user out of any team");
  team->excludes(none);
  on_run(set_team, context, [&context, arguments]() -> Result<int> {
    if (!arguments->no_team && arguments->input.team.empty()) {
      return Error::invalid_argument("say which team with --team NAME, or --none");
    }
    auto store = TRY(context.open_store());
    std::string team = arguments->no_team ? "" : arguments->input.team;
    auto user = TRY(app::assign_team(*store, arguments->input.login, team));
    std::cout << user.login << (team.empty() ? " is in no team" : " is in team " + team) << "\n";
    return kExitOk;
  });
}

void add_user_disable(CLI::App& users, CommandContext& context,
                      const std::shared_ptr<UserArguments>& arguments) {
  auto* disable = users.add_subcommand("disable", "refuse every later sign-in of a user");
  disable->add_option("--login", arguments->input.login, "the user's login")->required();
  on_run(disable, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    auto user = TRY(app::disable_user(*store, context.clock(), arguments->input.login));
    std::cout << "user " << user.login << " disabled since " << format_iso8601(*user.disabled_at)
              << "\n";
    return kExitOk;
  });
}

void add_user_verify(CLI::App& users, CommandContext& context,
                     const std::shared_ptr<UserArguments>& arguments) {
  auto* verify = users.add_subcommand(
      "verify",
      "check a login and the password on standard input, as sign-in does (exit 1: refused)");
  verify->add_option("--login", arguments->input.login, "the user's login")->required();
  on_run(verify, context, [&context, arguments]() -> Result<int> {
    std::string password = TRY(read_password_line("password for " + arguments->input.login + ": "));
    auto hasher = TRY(password_hasher());
    auto store = TRY(context.open_store());
    auto check =
        TRY(app::check_sign_in(*store, *hasher, context.clock(), arguments->input.login, password));
    if (!check.accepted()) {
      // Which of login, password or disabled account failed is not said, as at sign-in.
      std::cout << "refused\n";
      return kExitCheckFailed;
    }
    std::cout << "accepted: " << check.user->login << " (" << domain::role_name(check.user->role)
              << ")" << (check.rehashed ? "; password hash upgraded to the current cost" : "")
              << "\n";
    return kExitOk;
  });
}

}  // namespace

void add_user_commands(CLI::App& app, CommandContext& context) {
  auto* users = app.add_subcommand("user", "people who sign in: operators, supervisors, ...");
  users->require_subcommand(1);
  auto arguments = std::make_shared<UserArguments>();
  add_user_add(*users, context, arguments);
  add_user_list(*users, context, arguments);
  add_user_passwd(*users, context, arguments);
  add_user_set_shift(*users, context, arguments);
  add_user_set_team(*users, context, arguments);
  add_user_disable(*users, context, arguments);
  add_user_verify(*users, context, arguments);
}

}  // namespace duecall::cli
