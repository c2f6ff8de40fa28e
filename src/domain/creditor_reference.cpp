#include "domain/creditor_reference.hpp"

#include <cctype>

#include "core/check.hpp"

namespace duecall::domain {
namespace {

// Upper-cases `text` and drops the spaces and hyphens people print references with.
std::string compact(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '-') continue;
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_upper_alnum(char c) {
  return is_digit(c) || (c >= 'A' && c <= 'Z');
}

// The remainder modulo 97 of the number spelled by `text` with letters as 10..35, computed
// digit by digit so that references of any length never overflow.
int mod97_of_alphanumeric(std::string_view text) {
  int remainder = 0;
  for (char c : text) {
    if (is_digit(c)) {
      remainder = (remainder * 10 + (c - '0')) % 97;
    } else {
      int value = c - 'A' + 10;
      remainder = (remainder * 100 + value) % 97;
    }
  }
  return remainder;
}

}  // namespace

std::optional<CreditorReference> read_rf_reference(std::string_view text) {
  std::string reference = compact(text);
  // "RF" + 2 check digits + 1..21 characters: 5 to 25 in all (ISO 11649).
  if (reference.size() < 5 || reference.size() > 25) return std::nullopt;
  if (reference[0] != 'R' || reference[1] != 'F') return std::nullopt;
  if (!is_digit(reference[2]) || !is_digit(reference[3])) return std::nullopt;
  for (char c : reference) {
    if (!is_upper_alnum(c)) return std::nullopt;
  }
  std::string rearranged = reference.substr(4) + reference.substr(0, 4);
  if (mod97_of_alphanumeric(rearranged) != 1) return std::nullopt;
  return CreditorReference{.full = reference, .payload = reference.substr(4)};
}

int si12_control_digit(std::string_view digits) {
  DC_VERIFY(!digits.empty() && digits.size() <= 19, "an SI12 reference numbers 1 to 19 digits");
  int sum = 0;
  int weight = 2;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it, ++weight) {
    sum += (*it - '0') * weight;
  }
  int control = 11 - sum % 11;
  return control >= 10 ? 0 : control;
}

std::optional<CreditorReference> read_si12_reference(std::string_view text) {
  std::string reference = compact(text);
  // "SI12" + at least one digit and the control digit, at most 20 digits in all.
  if (reference.size() < 6 || reference.size() > 24) return std::nullopt;
  if (reference.compare(0, 4, "SI12") != 0) return std::nullopt;
  std::string_view digits = std::string_view(reference).substr(4);
  for (char c : digits) {
    if (!is_digit(c)) return std::nullopt;
  }
  std::string_view numbered = digits.substr(0, digits.size() - 1);
  if (si12_control_digit(numbered) != digits.back() - '0') return std::nullopt;
  return CreditorReference{.full = reference, .payload = std::string(numbered)};
}

}  // namespace duecall::domain
