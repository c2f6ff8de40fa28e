#include "adapters/sql/sql_store.hpp"

#include <cstring>
#include <functional>
#include <map>
#include <unordered_map>

#include "adapters/sql/copy_database.hpp"
#include "adapters/sql/sql_agreements.hpp"
#include "adapters/sql/sql_api_tokens.hpp"
#include "adapters/sql/sql_campaigns.hpp"
#include "adapters/sql/sql_call_scripts.hpp"
#include "adapters/sql/sql_contact_records.hpp"
#include "adapters/sql/sql_floor.hpp"
#include "adapters/sql/sql_kpis.hpp"
#include "adapters/sql/sql_mail_outbox.hpp"
#include "adapters/sql/sql_payments.hpp"
#include "adapters/sql/sql_driver.hpp"
#include "adapters/sql/sql_rows.hpp"
#include "adapters/sql/sql_sessions.hpp"
#include "adapters/sql/sql_strategy_records.hpp"
#include "adapters/sql/sql_users.hpp"
#include "core/check.hpp"

namespace duecall::adapters {

using domain::Case;
using domain::Claim;
using domain::Client;
using domain::Debtor;
using domain::TimelineEvent;

class SqlStoreTransaction final : public app::StoreTransaction {
 public:
  SqlStoreTransaction(ConnectionPool::Lease lease, std::atomic<std::uint64_t>& write_generation)
      : lease_(std::move(lease)),
        dialect_(lease_->dialect()),
        write_generation_(write_generation),
        changes_at_begin_(lease_->change_count()) {}
  // The lease returns the connection to the pool after this; a connection left inside a
  // transaction (a rollback that failed) is not reusable() and the pool closes it.
  ~SqlStoreTransaction() override {
    if (!finished_) (void)db().rollback();
  }

  Status commit() override {
    DC_VERIFY(!finished_, "a transaction commits once");
    finished_ = true;
    auto committed = db().commit();
    if (!committed.ok()) {
      // SQLite keeps the transaction open after a failed COMMIT (PostgreSQL ends it); end
      // it, so that the connection can serve the next transaction.
      if (!db().reusable()) (void)db().rollback();
      return committed;
    }
    // After the commit, not before: a reader that sees the old generation may have read
    // the new rows (and drops them needlessly), but one that sees the new generation
    // cannot have read the old rows.
    if (db().change_count() != changes_at_begin_) {
      write_generation_.fetch_add(1, std::memory_order_acq_rel);
    }
    // Hand the connection back now rather than when the caller lets go of this object, so
    // that a waiting thread can use it at once. Nothing may run on a committed transaction.
    lease_.give_back();
    return Ok{};
  }

  Status lock_client_for_intake(ClientId client) override {
    // SQLite's BEGIN IMMEDIATE already serialises all writers; PostgreSQL needs a lock so
    // that two processes importing for one client never race on the same debtor or case.
    if (!postgres()) return Ok{};
    auto statement = TRY(prepare("SELECT pg_advisory_xact_lock(7001, CAST(? AS INTEGER))"));
    statement.bind(1, client.value);
    return statement.run();
  }

  Result<ClientId> insert_client(const Client& client) override {
    auto statement = TRY(prepare(
        "INSERT INTO clients (code, name, country, currency, time_zone, policy, created_at_us) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    statement.bind(1, client.code)
        .bind(2, client.name)
        .bind(3, client.country)
        .bind(4, client.currency.code())
        .bind(5, client.time_zone)
        .bind(6, client.policy.to_json().dump())
        .bind(7, to_unix_micros(client.created_at));
    auto id = statement.run_returning_id();
    if (!id.ok()) {
      if (id.error().code == ErrorCode::kConflict) {
        return Error::already_exists("client " + client.code + " already exists");
      }
      return std::move(id).error();
    }
    return ClientId(*id);
  }

  Result<std::optional<Client>> find_client(std::string_view code) override {
    static const std::string kSql =
        std::string("SELECT ") + kClientColumns + " FROM clients WHERE code = ?";
    auto statement = TRY(prepare(kSql.c_str()));
    statement.bind(1, code);
    if (!TRY(statement.step())) return std::optional<Client>();
    return std::optional<Client>(TRY(read_client(statement)));
  }

  Result<std::optional<Client>> find_client(ClientId id) override {
    static const std::string kSql =
        std::string("SELECT ") + kClientColumns + " FROM clients WHERE id = ?";
    auto statement = TRY(prepare(kSql.c_str()));
    statement.bind(1, id.value);
    if (!TRY(statement.step())) return std::optional<Client>();
    return std::optional<Client>(TRY(read_client(statement)));
  }

  Result<std::vector<Client>> list_clients() override {
    static const std::string kSql =
        std::string("SELECT ") + kClientColumns + " FROM clients ORDER BY code";
    auto statement = TRY(prepare(kSql.c_str()));
    std::vector<Client> clients;
    while (TRY(statement.step())) clients.push_back(TRY(read_client(statement)));
    return clients;
  }

  Result<std::optional<Debtor>> find_debtor(ClientId client, std::string_view ref) override {
    static const std::string kSql =
        std::string("SELECT ") + kDebtorColumns + " FROM debtors WHERE client_id = ? AND ref = ?";
    auto statement = TRY(prepare(kSql.c_str()));
    statement.bind(1, client.value).bind(2, ref);
    if (!TRY(statement.step())) return std::optional<Debtor>();
    Debtor debtor = read_debtor(statement);
    TRY(load_contact_points(debtor));
    return std::optional<Debtor>(std::move(debtor));
  }

  Result<std::optional<Debtor>> find_debtor(DebtorId id) override {
    static const std::string kSql =
        std::string("SELECT ") + kDebtorColumns + " FROM debtors WHERE id = ?";
    auto statement = TRY(prepare(kSql.c_str()));
    statement.bind(1, id.value);
    if (!TRY(statement.step())) return std::optional<Debtor>();
    Debtor debtor = read_debtor(statement);
    TRY(load_contact_points(debtor));
    return std::optional<Debtor>(std::move(debtor));
  }

  Status update_debtor(const Debtor& debtor, Instant now) override {
    auto statement = TRY(prepare(
        "UPDATE debtors SET ref = ?, kind = ?, name = ?, national_id = ?, address = ?, "
        "postal_code = ?, city = ?, country = ?, language = ?, time_zone = ?, updated_at_us = ? "
        "WHERE id = ?"));
    bind_debtor_details(statement, debtor, 1);
    statement.bind(11, to_unix_micros(now)).bind(12, debtor.id.value);
    TRY(statement.run());
    auto remove = TRY(prepare("DELETE FROM contact_points WHERE debtor_id = ?"));
    remove.bind(1, debtor.id.value);
    TRY(remove.run());
    return write_contact_points(debtor.id, debtor);
  }

  Result<std::optional<Case>> find_case_of_debtor(DebtorId debtor) override {
    static const std::string kSql =
        std::string("SELECT ") + kCaseColumns + " FROM cases WHERE debtor_id = ?";
    auto statement = TRY(prepare(kSql.c_str()));
    statement.bind(1, debtor.value);
    if (!TRY(statement.step())) return std::optional<Case>();
    return std::optional<Case>(TRY(read_case(statement)));
  }

  Result<std::optional<Case>> find_case(CaseId id) override {
    static const std::string kSql =
        std::string("SELECT ") + kCaseColumns + " FROM cases WHERE id = ?";
    auto statement = TRY(prepare(kSql.c_str()));
    statement.bind(1, id.value);
    if (!TRY(statement.step())) return std::optional<Case>();
    return std::optional<Case>(TRY(read_case(statement)));
  }

  Result<std::optional<Claim>> find_claim(ClientId client, std::string_view client_ref) override {
    static const std::string kSql = std::string("SELECT ") + kClaimColumns +
                                    " FROM claims WHERE client_id = ? AND client_ref = ?";
    auto statement = TRY(prepare(kSql.c_str()));
    statement.bind(1, client.value).bind(2, client_ref);
    if (!TRY(statement.step())) return std::optional<Claim>();
    return std::optional<Claim>(TRY(read_claim(statement)));
  }

  Status update_claim(const Claim& claim, Instant now) override {
    auto statement = TRY(prepare(
        "UPDATE claims SET client_ref = ?, claim_type = ?, currency = ?, principal_minor = ?, "
        "interest_minor = ?, fees_minor = ?, due_date = ?, reminder_sent_on = ?, status = ?, "
        "updated_at_us = ? WHERE id = ?"));
    bind_claim_terms(statement, claim, 1);
    statement.bind(10, to_unix_micros(now)).bind(11, claim.id.value);
    return statement.run();
  }

  Result<std::vector<Claim>> claims_of_case(CaseId id) override {
    static const std::string kSql = std::string("SELECT ") + kClaimColumns +
                                    " FROM claims WHERE case_id = ? ORDER BY due_date, id";
    auto statement = TRY(prepare(kSql.c_str()));
    statement.bind(1, id.value);
    std::vector<Claim> claims;
    while (TRY(statement.step())) claims.push_back(TRY(read_claim(statement)));
    return claims;
  }

  Result<std::vector<Case>> list_cases(ClientId client, std::int64_t limit) override {
    static const std::string kSql = std::string("SELECT ") + kCaseColumns +
                                    " FROM cases WHERE client_id = ? ORDER BY id LIMIT ?";
    auto statement = TRY(prepare(kSql.c_str()));
    statement.bind(1, client.value).bind(2, limit);
    std::vector<Case> cases;
    while (TRY(statement.step())) cases.push_back(TRY(read_case(statement)));
    return cases;
  }

  Result<app::CasePage> search_cases(ClientId client, std::string_view text, std::int64_t limit,
                                     std::int64_t offset) override {
    // LIKE's own wildcards in the text are escaped, so that they match only themselves.
    std::string pattern = "%";
    for (char c : text) {
      if (c == '%' || c == '_' || c == '\\') pattern += '\\';
      pattern += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    pattern += '%';
    static const std::string kMatching =
        " FROM cases WHERE client_id = ? AND (debtor_id IN (SELECT id FROM debtors WHERE "
        "client_id = ? AND (lower(name) LIKE ? ESCAPE '\\' OR lower(ref) LIKE ? ESCAPE '\\')) "
        "OR id IN (SELECT case_id FROM claims WHERE client_id = ? AND lower(client_ref) LIKE ? "
        "ESCAPE '\\'))";
    auto bind_matching = [&](StatementScope& statement) {
      statement.bind(1, client.value).bind(2, client.value).bind(3, pattern).bind(4, pattern)
          .bind(5, client.value).bind(6, pattern);
    };
    app::CasePage page;
    {
      static const std::string kCount = "SELECT count(*)" + kMatching;
      auto count = TRY(prepare(kCount.c_str()));
      bind_matching(count);
      if (TRY(count.step())) page.total = count.column_int(0);
    }
    static const std::string kPage =
        std::string("SELECT ") + kCaseColumns + kMatching + " ORDER BY id LIMIT ? OFFSET ?";
    auto statement = TRY(prepare(kPage.c_str()));
    bind_matching(statement);
    statement.bind(7, limit).bind(8, offset);
    while (TRY(statement.step())) page.cases.push_back(TRY(read_case(statement)));
    return page;
  }

  Result<domain::ChainHead> timeline_head(CaseId id) override {
    auto statement = TRY(prepare(
        "SELECT seq, hash FROM timeline_events WHERE case_id = ? ORDER BY seq DESC LIMIT 1"));
    statement.bind(1, id.value);
    if (!TRY(statement.step())) return domain::ChainHead{};
    return domain::ChainHead{statement.column_int(0), TRY(read_digest(statement, 1))};
  }

  Result<EventId> append_event(const TimelineEvent& event) override {
    auto statement = TRY(
        prepare("INSERT INTO timeline_events (case_id, seq, kind, occurred_at_us, actor, payload, "
                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    statement.bind(1, event.case_id.value)
        .bind(2, event.seq)
        .bind(3, event.kind)
        .bind(4, to_unix_micros(event.occurred_at))
        .bind(5, event.actor)
        .bind(6, event.payload)
        .bind_blob(7, digest_bytes(event.prev_hash))
        .bind_blob(8, digest_bytes(event.hash));
    return EventId(TRY(statement.run_returning_id()));
  }

  Result<std::vector<TimelineEvent>> timeline(CaseId id) override {
    static const std::string kSql = std::string("SELECT ") + kEventColumns +
                                    " FROM timeline_events WHERE case_id = ? ORDER BY seq";
    auto statement = TRY(prepare(kSql.c_str()));
    statement.bind(1, id.value);
    std::vector<TimelineEvent> events;
    while (TRY(statement.step())) events.push_back(TRY(read_event(statement)));
    return events;
  }

  Status scan_timeline(const std::function<Status(const TimelineEvent&)>& visit) override {
    static const std::string kSql =
        std::string("SELECT ") + kEventColumns + " FROM timeline_events ORDER BY case_id, seq";
    auto statement = TRY(prepare(kSql.c_str()));
    while (TRY(statement.step())) TRY(visit(TRY(read_event(statement))));
    return Ok{};
  }

  Result<ImportId> record_import(const app::ImportRecord& record) override {
    auto statement = TRY(prepare(
        "INSERT INTO imports (client_id, file_name, file_sha256, rows_read, imported, updated, "
        "unchanged, rejected, cases_created, started_at_us, finished_at_us) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    statement.bind(1, record.client_id.value)
        .bind(2, record.file_name)
        .bind(3, record.file_sha256)
        .bind(4, record.counts.rows)
        .bind(5, record.counts.imported)
        .bind(6, record.counts.updated)
        .bind(7, record.counts.unchanged)
        .bind(8, record.counts.rejected)
        .bind(9, record.counts.cases_created)
        .bind(10, to_unix_micros(record.started_at))
        .bind(11, to_unix_micros(record.finished_at));
    return ImportId(TRY(statement.run_returning_id()));
  }

  // Holds, the do-not-call list and contacts live in sql_contact_records.cpp.
  Result<HoldId> insert_hold(const app::HoldRecord& hold) override {
    return sql_records::insert_hold(db(), hold);
  }
  Status lift_hold(HoldId id, Instant lifted_at) override {
    return sql_records::lift_hold(db(), id, lifted_at);
  }
  Result<std::vector<app::HoldRecord>> holds_of_case(CaseId id) override {
    return sql_records::holds_of_case(db(), id);
  }
  Status insert_do_not_call(const app::DoNotCallEntry& entry) override {
    return sql_records::insert_do_not_call(db(), entry);
  }
  Result<bool> delete_do_not_call(std::string_view number) override {
    return sql_records::delete_do_not_call(db(), number);
  }
  Result<std::optional<app::DoNotCallEntry>> find_do_not_call(std::string_view number) override {
    return sql_records::find_do_not_call(db(), number);
  }
  Result<std::vector<app::DoNotCallEntry>> list_do_not_call() override {
    return sql_records::list_do_not_call(db());
  }
  Result<std::vector<CaseId>> cases_with_phone(std::string_view e164) override {
    return sql_records::cases_with_phone(db(), e164);
  }
  Result<ContactId> insert_contact(const app::ContactRecord& contact) override {
    return sql_records::insert_contact(db(), contact);
  }
  Result<std::vector<app::ContactRecord>> contacts_of_case(CaseId id, Instant since) override {
    return sql_records::contacts_of_case(db(), id, since);
  }

  // Payments and to-do items live in sql_payments.cpp.
  Result<std::optional<PaymentId>> insert_payment(const app::PaymentRecord& payment) override {
    return sql_records::insert_payment(db(), payment);
  }
  Result<std::optional<app::PaymentRecord>> find_payment(std::string_view entry_reference) override {
    return sql_records::find_payment(db(), entry_reference);
  }
  Status insert_payment_allocations(
      const std::vector<app::PaymentAllocationRecord>& allocations) override {
    return sql_records::insert_payment_allocations(db(), allocations);
  }
  Result<std::vector<app::PaymentAllocationRecord>> allocations_to_claims(
      const std::vector<ClaimId>& claims) override {
    return sql_records::allocations_to_claims(db(), claims);
  }
  Result<std::vector<app::PaymentRecord>> payments_of_case(CaseId id) override {
    return sql_records::payments_of_case(db(), id);
  }
  Result<std::vector<app::PaymentAllocationRecord>> allocations_of_case(CaseId id) override {
    return sql_records::allocations_of_case(db(), id);
  }
  Result<TodoId> insert_todo_item(const app::TodoItemRecord& item) override {
    return sql_records::insert_todo_item(db(), item);
  }
  Result<std::vector<app::TodoItemRecord>> open_todo_items(std::string_view kind) override {
    return sql_records::open_todo_items(db(), kind);
  }
  Result<std::vector<app::ListedTodoItem>> list_todo_items(const app::TodoQuery& query) override {
    return sql_records::list_todo_items(db(), query);
  }
  Result<std::optional<app::ListedTodoItem>> find_todo_item(TodoId id) override {
    return sql_records::find_todo_item(db(), id);
  }
  Result<bool> mark_todo_done(TodoId id, Instant at, std::string_view outcome) override {
    return sql_records::mark_todo_done(db(), id, at, outcome);
  }
  Result<std::int64_t> close_todo_items(std::string_view kind, CaseId case_id,
                                        std::string_view claim_ref, Instant at,
                                        std::string_view outcome) override {
    return sql_records::close_todo_items(db(), kind, case_id, claim_ref, at, outcome);
  }
  Result<std::vector<app::PaymentRecord>> posted_payments_of_cases(
      const std::vector<CaseId>& cases) override {
    return sql_records::posted_payments_of_cases(db(), cases);
  }

  Status insert_strategy(const app::StoredStrategy& strategy) override {
    return sql_strategy::insert_strategy(db(), strategy);
  }
  Result<std::optional<app::StoredStrategy>> find_strategy(ClientId client,
                                                           std::optional<int> version) override {
    return sql_strategy::find_strategy(db(), client, version);
  }
  Result<std::vector<app::CaseForRun>> open_cases_for_run(std::optional<ClientId> client,
                                                          CaseId after, std::size_t limit,
                                                          Instant contacts_since) override {
    return sql_strategy::open_cases_for_run(db(), client, after, limit, contacts_since);
  }
  Result<std::vector<std::string>> numbers_on_do_not_call(
      const std::vector<std::string>& numbers) override {
    return sql_strategy::numbers_on_do_not_call(db(), numbers);
  }
  Status save_ladders(const std::vector<app::LadderRecord>& ladders) override {
    return sql_strategy::save_ladders(db(), ladders);
  }
  Status save_due_actions(const std::vector<app::DueAction>& actions) override {
    return sql_strategy::save_due_actions(db(), actions);
  }
  Status delete_due_actions(const std::vector<CaseId>& cases) override {
    return sql_strategy::delete_due_actions(db(), cases);
  }
  Status set_case_stages(const std::vector<app::CaseStage>& stages) override {
    return sql_strategy::set_case_stages(db(), stages);
  }
  Result<std::optional<app::LadderRecord>> find_ladder(CaseId id) override {
    return sql_strategy::find_ladder(db(), id);
  }
  Result<std::optional<app::DueAction>> find_due_action(CaseId id) override {
    return sql_strategy::find_due_action(db(), id);
  }
  Result<std::int64_t> record_strategy_run(const app::StrategyRunRecord& run) override {
    return sql_strategy::record_strategy_run(db(), run);
  }
  Result<std::vector<app::DueAction>> queue_candidates(std::optional<ClientId> client,
                                                       Instant now, std::size_t limit) override {
    return sql_strategy::queue_candidates(db(), client, now, limit);
  }
  Result<bool> lease_due_action(CaseId id, std::string_view owner, Instant until,
                                Instant now) override {
    return sql_strategy::lease_due_action(db(), id, owner, until, now);
  }
  Result<bool> release_due_action(CaseId id, std::string_view owner) override {
    return sql_strategy::release_due_action(db(), id, owner);
  }
  Result<app::QueueCounts> queue_counts(std::optional<ClientId> client, Instant now) override {
    return sql_strategy::queue_counts(db(), client, now);
  }

  // Call scripts live in sql_call_scripts.cpp.
  Status insert_call_script(const app::CallScriptRecord& script) override {
    return sql_records::insert_call_script(db(), script);
  }
  Result<std::optional<app::CallScriptRecord>> find_call_script(
      ClientId client, std::string_view step, std::string_view language,
      std::optional<int> version) override {
    return sql_records::find_call_script(db(), client, step, language, version);
  }
  Result<std::vector<app::CallScriptRecord>> latest_call_scripts(ClientId client) override {
    return sql_records::latest_call_scripts(db(), client);
  }


  Result<std::vector<Claim>> find_claims(ClientId client,
                                         const std::vector<std::string>& refs) override {
    std::vector<Claim> found;
    if (!postgres()) {
      // SQLite answers point lookups in-process; a loop is its fastest form.
      for (const auto& ref : refs) {
        if (auto claim = TRY(find_claim(client, ref))) found.push_back(std::move(*claim));
      }
      return found;
    }
    static const std::string kSql = std::string("SELECT ") + kClaimColumns +
                                    " FROM claims WHERE client_id = ? AND client_ref = "
                                    "ANY(CAST(? AS TEXT[]))";
    auto statement = TRY(prepare(kSql.c_str()));
    statement.bind(1, client.value).bind(2, postgres_array(refs));
    while (TRY(statement.step())) found.push_back(TRY(read_claim(statement)));
    return found;
  }

  Result<std::vector<app::KnownDebtor>> find_debtors(
      ClientId client, const std::vector<std::string>& refs) override {
    std::vector<app::KnownDebtor> found;
    if (!postgres()) {
      for (const auto& ref : refs) {
        auto debtor = TRY(find_debtor(client, ref));
        if (!debtor) continue;
        auto found_case = TRY(find_case_of_debtor(debtor->id));
        found.push_back({std::move(*debtor), found_case ? found_case->id : CaseId()});
      }
      return found;
    }
    static const std::string kSql =
        "SELECT d.id, d.client_id, d.ref, d.kind, d.name, d.national_id, d.address, "
        "d.postal_code, d.city, d.country, d.language, d.time_zone, c.id FROM debtors d LEFT "
        "JOIN cases c ON c.debtor_id = d.id WHERE d.client_id = ? AND d.ref = "
        "ANY(CAST(? AS TEXT[]))";
    std::unordered_map<std::int64_t, std::size_t> index_of;
    {
      auto statement = TRY(prepare(kSql.c_str()));
      statement.bind(1, client.value).bind(2, postgres_array(refs));
      while (TRY(statement.step())) {
        index_of[statement.column_int(0)] = found.size();
        found.push_back({read_debtor(statement), CaseId(statement.column_int(12))});
      }
    }
    if (found.empty()) return found;
    std::vector<std::string> ids;
    for (const auto& known : found) ids.push_back(std::to_string(known.debtor.id.value));
    auto points = TRY(prepare(
        "SELECT debtor_id, channel, value, raw, phone_type, valid FROM contact_points WHERE "
        "debtor_id = ANY(CAST(? AS BIGINT[])) ORDER BY debtor_id, channel, position"));
    points.bind(1, postgres_array(ids));
    while (TRY(points.step())) {
      add_contact_point(found[index_of.at(points.column_int(0))].debtor, points, 1);
    }
    return found;
  }

  Result<std::vector<std::pair<CaseId, domain::ChainHead>>> timeline_heads(
      const std::vector<CaseId>& cases) override {
    std::vector<std::pair<CaseId, domain::ChainHead>> heads;
    if (!postgres()) {
      for (CaseId id : cases) heads.emplace_back(id, TRY(timeline_head(id)));
      return heads;
    }
    std::vector<std::string> ids;
    for (CaseId id : cases) ids.push_back(std::to_string(id.value));
    auto statement = TRY(prepare(
        "SELECT DISTINCT ON (case_id) case_id, seq, hash FROM timeline_events WHERE case_id = "
        "ANY(CAST(? AS BIGINT[])) ORDER BY case_id, seq DESC"));
    statement.bind(1, postgres_array(ids));
    std::unordered_map<std::int64_t, domain::ChainHead> found;
    while (TRY(statement.step())) {
      found[statement.column_int(0)] = {statement.column_int(1), TRY(read_digest(statement, 2))};
    }
    // A case without events has the empty head.
    for (CaseId id : cases) heads.emplace_back(id, found[id.value]);
    return heads;
  }

  Status insert_debtors(const std::vector<Debtor*>& debtors, Instant now) override {
    if (debtors.empty()) return Ok{};
    auto ids = TRY(db().reserve_ids("debtors", debtors.size()));
    auto rows = TRY(db().bulk_insert(
        "debtors",
        "id, client_id, ref, kind, name, national_id, address, postal_code, city, country, "
        "language, time_zone, created_at_us, updated_at_us"));
    for (std::size_t i = 0; i < debtors.size(); ++i) {
      Debtor& debtor = *debtors[i];
      debtor.id = DebtorId(ids[i]);
      rows->add(debtor.id.value);
      rows->add(debtor.client_id.value);
      rows->add(debtor.ref);
      rows->add(domain::debtor_kind_name(debtor.kind));
      for (const std::string* text :
           {&debtor.name, &debtor.national_id, &debtor.address, &debtor.postal_code, &debtor.city,
            &debtor.country, &debtor.language, &debtor.time_zone}) {
        rows->add(*text);
      }
      rows->add(to_unix_micros(now));
      rows->add(to_unix_micros(now));
      TRY(rows->end_row());
    }
    TRY(rows->finish());
    auto points = TRY(db().bulk_insert(
        "contact_points", "debtor_id, channel, position, value, raw, phone_type, valid"));
    for (const Debtor* debtor : debtors) {
      std::int64_t position = 0;
      for (const auto& phone : debtor->phones) {
        points->add(debtor->id.value);
        points->add(std::string_view("phone"));
        points->add(++position);
        points->add(phone.valid() ? phone.e164 : phone.raw);
        points->add(phone.raw);
        points->add(phone_type_name(phone.type));
        points->add(std::int64_t{phone.valid()});
        TRY(points->end_row());
      }
      position = 0;
      for (const auto& email : debtor->emails) {
        points->add(debtor->id.value);
        points->add(std::string_view("email"));
        points->add(++position);
        points->add(email);
        points->add(email);
        points->add(std::string_view(""));
        points->add(std::int64_t{1});
        TRY(points->end_row());
      }
    }
    return points->finish();
  }

  Status insert_cases(const std::vector<Case*>& cases) override {
    if (cases.empty()) return Ok{};
    auto ids = TRY(db().reserve_ids("cases", cases.size()));
    auto rows =
        TRY(db().bulk_insert("cases", "id, client_id, debtor_id, status, stage, opened_at_us"));
    for (std::size_t i = 0; i < cases.size(); ++i) {
      Case& collection_case = *cases[i];
      collection_case.id = CaseId(ids[i]);
      rows->add(collection_case.id.value);
      rows->add(collection_case.client_id.value);
      rows->add(collection_case.debtor_id.value);
      rows->add(domain::case_status_name(collection_case.status));
      rows->add(collection_case.stage);
      rows->add(to_unix_micros(collection_case.opened_at));
      TRY(rows->end_row());
    }
    return rows->finish();
  }

  Status insert_claims(const std::vector<Claim*>& claims, Instant now) override {
    if (claims.empty()) return Ok{};
    auto ids = TRY(db().reserve_ids("claims", claims.size()));
    auto rows = TRY(db().bulk_insert(
        "claims",
        "id, client_id, case_id, debtor_id, client_ref, claim_type, currency, principal_minor, "
        "interest_minor, fees_minor, due_date, reminder_sent_on, status, placed_at_us, "
        "updated_at_us"));
    for (std::size_t i = 0; i < claims.size(); ++i) {
      Claim& claim = *claims[i];
      claim.id = ClaimId(ids[i]);
      rows->add(claim.id.value);
      rows->add(claim.client_id.value);
      rows->add(claim.case_id.value);
      rows->add(claim.debtor_id.value);
      rows->add(claim.client_ref);
      rows->add(claim.claim_type);
      rows->add(claim.currency().code());
      rows->add(claim.balance.principal.minor());
      rows->add(claim.balance.interest.minor());
      rows->add(claim.balance.fees.minor());
      rows->add(claim.due_date.to_string());
      if (claim.reminder_sent_on) {
        rows->add(claim.reminder_sent_on->to_string());
      } else {
        rows->add_null();
      }
      rows->add(domain::claim_status_name(claim.status));
      rows->add(to_unix_micros(now));
      rows->add(to_unix_micros(now));
      TRY(rows->end_row());
    }
    return rows->finish();
  }

  Status append_events(const std::vector<TimelineEvent>& events) override {
    if (events.empty()) return Ok{};
    auto ids = TRY(db().reserve_ids("timeline_events", events.size()));
    auto rows = TRY(db().bulk_insert(
        "timeline_events",
        "id, case_id, seq, kind, occurred_at_us, actor, payload, prev_hash, hash"));
    for (std::size_t i = 0; i < events.size(); ++i) {
      const TimelineEvent& event = events[i];
      rows->add(ids[i]);
      rows->add(event.case_id.value);
      rows->add(event.seq);
      rows->add(event.kind);
      rows->add(to_unix_micros(event.occurred_at));
      rows->add(event.actor);
      rows->add(event.payload);
      rows->add_blob(digest_bytes(event.prev_hash));
      rows->add_blob(digest_bytes(event.hash));
      TRY(rows->end_row());
    }
    return rows->finish();
  }

  // Users and shifts live in sql_users.cpp.
  // Agreements live in sql_agreements.cpp.
  Result<AgreementId> insert_agreement(const app::AgreementRecord& agreement) override {
    return sql_agreements::insert_agreement(db(), agreement);
  }
  Result<std::optional<app::AgreementRecord>> find_agreement(AgreementId id) override {
    return sql_agreements::find_agreement(db(), id);
  }
  Status update_agreement(const app::AgreementRecord& agreement,
                          domain::AgreementState expected) override {
    return sql_agreements::update_agreement(db(), agreement, expected);
  }
  Result<std::vector<app::AgreementRecord>> agreements_of_cases(
      const std::vector<CaseId>& cases) override {
    return sql_agreements::agreements_of_cases(db(), cases);
  }
  Result<std::vector<app::AgreementRecord>> agreements_in_state(
      domain::AgreementState state) override {
    return sql_agreements::agreements_in_state(db(), state);
  }
  Result<std::vector<app::AgreementRecord>> agreements_of_client(ClientId client) override {
    return sql_agreements::agreements_of_client(db(), client);
  }

  Result<UserId> insert_user(const domain::User& user, std::string_view password_hash) override {
    return sql_users::insert_user(db(), user, password_hash);
  }
  Result<std::optional<domain::User>> find_user(std::string_view login) override {
    return sql_users::find_user(db(), login);
  }
  Result<std::vector<domain::User>> list_users() override { return sql_users::list_users(db()); }
  Result<std::string> password_hash_of(UserId id) override {
    return sql_users::password_hash_of(db(), id);
  }
  Status set_password_hash(UserId id, std::string_view password_hash, Instant now) override {
    return sql_users::set_password_hash(db(), id, password_hash, now);
  }
  Status disable_user(UserId id, Instant disabled_at) override {
    return sql_users::disable_user(db(), id, disabled_at);
  }
  Status set_user_shift(UserId id, std::string_view shift) override {
    return sql_users::set_user_shift(db(), id, shift);
  }
  Status set_user_team(UserId id, std::string_view team) override {
    return sql_users::set_user_team(db(), id, team);
  }
  Result<std::optional<domain::ShiftPlan>> find_shift_plan() override {
    return sql_users::find_shift_plan(db());
  }
  Status replace_shift_plan(const domain::ShiftPlan& plan) override {
    return sql_users::replace_shift_plan(db(), plan);
  }

  // KPI facts and targets live in sql_kpis.cpp.
  Result<domain::KpiFacts> kpi_facts(const app::KpiQuery& query) override {
    return sql_kpis::kpi_facts(db(), query);
  }
  Status set_kpi_target(const app::KpiTargetRecord& target) override {
    return sql_kpis::set_kpi_target(db(), target);
  }
  Result<std::vector<app::KpiTargetRecord>> list_kpi_targets() override {
    return sql_kpis::list_kpi_targets(db());
  }
  Status update_client_policy(ClientId client, const domain::Policy& policy) override {
    auto statement = TRY(prepare("UPDATE clients SET policy = ? WHERE id = ? RETURNING id"));
    statement.bind(1, policy.to_json().dump()).bind(2, client.value);
    if (!TRY(statement.step())) return Error::not_found("no client with this id");
    TRY(statement.step());
    return Ok{};
  }

  Result<MailId> insert_mail(const app::OutboxMail& mail) override {
    return sql_mail::insert_mail(db(), mail);
  }
  Result<std::optional<app::OutboxMail>> find_mail(MailId id) override {
    return sql_mail::find_mail(db(), id);
  }
  Result<std::vector<app::OutboxMail>> queued_mail(std::size_t limit) override {
    return sql_mail::queued_mail(db(), limit);
  }
  Result<bool> claim_mail(MailId id, Instant now, Instant until) override {
    return sql_mail::claim_mail(db(), id, now, until);
  }
  Status mail_sent(MailId id, Instant sent_at) override {
    return sql_mail::mail_sent(db(), id, sent_at);
  }
  Status mail_failed(MailId id, Instant failed_at, std::string_view error) override {
    return sql_mail::mail_failed(db(), id, failed_at, error);
  }

  Result<app::FloorFacts> floor_facts(const app::FloorQuery& query) override {
    return sql_floor::floor_facts(db(), query);
  }
  // Campaigns live in sql_campaigns.cpp.
  Result<std::int64_t> insert_campaign(const app::CampaignRecord& campaign) override {
    return sql_campaigns::insert_campaign(db(), campaign);
  }
  Result<std::optional<app::CampaignRecord>> find_campaign(std::int64_t id) override {
    return sql_campaigns::find_campaign(db(), id);
  }
  Result<std::optional<app::CampaignRecord>> find_campaign(std::string_view name) override {
    return sql_campaigns::find_campaign(db(), name);
  }
  Result<std::vector<app::CampaignRecord>> list_campaigns() override {
    return sql_campaigns::list_campaigns(db());
  }
  Result<bool> change_campaign_state(const app::CampaignStateChange& change) override {
    return sql_campaigns::change_campaign_state(db(), change);
  }
  Result<std::vector<app::CampaignStateChange>> campaign_state_changes(std::int64_t id) override {
    return sql_campaigns::campaign_state_changes(db(), id);
  }
  Result<std::int64_t> insert_campaign_attempt(const app::CampaignAttempt& attempt) override {
    return sql_campaigns::insert_campaign_attempt(db(), attempt);
  }
  Result<app::CampaignAttemptCounts> campaign_attempt_counts(std::int64_t campaign_id,
                                                             Instant since) override {
    return sql_campaigns::campaign_attempt_counts(db(), campaign_id, since);
  }

  // API tokens live in sql_api_tokens.cpp.
  Result<std::int64_t> insert_api_token(const app::ApiTokenRecord& token) override {
    return sql_api_tokens::insert_api_token(db(), token);
  }
  Result<std::optional<app::ApiTokenRecord>> find_api_token(std::string_view token_sha256) override {
    return sql_api_tokens::find_api_token(db(), token_sha256);
  }
  Result<std::vector<app::ApiTokenRecord>> list_api_tokens() override {
    return sql_api_tokens::list_api_tokens(db());
  }
  Result<bool> revoke_api_token(std::int64_t id, Instant at) override {
    return sql_api_tokens::revoke_api_token(db(), id, at);
  }
  // Sessions and refused sign-ins live in sql_sessions.cpp.
  Status insert_session(const app::SessionRecord& session) override {
    return sql_sessions::insert_session(db(), session);
  }
  Result<std::optional<app::SessionRecord>> find_session(std::string_view token_sha256) override {
    return sql_sessions::find_session(db(), token_sha256);
  }
  Result<bool> delete_session(std::string_view token_sha256) override {
    return sql_sessions::delete_session(db(), token_sha256);
  }
  Status delete_sessions_expired_before(UserId user, Instant now) override {
    return sql_sessions::delete_sessions_expired_before(db(), user, now);
  }
  Status record_sign_in_failure(std::string_view login, Instant at) override {
    return sql_sessions::record_sign_in_failure(db(), login, at);
  }
  Result<std::vector<Instant>> sign_in_failures_since(std::string_view login,
                                                      Instant since) override {
    return sql_sessions::sign_in_failures_since(db(), login, since);
  }
  Status clear_sign_in_failures(std::string_view login) override {
    return sql_sessions::clear_sign_in_failures(db(), login);
  }

  Result<std::vector<app::TableCount>> count_rows() override {
    // The tables a copy moves are every table of the schema (a test keeps them equal).
    static const std::vector<std::string> kCountSql = [] {
      std::vector<std::string> sql;
      for (const auto& layout : copied_tables()) {
        sql.push_back(std::string("SELECT count(*) FROM ") + layout.table);
      }
      return sql;
    }();
    std::vector<app::TableCount> counts;
    for (std::size_t i = 0; i < kCountSql.size(); ++i) {
      auto statement = TRY(prepare(kCountSql[i].c_str()));
      TRY(statement.step());
      counts.push_back({copied_tables()[i].table, statement.column_int(0)});
    }
    return counts;
  }

 private:
  static void bind_debtor_details(StatementScope& statement, const Debtor& debtor, int first) {
    statement.bind(first, debtor.ref)
        .bind(first + 1, domain::debtor_kind_name(debtor.kind))
        .bind(first + 2, debtor.name)
        .bind(first + 3, debtor.national_id)
        .bind(first + 4, debtor.address)
        .bind(first + 5, debtor.postal_code)
        .bind(first + 6, debtor.city)
        .bind(first + 7, debtor.country)
        .bind(first + 8, debtor.language)
        .bind(first + 9, debtor.time_zone);
  }

  static void bind_claim_terms(StatementScope& statement, const Claim& claim, int first) {
    statement.bind(first, claim.client_ref)
        .bind(first + 1, claim.claim_type)
        .bind(first + 2, claim.currency().code())
        .bind(first + 3, claim.balance.principal.minor())
        .bind(first + 4, claim.balance.interest.minor())
        .bind(first + 5, claim.balance.fees.minor())
        .bind(first + 6, claim.due_date.to_string());
    if (claim.reminder_sent_on) {
      statement.bind(first + 7, claim.reminder_sent_on->to_string());
    } else {
      statement.bind_null(first + 7);
    }
    statement.bind(first + 8, domain::claim_status_name(claim.status));
  }

  Status load_contact_points(Debtor& debtor) {
    auto statement = TRY(prepare(
        "SELECT channel, value, raw, phone_type, valid FROM contact_points WHERE debtor_id = ? "
        "ORDER BY channel, position"));
    statement.bind(1, debtor.id.value);
    while (TRY(statement.step())) add_contact_point(debtor, statement, 0);
    return Ok{};
  }

  Status write_contact_points(DebtorId id, const Debtor& debtor) {
    auto statement = TRY(prepare(
        "INSERT INTO contact_points (debtor_id, channel, position, value, raw, phone_type, valid) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    std::int64_t position = 0;
    for (const auto& phone : debtor.phones) {
      statement.bind(1, id.value)
          .bind(2, std::string_view("phone"))
          .bind(3, ++position)
          .bind(4, phone.valid() ? phone.e164 : phone.raw)
          .bind(5, phone.raw)
          .bind(6, phone_type_name(phone.type))
          .bind(7, std::int64_t{phone.valid()});
      TRY(statement.run());
    }
    position = 0;
    for (const auto& email : debtor.emails) {
      statement.bind(1, id.value)
          .bind(2, std::string_view("email"))
          .bind(3, ++position)
          .bind(4, email)
          .bind(5, email)
          .bind(6, std::string_view(""))
          .bind(7, std::int64_t{1});
      TRY(statement.run());
    }
    return Ok{};
  }

  bool postgres() const { return dialect_ == SqlDialect::kPostgres; }

  static std::string postgres_array(const std::vector<std::string>& values) {
    return postgres_text_array(values);
  }

  Result<StatementScope> prepare(const char* sql) { return StatementScope(TRY(db().prepare(sql))); }
  static std::string_view digest_bytes(const Sha256Digest& digest) {
    return {reinterpret_cast<const char*>(digest.data()), digest.size()};
  }

  // The leased connection. After a commit it may already serve another thread's
  // transaction, so a statement run through this one then is a bug, caught here.
  SqlConnection& db() {
    DC_VERIFY(!lease_.empty(), "a committed transaction runs no more statements");
    return *lease_;
  }

  ConnectionPool::Lease lease_;
  const SqlDialect dialect_;
  std::atomic<std::uint64_t>& write_generation_;
  const std::uint64_t changes_at_begin_;
  bool finished_ = false;
};

std::unique_ptr<app::StoreTransaction> make_sql_store_transaction(
    ConnectionPool::Lease lease, std::atomic<std::uint64_t>& write_generation) {
  return std::make_unique<SqlStoreTransaction>(std::move(lease), write_generation);
}

}  // namespace duecall::adapters
