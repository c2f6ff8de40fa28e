#include "app/floor_json.hpp"

#include "app/kpi_report_json.hpp"
#include "app/kpi_target_json.hpp"

namespace duecall::app {

nlohmann::json floor_json(const FloorView& view) {
  nlohmann::json operators = nlohmann::json::array();
  for (const auto& person : view.operators) {
    operators.push_back(
        {{"login", person.login},
         {"name", person.name},
         {"team", person.team.empty() ? nlohmann::json(nullptr) : nlohmann::json(person.team)},
         {"state", std::string(operator_state_name(person.state))},
         {"since", person.since ? nlohmann::json(format_iso8601(*person.since)) : nlohmann::json(nullptr)},
         {"case", person.lease ? nlohmann::json{{"client", person.lease->client_code},
                                                {"ref", person.lease->debtor_ref}}
                               : nlohmann::json(nullptr)},
         {"calls_today", person.today.calls},
         {"rpc_today", person.today.right_party},
         {"promises_today", person.today.promises}});
  }
  nlohmann::json targets = nlohmann::json::array();
  for (const auto& target : view.targets) targets.push_back(kpi_target_json(target));
  nlohmann::json hourly = nlohmann::json::array();
  for (const auto& [hour, counts] : view.hourly) {
    hourly.push_back({{"hour", std::string(1, static_cast<char>('0' + hour / 10)) + static_cast<char>('0' + hour % 10)},
                      {"calls", counts.calls},
                      {"rpc", counts.right_party},
                      {"promises", counts.promises}});
  }
  return {{"at", format_iso8601(view.at)},
          {"operators", std::move(operators)},
          {"kpi_today", kpi_report_json(view.kpi_today)["totals"]},
          {"targets", std::move(targets)},
          {"hourly", std::move(hourly)}};
}

}  // namespace duecall::app
