#include "cli/kpi_report_output.hpp"

#include <set>
#include <sstream>


namespace duecall::cli {
namespace {

using domain::KpiFigures;
using domain::KpiGrouping;
using domain::KpiRow;
using domain::MoneyByCurrency;

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
