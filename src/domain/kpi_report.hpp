// The KPI report: what operators, clients, days or shifts achieved in a period, counted from
// KpiFacts (kpi_facts.hpp) by one pure function. docs/kpi.md defines every figure; in short:
//
//   calls, right-party contacts  contacts on channel call in the period, and those of them
//                                with result right_party; RPC rate = RPC / calls
//   agreements, promises, plans  agreements made (created) in the period that came into
//                                force (at once or on approval); promises and plans are
//                                those of kind promise and plan
//   promised                     per currency, the sum of the schedules of those agreements
//   kept rate                    kept / (kept + broken) of agreements that ended in the period
//   collected                    per currency, the allocations of payments booked in the period
//   first attempt within 24 h    of cases taken in during the period, the share whose first
//                                call came within 24 hours of intake
//
// The period is a range of local days, both inclusive, in the agency's time zone (the shift
// plan's). Rows are keyed by operator login, client code, local day or shift; a row whose
// key is absent holds what belongs to no operator (payments with no agreement in force) or
// to no shift (calls outside every shift). Figures that a grouping cannot split (collected
// by shift; first attempt by operator or shift) are absent from its rows and counted only in
// the totals. The totals count every fact of the period once.
//
// Rows are in key order, the keyless row last. Money sums are exact and checked: an
// overflow is an error, not a wrong figure.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.hpp"
#include "core/money.hpp"
#include "core/result.hpp"
#include "core/time_zone.hpp"
#include "domain/kpi_facts.hpp"
#include "domain/kpi_rate.hpp"
#include "domain/kpi_target.hpp"
#include "domain/shift_plan.hpp"

namespace duecall::domain {

enum class KpiGrouping { kOperator, kClient, kDay, kShift };
std::string_view kpi_grouping_name(KpiGrouping by);  // "operator", "client", "day", "shift"
Result<KpiGrouping> parse_kpi_grouping(std::string_view text);

// The longest period one report covers; a year and a bit, so that a yearly report fits.
inline constexpr int kMaxKpiPeriodDays = 400;

// Local days `from` to `to`, both inclusive, in `zone`.
class KpiPeriod {
 public:
  // kInvalidArgument when `to` is before `from` or the period is longer than the bound.
  static Result<KpiPeriod> make(CivilDate from, CivilDate to, TimeZone zone);

  CivilDate from() const { return from_; }
  CivilDate to() const { return to_; }
  const TimeZone& zone() const { return zone_; }
  // The first instant of the period and the first instant after it.
  Instant start() const { return start_; }
  Instant end() const { return end_; }
  // Returns true iff `instant` falls on one of the period's local days.
  bool contains(Instant instant) const { return instant >= start_ && instant < end_; }
  bool contains(CivilDate day) const { return day >= from_ && day <= to_; }

 private:
  KpiPeriod(CivilDate from, CivilDate to, TimeZone zone, Instant start, Instant end)
      : from_(from), to_(to), zone_(zone), start_(start), end_(end) {}
  CivilDate from_;
  CivilDate to_;
  TimeZone zone_;
  Instant start_;
  Instant end_;
};

// Per currency code, in code order.
using MoneyByCurrency = std::map<std::string, Money>;

struct KpiFigures {
  std::int64_t calls = 0;
  std::int64_t right_party_contacts = 0;
  std::int64_t agreements = 0;
  std::int64_t promises = 0;
  std::int64_t plans = 0;
  MoneyByCurrency promised;
  std::int64_t kept = 0;
  std::int64_t broken = 0;
  std::optional<MoneyByCurrency> collected;         // none where the grouping cannot split it
  std::optional<KpiRate> first_attempt_within_24h;  // likewise

  KpiRate rpc_rate() const { return {right_party_contacts, calls}; }
  KpiRate kept_rate() const { return {kept, kept + broken}; }
};

struct KpiRow {
  std::optional<std::string> key;  // login, client code, "YYYY-MM-DD" or shift name
  KpiFigures figures;
  std::optional<TargetCheck> target;  // rows by operator only
};

struct KpiReport {
  KpiGrouping by = KpiGrouping::kOperator;
  std::vector<KpiRow> rows;
  KpiFigures totals;
};

struct KpiOptions {
  KpiGrouping by = KpiGrouping::kOperator;
  // The target that applies to each operator, by login; operators not named have none.
  std::map<std::string, AppliedTarget> targets;
};

// REQUIRES: `period` is in the zone of `plan`.
Result<KpiReport> compute_kpis(const KpiFacts& facts, const KpiPeriod& period,
                               const ShiftPlan& plan, const KpiOptions& options);

}  // namespace duecall::domain
