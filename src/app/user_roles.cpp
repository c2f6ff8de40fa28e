#include "app/user_roles.hpp"

namespace duecall::app {

Result<domain::User> check_user_role(StoreTransaction& transaction, const std::string& login,
                                     std::initializer_list<domain::Role> allowed,
                                     std::string_view as) {
  auto normalized = domain::normalize_login(login);
  if (!normalized.ok()) return Error::invalid_argument("'" + login + "' is not a login");
  auto user = TRY(transaction.find_user(*normalized));
  if (!user) return Error::not_found("unknown user '" + login + "'");
  if (user->disabled()) return Error::failed_precondition("user '" + login + "' is disabled");
  for (domain::Role role : allowed) {
    if (user->role == role) return std::move(*user);
  }
  return Error::invalid_argument("user '" + login + "' is a " +
                                 std::string(domain::role_name(user->role)) + ", not " +
                                 std::string(as));
}

}  // namespace duecall::app
