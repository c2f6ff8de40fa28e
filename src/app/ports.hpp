// Ports are the interfaces through which use cases reach the world: the store, the clock
// and, later, telephony and mail. Use cases depend on these and nothing else; adapters
// implement them (adapters/sqlite, adapters/postgres, ...).
//
// Store: every use case runs in one StoreTransaction; it commits explicitly and rolls back
// when destroyed uncommitted. Store::begin() may be called from several threads at once
// (it may wait for a free database connection); each transaction is used from one thread
// at a time and ends before the store is destroyed. The store persists what it is given
// and computes nothing domain-specific: timeline hashes, balances and rule outcomes come
// from domain/.
//
// Mailer: hands a composed message to a mail server for the given envelope. A message
// reaches every recipient or the send fails as a whole; a failure says why in words that
// name no credentials. Sending is at least once: a send that timed out may still arrive.
//
// PasswordHasher: the slow, salted one-way function that passwords are stored through. It
// draws random salts, which is why it is a port rather than domain code.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/api_token_records.hpp"
#include "app/call_script_record.hpp"
#include "app/campaign_records.hpp"
#include "app/contact_records.hpp"
#include "app/floor_records.hpp"
#include "app/kpi_records.hpp"
#include "app/mail_records.hpp"
#include "app/payment_records.hpp"
#include "app/session_records.hpp"
#include "app/strategy_records.hpp"
#include "core/ids.hpp"
#include "core/instant.hpp"
#include "core/result.hpp"
#include "domain/claim.hpp"
#include "domain/client.hpp"
#include "domain/collection_case.hpp"
#include "domain/debtor.hpp"
#include "domain/kpi_facts.hpp"
#include "domain/shift_plan.hpp"
#include "domain/timeline.hpp"
#include "domain/user.hpp"

namespace duecall::app {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Instant now() const = 0;
};

// What became of the rows of one claim file: each row is counted once, as imported,
// updated, unchanged or rejected.
struct ImportCounts {
  std::int64_t rows = 0;
  std::int64_t imported = 0;
  std::int64_t updated = 0;
  std::int64_t unchanged = 0;
  std::int64_t rejected = 0;
  std::int64_t cases_created = 0;
};

// A record of one file placed through intake: what came in and what became of it.
struct ImportRecord {
  ClientId client_id;
  std::string file_name;
  std::string file_sha256;
  ImportCounts counts;
  Instant started_at;
  Instant finished_at;
};

// A stored debtor with their case (an invalid case id when the debtor has none).
struct KnownDebtor {
  domain::Debtor debtor;
  CaseId case_id;
};

struct CasePage {
  std::vector<domain::Case> cases;
  std::int64_t total = 0;  // matching cases on all pages
};

struct TableCount {
  std::string table;
  std::int64_t rows = 0;
  bool operator==(const TableCount&) const = default;
};

class StoreTransaction {
 public:
  virtual ~StoreTransaction() = default;
  virtual Status commit() = 0;

  // Serialises, until this transaction ends, every intake writing for this client, so that
  // two processes importing for one client never race on the same debtor or case.
  virtual Status lock_client_for_intake(ClientId client) = 0;

  // Clients.
  virtual Result<ClientId> insert_client(const domain::Client& client) = 0;
  virtual Result<std::optional<domain::Client>> find_client(std::string_view code) = 0;
  virtual Result<std::optional<domain::Client>> find_client(ClientId id) = 0;
  virtual Result<std::vector<domain::Client>> list_clients() = 0;

  // Debtors, cases and claims. Debtors are unique by (client, ref); claims by
  // (client, client_ref); cases by (client, debtor).
  virtual Result<std::optional<domain::Debtor>> find_debtor(ClientId client,
                                                            std::string_view ref) = 0;
  virtual Result<std::optional<domain::Debtor>> find_debtor(DebtorId id) = 0;
  virtual Status update_debtor(const domain::Debtor& debtor, Instant now) = 0;
  virtual Result<std::optional<domain::Case>> find_case_of_debtor(DebtorId debtor) = 0;
  virtual Result<std::optional<domain::Case>> find_case(CaseId id) = 0;
  virtual Result<std::optional<domain::Claim>> find_claim(ClientId client,
                                                          std::string_view client_ref) = 0;
  virtual Status update_claim(const domain::Claim& claim, Instant now) = 0;
  virtual Result<std::vector<domain::Claim>> claims_of_case(CaseId id) = 0;
  // Open cases of a client with their debtor, in case id order, at most `limit`.
  virtual Result<std::vector<domain::Case>> list_cases(ClientId client, std::int64_t limit) = 0;
  // A page of a client's cases whose debtor's name or ref, or one of whose claims' refs,
  // contains `text` (ignoring ASCII case; empty matches all), in case id order, with how
  // many match in all.
  virtual Result<CasePage> search_cases(ClientId client, std::string_view text,
                                        std::int64_t limit, std::int64_t offset) = 0;

  // Batch work for bulk intake: the lookups return what exists, in no particular order; the
  // inserts assign new ids into the entities they are given. A store answers these in a
  // few round trips whatever the batch size.
  virtual Result<std::vector<domain::Claim>> find_claims(ClientId client,
                                                         const std::vector<std::string>& refs) = 0;
  virtual Result<std::vector<KnownDebtor>> find_debtors(ClientId client,
                                                        const std::vector<std::string>& refs) = 0;
  virtual Result<std::vector<std::pair<CaseId, domain::ChainHead>>> timeline_heads(
      const std::vector<CaseId>& cases) = 0;
  virtual Status insert_debtors(const std::vector<domain::Debtor*>& debtors, Instant now) = 0;
  virtual Status insert_cases(const std::vector<domain::Case*>& cases) = 0;
  virtual Status insert_claims(const std::vector<domain::Claim*>& claims, Instant now) = 0;
  virtual Status append_events(const std::vector<domain::TimelineEvent>& events) = 0;

  // Timeline.
  virtual Result<domain::ChainHead> timeline_head(CaseId id) = 0;
  virtual Result<EventId> append_event(const domain::TimelineEvent& event) = 0;
  virtual Result<std::vector<domain::TimelineEvent>> timeline(CaseId id) = 0;
  // Calls `visit` for every event of every case, ordered by case then seq; stops early and
  // returns the visitor's error if it fails.
  virtual Status scan_timeline(
      const std::function<Status(const domain::TimelineEvent&)>& visit) = 0;

  // Intake records.
  virtual Result<ImportId> record_import(const ImportRecord& record) = 0;

  // Holds: every hold ever placed on a case or its claims, standing or lifted, in the
  // order they were placed. Lifting sets lifted_at on a standing hold; rows stay.
  virtual Result<HoldId> insert_hold(const HoldRecord& hold) = 0;
  virtual Status lift_hold(HoldId id, Instant lifted_at) = 0;
  virtual Result<std::vector<HoldRecord>> holds_of_case(CaseId id) = 0;

  // The do-not-call list, keyed by E.164 number. Inserting a listed number fails with
  // kAlreadyExists; removing returns false when the number was not listed.
  virtual Status insert_do_not_call(const DoNotCallEntry& entry) = 0;
  virtual Result<bool> delete_do_not_call(std::string_view number) = 0;
  virtual Result<std::optional<DoNotCallEntry>> find_do_not_call(std::string_view number) = 0;
  virtual Result<std::vector<DoNotCallEntry>> list_do_not_call() = 0;
  // Cases whose debtor has `e164` among their valid phone numbers, in id order.
  virtual Result<std::vector<CaseId>> cases_with_phone(std::string_view e164) = 0;

  // Contact attempts of a case that occurred at or after `since`, oldest first.
  virtual Result<ContactId> insert_contact(const ContactRecord& contact) = 0;
  virtual Result<std::vector<ContactRecord>> contacts_of_case(CaseId id, Instant since) = 0;

  // Strategies: versions of a client's strategy document. Inserting an existing version
  // fails with kAlreadyExists; finding without a version returns the newest.
  virtual Status insert_strategy(const StoredStrategy& strategy) = 0;
  virtual Result<std::optional<StoredStrategy>> find_strategy(ClientId client,
                                                              std::optional<int> version) = 0;

  // The strategy run's reads and writes. open_cases_for_run returns the open cases with an
  // id above `after` (of one client when given), in id order, at most `limit`, each with
  // its debtor, claims, ladder, due action, holds and the contacts since `contacts_since`.
  virtual Result<std::vector<CaseForRun>> open_cases_for_run(std::optional<ClientId> client,
                                                             CaseId after, std::size_t limit,
                                                             Instant contacts_since) = 0;
  // The numbers of `numbers` that are on the do-not-call list.
  virtual Result<std::vector<std::string>> numbers_on_do_not_call(
      const std::vector<std::string>& numbers) = 0;
  virtual Status save_ladders(const std::vector<LadderRecord>& ladders) = 0;
  // Inserts or replaces each case's due action, keeping a lease the queue holds on it.
  virtual Status save_due_actions(const std::vector<DueAction>& actions) = 0;
  virtual Status delete_due_actions(const std::vector<CaseId>& cases) = 0;
  virtual Status set_case_stages(const std::vector<CaseStage>& stages) = 0;
  virtual Result<std::optional<LadderRecord>> find_ladder(CaseId id) = 0;
  virtual Result<std::optional<DueAction>> find_due_action(CaseId id) = 0;
  virtual Result<std::int64_t> record_strategy_run(const StrategyRunRecord& run) = 0;

  // The work queue. queue_candidates returns the due calls that may be handed out at `now`
  // (due, allowed by the gate when last evaluated, deadline ahead, no unexpired lease),
  // best rank first, at most `limit`; on PostgreSQL their rows stay locked until this
  // transaction ends and other transactions skip them (SKIP LOCKED). lease_due_action
  // leases a case's due action to `owner` until `until` unless another owner holds an
  // unexpired lease, and says whether it did; release_due_action gives up the owner's lease.
  virtual Result<std::vector<DueAction>> queue_candidates(std::optional<ClientId> client,
                                                          Instant now, std::size_t limit) = 0;
  virtual Result<bool> lease_due_action(CaseId id, std::string_view owner, Instant until,
                                        Instant now) = 0;
  virtual Result<bool> release_due_action(CaseId id, std::string_view owner) = 0;
  virtual Result<QueueCounts> queue_counts(std::optional<ClientId> client, Instant now) = 0;
  // Users and shifts. Logins are unique: inserting a taken one fails with kAlreadyExists.
  // Users are never deleted; disabling sets disabled_at. The password hash travels beside
  // the user, never inside it, so that nothing which lists users can print it.
  virtual Result<UserId> insert_user(const domain::User& user, std::string_view password_hash) = 0;
  virtual Result<std::optional<domain::User>> find_user(std::string_view login) = 0;
  // Every user, enabled or not, in login order.
  virtual Result<std::vector<domain::User>> list_users() = 0;
  // kNotFound when there is no such user.
  virtual Result<std::string> password_hash_of(UserId id) = 0;
  virtual Status set_password_hash(UserId id, std::string_view password_hash, Instant now) = 0;
  virtual Status disable_user(UserId id, Instant disabled_at) = 0;
  // An empty `shift` takes the user off any shift.
  virtual Status set_user_shift(UserId id, std::string_view shift) = 0;
  // An empty `team` takes the user out of any team. kNotFound when there is no such user.
  virtual Status set_user_team(UserId id, std::string_view team) = 0;
  // The stored shift plan; nothing when none was ever set (the standard plan applies).
  virtual Result<std::optional<domain::ShiftPlan>> find_shift_plan() = 0;
  // Replaces the whole stored plan.
  virtual Status replace_shift_plan(const domain::ShiftPlan& plan) = 0;
  // Call scripts. Versions of a client's script per (ladder step, language), numbered
  // from 1; the caller picks the next number. Inserting a version that is already stored
  // fails with kConflict (a concurrent save won). Finding returns the given version, or
  // the latest when `version` is none, or nullopt when there is none.
  virtual Status insert_call_script(const CallScriptRecord& script) = 0;
  virtual Result<std::optional<CallScriptRecord>> find_call_script(ClientId client,
                                                                   std::string_view step,
                                                                   std::string_view language,
                                                                   std::optional<int> version) = 0;
  // The latest version of each of a client's scripts, by step and language.
  virtual Result<std::vector<CallScriptRecord>> latest_call_scripts(ClientId client) = 0;

  // Payments. insert_payment stores a statement entry unless its entry reference is stored
  // already: then it stores nothing and returns nullopt (a duplicate), also when another
  // transaction inserted it concurrently. allocations_to_claims returns every allocation
  // ever made to the given claims; a claim's open balance is its placed buckets minus these.
  virtual Result<std::optional<PaymentId>> insert_payment(const PaymentRecord& payment) = 0;
  virtual Result<std::optional<PaymentRecord>> find_payment(std::string_view entry_reference) = 0;
  virtual Status insert_payment_allocations(
      const std::vector<PaymentAllocationRecord>& allocations) = 0;
  virtual Result<std::vector<PaymentAllocationRecord>> allocations_to_claims(
      const std::vector<ClaimId>& claims) = 0;
  // A case's payment history for the screen-pop, one query each: the payments posted to
  // the case, by value date then id, and every allocation to the case's claims.
  virtual Result<std::vector<PaymentRecord>> payments_of_case(CaseId id) = 0;
  virtual Result<std::vector<PaymentAllocationRecord>> allocations_of_case(CaseId id) = 0;
  // To-do items: insert one; list those of a kind not yet done, oldest first.
  virtual Result<TodoId> insert_todo_item(const TodoItemRecord& item) = 0;
  virtual Result<std::vector<TodoItemRecord>> open_todo_items(std::string_view kind) = 0;
  // The to-do list: items matching the query, open ones first by due time (none last), then
  // creation; find one; mark one done (false when it was done already); close the open items
  // of a kind about one claim of a case (an approval decided), returning how many.
  virtual Result<std::vector<ListedTodoItem>> list_todo_items(const TodoQuery& query) = 0;
  virtual Result<std::optional<ListedTodoItem>> find_todo_item(TodoId id) = 0;
  virtual Result<bool> mark_todo_done(TodoId id, Instant at, std::string_view outcome) = 0;
  virtual Result<std::int64_t> close_todo_items(std::string_view kind, CaseId case_id,
                                                std::string_view claim_ref, Instant at,
                                                std::string_view outcome) = 0;
  // The posted payments of the given cases, in id order: what the promise monitor credits.
  virtual Result<std::vector<PaymentRecord>> posted_payments_of_cases(
      const std::vector<CaseId>& cases) = 0;
  // Agreements. Inserting stores the record with its schedule and assigns its id.
  // Updating writes the state and the activation, decision and end fields, but only while
  // the stored state is still `expected`; otherwise kConflict (someone decided first).
  // agreements_of_cases returns every agreement of the given cases in id order;
  // agreements_in_state those in one state across all clients, in id order. Each comes
  // with its schedule.
  virtual Result<AgreementId> insert_agreement(const AgreementRecord& agreement) = 0;
  virtual Result<std::optional<AgreementRecord>> find_agreement(AgreementId id) = 0;
  virtual Status update_agreement(const AgreementRecord& agreement,
                                  domain::AgreementState expected) = 0;
  virtual Result<std::vector<AgreementRecord>> agreements_of_cases(
      const std::vector<CaseId>& cases) = 0;
  virtual Result<std::vector<AgreementRecord>> agreements_in_state(
      domain::AgreementState state) = 0;
  // Every agreement of every case of the client, in id order.
  virtual Result<std::vector<AgreementRecord>> agreements_of_client(ClientId client) = 0;

  // The KPI report's facts for a period, summed in the database (domain/kpi_facts.hpp
  // says to what grain); on the largest installations this reads an index range per table
  // and returns a row per operator, client and minute rather than one per contact.
  virtual Result<domain::KpiFacts> kpi_facts(const KpiQuery& query) = 0;
  // KPI targets: setting one for a client or team replaces the one it had. The record's
  // name is ignored for a client target (its id counts); listing returns client targets in
  // code order, then team targets in name order.
  virtual Status set_kpi_target(const KpiTargetRecord& target) = 0;
  virtual Result<std::vector<KpiTargetRecord>> list_kpi_targets() = 0;
  // A client's policy, rewritten whole (contact persons and the rest); kNotFound when there
  // is no such client.
  virtual Status update_client_policy(ClientId client, const domain::Policy& policy) = 0;

  // The mail outbox (mail_records.hpp). insert_mail stores a queued message and assigns
  // its id. queued_mail returns queued messages in id order, at most `limit`.
  // claim_mail leases a queued message to one sender until `until` unless another holds an
  // unexpired lease or it is no longer queued, and says whether it did (counting the
  // attempt); mail_sent and mail_failed end the lease with the attempt's result.
  virtual Result<MailId> insert_mail(const OutboxMail& mail) = 0;
  virtual Result<std::optional<OutboxMail>> find_mail(MailId id) = 0;
  virtual Result<std::vector<OutboxMail>> queued_mail(std::size_t limit) = 0;
  virtual Result<bool> claim_mail(MailId id, Instant now, Instant until) = 0;
  virtual Status mail_sent(MailId id, Instant sent_at) = 0;
  virtual Status mail_failed(MailId id, Instant failed_at, std::string_view error) = 0;

  // Web sessions (session_records.hpp). find_session returns the session with that token
  // hash whatever its expiry, with its user's login; delete_session says whether one was
  // there. delete_sessions_expired_before removes a user's sessions that ended before `now`.
  virtual Status insert_session(const SessionRecord& session) = 0;
  virtual Result<std::optional<SessionRecord>> find_session(std::string_view token_sha256) = 0;
  virtual Result<bool> delete_session(std::string_view token_sha256) = 0;
  virtual Status delete_sessions_expired_before(UserId user, Instant now) = 0;
  // Refused sign-ins per login: record one; the times of those at or after `since`, oldest
  // first; forget them all (after a successful sign-in).
  virtual Status record_sign_in_failure(std::string_view login, Instant at) = 0;
  virtual Result<std::vector<Instant>> sign_in_failures_since(std::string_view login,
                                                              Instant since) = 0;
  virtual Status clear_sign_in_failures(std::string_view login) = 0;

  // API tokens (api_token_records.hpp). insert_api_token assigns the id. find_api_token
  // returns the token with that secret hash, revoked or not, with its user's login.
  // list_api_tokens returns every token in id order, without hashes. revoke_api_token sets
  // revoked_at on a token not yet revoked and says whether there was one.
  virtual Result<std::int64_t> insert_api_token(const ApiTokenRecord& token) = 0;
  virtual Result<std::optional<ApiTokenRecord>> find_api_token(std::string_view token_sha256) = 0;
  virtual Result<std::vector<ApiTokenRecord>> list_api_tokens() = 0;
  virtual Result<bool> revoke_api_token(std::int64_t id, Instant at) = 0;

  // Dialer campaigns (campaign_records.hpp). insert_campaign assigns the id and stores its
  // clients; a taken name fails with kAlreadyExists. Finding by id or by name returns the
  // campaign with its clients; listing returns every campaign in id order.
  // change_campaign_state moves a campaign from `change.from` to `change.to`, sets who
  // changed it and when, and records the change, but only while the stored state is still
  // `change.from`; otherwise it changes nothing and returns false (someone changed it first).
  virtual Result<std::int64_t> insert_campaign(const CampaignRecord& campaign) = 0;
  virtual Result<std::optional<CampaignRecord>> find_campaign(std::int64_t id) = 0;
  virtual Result<std::optional<CampaignRecord>> find_campaign(std::string_view name) = 0;
  virtual Result<std::vector<CampaignRecord>> list_campaigns() = 0;
  virtual Result<bool> change_campaign_state(const CampaignStateChange& change) = 0;
  // Every state change of a campaign, oldest first.
  virtual Result<std::vector<CampaignStateChange>> campaign_state_changes(std::int64_t id) = 0;
  // Dial attempts: insert one (assigning its id); count a campaign's attempts placed at or
  // after `since`.
  virtual Result<std::int64_t> insert_campaign_attempt(const CampaignAttempt& attempt) = 0;
  virtual Result<CampaignAttemptCounts> campaign_attempt_counts(std::int64_t campaign_id,
                                                                Instant since) = 0;

  // The supervisors' floor view (floor_records.hpp), as of query.now.
  virtual Result<FloorFacts> floor_facts(const FloorQuery& query) = 0;

  // Row counts of every table, for copying and checking installations.
  virtual Result<std::vector<TableCount>> count_rows() = 0;
};

// The envelope and content of one message to send.
struct MailEnvelope {
  std::string from;                     // bare address
  std::vector<std::string> recipients;  // bare addresses
  std::string message;                  // RFC 5322, CRLF line ends
};

class Mailer {
 public:
  virtual ~Mailer() = default;
  // kUnavailable when the server cannot be reached or refuses the message.
  virtual Status send(const MailEnvelope& envelope) = 0;
  // Where mail goes, without credentials ("smtp://mail.example.si:587").
  virtual std::string describe() const = 0;
};

class PasswordHasher {
 public:
  virtual ~PasswordHasher() = default;
  // A self-describing hash string (algorithm, parameters, a fresh random salt, the digest),
  // different on every call for the same password. kInternal when memory runs out.
  virtual Result<std::string> hash(std::string_view password) const = 0;
  // Returns true iff `password` is the one `stored_hash` was made from. Comparisons take
  // the same time wherever the bytes differ; false for a malformed hash.
  virtual bool verify(std::string_view stored_hash, std::string_view password) const = 0;
  // Returns true iff `stored_hash` was made with other parameters than hash() uses now, so
  // that it should be replaced by hash(password) the next time the password is verified.
  virtual bool needs_rehash(std::string_view stored_hash) const = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  virtual Result<std::unique_ptr<StoreTransaction>> begin() = 0;
  // A human-readable location without credentials ("sqlite:/var/lib/duecall.db").
  virtual std::string describe() const = 0;
  // Grows after every committed transaction of this process that changed data. Whoever
  // keeps what it read in memory reads this first and drops its copy when it has grown.
  // Other processes' writes do not show here: such copies must also age out.
  virtual std::uint64_t write_generation() const = 0;
};

}  // namespace duecall::app
