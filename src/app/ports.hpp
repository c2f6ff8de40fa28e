// Ports are the interfaces through which use cases reach the world: the store, the clock
// and, later, telephony and mail. Use cases depend on these and nothing else; adapters
// implement them (adapters/sqlite, adapters/postgres, ...).
//
// Store: every use case runs in one StoreTransaction; it commits explicitly and rolls back
// when destroyed uncommitted. Transactions are used from one thread at a time. The store
// persists what it is given and computes nothing domain-specific: timeline hashes, balances
// and rule outcomes come from domain/.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/call_script_record.hpp"
#include "app/contact_records.hpp"
#include "core/ids.hpp"
#include "core/instant.hpp"
#include "core/result.hpp"
#include "domain/claim.hpp"
#include "domain/client.hpp"
#include "domain/collection_case.hpp"
#include "domain/debtor.hpp"
#include "domain/timeline.hpp"

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

struct TableCount {
  std::string table;
  std::int64_t rows = 0;
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

  // Call scripts. Versions of a client's script per (ladder step, language), numbered
  // from 1; the caller picks the next number. Inserting a version that is already stored
  // fails with kConflict (a concurrent save won). Finding returns the given version, or
  // the latest when `version` is none, or nullopt when there is none.
  virtual Status insert_call_script(const CallScriptRecord& script) = 0;
  virtual Result<std::optional<CallScriptRecord>> find_call_script(ClientId client,
                                                                   std::string_view step,
                                                                   std::string_view language,
                                                                   std::optional<int> version) = 0;

  // Row counts of every table, for copying and checking installations.
  virtual Result<std::vector<TableCount>> count_rows() = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  virtual Result<std::unique_ptr<StoreTransaction>> begin() = 0;
  // A human-readable location without credentials ("sqlite:/var/lib/duecall.db").
  virtual std::string describe() const = 0;
};

}  // namespace duecall::app
