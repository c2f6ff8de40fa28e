#include "app/agreement_request.hpp"

namespace duecall::app {
namespace {

using domain::AgreementKind;

Result<Money> money_flag(const std::optional<std::string>& text, std::string_view flag,
                         Currency currency) {
  if (!text) return Error::invalid_argument(std::string(flag) + " is required for this kind");
  auto parsed = Money::parse(*text, currency);
  if (!parsed.ok()) {
    return Error::invalid_argument(std::string(flag) + " '" + *text + "' is not an amount in " +
                                   std::string(currency.code()) + " such as 50.00");
  }
  return parsed;
}

Result<CivilDate> date_flag(const std::optional<std::string>& text, std::string_view flag) {
  if (!text) return Error::invalid_argument(std::string(flag) + " is required for this kind");
  auto parsed = CivilDate::parse_iso(*text);
  if (!parsed.ok()) {
    return Error::invalid_argument(std::string(flag) + " '" + *text +
                                   "' is not a date such as 2026-12-10");
  }
  return parsed;
}

// Refuses the flags that `kind` does not use, so that a mistyped command does not store
// terms the operator did not mean.
Status check_unused(const AgreementRequest& request) {
  const AgreementKind kind = request.kind;
  auto refuse = [&](std::string_view flag) {
    return Error::invalid_argument(std::string(flag) + " does not apply to a " +
                                   std::string(domain::agreement_kind_name(kind)));
  };
  const bool plan = kind == AgreementKind::kPlan;
  if (request.amount && kind != AgreementKind::kPromise && kind != AgreementKind::kSettlement &&
      !plan) {
    return refuse("--amount");
  }
  if (request.date && (plan || kind == AgreementKind::kReducedInterest)) return refuse("--date");
  if (!plan &&
      (request.instalments || request.first_date || request.every || !request.amounts.empty())) {
    return refuse(request.instalments  ? "--instalments"
                  : request.first_date ? "--first-date"
                  : request.every      ? "--every"
                                       : "--amounts");
  }
  if (request.interest && kind != AgreementKind::kReducedInterest) return refuse("--interest");
  return Ok{};
}

Result<domain::AgreementTerms> plan_terms(const AgreementRequest& request, Currency currency,
                                          CivilDate today) {
  const CivilDate first = TRY(date_flag(request.first_date, "--first-date"));
  const domain::Frequency every = TRY(domain::parse_frequency(request.every.value_or("month")));
  if (!request.amounts.empty()) {
    if (request.amount || request.instalments) {
      return Error::invalid_argument("give a plan either --amounts or --instalments and --amount");
    }
    std::vector<Money> amounts;
    for (const auto& text : request.amounts) {
      amounts.push_back(TRY(money_flag(text, "--amounts", currency)));
    }
    return domain::make_plan_of_amounts(amounts, first, every, today);
  }
  if (!request.instalments) {
    return Error::invalid_argument("a plan needs --instalments N and --amount, or --amounts");
  }
  const Money total = TRY(money_flag(request.amount, "--amount", currency));
  return domain::make_equal_plan(total, *request.instalments, first, every, today);
}

}  // namespace

Result<domain::AgreementTerms> terms_of_request(const AgreementRequest& request,
                                                const domain::Claim& claim, CivilDate today) {
  TRY(check_unused(request));
  const Currency currency = claim.currency();
  const Money balance = claim.balance.total();
  switch (request.kind) {
    case AgreementKind::kPromise:
      return domain::make_promise(TRY(money_flag(request.amount, "--amount", currency)),
                                  TRY(date_flag(request.date, "--date")), today);
    case AgreementKind::kPlan:
      return plan_terms(request, currency, today);
    case AgreementKind::kSettlement:
      return domain::make_settlement(TRY(money_flag(request.amount, "--amount", currency)),
                                     TRY(date_flag(request.date, "--date")), balance, today);
    case AgreementKind::kExtension:
      return domain::make_extension(TRY(date_flag(request.date, "--date")), balance, today);
    case AgreementKind::kReducedInterest:
      return domain::make_reduced_interest(
          TRY(money_flag(request.interest, "--interest", currency)), claim.balance.interest,
          balance);
  }
  return Error::invalid_argument("unknown agreement kind");
}

}  // namespace duecall::app
