// Use cases for the do-not-call list: add a number, remove it, list the numbers. The list
// is per number, not per debtor or client: a listed number is not called or texted for any
// case. Numbers are parsed with PhoneNumber (national forms are read as Slovenian, the
// first market) and stored in E.164, which is also how contact points store valid phones.
//
// Each change is appended to the timeline of every case whose debtor has the number among
// their valid phones, in the same transaction. Adding a listed number is kAlreadyExists;
// removing an unlisted one is kNotFound.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/ports.hpp"

namespace duecall::app {

// The region that national-form numbers on the command line are read in.
inline constexpr std::string_view kDoNotCallDefaultRegion = "SI";

struct DoNotCallChange {
  std::string number;            // E.164
  std::int64_t cases_noted = 0;  // timelines the change was appended to
};

Result<DoNotCallChange> add_to_do_not_call(Store& store, const Clock& clock,
                                           std::string_view number_text, std::string reason,
                                           std::string actor);
Result<DoNotCallChange> remove_from_do_not_call(Store& store, const Clock& clock,
                                                std::string_view number_text, std::string actor);
Result<std::vector<DoNotCallEntry>> list_do_not_call(Store& store);

}  // namespace duecall::app
