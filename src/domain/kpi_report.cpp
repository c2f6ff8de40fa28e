#include "domain/kpi_report.hpp"

#include <set>

namespace duecall::domain {
namespace {

// A row's key: absent keys sort after every name.
struct RowKey {
  bool absent = false;
  std::string name;
  auto operator<=>(const RowKey&) const = default;
};

RowKey key_of(const std::optional<std::string>& name) {
  return name ? RowKey{false, *name} : RowKey{true, ""};
}

// What one row (or the totals) has counted so far.
struct Tally {
  KpiFigures figures;
  MoneyByCurrency collected;
  std::int64_t cases_taken_in = 0;
  std::int64_t first_call_within_24h = 0;
  std::set<CivilDate> working_days;
};

Status add_money(MoneyByCurrency& sums, const Money& amount) {
  auto [slot, inserted] = sums.try_emplace(std::string(amount.currency().code()), amount);
  if (!inserted) {
    auto sum = slot->second.plus(amount);
    if (!sum.ok()) {
      return Error::failed_precondition("a KPI sum in " + slot->first +
                                        " overflows: " + sum.error().message);
    }
    slot->second = *sum;
  }
  return Ok{};
}

// Answers which row a fact belongs to under one grouping.
class Rows {
 public:
  Rows(const KpiPeriod& period, const ShiftPlan& plan, KpiGrouping by)
      : period_(period), plan_(plan), by_(by) {}

  // The key of something done by `login` for `client` at `at`; none for no operator or no
  // shift.
  std::optional<std::string> key(std::string_view login, std::string_view client,
                                 Instant at) const {
    switch (by_) {
      case KpiGrouping::kOperator:
        return login.empty() ? std::nullopt : std::optional<std::string>(login);
      case KpiGrouping::kClient:
        return std::string(client);
      case KpiGrouping::kDay:
        return period_.zone().local_date(at).to_string();
      case KpiGrouping::kShift:
        return shift_at(at);
    }
    return std::nullopt;
  }

  std::optional<std::string> shift_at(Instant at) const {
    auto local = period_.zone().to_local(at);
    auto minute = std::chrono::floor<std::chrono::minutes>(local - date::floor<date::days>(local));
    for (const auto& shift : plan_.shifts()) {
      if (minute >= shift.start && minute < shift.end) return shift.name;
    }
    return std::nullopt;
  }

  Tally& at(const std::optional<std::string>& key) { return rows_[key_of(key)]; }
  Tally& totals() { return totals_; }
  std::map<RowKey, Tally>& all() { return rows_; }

 private:
  const KpiPeriod& period_;
  const ShiftPlan& plan_;
  KpiGrouping by_;
  std::map<RowKey, Tally> rows_;
  Tally totals_;
};

void count_calls(Rows& rows, const KpiPeriod& period, const KpiCallBucket& bucket) {
  if (!period.contains(bucket.minute)) return;
  for (Tally* tally : {&rows.at(rows.key(bucket.operator_login, bucket.client_code, bucket.minute)),
                       &rows.totals()}) {
    tally->figures.calls += bucket.calls;
    tally->figures.right_party_contacts += bucket.right_party;
    if (bucket.calls > 0) tally->working_days.insert(period.zone().local_date(bucket.minute));
  }
}

Status count_agreement(Rows& rows, const KpiPeriod& period, KpiGrouping by,
                       const KpiAgreementFact& agreement) {
  // Made: created in the period and in force at once or after approval; pending and
  // rejected ones were never agreed.
  if (period.contains(agreement.created_at) && agreement.activated_at) {
    for (Tally* tally :
         {&rows.at(rows.key(agreement.operator_login, agreement.client_code, agreement.created_at)),
          &rows.totals()}) {
      ++tally->figures.agreements;
      if (agreement.kind == AgreementKind::kPromise) ++tally->figures.promises;
      if (agreement.kind == AgreementKind::kPlan) ++tally->figures.plans;
      if (agreement.expected) TRY(add_money(tally->figures.promised, *agreement.expected));
    }
  }
  bool kept = agreement.state == AgreementState::kKept;
  bool broken = agreement.state == AgreementState::kBroken;
  if ((kept || broken) && agreement.ended_at && period.contains(*agreement.ended_at)) {
    // By day an outcome counts on the day it ended; by shift, in the shift that made the
    // agreement, since nobody works the moment the monitor decides.
    Instant when = by == KpiGrouping::kDay ? *agreement.ended_at : agreement.created_at;
    for (Tally* tally : {&rows.at(rows.key(agreement.operator_login, agreement.client_code, when)),
                         &rows.totals()}) {
      (kept ? tally->figures.kept : tally->figures.broken) += 1;
    }
  }
  return Ok{};
}

Status count_collected(Rows& rows, const KpiPeriod& period, KpiGrouping by,
                       const KpiCollectedFact& collected) {
  if (!period.contains(collected.booking_date)) return Ok{};
  TRY(add_money(rows.totals().collected, collected.amount));
  // A booking has a day but no time of day, so no shift.
  if (by == KpiGrouping::kShift) return Ok{};
  std::optional<std::string> key;
  switch (by) {
    case KpiGrouping::kOperator:
      if (!collected.operator_login.empty()) key = collected.operator_login;
      break;
    case KpiGrouping::kClient:
      key = collected.client_code;
      break;
    default:
      key = collected.booking_date.to_string();
      break;
  }
  return add_money(rows.at(key).collected, collected.amount);
}

void count_intake(Rows& rows, const KpiPeriod& period, KpiGrouping by,
                  const KpiIntakeBucket& intake) {
  if (!period.contains(intake.minute)) return;
  std::vector<Tally*> tallies = {&rows.totals()};
  // Intake is nobody's work and happens at any hour: only clients and days split it.
  if (by == KpiGrouping::kClient || by == KpiGrouping::kDay) {
    tallies.push_back(&rows.at(rows.key("", intake.client_code, intake.minute)));
  }
  for (Tally* tally : tallies) {
    tally->cases_taken_in += intake.cases;
    tally->first_call_within_24h += intake.first_call_within_24h;
  }
}

KpiFigures finish(Tally& tally, bool collected_applies, bool first_attempt_applies) {
  KpiFigures figures = std::move(tally.figures);
  if (collected_applies) figures.collected = std::move(tally.collected);
  if (first_attempt_applies) {
    figures.first_attempt_within_24h = KpiRate{tally.first_call_within_24h, tally.cases_taken_in};
  }
  return figures;
}

}  // namespace

std::string_view kpi_grouping_name(KpiGrouping by) {
  switch (by) {
    case KpiGrouping::kOperator:
      return "operator";
    case KpiGrouping::kClient:
      return "client";
    case KpiGrouping::kDay:
      return "day";
    case KpiGrouping::kShift:
      return "shift";
  }
  return "";
}

Result<KpiGrouping> parse_kpi_grouping(std::string_view text) {
  for (auto by :
       {KpiGrouping::kOperator, KpiGrouping::kClient, KpiGrouping::kDay, KpiGrouping::kShift}) {
    if (kpi_grouping_name(by) == text) return by;
  }
  return Error::invalid_argument("--by '" + std::string(text) +
                                 "' is none of operator, client, day, shift");
}

Result<KpiPeriod> KpiPeriod::make(CivilDate from, CivilDate to, TimeZone zone) {
  if (to < from) {
    return Error::invalid_argument("--to " + to.to_string() + " is before --from " +
                                   from.to_string());
  }
  if (to.days_since(from) + 1 > kMaxKpiPeriodDays) {
    return Error::invalid_argument("the period " + from.to_string() + " to " + to.to_string() +
                                   " is longer than " + std::to_string(kMaxKpiPeriodDays) +
                                   " days");
  }
  return KpiPeriod(from, to, zone, zone.start_of_day(from), zone.start_of_day(to.plus_days(1)));
}

Result<KpiReport> compute_kpis(const KpiFacts& facts, const KpiPeriod& period,
                               const ShiftPlan& plan, const KpiOptions& options) {
  Rows rows(period, plan, options.by);
  for (const auto& bucket : facts.calls) count_calls(rows, period, bucket);
  for (const auto& agreement : facts.agreements) {
    TRY(count_agreement(rows, period, options.by, agreement));
  }
  for (const auto& collected : facts.collected) {
    TRY(count_collected(rows, period, options.by, collected));
  }
  for (const auto& intake : facts.intake) count_intake(rows, period, options.by, intake);

  KpiReport report{.by = options.by, .rows = {}, .totals = {}};
  bool collected_splits = options.by != KpiGrouping::kShift;
  bool first_attempt_splits = options.by == KpiGrouping::kClient || options.by == KpiGrouping::kDay;
  for (auto& [key, tally] : rows.all()) {
    KpiRow row{.key = key.absent ? std::nullopt : std::optional<std::string>(key.name),
               .figures = {},
               .target = std::nullopt};
    if (options.by == KpiGrouping::kOperator && row.key) {
      auto target = options.targets.find(*row.key);
      row.target = check_against_target(static_cast<std::int64_t>(tally.working_days.size()),
                                        tally.figures.calls, tally.figures.agreements,
                                        target == options.targets.end()
                                            ? std::nullopt
                                            : std::optional<AppliedTarget>(target->second));
    }
    row.figures = finish(tally, collected_splits, first_attempt_splits);
    report.rows.push_back(std::move(row));
  }
  report.totals = finish(rows.totals(), true, true);
  return report;
}

}  // namespace duecall::domain
