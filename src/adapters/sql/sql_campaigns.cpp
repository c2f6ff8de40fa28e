#include "adapters/sql/sql_campaigns.hpp"

#include <string>

namespace duecall::adapters::sql_campaigns {
namespace {

// Statements are cached by the address of their text, so each is one string literal.
#define SELECT_CAMPAIGNS                                                                     \
  "SELECT id, name, mode, abandon_cap_bp, caller_id, state, created_at_us, created_by, "    \
  "updated_at_us, updated_by FROM campaigns"

Result<StatementScope> prepare(SqlConnection& db, const char* sql) {
  return StatementScope(TRY(db.prepare(sql)));
}

// The row at the statement's cursor, laid out as SELECT_CAMPAIGNS. Stored modes and
// states are checked by the schema; a row that still fails to parse is reported, not
// asserted on.
Result<app::CampaignRecord> campaign_at(const StatementScope& statement) {
  return app::CampaignRecord{.id = statement.column_int(0),
                             .name = statement.column_text(1),
                             .mode = TRY(domain::parse_campaign_mode(statement.column_text(2))),
                             .abandon_cap_bp = statement.column_int(3),
                             .caller_id = statement.column_text(4),
                             .state = TRY(domain::parse_campaign_state(statement.column_text(5))),
                             .created_at = from_unix_micros(statement.column_int(6)),
                             .created_by = statement.column_text(7),
                             .updated_at = from_unix_micros(statement.column_int(8)),
                             .updated_by = statement.column_text(9)};
}

Status read_clients(SqlConnection& db, app::CampaignRecord& campaign) {
  auto statement = TRY(prepare(db,
                               "SELECT c.id, c.code FROM campaign_clients cc JOIN clients c ON "
                               "c.id = cc.client_id WHERE cc.campaign_id = ? ORDER BY c.code"));
  statement.bind(1, campaign.id);
  while (TRY(statement.step())) {
    campaign.client_ids.push_back(ClientId{statement.column_int(0)});
    campaign.client_codes.push_back(statement.column_text(1));
  }
  return {};
}

Result<std::vector<app::CampaignRecord>> read_campaigns(SqlConnection& db,
                                                        StatementScope& statement) {
  std::vector<app::CampaignRecord> campaigns;
  while (TRY(statement.step())) campaigns.push_back(TRY(campaign_at(statement)));
  statement.reset();
  for (auto& campaign : campaigns) TRY(read_clients(db, campaign));
  return campaigns;
}

Result<std::optional<app::CampaignRecord>> first(Result<std::vector<app::CampaignRecord>> found) {
  auto campaigns = TRY(std::move(found));
  if (campaigns.empty()) return std::optional<app::CampaignRecord>();
  return std::optional<app::CampaignRecord>(std::move(campaigns.front()));
}

void bind_optional(StatementScope& statement, int index, const std::optional<Instant>& at) {
  if (at) {
    statement.bind(index, to_unix_micros(*at));
  } else {
    statement.bind_null(index);
  }
}

}  // namespace

Result<std::int64_t> insert_campaign(SqlConnection& db, const app::CampaignRecord& campaign) {
  auto statement = TRY(prepare(
      db,
      "INSERT INTO campaigns (name, mode, abandon_cap_bp, caller_id, state, created_at_us, "
      "created_by, updated_at_us, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  statement.bind(1, campaign.name)
      .bind(2, domain::campaign_mode_name(campaign.mode))
      .bind(3, campaign.abandon_cap_bp)
      .bind(4, campaign.caller_id)
      .bind(5, domain::campaign_state_name(campaign.state))
      .bind(6, to_unix_micros(campaign.created_at))
      .bind(7, campaign.created_by)
      .bind(8, to_unix_micros(campaign.updated_at))
      .bind(9, campaign.updated_by);
  auto id = statement.run_returning_id();
  if (!id.ok()) {
    if (id.error().code == ErrorCode::kConflict) {
      return Error::already_exists("campaign name " + campaign.name + " is already taken");
    }
    return std::move(id).error();
  }
  auto clients = TRY(prepare(
      db, "INSERT INTO campaign_clients (campaign_id, client_id) VALUES (?, ?)"));
  for (ClientId client : campaign.client_ids) {
    TRY(clients.bind(1, *id).bind(2, client.value).run());
  }
  return *id;
}

Result<std::optional<app::CampaignRecord>> find_campaign(SqlConnection& db, std::int64_t id) {
  auto statement = TRY(prepare(db, SELECT_CAMPAIGNS " WHERE id = ?"));
  statement.bind(1, id);
  return first(read_campaigns(db, statement));
}

Result<std::optional<app::CampaignRecord>> find_campaign(SqlConnection& db,
                                                         std::string_view name) {
  auto statement = TRY(prepare(db, SELECT_CAMPAIGNS " WHERE name = ?"));
  statement.bind(1, name);
  return first(read_campaigns(db, statement));
}

Result<std::vector<app::CampaignRecord>> list_campaigns(SqlConnection& db) {
  auto statement = TRY(prepare(db, SELECT_CAMPAIGNS " ORDER BY id"));
  return read_campaigns(db, statement);
}

Result<bool> change_campaign_state(SqlConnection& db, const app::CampaignStateChange& change) {
  auto update = TRY(prepare(db,
                            "UPDATE campaigns SET state = ?, updated_at_us = ?, updated_by = ? "
                            "WHERE id = ? AND state = ? RETURNING id"));
  update.bind(1, domain::campaign_state_name(change.to))
      .bind(2, to_unix_micros(change.at))
      .bind(3, change.by)
      .bind(4, change.campaign_id)
      .bind(5, domain::campaign_state_name(change.from));
  bool changed = TRY(update.step());
  if (!changed) return false;
  TRY(update.step());
  auto record = TRY(prepare(db,
                            "INSERT INTO campaign_state_changes (campaign_id, from_state, "
                            "to_state, changed_at_us, changed_by) VALUES (?, ?, ?, ?, ?)"));
  TRY(record.bind(1, change.campaign_id)
          .bind(2, domain::campaign_state_name(change.from))
          .bind(3, domain::campaign_state_name(change.to))
          .bind(4, to_unix_micros(change.at))
          .bind(5, change.by)
          .run());
  return true;
}

Result<std::vector<app::CampaignStateChange>> campaign_state_changes(SqlConnection& db,
                                                                     std::int64_t id) {
  auto statement = TRY(prepare(db,
                               "SELECT from_state, to_state, changed_at_us, changed_by FROM "
                               "campaign_state_changes WHERE campaign_id = ? ORDER BY id"));
  statement.bind(1, id);
  std::vector<app::CampaignStateChange> changes;
  while (TRY(statement.step())) {
    changes.push_back({.campaign_id = id,
                       .from = TRY(domain::parse_campaign_state(statement.column_text(0))),
                       .to = TRY(domain::parse_campaign_state(statement.column_text(1))),
                       .at = from_unix_micros(statement.column_int(2)),
                       .by = statement.column_text(3)});
  }
  return changes;
}

Result<std::int64_t> insert_campaign_attempt(SqlConnection& db,
                                             const app::CampaignAttempt& attempt) {
  auto statement = TRY(prepare(
      db,
      "INSERT INTO campaign_attempts (campaign_id, case_id, number_sha256, placed_at_us, "
      "answered_at_us, connected_at_us, abandoned_at_us, ended_at_us, result) VALUES "
      "(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  statement.bind(1, attempt.campaign_id)
      .bind(2, attempt.case_id.value)
      .bind(3, attempt.number_sha256)
      .bind(4, to_unix_micros(attempt.placed_at));
  bind_optional(statement, 5, attempt.answered_at);
  bind_optional(statement, 6, attempt.connected_at);
  bind_optional(statement, 7, attempt.abandoned_at);
  bind_optional(statement, 8, attempt.ended_at);
  statement.bind(9, attempt.result);
  return statement.run_returning_id();
}

Result<app::CampaignAttemptCounts> campaign_attempt_counts(SqlConnection& db,
                                                           std::int64_t campaign_id,
                                                           Instant since) {
  // An abandoned call was answered by a person even when no answer time was written.
  auto statement = TRY(prepare(
      db,
      "SELECT count(*), "
      "coalesce(sum(CASE WHEN answered_at_us IS NOT NULL OR abandoned_at_us IS NOT NULL THEN 1 "
      "ELSE 0 END), 0), "
      "coalesce(sum(CASE WHEN abandoned_at_us IS NOT NULL THEN 1 ELSE 0 END), 0) "
      "FROM campaign_attempts WHERE campaign_id = ? AND placed_at_us >= ?"));
  statement.bind(1, campaign_id).bind(2, to_unix_micros(since));
  app::CampaignAttemptCounts counts;
  if (TRY(statement.step())) {
    counts = {.placed = statement.column_int(0),
              .answered = statement.column_int(1),
              .abandoned = statement.column_int(2)};
    TRY(statement.step());
  }
  return counts;
}

}  // namespace duecall::adapters::sql_campaigns
