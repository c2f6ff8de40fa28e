#include "app/case_summary_json.hpp"

#include "domain/money_json.hpp"

namespace duecall::app {

nlohmann::json case_summary_json(const std::string& client_code, const CaseSummary& summary) {
  nlohmann::json open = nlohmann::json::array();
  for (const auto& money : summary.open) open.push_back(domain::money_to_json(money));
  nlohmann::json next_action = nullptr;
  if (summary.next_action) {
    next_action = {{"step", summary.next_action->step},
                   {"channel", summary.next_action->channel},
                   {"due_at", format_iso8601(summary.next_action->due_at)}};
  }
  return {{"client", client_code},       {"debtor_ref", summary.debtor_ref},
          {"name", summary.debtor_name}, {"stage", summary.stage},
          {"next_action", next_action},  {"open", open},
          {"claims", summary.claims}};
}

}  // namespace duecall::app
