// CurlMailer is the Mailer over SMTP, through libcurl: smtp://host[:port] (STARTTLS when
// the server offers it, and required when credentials are given, so that a password never
// crosses the network in clear) or smtps://host[:port] (TLS from the first byte). User and
// password come from the URL's user information or, when it has none, from the settings
// (DUECALL_SMTP_USER / DUECALL_SMTP_PASSWORD); describe() and every error leave them out.
//
// libcurl dot-stuffs the message and ends the DATA phase itself; the message must have
// CRLF line ends (app/minutes_mail.hpp composes it so). Each send opens its own connection
// and gives up after kConnectTimeout to connect or kTransferTimeout in all.
//
// Thread-safety: one CurlMailer may be used from one thread at a time.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "app/ports.hpp"

namespace duecall::adapters {

struct SmtpSettings {
  std::string url;       // smtp://host[:port] or smtps://host[:port], optionally user:pass@
  std::string user;      // used when the URL names none
  std::string password;  // used when the URL names none
};

inline constexpr std::chrono::seconds kConnectTimeout{10};
inline constexpr std::chrono::seconds kTransferTimeout{60};

class CurlMailer final : public app::Mailer {
 public:
  // kInvalidArgument for a URL that is not smtp:// or smtps:// with a host.
  static Result<std::unique_ptr<CurlMailer>> create(const SmtpSettings& settings);

  Status send(const app::MailEnvelope& envelope) override;
  std::string describe() const override { return description_; }

 private:
  CurlMailer() = default;

  std::string url_;  // without credentials
  std::string description_;
  std::string user_;
  std::string password_;
  bool tls_from_start_ = false;
};

}  // namespace duecall::adapters
