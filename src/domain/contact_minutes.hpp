// ContactMinutes are what an operator writes down about one contact so that a third person
// (the client's contact person, a supervisor, a colleague who calls next) understands what
// was said without having been there: who they spoke with, whether that person's identity
// was verified, a one-paragraph summary and free notes.
//
// Minutes are personal data: they are stored with the contact, shown on the case timeline
// and e-mailed to the client on request, and never written to logs or error messages
// (errors name the field, never its text).
//
// Invariants (make_minutes): every text is valid UTF-8 with no control characters other
// than line breaks and tabs (and none at all in spoke_with); spoke_with is at most 200
// bytes, summary 2,000 and notes 10,000. Minutes with no field set are "no minutes".
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace duecall::domain {

// Timeline event kinds of minutes, beside those of timeline.hpp.
namespace event_kind {
// The minutes of a contact reached the client's contact persons: recipients, message id
// and the SHA-256 of the message as sent.
inline constexpr std::string_view kMinutesEmailed = "minutes_emailed";
}  // namespace event_kind

struct ContactMinutes {
  std::string spoke_with;                 // who answered: "the debtor", "Ana Kos", ...
  std::optional<bool> identity_verified;  // none: not said
  std::string summary;
  std::string notes;

  // Returns true iff no field is set.
  bool empty() const {
    return spoke_with.empty() && !identity_verified && summary.empty() && notes.empty();
  }
  // {"spoke_with", "identity_verified", "summary", "notes"}, unset fields left out.
  nlohmann::json to_json() const;
  // The inverse of to_json, checked as make_minutes checks.
  static Result<ContactMinutes> from_json(const nlohmann::json& document);
  bool operator==(const ContactMinutes&) const = default;
};

// Checks minutes as an operator typed them.
Result<ContactMinutes> make_minutes(ContactMinutes minutes);

}  // namespace duecall::domain
