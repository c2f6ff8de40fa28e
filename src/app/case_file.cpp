#include "app/case_file.hpp"

#include <algorithm>

#include "domain/payment_allocation.hpp"
#include "strategy/default_strategy.hpp"
#include "strategy/strategy_json.hpp"

namespace duecall::app {
namespace {

domain::Balance zero_balance(Currency currency) {
  return {Money::zero(currency), Money::zero(currency), Money::zero(currency)};
}

// The name of the step the ladder is on, from the strategy version the case walks. A
// strategy that no longer parses or lacks the step leaves the name empty rather than
// hiding the rest of the case file.
Result<std::string> ladder_step_name(StoreTransaction& transaction, const domain::Client& client,
                                     const LadderRecord& ladder) {
  std::optional<strategy::Strategy> parsed;
  if (auto stored = TRY(transaction.find_strategy(client.id, ladder.strategy_version))) {
    auto read = strategy::strategy_from_json(stored->document);
    if (read.ok()) parsed = std::move(read).value();
  } else {
    parsed = strategy::default_strategy();
  }
  if (!parsed) return std::string();
  const strategy::Segment* segment = parsed->segment_named(ladder.segment);
  if (!segment || ladder.step_index < 0 ||
      static_cast<std::size_t>(ladder.step_index) >= segment->steps.size()) {
    return std::string();
  }
  return segment->steps[static_cast<std::size_t>(ladder.step_index)].name;
}

}  // namespace

Money CaseFile::total_due() const {
  Money total = Money::zero(client.currency);
  for (const auto& claim : claims) {
    if (claim.status != domain::ClaimStatus::kOpen) continue;
    auto sum = total.plus(claim.balance.total());
    // Each bucket is bounded at intake, so a case would need millions of claims to overflow.
    if (sum.ok()) total = *sum;
  }
  return total;
}

domain::Balance CaseFile::paid_to(const domain::Claim& claim) const {
  domain::Balance paid = zero_balance(claim.currency());
  for (const auto& allocation : allocations) {
    if (allocation.claim_id != claim.id) continue;
    Money& bucket = domain::bucket_of(paid, allocation.bucket);
    // Allocations never exceed what was placed, which intake bounds far below int64.
    bucket = Money(bucket.minor() + allocation.amount_minor, bucket.currency());
  }
  return paid;
}

domain::Balance CaseFile::open_of(const domain::Claim& claim) const {
  if (claim.status != domain::ClaimStatus::kOpen) return zero_balance(claim.currency());
  return domain::open_balance(claim.balance, paid_to(claim));
}

std::vector<Money> CaseFile::open_total_by_currency() const {
  std::vector<Money> totals{Money::zero(client.currency)};
  for (const auto& claim : claims) {
    if (claim.status != domain::ClaimStatus::kOpen) continue;
    const Money open = open_of(claim).total();
    auto same = std::find_if(totals.begin(), totals.end(), [&](const Money& total) {
      return total.currency() == open.currency();
    });
    if (same == totals.end()) {
      totals.push_back(open);
    } else if (auto sum = same->plus(open); sum.ok()) {
      *same = *sum;
    }
  }
  return totals;
}

std::vector<domain::Claim> CaseFile::claims_as_open() const {
  std::vector<domain::Claim> open = claims;
  for (auto& claim : open) claim.balance = open_of(claim);
  return open;
}

const domain::Claim* CaseFile::claim_with(ClaimId id) const {
  for (const auto& claim : claims) {
    if (claim.id == id) return &claim;
  }
  return nullptr;
}

Result<CaseFile> read_case_file(StoreTransaction& transaction, std::string_view client_code,
                                std::string_view ref) {
  auto client = TRY(transaction.find_client(client_code));
  if (!client) return Error::not_found("unknown client '" + std::string(client_code) + "'");
  std::optional<domain::Debtor> debtor;
  if (auto claim = TRY(transaction.find_claim(client->id, ref))) {
    debtor = TRY(transaction.find_debtor(claim->debtor_id));
  } else {
    debtor = TRY(transaction.find_debtor(client->id, ref));
  }
  if (!debtor) {
    return Error::not_found("client " + std::string(client_code) + " has no claim or debtor '" +
                            std::string(ref) + "'");
  }
  auto found_case = TRY(transaction.find_case_of_debtor(debtor->id));
  if (!found_case) return Error::data_loss("debtor " + debtor->ref + " has no case");
  const CaseId case_id = found_case->id;
  std::vector<std::string> numbers;
  for (const auto& phone : debtor->phones) {
    if (phone.valid()) numbers.push_back(phone.e164);
  }
  CaseFile file{.client = std::move(*client),
                .collection_case = *found_case,
                .debtor = std::move(*debtor),
                .claims = TRY(transaction.claims_of_case(case_id)),
                .timeline = TRY(transaction.timeline(case_id)),
                .payments = TRY(transaction.payments_of_case(case_id)),
                .allocations = TRY(transaction.allocations_of_case(case_id)),
                .agreements = TRY(transaction.agreements_of_cases({case_id})),
                .ladder = TRY(transaction.find_ladder(case_id)),
                .ladder_step = "",
                .due_action = TRY(transaction.find_due_action(case_id)),
                .numbers_on_do_not_call = TRY(transaction.numbers_on_do_not_call(numbers))};
  if (file.ladder) file.ladder_step = TRY(ladder_step_name(transaction, file.client, *file.ladder));
  return file;
}

Result<CaseFile> find_case_file(Store& store, std::string_view client_code, std::string_view ref) {
  auto transaction = TRY(store.begin());
  CaseFile file = TRY(read_case_file(*transaction, client_code, ref));
  TRY(transaction->commit());
  return file;
}

}  // namespace duecall::app
