#include "domain/solutions_sentence.hpp"

#include <vector>

namespace duecall::domain {
namespace {

bool is_slovenian(std::string_view language) {
  return language == "sl" || language.substr(0, 3) == "sl-";
}

std::string join(const std::vector<std::string>& parts) {
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : "; ") + part;
  return text;
}

std::string slovenian(const Solutions& solutions, const ValueFormatter& format) {
  const std::string balance = format.money(solutions.balance);
  if (solutions.balance.is_zero()) return "Odprtega zneska ni.";
  if (solutions.only_full_payment()) {
    return "Za odprti znesek " + balance +
           " upnik ne dovoljuje dogovora: možno je le plačilo celotnega zneska.";
  }
  auto at_least = [&](const Money& amount) {
    return amount.is_zero() ? std::string() : " najmanj " + format.money(amount);
  };
  std::vector<std::string> parts;
  if (const auto& promise = solutions.promise) {
    parts.push_back("obljubo plačila" + at_least(promise->min_amount) + ", najpozneje " +
                    format.date(promise->latest_date, DateStyle::kLong));
  }
  if (const auto& plan = solutions.plan) {
    std::string each = plan->min_instalment.is_zero()
                           ? ""
                           : ", vsak najmanj " + format.money(plan->min_instalment);
    parts.push_back("obroke (največ " + format.integer(plan->max_instalments) + each +
                    ", zadnji najpozneje " + format.date(plan->latest_date, DateStyle::kLong) +
                    ")");
  }
  if (const auto& settlement = solutions.settlement) {
    parts.push_back("poravnavo v višini najmanj " + percent_text(settlement->floor_bp, "sl") +
                    " odprtega zneska, to je " + format.money(settlement->min_amount));
  }
  if (const auto& extension = solutions.extension) {
    parts.push_back("podaljšanje roka za največ " + format.days(extension->max_days) +
                    ", najpozneje " + format.date(extension->latest_date, DateStyle::kLong));
  }
  if (const auto& reduced = solutions.reduced_interest) {
    parts.push_back("znižanje obresti na najmanj " + format.money(reduced->min_interest));
  }
  return "Za odprti znesek " + balance + " upnik dovoljuje: " + join(parts) + ".";
}

std::string english(const Solutions& solutions, const ValueFormatter& format) {
  const std::string balance = format.money(solutions.balance);
  if (solutions.balance.is_zero()) return "Nothing is open.";
  if (solutions.only_full_payment()) {
    return "For the open balance of " + balance +
           " the client allows no arrangement: only payment in full.";
  }
  auto at_least = [&](const Money& amount) {
    return amount.is_zero() ? std::string() : " of at least " + format.money(amount);
  };
  std::vector<std::string> parts;
  if (const auto& promise = solutions.promise) {
    parts.push_back("a promise to pay" +
                    (promise->min_amount.is_zero()
                         ? std::string()
                         : " at least " + format.money(promise->min_amount)) +
                    " by " + format.date(promise->latest_date, DateStyle::kLong));
  }
  if (const auto& plan = solutions.plan) {
    parts.push_back("up to " + format.integer(plan->max_instalments) + " instalments" +
                    at_least(plan->min_instalment) + ", the last by " +
                    format.date(plan->latest_date, DateStyle::kLong));
  }
  if (const auto& settlement = solutions.settlement) {
    parts.push_back("a settlement down to " + percent_text(settlement->floor_bp, "en") +
                    " of the balance, " + format.money(settlement->min_amount));
  }
  if (const auto& extension = solutions.extension) {
    parts.push_back("an extension of up to " + format.days(extension->max_days) + ", to " +
                    format.date(extension->latest_date, DateStyle::kLong));
  }
  if (const auto& reduced = solutions.reduced_interest) {
    parts.push_back("interest reduced to no less than " + format.money(reduced->min_interest));
  }
  return "For the open balance of " + balance + " the client allows: " + join(parts) + ".";
}

}  // namespace

std::string percent_text(int basis_points, std::string_view language) {
  const bool sl = is_slovenian(language);
  std::string text = std::to_string(basis_points / 100);
  int hundredths = basis_points % 100;
  if (hundredths != 0) {
    std::string fraction = (hundredths < 10 ? "0" : "") + std::to_string(hundredths);
    if (fraction.back() == '0') fraction.pop_back();
    text += (sl ? "," : ".") + fraction;
  }
  // Slovenian typography separates the sign with a (non-breaking) space, as ICU does.
  return text + (sl ? "\u00a0%" : "%");
}

std::string solutions_sentence(const Solutions& solutions, std::string_view language,
                               const ValueFormatter& format) {
  return is_slovenian(language) ? slovenian(solutions, format) : english(solutions, format);
}

}  // namespace duecall::domain
