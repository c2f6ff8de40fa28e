#include "app/client_report.hpp"

#include <algorithm>

#include "app/kpi_report.hpp"

namespace duecall::app {
namespace {

// The client's row of a report by client, or empty figures when it had no activity.
domain::KpiFigures client_figures(const KpiReportResult& result) {
  for (const auto& row : result.report.rows) {
    if (row.key && *row.key == result.client_code) return row.figures;
  }
  return result.report.totals;
}

CivilDate last_day_of_month(CivilDate day) {
  auto ymd = day.ymd();
  return CivilDate(date::year_month_day(ymd.year() / ymd.month() / date::last));
}

}  // namespace

Result<ClientReport> client_report(Store& store, const std::string& client_code, CivilDate from,
                                   CivilDate to) {
  // The whole period first: it checks the period and the client once, for every month.
  auto whole = TRY(kpi_report(store, {.from = from,
                                      .to = to,
                                      .by = domain::KpiGrouping::kClient,
                                      .client_code = client_code}));
  auto transaction = TRY(store.begin());
  auto client = TRY(transaction->find_client(client_code));
  TRY(transaction->commit());
  if (!client) return Error::not_found("no client has the code " + client_code);
  ClientReport report{.client = std::move(*client),
                      .from = from,
                      .to = to,
                      .time_zone = std::string(whole.period.zone().name()),
                      .totals = whole.report.totals};
  for (CivilDate month_start = from; month_start <= to;) {
    CivilDate month_end = std::min(last_day_of_month(month_start), to);
    auto month = TRY(kpi_report(store, {.from = month_start,
                                        .to = month_end,
                                        .by = domain::KpiGrouping::kClient,
                                        .client_code = client_code}));
    report.months.push_back({.month = month_start.to_string().substr(0, 7),
                             .from = month_start,
                             .to = month_end,
                             .figures = client_figures(month)});
    month_start = month_end.plus_days(1);
  }
  return report;
}

}  // namespace duecall::app
