// A ScriptTemplate is one line of a call script as its author wrote it: literal text with
// placeholders in braces, "Dober dan, {debtor.name}.", where "{{" and "}}" stand for a
// literal brace. A placeholder name is lower-case words of letters, digits and '_' joined
// by dots ("case.total_due").
//
// Parsing checks only the syntax; which names exist is the catalogue's business
// (script_placeholders.hpp), so that templates and catalogue can be tested apart.
// Invariants of a parsed template: every brace in `source` is either doubled or encloses
// a well-formed name; rendering therefore cannot fail. A ScriptTemplate is an immutable
// value.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace duecall::domain {

class ScriptTemplate {
 public:
  // Errors name the character (counted in Unicode characters from 1) and the rule broken:
  // an unclosed '{', a lone '}', or a name that is not a placeholder name.
  static Result<ScriptTemplate> parse(std::string_view source);

  const std::string& source() const { return source_; }
  // The placeholder names in order of appearance, repeats included.
  std::vector<std::string> placeholders() const;
  // The text with every placeholder replaced by `value_of(name)` and escapes undone. A
  // period right after a value that ends with one ("Izterjava d.o.o.") is dropped, so that
  // abbreviations at the end of a sentence do not end in "..".
  std::string render(const std::function<std::string(std::string_view name)>& value_of) const;

  bool operator==(const ScriptTemplate& other) const { return source_ == other.source_; }

 private:
  struct Piece {
    std::string text;  // literal text, or the placeholder's name
    bool is_placeholder = false;
  };
  ScriptTemplate(std::string source, std::vector<Piece> pieces)
      : source_(std::move(source)), pieces_(std::move(pieces)) {}

  std::string source_;
  std::vector<Piece> pieces_;
};

// Returns true iff `name` is well-formed: lower-case words joined by dots.
bool is_placeholder_name(std::string_view name);

}  // namespace duecall::domain
