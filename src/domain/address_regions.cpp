#include "domain/address_regions.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "domain/brazil_cep_ranges.hpp"
#include "domain/us_zip_prefixes.hpp"

namespace duecall::domain {

namespace {

struct PostalScheme {
  bool (*is_region_code)(std::string_view);
  std::optional<std::string_view> (*region_of_postal_code)(std::string_view);
};

bool is_separator(std::string_view text, std::size_t index) {
  const char c = text[index];
  if (c == '-') {
    // A hyphen between digits belongs to a postal code ("02110-1234", "01305-000").
    const bool digit_before =
        index > 0 && std::isdigit(static_cast<unsigned char>(text[index - 1]));
    const bool digit_after =
        index + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[index + 1]));
    return !(digit_before && digit_after);
  }
  return std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == ';' || c == '/' ||
         c == '|' || c == '(' || c == ')';
}

std::vector<std::string> tokens_of(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  auto flush = [&] {
    // "MA." at the end of a sentence is still "MA".
    while (!current.empty() && current.back() == '.') current.pop_back();
    if (!current.empty()) tokens.push_back(current);
    current.clear();
  };
  for (std::size_t index = 0; index < text.size(); ++index) {
    if (is_separator(text, index)) {
      flush();
    } else {
      current += text[index];
    }
  }
  flush();
  return tokens;
}

std::string upper(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return result;
}

// A trailing "USA", "United States" or "Brasil" says nothing about the region.
void drop_trailing_country(std::vector<std::string>& tokens) {
  static const std::vector<std::string> kCountryWords = {"USA",    "US",     "U.S.A", "U.S",
                                                         "BRASIL", "BRAZIL", "BR"};
  while (!tokens.empty()) {
    const std::string last = upper(tokens.back());
    if (last == "STATES" && tokens.size() >= 2 && upper(tokens[tokens.size() - 2]) == "UNITED") {
      tokens.resize(tokens.size() - 2);
    } else if (std::find(kCountryWords.begin(), kCountryWords.end(), last) != kCountryWords.end()) {
      tokens.pop_back();
    } else {
      return;
    }
  }
}

void add_unique(std::vector<std::string>& regions, std::string_view region) {
  if (std::find(regions.begin(), regions.end(), region) == regions.end()) {
    regions.emplace_back(region);
  }
}

// Reads the end of one text field: "... MA" or "... MA 02110".
void read_field_end(std::string_view field, const PostalScheme& scheme,
                    std::vector<std::string>& text_regions,
                    std::vector<std::string>& postal_regions) {
  std::vector<std::string> tokens = tokens_of(field);
  drop_trailing_country(tokens);
  if (tokens.empty()) return;
  const std::string& last = tokens.back();
  if (scheme.is_region_code(last)) {
    add_unique(text_regions, last);
    return;
  }
  auto postal = scheme.region_of_postal_code(last);
  if (postal && tokens.size() >= 2 && scheme.is_region_code(tokens[tokens.size() - 2])) {
    add_unique(text_regions, tokens[tokens.size() - 2]);
    add_unique(postal_regions, *postal);
  }
}

}  // namespace

std::vector<std::string> address_regions(const Debtor& debtor, std::string_view country) {
  PostalScheme scheme;
  if (country == "US") {
    scheme = {is_us_state_code, us_state_of_zip};
  } else if (country == "BR") {
    scheme = {is_brazil_state_code, brazil_state_of_cep};
  } else {
    return {};
  }
  std::vector<std::string> text_regions;
  std::vector<std::string> postal_regions;
  read_field_end(debtor.address, scheme, text_regions, postal_regions);
  read_field_end(debtor.city, scheme, text_regions, postal_regions);
  std::string postal_code = debtor.postal_code;
  postal_code.erase(std::remove_if(postal_code.begin(), postal_code.end(),
                                   [](unsigned char c) { return std::isspace(c) != 0; }),
                    postal_code.end());
  if (auto region = scheme.region_of_postal_code(postal_code)) {
    add_unique(postal_regions, *region);
  }
  for (const std::string& region : postal_regions) add_unique(text_regions, region);
  return text_regions;
}

}  // namespace duecall::domain
