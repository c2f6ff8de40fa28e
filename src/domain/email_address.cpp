#include "domain/email_address.hpp"

#include <algorithm>
#include <cctype>

namespace duecall::domain {
namespace {

constexpr std::size_t kMaxAddressLength = 254;
constexpr std::size_t kMaxLocalLength = 64;
constexpr std::size_t kMaxLabelLength = 63;
constexpr std::size_t kMaxNameLength = 200;

bool is_atext(char c) {
  if (std::isalnum(static_cast<unsigned char>(c))) return true;
  return std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

bool valid_local_part(std::string_view local) {
  if (local.empty() || local.size() > kMaxLocalLength) return false;
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) {
    return false;
  }
  return std::all_of(local.begin(), local.end(), [](char c) { return c == '.' || is_atext(c); });
}

bool valid_label(std::string_view label) {
  if (label.empty() || label.size() > kMaxLabelLength) return false;
  if (label.front() == '-' || label.back() == '-') return false;
  return std::all_of(label.begin(), label.end(), [](char c) {
    return c == '-' || std::isalnum(static_cast<unsigned char>(c));
  });
}

bool valid_domain(std::string_view domain) {
  int labels = 0;
  for (std::size_t start = 0;;) {
    std::size_t dot = domain.find('.', start);
    if (!valid_label(domain.substr(start, dot - start))) return false;
    ++labels;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return labels >= 2;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

Result<std::string> check_name(std::string_view name) {
  bool clean = std::none_of(name.begin(), name.end(), [](char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7f || c == '<' || c == '>' || c == '"';
  });
  if (!clean || name.size() > kMaxNameLength) {
    return Error::invalid_argument("'" + std::string(name) +
                                   "' is not a display name (at most 200 bytes, no control "
                                   "characters, quotes or angle brackets)");
  }
  return std::string(name);
}

}  // namespace

Result<std::string> check_email_address(std::string_view address) {
  std::size_t at = address.rfind('@');
  if (address.size() > kMaxAddressLength || at == std::string_view::npos ||
      !valid_local_part(address.substr(0, at)) || !valid_domain(address.substr(at + 1))) {
    return Error::invalid_argument("'" + std::string(address) + "' is not an e-mail address");
  }
  std::string checked(address);
  std::transform(checked.begin() + static_cast<std::ptrdiff_t>(at) + 1, checked.end(),
                 checked.begin() + static_cast<std::ptrdiff_t>(at) + 1,
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return checked;
}

Result<Mailbox> parse_mailbox(std::string_view text) {
  text = trim(text);
  std::size_t open = text.find('<');
  if (open == std::string_view::npos) {
    return Mailbox{.name = "", .address = TRY(check_email_address(text))};
  }
  if (text.back() != '>' || text.find('<', open + 1) != std::string_view::npos) {
    return Error::invalid_argument("'" + std::string(text) +
                                   "' is not of the form Name <local@domain>");
  }
  std::string_view address = text.substr(open + 1, text.size() - open - 2);
  return Mailbox{.name = TRY(check_name(trim(text.substr(0, open)))),
                 .address = TRY(check_email_address(address))};
}

std::string format_mailbox(const Mailbox& mailbox) {
  if (mailbox.name.empty()) return mailbox.address;
  return mailbox.name + " <" + mailbox.address + ">";
}

}  // namespace duecall::domain
