// The first-level regions a debtor's postal address points to: the US state (or district or
// territory) or the Brazilian federative unit (UF). Two sources are read:
//
//   - a state code that ends the address or the city text, or that stands just before a
//     postal code at its end: "Boston, MA", "1 Main St, Boston, MA 02110, USA",
//     "São Paulo - SP", "Rua Augusta 10, São Paulo/SP 01305-000". Only upper-case codes
//     count, and only at the end, so that words such as "in", "or" and "me" inside an
//     address are not taken for Indiana, Oregon and Maine;
//   - the postal code: the debtor's postal_code field, and a code written after the state
//     code in the text. A US ZIP code names its state by its first three digits, a CEP by
//     the Correios range it falls in (us_zip_prefixes.hpp, brazil_cep_ranges.hpp). A number
//     elsewhere in the text is never read as a postal code: it may be a house or box number.
//
// When the sources disagree (the text says MA, the ZIP code is in New York) every region
// named is returned, text first, without repeats: which one is wrong cannot be told, and
// the caller must then respect all of them. Pure and total: an address that names no region,
// and an address in any country other than US and BR, gives an empty list.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/debtor.hpp"

namespace duecall::domain {

// `country` is the ISO 3166-1 alpha-2 country to read the address as: the debtor's, or the
// client's when the debtor has none.
std::vector<std::string> address_regions(const Debtor& debtor, std::string_view country);

}  // namespace duecall::domain
