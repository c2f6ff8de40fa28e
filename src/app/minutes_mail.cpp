#include "app/minutes_mail.hpp"

#include <date/date.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <sstream>

#include "core/base64.hpp"
#include "core/time_zone.hpp"

namespace duecall::app {
namespace {

enum class Language { kSlovenian, kEnglish };

// The words of the message in one language. Codes (channel, result, outcome) not in the
// maps are shown as they are, which is readable enough for a code added later.
struct Words {
  const char* title;
  const char* subject;
  const char* client;
  const char* claim;
  const char* debtor;
  const char* when;
  const char* operator_;
  const char* channel;
  const char* result;
  const char* outcome;
  const char* callback_at;
  const char* agreement;
  const char* spoke_with;
  const char* identity_verified;
  const char* yes;
  const char* no;
  const char* summary;
  const char* notes;
  const char* footer;
  std::map<std::string_view, const char*> codes;
};

const Words& words(Language language) {
  static const Words kSlovenian{
      .title = "Zapisnik stika z dolžnikom",
      .subject = "Zapisnik stika",
      .client = "Naročnik",
      .claim = "Terjatev",
      .debtor = "Dolžnik",
      .when = "Čas",
      .operator_ = "Operater",
      .channel = "Kanal",
      .result = "Rezultat",
      .outcome = "Izid",
      .callback_at = "Dogovorjeni ponovni klic",
      .agreement = "Dogovor",
      .spoke_with = "Sogovornik",
      .identity_verified = "Istovetnost preverjena",
      .yes = "da",
      .no = "ne",
      .summary = "Povzetek",
      .notes = "Opombe",
      .footer = "Sporočilo je pripravil sistem duecall ob zapisu stika št.",
      .codes = {{"call", "klic"},
                {"sms", "SMS"},
                {"whatsapp", "WhatsApp"},
                {"email", "e-pošta"},
                {"letter", "pismo"},
                {"no_answer", "ni odgovora"},
                {"busy", "zasedeno"},
                {"voicemail", "glasovna pošta"},
                {"wrong_number", "napačna številka"},
                {"third_party", "tretja oseba"},
                {"right_party", "pogovor z dolžnikom"},
                {"promise", "obljuba plačila"},
                {"plan", "obročno odplačilo"},
                {"settlement", "poravnava"},
                {"extension", "odlog plačila"},
                {"dispute", "ugovor zoper terjatev"},
                {"refusal", "zavrnitev plačila"},
                {"callback", "ponovni klic"},
                {"already_paid", "dolžnik navaja, da je že plačal"},
                {"hardship", "finančna stiska"}}};
  static const Words kEnglish{.title = "Minutes of a contact with a debtor",
                              .subject = "Contact minutes",
                              .client = "Client",
                              .claim = "Claim",
                              .debtor = "Debtor",
                              .when = "When",
                              .operator_ = "Operator",
                              .channel = "Channel",
                              .result = "Result",
                              .outcome = "Outcome",
                              .callback_at = "Agreed callback",
                              .agreement = "Agreement",
                              .spoke_with = "Spoke with",
                              .identity_verified = "Identity verified",
                              .yes = "yes",
                              .no = "no",
                              .summary = "Summary",
                              .notes = "Notes",
                              .footer = "Prepared by duecall when contact no.",
                              .codes = {{"call", "call"},
                                        {"sms", "SMS"},
                                        {"whatsapp", "WhatsApp"},
                                        {"email", "e-mail"},
                                        {"letter", "letter"},
                                        {"no_answer", "no answer"},
                                        {"busy", "busy"},
                                        {"voicemail", "voicemail"},
                                        {"wrong_number", "wrong number"},
                                        {"third_party", "third party"},
                                        {"right_party", "spoke with the debtor"},
                                        {"promise", "promise to pay"},
                                        {"plan", "instalment plan"},
                                        {"settlement", "settlement"},
                                        {"extension", "extension"},
                                        {"dispute", "debt disputed"},
                                        {"refusal", "refused to pay"},
                                        {"callback", "callback"},
                                        {"already_paid", "debtor says it is already paid"},
                                        {"hardship", "financial hardship"}}};
  return language == Language::kSlovenian ? kSlovenian : kEnglish;
}

std::string word_for(const Words& words, std::string_view code) {
  auto found = words.codes.find(code);
  return found == words.codes.end() ? std::string(code) : found->second;
}

std::string local_time(Instant instant, const TimeZone& zone) {
  auto local = date::floor<std::chrono::minutes>(zone.to_local(instant));
  return date::format("%Y-%m-%d %H:%M", local) + " (" + std::string(zone.name()) + ")";
}

// Returns true iff `text` can stand in a header as it is: printable ASCII without the
// characters that would need quoting in a display name.
bool plain_header_text(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 && byte < 0x7f &&
           std::string_view("()<>[]:;@\\,.\"").find(c) == std::string_view::npos;
  });
}

// RFC 2047 encoded words of at most 75 characters, split between UTF-8 characters and
// folded onto continuation lines.
std::string encoded_words(std::string_view text) {
  constexpr std::size_t kBytesPerWord = 45;  // 60 base64 characters, 72 with the frame
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = std::min(text.size(), start + kBytesPerWord);
    // Back off continuation bytes (10xxxxxx), so that no character is split in two.
    while (end < text.size() && end > start + 1 &&
           (static_cast<unsigned char>(text[end]) & 0xc0) == 0x80) {
      --end;
    }
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64_encode(text.substr(start, end - start)) + "?=";
    start = end;
  }
  return out;
}

std::string header_text(std::string_view text) {
  bool ascii = std::all_of(text.begin(), text.end(), [](char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 && byte < 0x7f;
  });
  return ascii && text.size() < 900 ? std::string(text) : encoded_words(text);
}

std::string header_mailbox(const domain::Mailbox& mailbox) {
  if (mailbox.name.empty()) return mailbox.address;
  std::string name = plain_header_text(mailbox.name) ? mailbox.name : encoded_words(mailbox.name);
  return name + " <" + mailbox.address + ">";
}

std::string base64_lines(std::string_view bytes) {
  std::string encoded = base64_encode(bytes);
  std::string out;
  for (std::size_t at = 0; at < encoded.size(); at += 76) {
    out += encoded.substr(at, 76) + "\r\n";
  }
  return out;
}

std::string compose_body(const MinutesMailFacts& facts, const Words& w, const TimeZone& zone) {
  std::ostringstream body;
  body << w.title << "\n\n";
  body << w.client << ": " << facts.client_name << " (" << facts.client_code << ")\n";
  body << w.claim << ": " << facts.claim_ref << "\n";
  body << w.debtor << ": " << facts.debtor_name << " (" << facts.debtor_ref << ")\n";
  body << w.when << ": " << local_time(facts.occurred_at, zone) << "\n";
  body << w.operator_ << ": " << facts.operator_login << "\n";
  body << w.channel << ": " << word_for(w, facts.channel) << "\n";
  body << w.result << ": " << word_for(w, facts.result) << "\n";
  if (facts.outcome) {
    body << w.outcome << ": " << word_for(w, domain::contact_outcome_name(*facts.outcome)) << "\n";
  }
  if (facts.callback_at)
    body << w.callback_at << ": " << local_time(*facts.callback_at, zone) << "\n";
  if (!facts.agreement.empty()) body << w.agreement << ": " << facts.agreement << "\n";
  const auto& minutes = facts.minutes;
  if (!minutes.spoke_with.empty()) body << w.spoke_with << ": " << minutes.spoke_with << "\n";
  if (minutes.identity_verified) {
    body << w.identity_verified << ": " << (*minutes.identity_verified ? w.yes : w.no) << "\n";
  }
  if (!minutes.summary.empty()) body << "\n" << w.summary << ":\n" << minutes.summary << "\n";
  if (!minutes.notes.empty()) body << "\n" << w.notes << ":\n" << minutes.notes << "\n";
  body << "\n-- \n" << w.footer << " " << facts.contact_id.value << ".\n";
  return body.str();
}

std::string with_crlf(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

}  // namespace

std::string rfc5322_date(Instant instant) {
  static constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed",
                                                       "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  auto day = date::floor<date::days>(instant);
  date::year_month_day ymd(day);
  date::weekday weekday(day);
  date::hh_mm_ss<std::chrono::seconds> time(date::floor<std::chrono::seconds>(instant - day));
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s, %02u %s %d %02d:%02d:%02d +0000",
                kDays[weekday.c_encoding()], static_cast<unsigned>(ymd.day()),
                kMonths[static_cast<unsigned>(ymd.month()) - 1], static_cast<int>(ymd.year()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  return buffer;
}

Result<ComposedMail> compose_minutes_mail(const MinutesMailFacts& facts) {
  if (facts.to.empty()) return Error::invalid_argument("minutes mail: no recipients");
  TimeZone zone = TRY(TimeZone::find(facts.time_zone));
  Language language = facts.language == "sl" || facts.language.starts_with("sl-")
                          ? Language::kSlovenian
                          : Language::kEnglish;
  const Words& w = words(language);
  ComposedMail mail;
  mail.subject = std::string(w.subject) + ": " + facts.client_code + " " + facts.claim_ref + ", " +
                 facts.debtor_name + ", " + local_time(facts.occurred_at, zone);
  mail.body = compose_body(facts, w, zone);

  std::string to;
  for (const auto& mailbox : facts.to) {
    if (!to.empty()) to += ",\r\n ";
    to += header_mailbox(mailbox);
  }
  std::string message;
  message += "Date: " + rfc5322_date(facts.date) + "\r\n";
  message += "From: " + header_mailbox(facts.from) + "\r\n";
  message += "To: " + to + "\r\n";
  message += "Message-ID: <" + facts.message_id + ">\r\n";
  message += "Subject: " + header_text(mail.subject) + "\r\n";
  message += "MIME-Version: 1.0\r\n";
  message += "Content-Type: text/plain; charset=UTF-8\r\n";
  message += "Content-Transfer-Encoding: base64\r\n";
  message +=
      "Content-Language: " + std::string(language == Language::kSlovenian ? "sl" : "en") + "\r\n";
  // Tells auto-responders not to answer (RFC 3834).
  message += "Auto-Submitted: auto-generated\r\n";
  message += "\r\n";
  message += base64_lines(with_crlf(mail.body));
  mail.message = std::move(message);
  return mail;
}

}  // namespace duecall::app
