#include "app/sign_in.hpp"

namespace duecall::app {
namespace {

struct StoredCredentials {
  domain::User user;
  std::string password_hash;
};

Result<std::optional<StoredCredentials>> find_credentials(Store& store, std::string_view login) {
  auto normalized = domain::normalize_login(login);
  if (!normalized.ok()) return std::optional<StoredCredentials>();
  auto transaction = TRY(store.begin());
  auto user = TRY(transaction->find_user(*normalized));
  if (!user) return std::optional<StoredCredentials>();
  std::string password_hash = TRY(transaction->password_hash_of(user->id));
  TRY(transaction->commit());
  return std::optional<StoredCredentials>({std::move(*user), std::move(password_hash)});
}

// Stores `new_hash` unless the password was changed since `old_hash` was read.
Result<bool> replace_hash(Store& store, UserId id, const std::string& old_hash,
                          const std::string& new_hash, Instant now) {
  auto transaction = TRY(store.begin());
  if (TRY(transaction->password_hash_of(id)) != old_hash) return false;
  TRY(transaction->set_password_hash(id, new_hash, now));
  TRY(transaction->commit());
  return true;
}

}  // namespace

Result<SignInCheck> check_sign_in(Store& store, const PasswordHasher& hasher, const Clock& clock,
                                  std::string_view login, std::string_view password) {
  auto credentials = TRY(find_credentials(store, login));
  if (!credentials) {
    // As much work as a verification, so that an unknown login answers no faster.
    (void)hasher.hash(password);
    return SignInCheck{};
  }
  bool matches = hasher.verify(credentials->password_hash, password);
  if (!matches || credentials->user.disabled()) return SignInCheck{};
  SignInCheck check{.user = std::move(credentials->user)};
  if (hasher.needs_rehash(credentials->password_hash)) {
    std::string new_hash = TRY(hasher.hash(password));
    check.rehashed =
        TRY(replace_hash(store, check.user->id, credentials->password_hash, new_hash, clock.now()));
  }
  return check;
}

}  // namespace duecall::app
