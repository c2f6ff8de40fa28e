#include "domain/script_template.hpp"

namespace duecall::domain {
namespace {

// The 1-based position of the character that starts at `byte` in UTF-8 `text`: bytes that
// continue a character (10xxxxxx) are not counted, so "č" counts once.
std::size_t character_number(std::string_view text, std::size_t byte) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++characters;
  }
  return characters + 1;
}

bool is_word_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

bool is_placeholder_name(std::string_view name) {
  bool word_start = true;
  for (char c : name) {
    if (c == '.') {
      if (word_start) return false;  // an empty word: "..", a leading dot
      word_start = true;
      continue;
    }
    if (!is_word_character(c)) return false;
    if (word_start && !(c >= 'a' && c <= 'z')) return false;
    word_start = false;
  }
  return !word_start;  // not empty and no trailing dot
}

Result<ScriptTemplate> ScriptTemplate::parse(std::string_view source) {
  std::vector<Piece> pieces;
  std::string literal;
  auto at = [&](std::size_t byte) {
    return "at character " + std::to_string(character_number(source, byte));
  };
  for (std::size_t i = 0; i < source.size(); ++i) {
    char c = source[i];
    if (c == '}') {
      if (i + 1 < source.size() && source[i + 1] == '}') {
        literal += '}';
        ++i;
        continue;
      }
      return Error::invalid_argument("'}' " + at(i) + " closes no '{' (write '}}' for a brace)");
    }
    if (c != '{') {
      literal += c;
      continue;
    }
    if (i + 1 < source.size() && source[i + 1] == '{') {
      literal += '{';
      ++i;
      continue;
    }
    std::size_t close = source.find_first_of("{}", i + 1);
    if (close == std::string_view::npos || source[close] == '{') {
      return Error::invalid_argument("'{' " + at(i) + " is not closed (write '{{' for a brace)");
    }
    std::string_view name = source.substr(i + 1, close - i - 1);
    if (!is_placeholder_name(name)) {
      return Error::invalid_argument("'{" + std::string(name) + "}' " + at(i) +
                                     " is not a placeholder: names are lower-case words "
                                     "joined by dots, such as {debtor.name}");
    }
    if (!literal.empty()) pieces.push_back({std::move(literal), false});
    literal.clear();
    pieces.push_back({std::string(name), true});
    i = close;
  }
  if (!literal.empty()) pieces.push_back({std::move(literal), false});
  return ScriptTemplate(std::string(source), std::move(pieces));
}

std::vector<std::string> ScriptTemplate::placeholders() const {
  std::vector<std::string> names;
  for (const auto& piece : pieces_) {
    if (piece.is_placeholder) names.push_back(piece.text);
  }
  return names;
}

std::string ScriptTemplate::render(
    const std::function<std::string(std::string_view name)>& value_of) const {
  std::string out;
  bool value_ends_with_period = false;
  for (const auto& piece : pieces_) {
    if (piece.is_placeholder) {
      std::string value = value_of(piece.text);
      value_ends_with_period = !value.empty() && value.back() == '.';
      out += value;
      continue;
    }
    std::string_view text = piece.text;
    // "Izterjava d.o.o." before "." would read "d.o.o.."; an ellipsis stays as written.
    if (value_ends_with_period && text.starts_with('.') && !text.starts_with("..")) {
      text.remove_prefix(1);
    }
    value_ends_with_period = false;
    out += text;
  }
  return out;
}

}  // namespace duecall::domain
