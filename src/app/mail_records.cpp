#include "app/mail_records.hpp"

#include <string>

namespace duecall::app {

std::string_view mail_status_name(MailStatus status) {
  return status == MailStatus::kSent ? "sent" : "queued";
}

Result<MailStatus> parse_mail_status(std::string_view name) {
  if (name == "queued") return MailStatus::kQueued;
  if (name == "sent") return MailStatus::kSent;
  return Error::invalid_argument("'" + std::string(name) + "' is not a mail status (queued, sent)");
}

}  // namespace duecall::app
