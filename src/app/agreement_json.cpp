#include "app/agreement_json.hpp"

namespace duecall::app {
namespace {

nlohmann::json optional_instant_json(const std::optional<Instant>& instant) {
  return instant ? nlohmann::json(format_iso8601(*instant)) : nlohmann::json(nullptr);
}

nlohmann::json text_or_null(const std::string& text) {
  return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

}  // namespace

nlohmann::json agreement_json(const ListedAgreement& listed) {
  const AgreementRecord& agreement = listed.agreement;
  nlohmann::json schedule = nlohmann::json::array();
  int seq = 0;
  for (const auto& payment : agreement.terms.schedule) {
    schedule.push_back({{"seq", ++seq},
                        {"due_date", payment.due_date.to_string()},
                        {"amount", payment.amount.to_decimal_string()},
                        {"currency", payment.amount.currency().code()}});
  }
  nlohmann::json floors = nlohmann::json::array();
  for (const auto& violation : agreement.outside_floors) {
    floors.push_back(
        {{"floor", domain::floor_name(violation.floor)}, {"reason", violation.reason}});
  }
  return {{"id", agreement.id.value},
          {"client", listed.client_code},
          {"claim", listed.claim_ref},
          {"kind", domain::agreement_kind_name(agreement.terms.kind)},
          {"state", domain::agreement_state_name(agreement.state)},
          {"terms", domain::terms_to_json(agreement.terms)},
          {"schedule", schedule},
          {"outside_floors", floors},
          {"operator", agreement.operator_login},
          {"created_at", format_iso8601(agreement.created_at)},
          {"activated_at", optional_instant_json(agreement.activated_at)},
          {"decided_by", text_or_null(agreement.decided_by)},
          {"decided_at", optional_instant_json(agreement.decided_at)},
          {"decision_reason", text_or_null(agreement.decision_reason)},
          {"ended_by", text_or_null(agreement.ended_by)},
          {"ended_at", optional_instant_json(agreement.ended_at)},
          {"end_reason", text_or_null(agreement.end_reason)}};
}

}  // namespace duecall::app
