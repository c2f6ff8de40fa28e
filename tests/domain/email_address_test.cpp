// E-mail addresses and "Name <address>" mailboxes as people type them for contact persons
// and the sender: what is accepted, what is refused, and that the domain is lower-cased.
#include "domain/email_address.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

TEST(EmailAddress, AcceptsOrdinaryAddressesAndLowerCasesTheDomain) {
  EXPECT_EQ(check_email_address("maja.kos@telco.si").value(), "maja.kos@telco.si");
  EXPECT_EQ(check_email_address("Maja.Kos+minutes@Telco.SI").value(), "Maja.Kos+minutes@telco.si");
  EXPECT_EQ(check_email_address("a@xn--trgovina-b9a.si").value(), "a@xn--trgovina-b9a.si");
}

TEST(EmailAddress, RefusesWhatCannotGoOnAnEnvelopeUnquoted) {
  for (const char* bad : {"", "maja.kos", "@telco.si", "maja@", "maja@telco", "maja@@telco.si",
                          "maja kos@telco.si", ".maja@telco.si", "maja..kos@telco.si",
                          "maja@-telco.si", "maja@telco-.si", "maja@telco..si", "maja@telco.si>",
                          "mája@telco.si", "maja@tělco.si", "\"maja\"@telco.si"}) {
    EXPECT_FALSE(check_email_address(bad).ok()) << bad;
  }
  EXPECT_FALSE(check_email_address(std::string(65, 'a') + "@telco.si").ok());
  EXPECT_FALSE(check_email_address("a@" + std::string(64, 'b') + ".si").ok());
}

TEST(Mailbox, ReadsNameAndAddressOrABareAddress) {
  EXPECT_EQ(parse_mailbox("Maja Kos <maja.kos@telco.si>").value(),
            (Mailbox{"Maja Kos", "maja.kos@telco.si"}));
  EXPECT_EQ(parse_mailbox("  Žiga Čeh <ziga@telco.si> ").value(),
            (Mailbox{"Žiga Čeh", "ziga@telco.si"}));
  EXPECT_EQ(parse_mailbox("<ziga@telco.si>").value(), (Mailbox{"", "ziga@telco.si"}));
  EXPECT_EQ(parse_mailbox("ziga@telco.si").value(), (Mailbox{"", "ziga@telco.si"}));
  EXPECT_EQ(format_mailbox({"Maja Kos", "maja.kos@telco.si"}), "Maja Kos <maja.kos@telco.si>");
  EXPECT_EQ(format_mailbox({"", "maja.kos@telco.si"}), "maja.kos@telco.si");
}

TEST(Mailbox, RefusesBrokenBracketsBadNamesAndBadAddresses) {
  for (const char* bad :
       {"Maja <maja.kos@telco.si", "Maja <a@b.si> <c@d.si>", "Maja <maja>",
        "\"Maja\" <maja@telco.si>", "Maja\x01 <maja@telco.si>", "Maja Kos maja@telco.si"}) {
    EXPECT_FALSE(parse_mailbox(bad).ok()) << bad;
  }
}

}  // namespace
}  // namespace duecall::domain
