// How many days a written notice must precede a credit-bureau registration, per
// jurisdiction: the N of the ladder's "bureau only after a notice sent at least N days
// before". The figure is a floor a client may raise, never lower.
#pragma once

#include <string_view>

namespace duecall::compliance {

struct BureauNotice {
  int days = 10;
  std::string_view source;
};

// The notice period for a debtor in `country` (ISO 3166-1 alpha-2; empty means SI).
BureauNotice bureau_notice_for(std::string_view country);

}  // namespace duecall::compliance
