#include "cli/command_context.hpp"

#include <cstdlib>

#include "adapters/clock/system_clock.hpp"
#include "adapters/mail/curl_mailer.hpp"
#include "cli/open_store.hpp"
#include "core/check.hpp"

namespace duecall::cli {
namespace {

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

}  // namespace

Result<std::unique_ptr<app::Mailer>> CommandContext::mailer() const {
  adapters::SmtpSettings settings{.url = smtp_url.empty() ? environment("DUECALL_SMTP_URL") : smtp_url,
                                  .user = environment("DUECALL_SMTP_USER"),
                                  .password = environment("DUECALL_SMTP_PASSWORD")};
  if (settings.url.empty()) {
    return Error::failed_precondition(
        "no SMTP server is configured: give --smtp smtp://host:port or set DUECALL_SMTP_URL");
  }
  return std::unique_ptr<app::Mailer>(TRY(adapters::CurlMailer::create(settings)));
}

Result<domain::Mailbox> CommandContext::mail_from() const {
  std::string from = environment("DUECALL_MAIL_FROM");
  if (from.empty()) {
    return Error::failed_precondition(
        "no sender for mail is configured: set DUECALL_MAIL_FROM, e.g. "
        "\"Agency <minutes@agency.si>\"");
  }
  auto mailbox = domain::parse_mailbox(from);
  if (!mailbox.ok()) return Error::invalid_argument("DUECALL_MAIL_FROM: " + mailbox.error().message);
  return std::move(*mailbox);
}

std::string CommandContext::database_spec() const {
  if (!database.empty()) return database;
  if (const char* from_environment = std::getenv("DUECALL_DB"); from_environment && *from_environment) {
    return from_environment;
  }
  return "sqlite:./duecall.db";
}

Result<std::unique_ptr<adapters::SqlStore>> CommandContext::open_store(
    adapters::Migrate migrate) const {
  return open_store_at(database_spec(), migrate);
}

const app::Clock& CommandContext::clock() {
  if (!clock_) {
    const char* fixed = std::getenv("DUECALL_NOW");
    if (fixed && *fixed) {
      auto instant = parse_iso8601(fixed);
      if (instant.ok()) {
        clock_ = std::make_unique<adapters::FixedClock>(*instant);
      } else {
        std::fprintf(stderr, "duecall: ignoring DUECALL_NOW: %s\n", instant.error().message.c_str());
      }
    }
    if (!clock_) clock_ = std::make_unique<adapters::SystemClock>();
  }
  return *clock_;
}

}  // namespace duecall::cli
