// Who is calling, as `script show --claim` and `case show` fill a script with it: from
// --agency, --retention-months and --operator, or from DUECALL_AGENCY,
// DUECALL_RECORDING_RETENTION_MONTHS and DUECALL_OPERATOR, until agency settings and
// operator logins exist.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "app/call_scripts.hpp"

namespace duecall::cli {

struct SpeakerOptions {
  std::string operator_name;
  std::string agency_name;
  int retention_months = 0;  // 0: not given
};

void add_speaker_options(CLI::App* command, SpeakerOptions& options);
// kInvalidArgument when the retention from the environment is not 1 to 1200 months.
Result<app::Speaker> speaker_of(const SpeakerOptions& options);

}  // namespace duecall::cli
