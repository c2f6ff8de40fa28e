// A client's cases in brief, for lists: debtor, stage, the next action, number of claims and
// what is still open. list_case_summaries gives the first cases of a client (the demo);
// search_case_summaries a page of those matching a text, with the count of all matches,
// for the case list of the web UI. Each reads in one store transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

// The action the strategy has made due on a case.
struct NextAction {
  std::string step;
  std::string channel;
  Instant due_at;
};

struct CaseSummary {
  CaseId id;
  std::string debtor_ref;
  std::string debtor_name;
  std::string stage;
  std::size_t claims = 0;
  Money total_due;          // open claims in the client's currency
  std::vector<Money> open;  // open balance per currency, in currency code order
  std::optional<NextAction> next_action;
};

Result<std::vector<CaseSummary>> list_case_summaries(Store& store, std::string_view client_code,
                                                     std::int64_t limit);

inline constexpr std::int64_t kMaxCasesPerPage = 500;

struct CaseSearch {
  std::string client_code;
  std::string text;         // part of the debtor's name or ref, or of a claim's ref; empty: all
  std::int64_t limit = 50;  // 1 to kMaxCasesPerPage
  std::int64_t offset = 0;
};

struct CaseSummaryPage {
  std::vector<CaseSummary> cases;
  std::int64_t total = 0;
};

// kNotFound for an unknown client; kInvalidArgument for a limit or offset out of range.
Result<CaseSummaryPage> search_case_summaries(Store& store, const CaseSearch& search);

}  // namespace duecall::app
