#include "app/strategy_preview.hpp"

#include <algorithm>

namespace duecall::app {
namespace {

// "contact_outside_permitted_hours" -> "contact outside permitted hours": the rule names
// read as sentences already.
std::string words(std::string name) {
  std::replace(name.begin(), name.end(), '_', ' ');
  return name;
}

}  // namespace

Result<StrategyRunReport> preview_strategy(Store& store, const Clock& clock,
                                           const std::optional<std::string>& client_code) {
  StrategyRunInput input{.client_code = client_code, .dry_run = true, .actor = "preview"};
  return run_strategy(store, clock, input);
}

std::string not_contactable_sentence(const StrategyRunReport& report) {
  std::string sentence = std::to_string(report.not_contactable_now) + " of " +
                         std::to_string(report.due_now) + " not contactable now";
  std::string reasons;
  for (const auto& [rule, count] : report.not_contactable_by_rule) {
    reasons += (reasons.empty() ? "" : ", ") + std::to_string(count) + " " + words(rule);
  }
  if (report.no_contact_address > 0) {
    reasons += (reasons.empty() ? "" : ", ") + std::to_string(report.no_contact_address) +
               " no contact address";
  }
  if (!reasons.empty()) sentence += ", because " + reasons;
  return sentence + ".";
}

}  // namespace duecall::app
