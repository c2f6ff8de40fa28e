#include "compliance/contact_request.hpp"

#include <string>

namespace duecall::compliance {

namespace {
constexpr ContactResult kAllResults[] = {ContactResult::no_answer,   ContactResult::busy,
                                         ContactResult::voicemail,   ContactResult::wrong_number,
                                         ContactResult::third_party, ContactResult::right_party};
constexpr NumberKind kAllNumberKinds[] = {NumberKind::unknown, NumberKind::home, NumberKind::mobile,
                                          NumberKind::work, NumberKind::other};
}  // namespace

std::string_view contact_result_name(ContactResult result) {
  switch (result) {
    case ContactResult::no_answer:
      return "no_answer";
    case ContactResult::busy:
      return "busy";
    case ContactResult::voicemail:
      return "voicemail";
    case ContactResult::wrong_number:
      return "wrong_number";
    case ContactResult::third_party:
      return "third_party";
    case ContactResult::right_party:
      return "right_party";
  }
  return "unknown";
}

Result<ContactResult> parse_contact_result(std::string_view name) {
  for (ContactResult result : kAllResults) {
    if (contact_result_name(result) == name) return result;
  }
  return Error::invalid_argument("'" + std::string(name) + "' is not a contact result");
}

std::string_view number_kind_name(NumberKind kind) {
  switch (kind) {
    case NumberKind::unknown:
      return "unknown";
    case NumberKind::home:
      return "home";
    case NumberKind::mobile:
      return "mobile";
    case NumberKind::work:
      return "work";
    case NumberKind::other:
      return "other";
  }
  return "unknown";
}

Result<NumberKind> parse_number_kind(std::string_view name) {
  for (NumberKind kind : kAllNumberKinds) {
    if (number_kind_name(kind) == name) return kind;
  }
  return Error::invalid_argument("'" + std::string(name) + "' is not a number kind");
}

}  // namespace duecall::compliance
