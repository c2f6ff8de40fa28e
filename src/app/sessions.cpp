#include "app/sessions.hpp"

#include <algorithm>

#include "app/sign_in.hpp"
#include "core/sha256.hpp"

namespace duecall::app {
namespace {

// The key failures are counted under: the login as stored when it is well-formed, else
// the text as given (bounded), so that malformed logins are throttled too.
std::string throttle_key(std::string_view login) {
  auto normalized = domain::normalize_login(login);
  if (normalized.ok()) return *normalized;
  return std::string(login.substr(0, 64));
}

// How long until fewer than the limit of `failures` (oldest first, all inside the window)
// remain in the window; zero when the login may try now.
std::chrono::seconds throttled_for(const std::vector<Instant>& failures, Instant now) {
  if (failures.size() < static_cast<std::size_t>(kSignInFailureLimit)) return std::chrono::seconds(0);
  // The attempt is allowed again once the failure that makes the count reach the limit
  // leaves the window.
  Instant frees_at = failures[failures.size() - kSignInFailureLimit] + kSignInFailureWindow;
  auto wait = std::chrono::ceil<std::chrono::seconds>(frees_at - now);
  return std::max(wait, std::chrono::seconds(1));
}

}  // namespace

std::string session_token_hash(std::string_view session_token) {
  return to_hex(Sha256::of(session_token));
}

Result<SignInAnswer> sign_in(Store& store, const PasswordHasher& hasher, const Clock& clock,
                             std::string_view login, std::string_view password,
                             const NewSessionTokens& tokens) {
  std::string key = throttle_key(login);
  Instant now = clock.now();
  {
    auto transaction = TRY(store.begin());
    // A failure counts while now < failed_at + window: the window is open at its start.
    auto failures = TRY(transaction->sign_in_failures_since(
        key, now - kSignInFailureWindow + std::chrono::microseconds(1)));
    TRY(transaction->commit());
    auto wait = throttled_for(failures, now);
    if (wait.count() > 0) return SignInAnswer{.outcome = SignInOutcome::kThrottled, .retry_after = wait};
  }
  // The password check runs outside any transaction: it is slow on purpose.
  auto check = TRY(check_sign_in(store, hasher, clock, login, password));
  auto transaction = TRY(store.begin());
  if (!check.accepted()) {
    TRY(transaction->record_sign_in_failure(key, now));
    TRY(transaction->commit());
    return SignInAnswer{.outcome = SignInOutcome::kRefused};
  }
  TRY(transaction->clear_sign_in_failures(key));
  TRY(transaction->delete_sessions_expired_before(check.user->id, now));
  TRY(transaction->insert_session(SessionRecord{.token_sha256 = session_token_hash(tokens.session_token),
                                                .user_id = check.user->id,
                                                .csrf_token = tokens.csrf_token,
                                                .created_at = now,
                                                .expires_at = now + kSessionLifetime}));
  TRY(transaction->commit());
  return SignInAnswer{.outcome = SignInOutcome::kSignedIn, .user = std::move(check.user)};
}

Result<std::optional<ActiveSession>> find_active_session(Store& store, const Clock& clock,
                                                         std::string_view session_token) {
  auto transaction = TRY(store.begin());
  auto session = TRY(transaction->find_session(session_token_hash(session_token)));
  if (!session || clock.now() >= session->expires_at) return std::optional<ActiveSession>();
  auto user = TRY(transaction->find_user(session->user_login));
  TRY(transaction->commit());
  if (!user || user->disabled()) return std::optional<ActiveSession>();
  return std::optional<ActiveSession>(
      ActiveSession{.user = std::move(*user), .csrf_token = std::move(session->csrf_token)});
}

Result<bool> sign_out(Store& store, std::string_view session_token) {
  auto transaction = TRY(store.begin());
  bool deleted = TRY(transaction->delete_session(session_token_hash(session_token)));
  TRY(transaction->commit());
  return deleted;
}

}  // namespace duecall::app
