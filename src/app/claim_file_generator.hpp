// Generates realistic claim files in the canonical layout for demos and benchmarks:
// Slovenian names with diacritics, valid Slovenian mobile and fixed numbers, due dates
// 1 to 60 days before `today`, reminders between the due date and today, several claims per
// debtor. The same options always give the same bytes (a seeded generator, no clock).
#pragma once

#include <cstdint>
#include <string>

#include "core/civil_date.hpp"

namespace duecall::app {

struct ClaimFileOptions {
  std::int64_t rows = 1000;
  std::int64_t debtors = 0;  // 0: about 60 % of rows
  std::uint64_t seed = 1;
  CivilDate today = CivilDate::from_ymd(2026, 1, 1);
  std::string prefix = "INV";  // client_ref = PREFIX-00000001
};

std::string generate_claim_csv(const ClaimFileOptions& options);

}  // namespace duecall::app
