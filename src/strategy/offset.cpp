#include "strategy/offset.hpp"

#include <cstdlib>
#include <string>

namespace duecall::strategy {

std::string_view anchor_name(Anchor anchor) {
  switch (anchor) {
    case Anchor::intake:
      return "intake";
    case Anchor::reminder:
      return "reminder";
    case Anchor::due_date:
      return "due_date";
    case Anchor::previous_step:
      return "previous_step";
  }
  return "unknown";
}

Result<Anchor> parse_anchor(std::string_view name) {
  for (Anchor anchor : kAllAnchors) {
    if (anchor_name(anchor) == name) return anchor;
  }
  return Error::invalid_argument("'" + std::string(name) +
                                 "' is not an anchor (intake, reminder, due_date, previous_step)");
}

namespace {

std::string term(int count, const char* unit) {
  const char* sign = count < 0 ? " - " : " + ";
  const int size = std::abs(count);
  return sign + std::to_string(size) + " " + unit + (size == 1 ? "" : "s");
}

}  // namespace

std::string Offset::describe() const {
  std::string text(anchor_name(from));
  if (days != 0) text += term(days, "day");
  if (hours != 0) text += term(hours, "hour");
  return text;
}

}  // namespace duecall::strategy
