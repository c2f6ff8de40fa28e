// The SQL side of the mail outbox (app/mail_records.hpp), over either driver.
// SqlStoreTransaction forwards its outbox methods here. The same statements serve both
// dialects; claiming is one conditional UPDATE, so two senders racing for a row on
// PostgreSQL serialise on the row lock and the second finds it leased.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "adapters/sql/sql_driver.hpp"
#include "app/mail_records.hpp"

namespace duecall::adapters::sql_mail {

Result<MailId> insert_mail(SqlConnection& db, const app::OutboxMail& mail);
Result<std::optional<app::OutboxMail>> find_mail(SqlConnection& db, MailId id);
Result<std::vector<app::OutboxMail>> queued_mail(SqlConnection& db, std::size_t limit);
Result<bool> claim_mail(SqlConnection& db, MailId id, Instant now, Instant until);
Status mail_sent(SqlConnection& db, MailId id, Instant sent_at);
Status mail_failed(SqlConnection& db, MailId id, Instant failed_at, std::string_view error);

}  // namespace duecall::adapters::sql_mail
