#include "app/demo_history.hpp"

#include <random>
#include <sstream>

#include "app/agreements.hpp"
#include "app/bank_statement.hpp"
#include "app/contact_log.hpp"
#include "app/import_payments.hpp"
#include "app/strategy_run.hpp"
#include "app/work_queue.hpp"
#include "core/time_zone.hpp"

namespace duecall::app {
namespace {

using compliance::ContactResult;
using domain::ContactOutcome;

// The clock of the history: it shows whatever moment the history has reached.
class SteppedClock final : public Clock {
 public:
  explicit SteppedClock(Instant now) : now_(now) {}
  Instant now() const override { return now_; }
  void set(Instant now) { now_ = now; }

 private:
  Instant now_;
};

// What one call came to. The shares are those of an early-stage floor: about a third of
// the calls reach the debtor, and most of those who are reached agree to something.
struct CallTurn {
  ContactResult result = ContactResult::no_answer;
  std::optional<ContactOutcome> outcome;
};

CallTurn draw_turn(std::mt19937_64& random) {
  auto roll = static_cast<int>(random() % 100);
  if (roll < 42) return {ContactResult::no_answer, std::nullopt};
  if (roll < 52) return {ContactResult::busy, std::nullopt};
  if (roll < 58) return {ContactResult::voicemail, std::nullopt};
  if (roll < 62) return {ContactResult::wrong_number, std::nullopt};
  if (roll < 66) return {ContactResult::third_party, std::nullopt};
  auto outcome_roll = static_cast<int>(random() % 100);
  ContactOutcome outcome = outcome_roll < 45   ? ContactOutcome::kPromise
                           : outcome_roll < 62 ? ContactOutcome::kPlan
                           : outcome_roll < 74 ? ContactOutcome::kCallback
                           : outcome_roll < 82 ? ContactOutcome::kRefusal
                           : outcome_roll < 88 ? ContactOutcome::kHardship
                           : outcome_roll < 94 ? ContactOutcome::kAlreadyPaid
                                               : ContactOutcome::kDispute;
  return {ContactResult::right_party, outcome};
}

std::string summary_of(ContactOutcome outcome) {
  switch (outcome) {
    case ContactOutcome::kPromise: return "Dolžnik obljubi plačilo celotnega zneska.";
    case ContactOutcome::kPlan: return "Dogovor o obročnem odplačilu.";
    case ContactOutcome::kCallback: return "Dolžnik prosi za ponovni klic jutri.";
    case ContactOutcome::kRefusal: return "Dolžnik plačila ne želi potrditi.";
    case ContactOutcome::kHardship: return "Dolžnik navaja izgubo zaposlitve.";
    case ContactOutcome::kAlreadyPaid: return "Dolžnik pravi, da je že plačal; preveriti.";
    case ContactOutcome::kDispute: return "Dolžnik ugovarja višini terjatve.";
    case ContactOutcome::kSettlement: return "Dogovor o poravnavi.";
    case ContactOutcome::kExtension: return "Dogovor o odlogu plačila.";
  }
  return "";
}

bool is_working_day(CivilDate day) {
  return day.weekday() != date::Saturday && day.weekday() != date::Sunday;
}

// Agrees what the debtor said on the claim: a promise of the whole balance in a week, or an
// instalment plan; every fifth plan asks for more instalments than clients allow, so it waits
// for a supervisor's approval.
Result<std::optional<ListedAgreement>> agree(Store& store, const Clock& clock, const WorkItem& item,
                                             const std::string& operator_login, ContactOutcome outcome,
                                             CivilDate today, std::mt19937_64& random) {
  const domain::Claim& claim = item.open_claims.front();
  AgreementRequest request;
  if (outcome == ContactOutcome::kPromise) {
    request.kind = domain::AgreementKind::kPromise;
    request.amount = claim.balance.total().to_decimal_string();
    request.date = today.plus_days(7).to_string();
  } else {
    request.kind = domain::AgreementKind::kPlan;
    request.amount = claim.balance.total().to_decimal_string();
    request.instalments = random() % 5 == 0 ? 10 : 3;
    request.first_date = today.plus_days(10).to_string();
  }
  auto added = add_agreement(store, clock,
                             {.client_code = item.client.code,
                              .claim_ref = claim.client_ref,
                              .operator_login = operator_login,
                              .request = request});
  // A balance too small for the client's minimum instalment is refused, as it would be for
  // an operator; the contact stands without an agreement.
  if (!added.ok()) {
    if (added.error().code == ErrorCode::kInvalidArgument) return std::optional<ListedAgreement>();
    return added.error();
  }
  return std::optional<ListedAgreement>(*added);
}

struct PaidPromise {
  std::string claim_ref;
  std::string client_code;
  std::string amount;
  std::string currency;
};

// The working days before today that the history covers, oldest first.
std::vector<CivilDate> history_days(CivilDate today, int count) {
  std::vector<CivilDate> days;
  for (CivilDate day = today.plus_days(-1); static_cast<int>(days.size()) < count;
       day = day.plus_days(-1)) {
    if (is_working_day(day)) days.insert(days.begin(), day);
  }
  return days;
}

}  // namespace

Result<Instant> demo_history_start(const DemoHistoryInput& input) {
  auto zone = TRY(TimeZone::find(input.time_zone));
  auto days = history_days(zone.local_date(input.now), input.days);
  if (days.empty()) return input.now;
  return zone.start_of_day(days.front()) + std::chrono::hours(7);
}

Result<DemoHistoryReport> build_demo_history(Store& store, const DemoHistoryInput& input) {
  auto zone = TRY(TimeZone::find(input.time_zone));
  CivilDate today = zone.local_date(input.now);
  std::vector<CivilDate> days = history_days(today, input.days);

  std::mt19937_64 random(input.seed);
  SteppedClock clock(input.now);
  DemoHistoryReport report;
  std::vector<PaidPromise> promises;
  for (CivilDate day : days) {
    ++report.days;
    Instant morning = zone.start_of_day(day) + std::chrono::minutes(7 * 60 + 30);
    clock.set(morning);
    TRY(run_strategy(store, clock, {.at = morning, .actor = "demo"}));
    for (int turn = 0; turn < input.calls_per_operator_per_day; ++turn) {
      for (std::size_t index = 0; index < input.operators.size(); ++index) {
        const std::string& login = input.operators[index];
        // Calls spread over the working day, 08:05 to about 18:30, operators a few minutes apart.
        auto minutes = 8 * 60 + 5 + turn * (620 / input.calls_per_operator_per_day) +
                       static_cast<int>(index) * 3;
        clock.set(zone.start_of_day(day) + std::chrono::minutes(minutes));
        auto item = TRY(next_work_item(store, clock, {.operator_login = login}));
        if (!item) continue;
        CallTurn call = draw_turn(random);
        ContactLogInput contact{.client_code = item->client.code,
                                .claim_ref = item->open_claims.front().client_ref,
                                .result = call.result,
                                .operator_login = login,
                                .outcome = call.outcome};
        if (call.outcome) {
          contact.minutes = {.spoke_with = "dolžnik",
                             .identity_verified = true,
                             .summary = summary_of(*call.outcome)};
          if (*call.outcome == ContactOutcome::kCallback) {
            contact.callback_at = zone.start_of_day(day.plus_days(1)) + std::chrono::hours(10);
          }
        }
        TRY(log_contact(store, clock, contact));
        ++report.calls;
        if (call.result != ContactResult::right_party) continue;
        ++report.right_party;
        if (*call.outcome != ContactOutcome::kPromise && *call.outcome != ContactOutcome::kPlan) {
          continue;
        }
        auto agreement = TRY(agree(store, clock, *item, login, *call.outcome, day, random));
        if (!agreement) continue;
        if (*call.outcome == ContactOutcome::kPromise) {
          ++report.promises;
          // About half of the promises are paid before today.
          if (random() % 2 == 0) {
            const domain::Claim& claim = item->open_claims.front();
            promises.push_back({claim.client_ref, item->client.code,
                                claim.balance.total().to_decimal_string(),
                                std::string(claim.currency().code())});
          }
        } else {
          ++report.plans;
          if (agreement->agreement.state == domain::AgreementState::kPendingApproval) {
            ++report.awaiting_approval;
          }
        }
      }
    }
  }

  // One bank statement per client, booked yesterday, paying the promises drawn above.
  std::map<std::string, std::ostringstream> statements;
  CivilDate yesterday = days.empty() ? today : days.back();
  int entry = 0;
  for (const auto& paid : promises) {
    auto& csv = statements[paid.client_code];
    if (csv.tellp() == 0) csv << "entry_ref,booking_date,amount,currency,reference,payer\n";
    csv << "DEMO-" << yesterday.to_string() << "-" << ++entry << "," << yesterday.to_string() << ","
        << paid.amount << "," << paid.currency << "," << paid.claim_ref << ",\n";
  }
  clock.set(zone.start_of_day(today) + std::chrono::minutes(6 * 60));
  for (auto& [client_code, csv] : statements) {
    auto statement = TRY(read_bank_statement(csv.str(), StatementFormat::kCsv));
    auto posted = TRY(import_payments(store, clock, statement,
                                      {.client_code = client_code,
                                       .file_name = "demo-statement-" + client_code + ".csv",
                                       .actor = "demo"}));
    report.payments_posted += posted.posted;
  }

  clock.set(input.now);
  auto run = TRY(run_strategy(store, clock, {.at = input.now, .actor = "demo"}));
  report.due_now = run.due_now;
  return report;
}

}  // namespace duecall::app
