// Reading the stored entities back from result rows, shared by every file of the SQL store.
// Each reader expects the columns named by its k...Columns constant, in that order, starting
// at column 0. Stored rows were validated on the way in; they are checked again on the way
// out, so that a corrupted row is reported (kDataLoss) rather than used.
#pragma once

#include "adapters/sql/sql_driver.hpp"
#include "core/sha256.hpp"
#include "domain/claim.hpp"
#include "domain/client.hpp"
#include "domain/collection_case.hpp"
#include "domain/debtor.hpp"
#include "domain/timeline.hpp"

namespace duecall::adapters {

inline constexpr const char* kClientColumns =
    "id, code, name, country, currency, time_zone, policy, created_at_us";
Result<domain::Client> read_client(StatementScope& row);

inline constexpr const char* kClaimColumns =
    "id, client_id, case_id, debtor_id, client_ref, claim_type, currency, principal_minor, "
    "interest_minor, fees_minor, due_date, reminder_sent_on, status";
Result<domain::Claim> read_claim(StatementScope& row);

inline constexpr const char* kCaseColumns =
    "id, client_id, debtor_id, status, stage, opened_at_us";
Result<domain::Case> read_case(StatementScope& row);

inline constexpr const char* kDebtorColumns =
    "id, client_id, ref, kind, name, national_id, address, postal_code, city, country, "
    "language, time_zone";
domain::Debtor read_debtor(StatementScope& row);

// Adds the contact point in the row's columns first .. first+4 (channel, value, raw,
// phone_type, valid) to the debtor.
void add_contact_point(domain::Debtor& debtor, StatementScope& row, int first);

inline constexpr const char* kEventColumns =
    "id, case_id, seq, kind, occurred_at_us, actor, payload, prev_hash, hash";
Result<domain::TimelineEvent> read_event(StatementScope& row);

Result<Sha256Digest> read_digest(StatementScope& row, int column);

// The column's value, or none when it is NULL.
std::optional<Instant> optional_instant(StatementScope& row, int column);
std::optional<std::int64_t> optional_int(StatementScope& row, int column);

// Binds an optional value, NULL when absent.
void bind_optional(StatementScope& statement, int index, const std::optional<Instant>& value);
void bind_optional(StatementScope& statement, int index, const std::optional<std::int64_t>& value);

// A PostgreSQL array literal ({"a","b\"c"}), how a list travels as one parameter. As
// `column = ANY(array)` the planner probes the column's index once per element, where an
// IN over a set-returning function may fall back to scanning the whole table.
std::string postgres_text_array(const std::vector<std::string>& values);
// {1,NULL,3}: integers, NULL for the absent ones.
std::string postgres_int_array(const std::vector<std::optional<std::int64_t>>& values);

}  // namespace duecall::adapters
