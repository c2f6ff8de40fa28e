#include "domain/policy.hpp"

#include "domain/email_address.hpp"
#include "domain/money_json.hpp"

namespace duecall::domain {
namespace {

Error at_path(std::string_view path, std::string_view why) {
  return Error::invalid_argument("$." + std::string(path) + ": " + std::string(why));
}

Result<int> read_int(const nlohmann::json& document, std::string_view key, int low, int high,
                     int fallback) {
  auto found = document.find(std::string(key));
  if (found == document.end()) return fallback;
  if (!found->is_number_integer()) return at_path(key, "must be a whole number");
  auto value = found->get<std::int64_t>();
  if (value < low || value > high) {
    return at_path(key, "must be between " + std::to_string(low) + " and " + std::to_string(high));
  }
  return static_cast<int>(value);
}

Result<BalanceBucket> parse_bucket(std::string_view name, std::string_view path) {
  if (name == "fees") return BalanceBucket::kFees;
  if (name == "interest") return BalanceBucket::kInterest;
  if (name == "principal") return BalanceBucket::kPrincipal;
  return at_path(path, "'" + std::string(name) + "' is not one of fees, interest, principal");
}

}  // namespace

std::string_view bucket_name(BalanceBucket bucket) {
  switch (bucket) {
    case BalanceBucket::kFees: return "fees";
    case BalanceBucket::kInterest: return "interest";
    case BalanceBucket::kPrincipal: return "principal";
  }
  return "principal";
}

std::string default_language_for_country(std::string_view country) {
  if (country == "SI") return "sl";
  if (country == "BR") return "pt-BR";
  if (country == "PT") return "pt";
  if (country == "HR") return "hr";
  if (country == "DE" || country == "AT") return "de";
  if (country == "IT") return "it";
  return "en";
}

Policy Policy::defaults(Currency currency, std::string language) {
  Policy policy{.language = std::move(language), .min_instalment = Money::zero(currency)};
  return policy;
}

Result<Policy> Policy::from_json(const nlohmann::json& document, Currency currency,
                                 std::string default_language) {
  if (!document.is_object()) return Error::invalid_argument("$: a policy must be a JSON object");
  static const char* const kKnown[] = {"language",
                                       "min_instalment",
                                       "max_instalments",
                                       "max_term_days",
                                       "settlement_floor_percent",
                                       "grace_days",
                                       "max_extension_days",
                                       "allocation_order",
                                       "contact_persons",
                                       "strategy",
                                       "compliance"};
  for (const auto& [key, value] : document.items()) {
    bool known = false;
    for (const char* name : kKnown) known = known || key == name;
    if (!known) return at_path(key, "unknown setting");
  }
  Policy policy = defaults(currency, std::move(default_language));
  if (auto found = document.find("language"); found != document.end()) {
    if (!found->is_string() || found->get<std::string>().empty()) {
      return at_path("language", "must be a language tag such as \"sl\"");
    }
    policy.language = found->get<std::string>();
  }
  if (auto found = document.find("min_instalment"); found != document.end()) {
    policy.min_instalment = TRY(money_from_json(*found, currency, "$.min_instalment"));
    if (policy.min_instalment.is_negative()) return at_path("min_instalment", "must not be negative");
  }
  policy.max_instalments = TRY(read_int(document, "max_instalments", 1, 120, policy.max_instalments));
  policy.max_term_days = TRY(read_int(document, "max_term_days", 1, 3660, policy.max_term_days));
  if (auto found = document.find("settlement_floor_percent"); found != document.end()) {
    // Percent with up to two decimals, as a string or a whole number, kept in basis points
    // so that no floating point enters the negotiation limits.
    std::string text = found->is_string() ? found->get<std::string>()
                       : found->is_number_integer() ? std::to_string(found->get<std::int64_t>())
                                                    : std::string();
    auto basis_points = parse_decimal(text, 2);
    if (!basis_points.ok() || *basis_points < 0 || *basis_points > 10000) {
      return at_path("settlement_floor_percent",
                     "must be a percentage from 0 to 100 with at most two decimals, e.g. \"85\"");
    }
    policy.settlement_floor_bp = static_cast<int>(*basis_points);
  }
  policy.grace_days = TRY(read_int(document, "grace_days", 0, 30, policy.grace_days));
  policy.max_extension_days =
      TRY(read_int(document, "max_extension_days", 0, 365, policy.max_extension_days));
  if (auto found = document.find("allocation_order"); found != document.end()) {
    if (!found->is_array() || found->size() != 3) {
      return at_path("allocation_order", "must list fees, interest and principal once each");
    }
    std::vector<BalanceBucket> order;
    for (std::size_t i = 0; i < found->size(); ++i) {
      std::string path = "allocation_order[" + std::to_string(i) + "]";
      if (!(*found)[i].is_string()) return at_path(path, "must be a string");
      auto bucket = TRY(parse_bucket((*found)[i].get<std::string>(), path));
      for (auto seen : order) {
        if (seen == bucket) return at_path(path, "names a bucket twice");
      }
      order.push_back(bucket);
    }
    policy.allocation_order = order;
  }
  if (auto found = document.find("contact_persons"); found != document.end()) {
    if (!found->is_array()) return at_path("contact_persons", "must be an array");
    for (std::size_t i = 0; i < found->size(); ++i) {
      const auto& person = (*found)[i];
      std::string path = "contact_persons[" + std::to_string(i) + "]";
      if (!person.is_object() || !person.contains("email") || !person["email"].is_string() ||
          (person.contains("name") && !person["name"].is_string())) {
        return at_path(path, "must be an object with an e-mail address in \"email\"");
      }
      std::string name = person.value("name", std::string());
      auto mailbox = parse_mailbox(name.empty() ? person["email"].get<std::string>()
                                                : name + " <" + person["email"].get<std::string>() + ">");
      if (!mailbox.ok()) {
        return at_path(path, "must be an object with an e-mail address in \"email\": " +
                                 mailbox.error().message);
      }
      policy.contact_persons.push_back({mailbox->name, mailbox->address});
    }
  }
  if (auto found = document.find("strategy"); found != document.end()) {
    if (!found->is_string() || found->get<std::string>().empty()) {
      return at_path("strategy", "must name a strategy");
    }
    policy.strategy = found->get<std::string>();
  }
  if (auto found = document.find("compliance"); found != document.end()) {
    if (!found->is_object()) {
      return at_path("compliance", "must be an object of compliance overrides");
    }
    policy.compliance = *found;
  }
  return policy;
}

nlohmann::json Policy::to_json() const {
  nlohmann::json order = nlohmann::json::array();
  for (auto bucket : allocation_order) order.push_back(bucket_name(bucket));
  nlohmann::json persons = nlohmann::json::array();
  for (const auto& person : contact_persons) {
    persons.push_back({{"name", person.name}, {"email", person.email}});
  }
  std::string floor = std::to_string(settlement_floor_bp / 100);
  if (settlement_floor_bp % 100 != 0) {
    char fraction[4];
    std::snprintf(fraction, sizeof fraction, "%02d", settlement_floor_bp % 100);
    floor += std::string(".") + fraction;
  }
  return {{"language", language},
          {"min_instalment", money_to_json(min_instalment)},
          {"max_instalments", max_instalments},
          {"max_term_days", max_term_days},
          {"settlement_floor_percent", floor},
          {"grace_days", grace_days},
          {"max_extension_days", max_extension_days},
          {"allocation_order", order},
          {"contact_persons", persons},
          {"strategy", strategy},
          {"compliance", compliance}};
}

}  // namespace duecall::domain
