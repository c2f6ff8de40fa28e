#include "app/client_report_csv.hpp"

#include <set>

namespace duecall::app {
namespace {

using domain::KpiFigures;

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string minor_of(const domain::MoneyByCurrency& sums, const std::string& code) {
  auto found = sums.find(code);
  return found == sums.end() ? "0" : std::to_string(found->second.minor());
}

std::string row(const std::string& key, const KpiFigures& figures,
                const std::set<std::string>& promised_codes,
                const std::set<std::string>& collected_codes) {
  std::string line = csv_field(key) + "," + std::to_string(figures.calls) + "," +
                     std::to_string(figures.right_party_contacts) + "," +
                     figures.rpc_rate().percent().value_or("") + "," +
                     std::to_string(figures.agreements) + "," + std::to_string(figures.promises) +
                     "," + std::to_string(figures.plans);
  for (const auto& code : promised_codes) line += "," + minor_of(figures.promised, code);
  line += "," + std::to_string(figures.kept) + "," + std::to_string(figures.broken) + "," +
          figures.kept_rate().percent().value_or("");
  for (const auto& code : collected_codes) {
    line += "," + (figures.collected ? minor_of(*figures.collected, code) : std::string("0"));
  }
  const auto& first = figures.first_attempt_within_24h;
  line += "," + (first ? std::to_string(first->denominator) : std::string()) + "," +
          (first ? first->percent().value_or("") : std::string());
  return line + "\r\n";
}

}  // namespace

std::string client_report_csv(const ClientReport& report) {
  std::set<std::string> promised_codes, collected_codes;
  for (const auto& [code, money] : report.totals.promised) promised_codes.insert(code);
  if (report.totals.collected) {
    for (const auto& [code, money] : *report.totals.collected) collected_codes.insert(code);
  }
  std::string out = "month,calls,right_party_contacts,rpc_rate_percent,agreements,promises,"
                    "instalment_agreements";
  for (const auto& code : promised_codes) out += ",promised_minor_" + code;
  out += ",kept,broken,kept_rate_percent";
  for (const auto& code : collected_codes) out += ",collected_minor_" + code;
  out += ",cases_taken_in,first_attempt_within_24h_percent\r\n";
  for (const auto& month : report.months) {
    out += row(month.month, month.figures, promised_codes, collected_codes);
  }
  out += row("total", report.totals, promised_codes, collected_codes);
  return out;
}

}  // namespace duecall::app
