// E-mail addresses of people the agency writes to (a client's contact persons, the sender
// of outgoing mail), and the "Name <address>" form people type them in.
//
// An address is accepted iff it is local@domain where the local part is 1 to 64 of
// RFC 5322's atext characters in dot-separated runs (no quoted local parts), and the
// domain has at least two labels of ASCII letters, digits and inner hyphens, each 1 to 63
// long (internationalised domains go in their xn-- form); 254 bytes at most in all.
// That is narrower than RFC 5322 allows on purpose: an address that passes can be put on
// an SMTP envelope and in a header without quoting. A display name is up to 200 bytes of
// text without control characters, '<', '>' or '"'.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"

namespace duecall::domain {

struct Mailbox {
  std::string name;     // may be empty
  std::string address;  // accepted by check_email_address
  bool operator==(const Mailbox&) const = default;
};

// Returns the address with its domain in lower case, or kInvalidArgument naming it.
Result<std::string> check_email_address(std::string_view address);
// Reads "Name <local@domain>", "<local@domain>" or a bare "local@domain".
Result<Mailbox> parse_mailbox(std::string_view text);
// "Name <local@domain>", or the bare address without a name.
std::string format_mailbox(const Mailbox& mailbox);

}  // namespace duecall::domain
