#include "domain/agreement.hpp"

#include <string>

namespace duecall::domain {
namespace {

// Bounds a plan's length the way Policy bounds max_instalments, so that a typo cannot
// create thousands of rows.
constexpr int kMaxPlanInstalments = 120;

Status check_positive(const Money& amount, std::string_view what) {
  if (amount.minor() <= 0) {
    return Error::invalid_argument(std::string(what) + " must be more than zero, not " +
                                   amount.to_string());
  }
  return Ok{};
}

Status check_not_past(CivilDate date, CivilDate today, std::string_view what) {
  if (date < today) {
    return Error::invalid_argument(std::string(what) + " " + date.to_string() +
                                   " is before today, " + today.to_string());
  }
  return Ok{};
}

AgreementTerms single_payment(AgreementKind kind, Money amount, CivilDate date) {
  AgreementTerms terms{.kind = kind};
  terms.schedule.push_back({date, amount});
  return terms;
}

Result<AgreementTerms> plan_of(const std::vector<Money>& amounts, CivilDate first, Frequency every,
                               CivilDate today) {
  if (amounts.size() < 2 || amounts.size() > kMaxPlanInstalments) {
    return Error::invalid_argument("a plan has from 2 to " + std::to_string(kMaxPlanInstalments) +
                                   " instalments, not " + std::to_string(amounts.size()));
  }
  TRY(check_not_past(first, today, "the first instalment date"));
  AgreementTerms terms{.kind = AgreementKind::kPlan, .every = every};
  for (std::size_t index = 0; index < amounts.size(); ++index) {
    TRY(check_positive(amounts[index], "instalment " + std::to_string(index + 1)));
    if (amounts[index].currency() != amounts.front().currency()) {
      return Error::invalid_argument("the instalments of a plan must share one currency");
    }
    terms.schedule.push_back({nth_due_date(first, every, static_cast<int>(index)), amounts[index]});
  }
  return terms;
}

}  // namespace

std::string_view agreement_kind_name(AgreementKind kind) {
  switch (kind) {
    case AgreementKind::kPromise:
      return "promise";
    case AgreementKind::kPlan:
      return "plan";
    case AgreementKind::kSettlement:
      return "settlement";
    case AgreementKind::kExtension:
      return "extension";
    case AgreementKind::kReducedInterest:
      return "reduced_interest";
  }
  return "promise";
}

Result<AgreementKind> parse_agreement_kind(std::string_view text) {
  for (auto kind : {AgreementKind::kPromise, AgreementKind::kPlan, AgreementKind::kSettlement,
                    AgreementKind::kExtension, AgreementKind::kReducedInterest}) {
    if (agreement_kind_name(kind) == text) return kind;
  }
  return Error::invalid_argument("'" + std::string(text) +
                                 "' is not an agreement kind: promise, plan, settlement, "
                                 "extension or reduced_interest");
}

std::string_view agreement_state_name(AgreementState state) {
  switch (state) {
    case AgreementState::kActive:
      return "active";
    case AgreementState::kPendingApproval:
      return "pending_approval";
    case AgreementState::kKept:
      return "kept";
    case AgreementState::kBroken:
      return "broken";
    case AgreementState::kCancelled:
      return "cancelled";
  }
  return "active";
}

Result<AgreementState> parse_agreement_state(std::string_view text) {
  for (auto state : {AgreementState::kActive, AgreementState::kPendingApproval,
                     AgreementState::kKept, AgreementState::kBroken, AgreementState::kCancelled}) {
    if (agreement_state_name(state) == text) return state;
  }
  return Error::invalid_argument("'" + std::string(text) + "' is not an agreement state");
}

bool agreement_is_open(AgreementState state) {
  return state == AgreementState::kActive || state == AgreementState::kPendingApproval;
}

std::string_view frequency_name(Frequency frequency) {
  switch (frequency) {
    case Frequency::kWeek:
      return "week";
    case Frequency::kTwoWeeks:
      return "2weeks";
    case Frequency::kMonth:
      return "month";
  }
  return "month";
}

Result<Frequency> parse_frequency(std::string_view text) {
  for (auto frequency : {Frequency::kWeek, Frequency::kTwoWeeks, Frequency::kMonth}) {
    if (frequency_name(frequency) == text) return frequency;
  }
  return Error::invalid_argument("'" + std::string(text) +
                                 "' is not a frequency: week, 2weeks or month");
}

CivilDate nth_due_date(CivilDate first, Frequency every, int n) {
  switch (every) {
    case Frequency::kWeek:
      return first.plus_days(7 * n);
    case Frequency::kTwoWeeks:
      return first.plus_days(14 * n);
    case Frequency::kMonth:
      break;
  }
  const date::year_month_day start = first.ymd();
  const date::year_month month = date::year_month(start.year(), start.month()) + date::months(n);
  const date::year_month_day wanted(month.year(), month.month(), start.day());
  if (wanted.ok()) return CivilDate(wanted);
  return CivilDate(date::year_month_day(
      date::year_month_day_last(month.year(), date::month_day_last(month.month()))));
}

std::optional<CivilDate> AgreementTerms::last_due_date() const {
  if (schedule.empty()) return std::nullopt;
  return schedule.back().due_date;
}

Result<Money> AgreementTerms::scheduled_total() const {
  Money total = Money::zero(schedule.front().amount.currency());
  for (const auto& payment : schedule) total = TRY(total.plus(payment.amount));
  return total;
}

Result<AgreementTerms> make_promise(Money amount, CivilDate date, CivilDate today) {
  TRY(check_positive(amount, "the promised amount"));
  TRY(check_not_past(date, today, "the promised date"));
  return single_payment(AgreementKind::kPromise, amount, date);
}

Result<AgreementTerms> make_equal_plan(Money total, int count, CivilDate first, Frequency every,
                                       CivilDate today) {
  if (count < 2 || count > kMaxPlanInstalments) {
    return Error::invalid_argument("a plan has from 2 to " + std::to_string(kMaxPlanInstalments) +
                                   " instalments, not " + std::to_string(count));
  }
  TRY(check_positive(total, "the plan's total"));
  const std::int64_t each = total.minor() / count;
  const std::int64_t last = total.minor() - each * (count - 1);
  std::vector<Money> amounts(static_cast<std::size_t>(count - 1), Money(each, total.currency()));
  amounts.emplace_back(last, total.currency());
  return plan_of(amounts, first, every, today);
}

Result<AgreementTerms> make_plan_of_amounts(const std::vector<Money>& amounts, CivilDate first,
                                            Frequency every, CivilDate today) {
  return plan_of(amounts, first, every, today);
}

Result<AgreementTerms> make_settlement(Money amount, CivilDate date, Money balance,
                                       CivilDate today) {
  TRY(check_positive(amount, "the settlement amount"));
  TRY(check_not_past(date, today, "the settlement date"));
  if (amount > balance) {
    return Error::invalid_argument("the settlement " + amount.to_string() +
                                   " is more than the open balance " + balance.to_string());
  }
  AgreementTerms terms = single_payment(AgreementKind::kSettlement, amount, date);
  terms.balance = balance;
  return terms;
}

Result<AgreementTerms> make_extension(CivilDate new_date, Money balance, CivilDate today) {
  TRY(check_positive(balance, "the open balance"));
  if (new_date <= today) {
    return Error::invalid_argument("the extended date " + new_date.to_string() +
                                   " must be after today, " + today.to_string());
  }
  AgreementTerms terms = single_payment(AgreementKind::kExtension, balance, new_date);
  terms.balance = balance;
  return terms;
}

Result<AgreementTerms> make_reduced_interest(Money new_interest, Money current_interest,
                                             Money balance) {
  if (new_interest.is_negative()) {
    return Error::invalid_argument("the new interest must not be negative");
  }
  if (new_interest >= current_interest) {
    return Error::invalid_argument("the new interest " + new_interest.to_string() +
                                   " is not below the claim's interest " +
                                   current_interest.to_string());
  }
  return AgreementTerms{.kind = AgreementKind::kReducedInterest,
                        .interest = new_interest,
                        .interest_before = current_interest,
                        .balance = balance};
}

nlohmann::json terms_to_json(const AgreementTerms& terms) {
  nlohmann::json out = nlohmann::json::object();
  switch (terms.kind) {
    case AgreementKind::kPromise:
    case AgreementKind::kSettlement:
    case AgreementKind::kExtension:
      out["amount"] = terms.schedule.front().amount.to_decimal_string();
      out["date"] = terms.schedule.front().due_date.to_string();
      break;
    case AgreementKind::kPlan:
      out["instalments"] = terms.schedule.size();
      out["first_date"] = terms.schedule.front().due_date.to_string();
      if (terms.every) out["every"] = frequency_name(*terms.every);
      if (auto total = terms.scheduled_total(); total.ok()) {
        out["total"] = total->to_decimal_string();
      }
      break;
    case AgreementKind::kReducedInterest:
      break;
  }
  if (terms.interest) out["interest"] = terms.interest->to_decimal_string();
  if (terms.interest_before) out["interest_before"] = terms.interest_before->to_decimal_string();
  if (terms.balance) out["balance"] = terms.balance->to_decimal_string();
  return out;
}

Result<AgreementTerms> terms_from_json(AgreementKind kind, const nlohmann::json& document,
                                       std::vector<ExpectedPayment> schedule, Currency currency) {
  if (!document.is_object()) return Error::data_loss("stored agreement terms are not an object");
  AgreementTerms terms{.kind = kind, .schedule = std::move(schedule)};
  auto money_at = [&](const char* key) -> Result<std::optional<Money>> {
    auto found = document.find(key);
    if (found == document.end()) return std::optional<Money>();
    if (!found->is_string()) return Error::data_loss("stored agreement terms are malformed");
    auto parsed = Money::parse(found->get<std::string>(), currency);
    if (!parsed.ok()) return Error::data_loss("stored agreement terms are malformed");
    return std::optional<Money>(*parsed);
  };
  terms.interest = TRY(money_at("interest"));
  terms.interest_before = TRY(money_at("interest_before"));
  terms.balance = TRY(money_at("balance"));
  if (auto every = document.find("every"); every != document.end() && every->is_string()) {
    auto parsed = parse_frequency(every->get<std::string>());
    if (!parsed.ok()) return Error::data_loss("stored agreement terms are malformed");
    terms.every = *parsed;
  }
  return terms;
}

}  // namespace duecall::domain
