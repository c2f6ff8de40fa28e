// The minutes e-mail as composed: RFC 5322 headers (Date, Message-ID, From, To, Subject in
// RFC 2047 words), a base64 UTF-8 body whose decoded text a third person can read, in
// Slovenian for a Slovenian client and English otherwise, with times in the client's zone.
// The body is decoded here with a small base64 decoder, independent of the encoder.
#include "app/minutes_mail.hpp"

#include <gtest/gtest.h>

namespace duecall::app {
namespace {

Instant at(const char* iso) {
  return parse_iso8601(iso).value();
}

std::string base64_decode(std::string_view text) {
  static const std::string kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : text) {
    auto index = kAlphabet.find(c);
    if (index == std::string::npos) continue;  // padding and line breaks
    buffer = (buffer << 6) | static_cast<unsigned>(index);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xff);
    }
  }
  return out;
}

// The decoded text of every RFC 2047 B-word in `header`, concatenated.
std::string decode_words(std::string_view header) {
  std::string out;
  for (std::size_t at = header.find("=?UTF-8?B?"); at != std::string_view::npos;
       at = header.find("=?UTF-8?B?", at + 1)) {
    std::size_t end = header.find("?=", at + 10);
    out += base64_decode(header.substr(at + 10, end - at - 10));
  }
  return out;
}

std::string header(const std::string& message, const std::string& name) {
  std::size_t start = message.find("\r\n" + name + ": ");
  if (message.starts_with(name + ": "))
    start = 0;
  else if (start != std::string::npos)
    start += 2;
  if (start == std::string::npos) return "";
  std::size_t end = start;
  do {
    end = message.find("\r\n", end + 1);
  } while (end != std::string::npos && message[end + 2] == ' ');
  return message.substr(start + name.size() + 2, end - start - name.size() - 2);
}

MinutesMailFacts facts() {
  return {.from = {"Agencija Dolg", "zapisniki@agencija.si"},
          .to = {{"Maja Žagar", "maja@telco.si"}, {"", "izterjava@telco.si"}},
          .message_id = "minutes.1.7.1795428000000000@agencija.si",
          .date = at("2026-11-23T10:05:00Z"),
          .language = "sl",
          .time_zone = "Europe/Ljubljana",
          .client_code = "TEL",
          .client_name = "Telekom",
          .claim_ref = "A-1",
          .debtor_ref = "D-1",
          .debtor_name = "Ana Čebašek",
          .contact_id = ContactId(7),
          .occurred_at = at("2026-11-23T10:00:00Z"),
          .operator_login = "mojca",
          .channel = "call",
          .result = "right_party",
          .outcome = domain::ContactOutcome::kCallback,
          .callback_at = at("2026-11-24T15:00:00Z"),
          .minutes = {.spoke_with = "dolžnica",
                      .identity_verified = true,
                      .summary = "Želi plačati v dveh obrokih; pokliče šef.",
                      .notes = "Doma po 16. uri.\nŠtevilka je pravilna."}};
}

TEST(MinutesMail, HasTheHeadersOfAnRfc5322MimeMessage) {
  auto mail = compose_minutes_mail(facts());
  ASSERT_TRUE(mail.ok()) << mail.error().message;
  const std::string& message = mail->message;
  EXPECT_EQ(header(message, "Date"), "Mon, 23 Nov 2026 10:05:00 +0000");
  EXPECT_EQ(header(message, "Message-ID"), "<minutes.1.7.1795428000000000@agencija.si>");
  EXPECT_EQ(header(message, "From"), "Agencija Dolg <zapisniki@agencija.si>");
  std::string to = header(message, "To");
  EXPECT_EQ(decode_words(to), "Maja Žagar");
  EXPECT_NE(to.find("<maja@telco.si>,\r\n izterjava@telco.si"), std::string::npos) << to;
  EXPECT_EQ(header(message, "MIME-Version"), "1.0");
  EXPECT_EQ(header(message, "Content-Type"), "text/plain; charset=UTF-8");
  EXPECT_EQ(header(message, "Content-Transfer-Encoding"), "base64");
  EXPECT_EQ(decode_words(header(message, "Subject")), mail->subject);
  EXPECT_EQ(mail->subject,
            "Zapisnik stika: TEL A-1, Ana Čebašek, 2026-11-23 11:00 (Europe/Ljubljana)");
  for (char c : message) ASSERT_LT(static_cast<unsigned char>(c), 0x80) << "7-bit clean";
  for (std::size_t at = message.find('\n'); at != std::string::npos;
       at = message.find('\n', at + 1)) {
    ASSERT_EQ(message[at - 1], '\r') << "every line ends in CRLF";
  }
}

TEST(MinutesMail, TheDecodedBodyReadsForAThirdPersonInSlovenianWithDiacritics) {
  auto mail = compose_minutes_mail(facts());
  ASSERT_TRUE(mail.ok());
  std::string body = base64_decode(mail->message.substr(mail->message.find("\r\n\r\n")));
  for (const char* line :
       {"Naročnik: Telekom (TEL)\r\n", "Terjatev: A-1\r\n", "Dolžnik: Ana Čebašek (D-1)\r\n",
        "Čas: 2026-11-23 11:00 (Europe/Ljubljana)\r\n", "Operater: mojca\r\n", "Kanal: klic\r\n",
        "Rezultat: pogovor z dolžnikom\r\n", "Izid: ponovni klic\r\n",
        "Dogovorjeni ponovni klic: 2026-11-24 16:00 (Europe/Ljubljana)\r\n",
        "Sogovornik: dolžnica\r\n", "Istovetnost preverjena: da\r\n",
        "Povzetek:\r\nŽeli plačati v dveh obrokih; pokliče šef.\r\n",
        "Opombe:\r\nDoma po 16. uri.\r\nŠtevilka je pravilna.\r\n"}) {
    EXPECT_NE(body.find(line), std::string::npos) << line << "\n" << body;
  }
  EXPECT_EQ(body, [&] {
    std::string crlf;
    for (char c : mail->body) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    return crlf;
  }());
}

TEST(MinutesMail, IsInEnglishForAClientOfAnotherLanguageAndLeavesOutWhatWasNotSaid) {
  MinutesMailFacts english = facts();
  english.language = "en";
  english.outcome = domain::ContactOutcome::kPromise;
  english.callback_at.reset();
  english.agreement = "promise: 50.00 EUR 2026-11-30 (active)";
  english.minutes = {.summary = "Pays on Friday."};
  auto mail = compose_minutes_mail(english);
  ASSERT_TRUE(mail.ok());
  EXPECT_TRUE(mail->subject.starts_with("Contact minutes: TEL A-1"));
  EXPECT_NE(mail->body.find("Outcome: promise to pay\n"), std::string::npos);
  EXPECT_NE(mail->body.find("Agreement: promise: 50.00 EUR 2026-11-30 (active)\n"),
            std::string::npos);
  EXPECT_EQ(mail->body.find("Agreed callback"), std::string::npos);
  EXPECT_EQ(mail->body.find("Spoke with"), std::string::npos);
  EXPECT_EQ(mail->body.find("Notes"), std::string::npos);
}

TEST(MinutesMail, SplitsLongEncodedWordsBetweenCharactersAndRefusesNoRecipients) {
  MinutesMailFacts long_name = facts();
  long_name.debtor_name = std::string(40, 'x') + "ščžščžščžščžščžščžščžščžščžščž";
  auto mail = compose_minutes_mail(long_name);
  ASSERT_TRUE(mail.ok());
  std::string subject = header(mail->message, "Subject");
  EXPECT_EQ(decode_words(subject), mail->subject);
  for (std::size_t start = 0, end; start < subject.size(); start = end + 3) {
    end = subject.find("\r\n ", start);
    if (end == std::string::npos) end = subject.size();
    EXPECT_LE(end - start, 75u) << "an encoded word is at most 75 characters";
  }
  MinutesMailFacts nobody = facts();
  nobody.to.clear();
  EXPECT_FALSE(compose_minutes_mail(nobody).ok());
}

TEST(MinutesMail, DatesFollowRfc5322) {
  EXPECT_EQ(rfc5322_date(at("2026-01-04T23:59:59.9Z")), "Sun, 04 Jan 2026 23:59:59 +0000");
}

}  // namespace
}  // namespace duecall::app
