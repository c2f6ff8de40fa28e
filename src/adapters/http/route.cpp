#include "adapters/http/route.hpp"

#include <algorithm>

#include "core/text_encoding.hpp"

namespace duecall::adapters::http {
namespace {

std::vector<std::string_view> segments_of(std::string_view path) {
  std::vector<std::string_view> segments;
  while (!path.empty()) {
    if (path.front() == '/') {
      path.remove_prefix(1);
      continue;
    }
    auto end = path.find('/');
    segments.push_back(path.substr(0, end));
    if (end == std::string_view::npos) break;
    path.remove_prefix(end);
  }
  return segments;
}

// Undoes %XX escapes; nothing when an escape is malformed or decodes to a slash, or when the
// result is not UTF-8 text without control characters (no such value names anything, and
// handlers may quote it back in JSON, which must be UTF-8).
std::optional<std::string> percent_decoded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    auto hex = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      return -1;
    };
    if (i + 2 >= text.size()) return std::nullopt;
    int high = hex(text[i + 1]), low = hex(text[i + 2]);
    if (high < 0 || low < 0) return std::nullopt;
    char decoded = static_cast<char>(high * 16 + low);
    if (decoded == '/' || decoded == '\0') return std::nullopt;
    out += decoded;
    i += 2;
  }
  if (!is_plain_text(out)) return std::nullopt;
  return out;
}

}  // namespace

bool Route::allows_role(domain::Role role) const {
  return roles.empty() || std::find(roles.begin(), roles.end(), role) != roles.end();
}

std::optional<std::map<std::string, std::string>> match_pattern(const std::string& pattern,
                                                                std::string_view path) {
  auto want = segments_of(pattern);
  auto have = segments_of(path);
  std::map<std::string, std::string> params;
  // A last segment "{name...}" takes the rest of the path, zero or more segments, each
  // decoded on its own and joined with '/'.
  if (!want.empty() && want.back().size() > 5 && want.back().front() == '{' &&
      want.back().substr(want.back().size() - 4) == "...}") {
    std::string_view rest_name = want.back().substr(1, want.back().size() - 5);
    want.pop_back();
    if (have.size() < want.size()) return std::nullopt;
    std::string rest;
    for (std::size_t segment_idx = want.size(); segment_idx < have.size(); ++segment_idx) {
      auto value = percent_decoded(have[segment_idx]);
      if (!value) return std::nullopt;
      rest += (rest.empty() ? "" : "/") + *value;
    }
    params[std::string(rest_name)] = std::move(rest);
    have.resize(want.size());
  }
  if (want.size() != have.size()) return std::nullopt;
  for (std::size_t segment_idx = 0; segment_idx < want.size(); ++segment_idx) {
    std::string_view expected = want[segment_idx];
    if (expected.size() > 2 && expected.front() == '{' && expected.back() == '}') {
      auto value = percent_decoded(have[segment_idx]);
      if (!value || value->empty()) return std::nullopt;
      params[std::string(expected.substr(1, expected.size() - 2))] = std::move(*value);
    } else if (expected != have[segment_idx]) {
      return std::nullopt;
    }
  }
  return params;
}

}  // namespace duecall::adapters::http
