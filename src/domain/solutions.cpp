#include "domain/solutions.hpp"

#include <algorithm>

#include "core/check.hpp"

namespace duecall::domain {
namespace {

Status check_amounts(const Policy& policy, const Money& balance, const Money& interest) {
  const Currency currency = policy.min_instalment.currency();
  if (!(balance.currency() == currency) || !(interest.currency() == currency)) {
    return Error::invalid_argument("solutions are worked out in the client's currency " +
                                   std::string(currency.code()) + ", not " +
                                   std::string(balance.currency().code()));
  }
  if (balance.is_negative() || interest.is_negative() || interest > balance) {
    return Error::invalid_argument("an open balance of " + balance.to_string() + " with interest " +
                                   interest.to_string() + " cannot be negotiated");
  }
  return Ok{};
}

std::optional<PlanOption> plan_option(const Policy& policy, const Money& balance, CivilDate today) {
  if (policy.max_instalments < 2) return std::nullopt;
  const std::int64_t min_minor = policy.min_instalment.minor();
  // Every instalment is positive, so a zero minimum still means one minor unit each.
  const std::int64_t fitting = balance.minor() / std::max<std::int64_t>(min_minor, 1);
  const std::int64_t count = std::min<std::int64_t>(policy.max_instalments, fitting);
  if (count < 2) return std::nullopt;
  return PlanOption{.max_instalments = static_cast<int>(count),
                    .min_instalment = policy.min_instalment,
                    .max_term_days = policy.max_term_days,
                    .latest_date = today.plus_days(policy.max_term_days)};
}

std::optional<SettlementOption> settlement_option(const Policy& policy, const Money& balance) {
  if (policy.settlement_floor_bp >= 10000) return std::nullopt;
  // A settlement is a payment, so it is at least one minor unit even under a 0 % floor.
  const Money least(
      std::max<std::int64_t>(share_rounded_up(balance, policy.settlement_floor_bp).minor(), 1),
      balance.currency());
  if (least >= balance) return std::nullopt;
  return SettlementOption{
      .floor_bp = policy.settlement_floor_bp,
      .min_amount = least,
      .max_discount = Money(balance.minor() - least.minor(), balance.currency())};
}

std::optional<ReducedInterestOption> reduced_interest_option(const Policy& policy,
                                                             const Money& balance,
                                                             const Money& interest) {
  if (interest.is_zero() || policy.settlement_floor_bp >= 10000) return std::nullopt;
  const std::int64_t discount =
      balance.minor() - share_rounded_up(balance, policy.settlement_floor_bp).minor();
  const std::int64_t waiver = std::min(interest.minor(), discount);
  if (waiver <= 0) return std::nullopt;
  return ReducedInterestOption{
      .min_interest = Money(interest.minor() - waiver, interest.currency()),
      .max_waiver = Money(waiver, interest.currency())};
}

}  // namespace

Money share_rounded_up(const Money& balance, int floor_bp) {
  DC_VERIFY(!balance.is_negative() && floor_bp >= 0 && floor_bp <= 10000,
            "shares are taken of open balances with floors checked by Policy::from_json");
  // 128 bits: balance * 10000 can leave the int64 range for the largest balances. The
  // quotient is at most the balance, so it fits back.
  const __int128 scaled = static_cast<__int128>(balance.minor()) * floor_bp;
  const __int128 share = (scaled + 9999) / 10000;
  return Money(static_cast<std::int64_t>(share), balance.currency());
}

Result<Solutions> solutions_for(const Policy& policy, const Money& balance, const Money& interest,
                                CivilDate today) {
  TRY(check_amounts(policy, balance, interest));
  Solutions solutions{.balance = balance};
  if (balance.is_zero()) return solutions;
  if (balance >= policy.min_instalment) {
    solutions.promise = PromiseOption{.min_amount = policy.min_instalment,
                                      .max_days = policy.max_term_days,
                                      .latest_date = today.plus_days(policy.max_term_days)};
  }
  solutions.plan = plan_option(policy, balance, today);
  solutions.settlement = settlement_option(policy, balance);
  if (policy.max_extension_days > 0) {
    solutions.extension =
        ExtensionOption{.max_days = policy.max_extension_days,
                        .latest_date = today.plus_days(policy.max_extension_days)};
  }
  solutions.reduced_interest = reduced_interest_option(policy, balance, interest);
  return solutions;
}

}  // namespace duecall::domain
