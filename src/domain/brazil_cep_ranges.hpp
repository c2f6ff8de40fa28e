// The Brazilian federative unit (UF) a CEP belongs to, from the ranges Correios assigns to
// each state ("Faixas de CEP por UF", Correios; 01000-000 to 19999-999 is São Paulo ...),
// and the UF codes we recognise in address text.
#pragma once

#include <optional>
#include <string_view>

namespace duecall::domain {

// The UF of a CEP "01310-100" or "01310100"; empty for any other text and for ranges that
// Correios has not assigned (00000-000 to 00999-999).
std::optional<std::string_view> brazil_state_of_cep(std::string_view cep);

// Returns true iff `code` is one of the 27 UF codes, upper case ("SP").
bool is_brazil_state_code(std::string_view code);

}  // namespace duecall::domain
