#include "app/users.hpp"

#include <map>

#include "domain/password_rule.hpp"

namespace duecall::app {
namespace {

Result<domain::User> existing_user(StoreTransaction& transaction, std::string_view login) {
  std::string normalized = TRY(domain::normalize_login(login));
  auto user = TRY(transaction.find_user(normalized));
  if (!user) return Error::not_found("no user has the login " + normalized);
  return std::move(*user);
}

}  // namespace

Result<domain::User> add_user(Store& store, const PasswordHasher& hasher, const Clock& clock,
                              const domain::NewUser& input, std::string_view password) {
  // Check what needs no database before the slow hash: a refused password or role costs
  // nothing then.
  TRY(domain::normalize_login(input.login));
  TRY(domain::check_role_scope(TRY(domain::parse_role(input.role)), !input.client_code.empty(),
                               !input.shift.empty()));
  TRY(domain::check_team_assignment(TRY(domain::parse_role(input.role)), input.team));
  TRY(domain::check_new_password(password));
  std::string password_hash = TRY(hasher.hash(password));

  auto transaction = TRY(store.begin());
  auto find_client = [&](std::string_view code) -> Result<ClientId> {
    auto client = TRY(transaction->find_client(code));
    if (!client) return Error::not_found("no client has the code " + std::string(code));
    return client->id;
  };
  auto stored_plan = TRY(transaction->find_shift_plan());
  domain::ShiftPlan plan = stored_plan ? std::move(*stored_plan) : domain::ShiftPlan::standard();
  domain::User user = TRY(domain::make_user(input, plan, find_client, clock.now()));
  if (TRY(transaction->find_user(user.login))) {
    return Error::already_exists("login " + user.login + " is already taken");
  }
  user.id = TRY(transaction->insert_user(user, password_hash));
  TRY(transaction->commit());
  return user;
}

Result<std::vector<UserListing>> list_users(Store& store) {
  auto transaction = TRY(store.begin());
  auto users = TRY(transaction->list_users());
  std::map<ClientId, std::string> client_codes;
  for (const auto& client : TRY(transaction->list_clients())) client_codes[client.id] = client.code;
  TRY(transaction->commit());
  std::vector<UserListing> listings;
  listings.reserve(users.size());
  for (auto& user : users) {
    std::string code = user.client_id.valid() ? client_codes[user.client_id] : "";
    listings.push_back({std::move(user), std::move(code)});
  }
  return listings;
}

Status change_password(Store& store, const PasswordHasher& hasher, const Clock& clock,
                       std::string_view login, std::string_view password) {
  TRY(domain::normalize_login(login));
  TRY(domain::check_new_password(password));
  std::string password_hash = TRY(hasher.hash(password));
  auto transaction = TRY(store.begin());
  domain::User user = TRY(existing_user(*transaction, login));
  TRY(transaction->set_password_hash(user.id, password_hash, clock.now()));
  return transaction->commit();
}

Result<domain::User> assign_shift(Store& store, std::string_view login, std::string_view shift) {
  auto transaction = TRY(store.begin());
  domain::User user = TRY(existing_user(*transaction, login));
  auto stored_plan = TRY(transaction->find_shift_plan());
  domain::ShiftPlan plan = stored_plan ? std::move(*stored_plan) : domain::ShiftPlan::standard();
  TRY(domain::check_shift_assignment(user.role, shift, plan));
  TRY(transaction->set_user_shift(user.id, shift));
  TRY(transaction->commit());
  user.shift = std::string(shift);
  return user;
}

Result<domain::User> assign_team(Store& store, std::string_view login, std::string_view team) {
  auto transaction = TRY(store.begin());
  domain::User user = TRY(existing_user(*transaction, login));
  TRY(domain::check_team_assignment(user.role, team));
  TRY(transaction->set_user_team(user.id, team));
  TRY(transaction->commit());
  user.team = std::string(team);
  return user;
}

Result<domain::User> disable_user(Store& store, const Clock& clock, std::string_view login) {
  auto transaction = TRY(store.begin());
  domain::User user = TRY(existing_user(*transaction, login));
  if (!user.disabled()) {
    Instant now = clock.now();
    TRY(transaction->disable_user(user.id, now));
    user.disabled_at = now;
  }
  TRY(transaction->commit());
  return user;
}

}  // namespace duecall::app
