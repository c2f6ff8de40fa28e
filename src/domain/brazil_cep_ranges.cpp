#include "domain/brazil_cep_ranges.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace duecall::domain {

namespace {

// By the CEP's first five digits, inclusive, ascending and disjoint. Three states hold two
// ranges: Amazonas around Roraima's, the Federal District and Goiás interleaved, and
// Rondônia on both sides of Tocantins and Mato Grosso.
struct CepRange {
  int first;
  int last;
  std::string_view state;
};

constexpr CepRange kRanges[] = {
    {1000, 19999, "SP"},  {20000, 28999, "RJ"}, {29000, 29999, "ES"}, {30000, 39999, "MG"},
    {40000, 48999, "BA"}, {49000, 49999, "SE"}, {50000, 56999, "PE"}, {57000, 57999, "AL"},
    {58000, 58999, "PB"}, {59000, 59999, "RN"}, {60000, 63999, "CE"}, {64000, 64999, "PI"},
    {65000, 65999, "MA"}, {66000, 68899, "PA"}, {68900, 68999, "AP"}, {69000, 69299, "AM"},
    {69300, 69399, "RR"}, {69400, 69899, "AM"}, {69900, 69999, "AC"}, {70000, 72799, "DF"},
    {72800, 72999, "GO"}, {73000, 73699, "DF"}, {73700, 76799, "GO"}, {76800, 76999, "RO"},
    {77000, 77999, "TO"}, {78000, 78899, "MT"}, {78900, 78999, "RO"}, {79000, 79999, "MS"},
    {80000, 87999, "PR"}, {88000, 89999, "SC"}, {90000, 99999, "RS"},
};

constexpr std::string_view kStates[] = {"AC", "AL", "AM", "AP", "BA", "CE", "DF", "ES", "GO",
                                        "MA", "MG", "MS", "MT", "PA", "PB", "PE", "PI", "PR",
                                        "RJ", "RN", "RO", "RR", "RS", "SC", "SE", "SP", "TO"};

}  // namespace

std::optional<std::string_view> brazil_state_of_cep(std::string_view cep) {
  std::string digits;
  if (cep.size() == 9 && cep[5] == '-') {
    digits = std::string(cep.substr(0, 5)) + std::string(cep.substr(6));
  } else if (cep.size() == 8) {
    digits = std::string(cep);
  }
  if (digits.size() != 8 || !std::all_of(digits.begin(), digits.end(),
                                         [](unsigned char c) { return std::isdigit(c) != 0; })) {
    return std::nullopt;
  }
  const int first_five = std::stoi(digits.substr(0, 5));
  for (const CepRange& range : kRanges) {
    if (first_five >= range.first && first_five <= range.last) return range.state;
  }
  return std::nullopt;
}

bool is_brazil_state_code(std::string_view code) {
  return std::find(std::begin(kStates), std::end(kStates), code) != std::end(kStates);
}

}  // namespace duecall::domain
