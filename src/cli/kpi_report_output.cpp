#include "cli/kpi_report_output.hpp"

#include <set>
#include <sstream>

#include "domain/money_json.hpp"

namespace duecall::cli {
namespace {

using domain::KpiFigures;
using domain::KpiGrouping;
using domain::KpiRow;
using domain::MoneyByCurrency;

nlohmann::json text_or_null(const std::optional<std::string>& text) {
  return text ? nlohmann::json(*text) : nlohmann::json(nullptr);
}

nlohmann::json money_json(const MoneyByCurrency& sums) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [code, money] : sums) out.push_back(domain::money_to_json(money));
  return out;
}

nlohmann::json figures_json(const KpiFigures& figures) {
  nlohmann::json out = {{"calls", figures.calls},
                        {"right_party_contacts", figures.right_party_contacts},
                        {"rpc_rate_percent", text_or_null(figures.rpc_rate().percent())},
                        {"agreements", figures.agreements},
                        {"promises", figures.promises},
                        {"instalment_agreements", figures.plans},
                        {"promised", money_json(figures.promised)},
                        {"kept", figures.kept},
                        {"broken", figures.broken},
                        {"kept_rate_percent", text_or_null(figures.kept_rate().percent())},
                        {"collected", nullptr},
                        {"cases_taken_in", nullptr},
                        {"first_attempt_within_24h", nullptr},
                        {"first_attempt_within_24h_percent", nullptr}};
  if (figures.collected) out["collected"] = money_json(*figures.collected);
  if (const auto& first = figures.first_attempt_within_24h) {
    out["cases_taken_in"] = first->denominator;
    out["first_attempt_within_24h"] = first->numerator;
    out["first_attempt_within_24h_percent"] = text_or_null(first->percent());
  }
  return out;
}

nlohmann::json optional_bool(const std::optional<bool>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

void add_target_json(nlohmann::json& row, const domain::TargetCheck& check) {
  row["working_days"] = check.working_days;
  row["calls_per_day"] = text_or_null(check.calls_per_day.ratio());
  row["agreements_per_day"] = text_or_null(check.agreements_per_day.ratio());
  row["target"] = nullptr;
  if (check.target) {
    row["target"] = {{"scope", check.target->scope},
                     {"name", check.target->name},
                     {"calls_per_day", check.target->target.calls_per_day},
                     {"agreements_per_day", check.target->target.agreements_per_day}};
  }
  row["calls_target_met"] = optional_bool(check.calls_met);
  row["agreements_target_met"] = optional_bool(check.agreements_met);
}

std::string key_name(KpiGrouping by) {
  return std::string(domain::kpi_grouping_name(by));
}

// RFC 4180: quote a field holding a comma, a quote or a line break; double its quotes.
std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string csv_line(const std::vector<std::string>& fields) {
  std::string line;
  for (std::size_t index = 0; index < fields.size(); ++index) {
    line += (index ? "," : "") + csv_field(fields[index]);
  }
  return line + "\r\n";
}

std::string or_empty(const std::optional<std::string>& text) {
  return text.value_or("");
}

std::string bool_text(const std::optional<bool>& value) {
  return value ? (*value ? "true" : "false") : "";
}

// Every currency that occurs in the report, for the money columns.
std::set<std::string> currencies_of(const KpiFigures& totals) {
  std::set<std::string> codes;
  for (const auto& [code, money] : totals.promised) codes.insert(code);
  if (totals.collected) {
    for (const auto& [code, money] : *totals.collected) codes.insert(code);
  }
  return codes;
}

std::string minor_in(const MoneyByCurrency& sums, const std::string& code) {
  auto found = sums.find(code);
  return found == sums.end() ? "0" : std::to_string(found->second.minor());
}

std::string money_text(const MoneyByCurrency& sums) {
  if (sums.empty()) return "0";
  std::string text;
  for (const auto& [code, money] : sums) text += (text.empty() ? "" : " + ") + money.to_string();
  return text;
}

}  // namespace

nlohmann::json kpi_report_json(const app::KpiReportResult& result) {
  const domain::KpiReport& report = result.report;
  nlohmann::json rows = nlohmann::json::array();
  for (const KpiRow& row : report.rows) {
    nlohmann::json out = {{key_name(report.by), text_or_null(row.key)}};
    out.update(figures_json(row.figures));
    if (row.target) add_target_json(out, *row.target);
    rows.push_back(std::move(out));
  }
  return {{"from", result.period.from().to_string()},
          {"to", result.period.to().to_string()},
          {"time_zone", std::string(result.period.zone().name())},
          {"by", key_name(report.by)},
          {"client", result.client_code.empty() ? nlohmann::json(nullptr)
                                                : nlohmann::json(result.client_code)},
          {"rows", std::move(rows)},
          {"totals", figures_json(report.totals)}};
}

std::string kpi_report_csv(const app::KpiReportResult& result) {
  const domain::KpiReport& report = result.report;
  auto codes = currencies_of(report.totals);
  bool by_operator = report.by == KpiGrouping::kOperator;
  std::vector<std::string> header = {key_name(report.by),    "calls",      "right_party_contacts",
                                     "rpc_rate_percent",     "agreements", "promises",
                                     "instalment_agreements"};
  for (const auto& code : codes) header.push_back("promised_minor_" + code);
  for (const char* name : {"kept", "broken", "kept_rate_percent"}) header.push_back(name);
  for (const auto& code : codes) header.push_back("collected_minor_" + code);
  for (const char* name :
       {"cases_taken_in", "first_attempt_within_24h", "first_attempt_within_24h_percent"}) {
    header.push_back(name);
  }
  if (by_operator) {
    for (const char* name : {"working_days", "calls_per_day", "agreements_per_day", "target_scope",
                             "target_name", "target_calls_per_day", "target_agreements_per_day",
                             "calls_target_met", "agreements_target_met"}) {
      header.push_back(name);
    }
  }
  std::string out = csv_line(header);
  for (const KpiRow& row : report.rows) {
    const KpiFigures& figures = row.figures;
    std::vector<std::string> fields = {or_empty(row.key),
                                       std::to_string(figures.calls),
                                       std::to_string(figures.right_party_contacts),
                                       or_empty(figures.rpc_rate().percent()),
                                       std::to_string(figures.agreements),
                                       std::to_string(figures.promises),
                                       std::to_string(figures.plans)};
    for (const auto& code : codes) fields.push_back(minor_in(figures.promised, code));
    fields.push_back(std::to_string(figures.kept));
    fields.push_back(std::to_string(figures.broken));
    fields.push_back(or_empty(figures.kept_rate().percent()));
    for (const auto& code : codes) {
      fields.push_back(figures.collected ? minor_in(*figures.collected, code) : "");
    }
    if (const auto& first = figures.first_attempt_within_24h) {
      fields.push_back(std::to_string(first->denominator));
      fields.push_back(std::to_string(first->numerator));
      fields.push_back(or_empty(first->percent()));
    } else {
      fields.insert(fields.end(), {"", "", ""});
    }
    if (by_operator) {
      if (const auto& check = row.target) {
        fields.push_back(std::to_string(check->working_days));
        fields.push_back(or_empty(check->calls_per_day.ratio()));
        fields.push_back(or_empty(check->agreements_per_day.ratio()));
        fields.push_back(check->target ? check->target->scope : "");
        fields.push_back(check->target ? check->target->name : "");
        fields.push_back(check->target ? std::to_string(check->target->target.calls_per_day) : "");
        fields.push_back(check->target ? std::to_string(check->target->target.agreements_per_day)
                                       : "");
        fields.push_back(bool_text(check->calls_met));
        fields.push_back(bool_text(check->agreements_met));
      } else {
        fields.insert(fields.end(), 9, "");
      }
    }
    out += csv_line(fields);
  }
  return out;
}

std::string kpi_report_text(const app::KpiReportResult& result) {
  const domain::KpiReport& report = result.report;
  constexpr const char* kNone = "—";
  bool by_operator = report.by == KpiGrouping::kOperator;
  auto or_dash = [&](const std::optional<std::string>& text) { return text.value_or(kNone); };
  auto met = [&](const std::optional<bool>& value) {
    return value ? std::string(*value ? "yes" : "no") : std::string(kNone);
  };
  std::vector<std::vector<std::string>> table;
  std::vector<std::string> header = {
      key_name(report.by), "calls", "RPC",    "RPC %",  "agreements", "promises", "plans",
      "promised",          "kept",  "broken", "kept %", "collected",  "taken in", "1st call 24h %"};
  if (by_operator) {
    for (const char* name : {"days", "calls/day", "agr./day", "target", "calls met", "agr. met"}) {
      header.push_back(name);
    }
  }
  table.push_back(header);
  auto add = [&](const std::string& key, const KpiFigures& figures,
                 const std::optional<domain::TargetCheck>& check, bool target_columns) {
    std::vector<std::string> cells = {key,
                                      std::to_string(figures.calls),
                                      std::to_string(figures.right_party_contacts),
                                      or_dash(figures.rpc_rate().percent()),
                                      std::to_string(figures.agreements),
                                      std::to_string(figures.promises),
                                      std::to_string(figures.plans),
                                      money_text(figures.promised),
                                      std::to_string(figures.kept),
                                      std::to_string(figures.broken),
                                      or_dash(figures.kept_rate().percent()),
                                      figures.collected ? money_text(*figures.collected) : kNone};
    const auto& first = figures.first_attempt_within_24h;
    cells.push_back(first ? std::to_string(first->denominator) : kNone);
    cells.push_back(first ? or_dash(first->percent()) : kNone);
    if (target_columns) {
      if (check) {
        cells.push_back(std::to_string(check->working_days));
        cells.push_back(or_dash(check->calls_per_day.ratio()));
        cells.push_back(or_dash(check->agreements_per_day.ratio()));
        cells.push_back(check->target
                            ? check->target->scope + " " + check->target->name + " " +
                                  std::to_string(check->target->target.calls_per_day) + "/" +
                                  std::to_string(check->target->target.agreements_per_day)
                            : kNone);
        cells.push_back(met(check->calls_met));
        cells.push_back(met(check->agreements_met));
      } else {
        cells.insert(cells.end(), 6, kNone);
      }
    }
    table.push_back(std::move(cells));
  };
  for (const KpiRow& row : report.rows) {
    std::string key =
        row.key ? *row.key
                : (report.by == KpiGrouping::kShift ? "(outside shifts)" : "(no operator)");
    add(key, row.figures, row.target, by_operator);
  }
  add("total", report.totals, std::nullopt, false);

  // Widths in characters, not bytes: "—" is one character of three bytes.
  auto width = [](const std::string& text) {
    std::size_t count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80;
    return count;
  };
  std::vector<std::size_t> widths(header.size(), 0);
  for (const auto& cells : table) {
    for (std::size_t column = 0; column < cells.size(); ++column) {
      widths[column] = std::max(widths[column], width(cells[column]));
    }
  }
  std::ostringstream out;
  out << "KPIs " << result.period.from().to_string() << " to " << result.period.to().to_string()
      << " (" << result.period.zone().name() << ") by " << key_name(report.by)
      << (result.client_code.empty() ? "" : ", client " + result.client_code) << "\n";
  for (const auto& cells : table) {
    std::string line;
    for (std::size_t column = 0; column < cells.size(); ++column) {
      std::string padding(widths[column] - width(cells[column]), ' ');
      // Names align left, figures right.
      line += column == 0 ? cells[column] + padding : "  " + padding + cells[column];
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << "\n";
  }
  return out.str();
}

}  // namespace duecall::cli
