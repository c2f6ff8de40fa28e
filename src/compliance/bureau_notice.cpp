#include "compliance/bureau_notice.hpp"

namespace duecall::compliance {

BureauNotice bureau_notice_for(std::string_view country) {
  if (country == "BR") {
    // The law requires the notice in writing but sets no period; the bureaus wait 10 days
    // after sending it before they publish, which we adopt.
    return {10, "Lei 8.078/1990 (CDC) art. 43 §2: written notice before registration; 10 days "
                "is the bureaus' practice (policy)"};
  }
  // No statute found for SI, GB or US sets a period (see notes, section 3); 10 days is the
  // default the product promises and a client may lengthen.
  return {10, "policy: written notice at least 10 days before any registration"};
}

}  // namespace duecall::compliance
