#include "adapters/mail/curl_mailer.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>

namespace duecall::adapters {
namespace {

// curl_global_init is not thread-safe and must run before any other libcurl call; a
// function-local static runs it exactly once, on first use.
bool curl_ready() {
  static const bool ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  return ready;
}

struct UrlHandle {
  CURLU* url = curl_url();
  ~UrlHandle() { curl_url_cleanup(url); }
  // The part, or empty when the URL has none.
  std::string part(CURLUPart which, unsigned int flags = 0) const {
    char* text = nullptr;
    if (curl_url_get(url, which, &text, flags) != CURLUE_OK || text == nullptr) return {};
    std::string out(text);
    curl_free(text);
    return out;
  }
};

struct EasyHandle {
  CURL* curl = curl_easy_init();
  curl_slist* recipients = nullptr;
  ~EasyHandle() {
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
  }
};

// Feeds the message to libcurl's upload, in whatever pieces it asks for.
struct Upload {
  std::string_view rest;
  static std::size_t read(char* buffer, std::size_t size, std::size_t count, void* self) {
    auto* upload = static_cast<Upload*>(self);
    std::size_t length = std::min(size * count, upload->rest.size());
    std::memcpy(buffer, upload->rest.data(), length);
    upload->rest.remove_prefix(length);
    return length;
  }
};

}  // namespace

Result<std::unique_ptr<CurlMailer>> CurlMailer::create(const SmtpSettings& settings) {
  if (!curl_ready()) return Error::internal("libcurl could not be initialised");
  UrlHandle parsed;
  if (parsed.url == nullptr ||
      curl_url_set(parsed.url, CURLUPART_URL, settings.url.c_str(), 0) != CURLUE_OK) {
    return Error::invalid_argument(
        "the SMTP URL is not a URL (expected smtp://host:port or "
        "smtps://host:port)");
  }
  std::string scheme = parsed.part(CURLUPART_SCHEME);
  std::string host = parsed.part(CURLUPART_HOST);
  if ((scheme != "smtp" && scheme != "smtps") || host.empty()) {
    return Error::invalid_argument(
        "the SMTP URL must be smtp://host[:port] or smtps://host[:port]");
  }
  auto mailer = std::unique_ptr<CurlMailer>(new CurlMailer());
  mailer->user_ = parsed.part(CURLUPART_USER, CURLU_URLDECODE);
  mailer->password_ = parsed.part(CURLUPART_PASSWORD, CURLU_URLDECODE);
  if (mailer->user_.empty()) {
    mailer->user_ = settings.user;
    mailer->password_ = settings.password;
  }
  curl_url_set(parsed.url, CURLUPART_USER, nullptr, 0);
  curl_url_set(parsed.url, CURLUPART_PASSWORD, nullptr, 0);
  mailer->url_ = parsed.part(CURLUPART_URL);
  std::string port = parsed.part(CURLUPART_PORT);
  mailer->description_ = scheme + "://" + host + (port.empty() ? "" : ":" + port);
  mailer->tls_from_start_ = scheme == "smtps";
  return mailer;
}

Status CurlMailer::send(const app::MailEnvelope& envelope) {
  EasyHandle easy;
  if (easy.curl == nullptr) return Error::internal("libcurl could not create a handle");
  for (const auto& recipient : envelope.recipients) {
    curl_slist* grown = curl_slist_append(easy.recipients, ("<" + recipient + ">").c_str());
    if (grown == nullptr) return Error::internal("out of memory listing recipients");
    easy.recipients = grown;
  }
  std::string from = "<" + envelope.from + ">";
  Upload upload{envelope.message};
  char error[CURL_ERROR_SIZE] = "";
  CURL* curl = easy.curl;
  curl_easy_setopt(curl, CURLOPT_URL, url_.c_str());
  if (!user_.empty()) {
    curl_easy_setopt(curl, CURLOPT_USERNAME, user_.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, password_.c_str());
  }
  if (!tls_from_start_) {
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     static_cast<long>(user_.empty() ? CURLUSESSL_TRY : CURLUSESSL_ALL));
  }
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, easy.recipients);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, &Upload::read);
  curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(kConnectTimeout.count()));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, static_cast<long>(kTransferTimeout.count()));
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
  CURLcode code = curl_easy_perform(curl);
  if (code != CURLE_OK) {
    return Error::unavailable("sending mail through " + description_ +
                              " failed: " + curl_easy_strerror(code) +
                              (error[0] ? std::string(": ") + error : ""));
  }
  return Ok{};
}

}  // namespace duecall::adapters
