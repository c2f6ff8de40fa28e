#include "app/import_payments.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

#include "app/timeline_append.hpp"
#include "domain/payment_allocation.hpp"
#include "domain/payment_reference.hpp"

namespace duecall::app {
namespace {

using domain::BalanceBucket;
using nlohmann::json;

struct Match {
  domain::Claim claim;
  domain::ReferenceKind kind;
};

Result<domain::Client> client_for(StoreTransaction& transaction, const std::string& code) {
  if (!code.empty()) {
    auto client = TRY(transaction.find_client(code));
    if (!client) return Error::not_found("no client with code " + code);
    return *client;
  }
  auto clients = TRY(transaction.list_clients());
  if (clients.size() != 1) {
    return Error::invalid_argument("name the client whose claims the statement pays (--client)");
  }
  return clients.front();
}

// Looks up every candidate reference of every entry in one store call.
Result<std::map<std::string, domain::Claim>> claims_named_in(
    StoreTransaction& transaction, ClientId client,
    const std::vector<std::vector<domain::ReferenceCandidate>>& candidates) {
  std::set<std::string> refs;
  for (const auto& list : candidates) {
    for (const auto& candidate : list) refs.insert(candidate.claim_ref);
  }
  std::map<std::string, domain::Claim> claims;
  if (refs.empty()) return claims;
  auto found = TRY(transaction.find_claims(client, {refs.begin(), refs.end()}));
  for (auto& claim : found) claims.emplace(claim.client_ref, std::move(claim));
  return claims;
}

std::optional<Match> match_of(const std::vector<domain::ReferenceCandidate>& candidates,
                              const std::map<std::string, domain::Claim>& claims) {
  for (const auto& candidate : candidates) {
    if (auto found = claims.find(candidate.claim_ref); found != claims.end()) {
      return Match{found->second, candidate.kind};
    }
  }
  return std::nullopt;
}

// The open claims of a case in the payment's currency, each with its placed buckets less
// everything allocated to it so far. A bucket the client lowered below what was already
// paid counts as zero rather than negative.
Result<std::vector<domain::OpenClaim>> open_claims_of(StoreTransaction& transaction,
                                                      const std::vector<domain::Claim>& claims,
                                                      Currency currency) {
  std::vector<domain::OpenClaim> open;
  std::vector<ClaimId> ids;
  for (const auto& claim : claims) {
    if (claim.status != domain::ClaimStatus::kOpen || !(claim.currency() == currency)) continue;
    open.push_back({claim.id, claim.due_date, claim.balance});
    ids.push_back(claim.id);
  }
  if (ids.empty()) return open;
  std::vector<domain::Balance> paid(
      open.size(),
      domain::Balance{Money::zero(currency), Money::zero(currency), Money::zero(currency)});
  for (const auto& allocated : TRY(transaction.allocations_to_claims(ids))) {
    for (std::size_t index = 0; index < open.size(); ++index) {
      if (open[index].claim_id != allocated.claim_id) continue;
      Money& bucket = domain::bucket_of(paid[index], allocated.bucket);
      bucket = Money(bucket.minor() + allocated.amount_minor, currency);
    }
  }
  for (std::size_t index = 0; index < open.size(); ++index) {
    open[index].open = domain::open_balance(open[index].open, paid[index]);
  }
  return open;
}

std::string payment_event_payload(const PaymentRecord& record, const Match& match,
                                  const domain::Allocation& allocation,
                                  const std::vector<domain::Claim>& claims) {
  auto ref_of = [&](ClaimId id) {
    for (const auto& claim : claims) {
      if (claim.id == id) return claim.client_ref;
    }
    return std::string();
  };
  json parts = json::array();
  for (const auto& part : allocation.parts) {
    parts.push_back({{"claim_ref", ref_of(part.claim_id)},
                     {"bucket", domain::bucket_name(part.bucket)},
                     {"amount", part.amount.to_decimal_string()}});
  }
  json settled = json::array();
  for (ClaimId id : allocation.settled_claims) settled.push_back(ref_of(id));
  return json{{"entry_ref", record.payment.entry_reference},
              {"amount", record.payment.amount.to_decimal_string()},
              {"currency", record.payment.amount.currency().code()},
              {"value_date", record.payment.value_date.to_string()},
              {"matched_by", domain::reference_kind_name(match.kind)},
              {"claim_ref", match.claim.client_ref},
              {"allocations", parts},
              {"held", allocation.held.to_decimal_string()},
              {"paid_claims", settled}}
      .dump();
}

// Posts one matched payment. Returns false when the entry was imported before.
Result<bool> post_payment(StoreTransaction& transaction, const domain::Client& client,
                          PaymentRecord record, const Match& match,
                          const PaymentImportOptions& options) {
  auto claims = TRY(transaction.claims_of_case(match.claim.case_id));
  auto open = TRY(open_claims_of(transaction, claims, record.payment.amount.currency()));
  auto allocation =
      TRY(domain::allocate_payment(record.payment.amount, open, client.policy.allocation_order));
  record.held_minor = allocation.held.minor();
  auto id = TRY(transaction.insert_payment(record));
  if (!id) return false;
  std::vector<PaymentAllocationRecord> rows;
  for (const auto& part : allocation.parts) {
    rows.push_back({*id, part.claim_id, part.bucket, part.amount.minor()});
  }
  TRY(transaction.insert_payment_allocations(rows));
  for (ClaimId settled : allocation.settled_claims) {
    for (auto claim : claims) {
      if (claim.id != settled) continue;
      claim.status = domain::ClaimStatus::kPaid;
      TRY(transaction.update_claim(claim, record.imported_at));
    }
  }
  TRY(append_to_timeline(transaction, match.claim.case_id, domain::event_kind::kPaymentPosted,
                         record.imported_at, options.actor,
                         payment_event_payload(record, match, allocation, claims)));
  return true;
}

// Stores an unmatched payment and its to-do item. Returns false when imported before.
Result<bool> keep_unmatched(StoreTransaction& transaction, PaymentRecord record) {
  auto id = TRY(transaction.insert_payment(record));
  if (!id) return false;
  const domain::Payment& payment = record.payment;
  TodoItemRecord item{.id = {},
                      .kind = kTodoUnmatchedPayment,
                      .case_id = std::nullopt,
                      .claim_ref = std::nullopt,
                      .amount = payment.amount,
                      .operator_login = std::nullopt,
                      .due_at = std::nullopt,
                      .created_at = record.imported_at,
                      .done_at = std::nullopt,
                      .done_outcome = std::nullopt,
                      .payload = json{{"payment_id", id->value},
                                      {"entry_ref", payment.entry_reference},
                                      {"booking_date", payment.booking_date.to_string()},
                                      {"remittance", payment.remittance}}
                                     .dump()};
  TRY(transaction.insert_todo_item(item));
  return true;
}

}  // namespace

Result<PaymentImportReport> import_payments(Store& store, const Clock& clock,
                                            const BankStatement& statement,
                                            const PaymentImportOptions& options) {
  auto transaction = TRY(store.begin());
  domain::Client client = TRY(client_for(*transaction, options.client_code));
  // Allocation reads the open balances it then reduces: serialise with other imports and
  // intake for this client so that two of them never spend the same open balance.
  TRY(transaction->lock_client_for_intake(client.id));

  std::vector<std::vector<domain::ReferenceCandidate>> candidates;
  for (const auto& payment : statement.credits) {
    candidates.push_back(domain::reference_candidates(payment.remittance));
  }
  auto claims = TRY(claims_named_in(*transaction, client.id, candidates));

  PaymentImportReport report{.debits_skipped = statement.debits_skipped,
                             .rejects = statement.rejects};
  Instant now = clock.now();
  for (std::size_t i = 0; i < statement.credits.size(); ++i) {
    const domain::Payment& payment = statement.credits[i];
    ++report.entries;
    PaymentRecord record{.id = {},
                         .payment = payment,
                         .client_id = client.id,
                         .matched_claim_id = std::nullopt,
                         .case_id = std::nullopt,
                         .outcome = PaymentOutcome::kUnmatched,
                         .held_minor = 0,
                         .file_name = options.file_name,
                         .imported_at = now};
    auto match = match_of(candidates[i], claims);
    // A payment in another currency than the claim it names cannot be allocated to it
    // without a conversion nobody agreed: a person looks at it.
    if (match && !(match->claim.currency() == payment.amount.currency())) match.reset();
    bool stored = false;
    if (match) {
      record.outcome = PaymentOutcome::kPosted;
      record.matched_claim_id = match->claim.id;
      record.case_id = match->claim.case_id;
      stored = TRY(post_payment(*transaction, client, record, *match, options));
      if (stored) ++report.posted;
    } else {
      stored = TRY(keep_unmatched(*transaction, record));
      if (stored) ++report.unmatched;
    }
    if (!stored) ++report.duplicates;
  }
  TRY(transaction->commit());
  return report;
}

}  // namespace duecall::app
