#include "cli/speaker_options.hpp"

#include <cstdlib>

namespace duecall::cli {
namespace {

std::string environment_or(const std::string& given, const char* variable) {
  if (!given.empty()) return given;
  const char* value = std::getenv(variable);
  return value ? value : "";
}

}  // namespace

void add_speaker_options(CLI::App* command, SpeakerOptions& options) {
  command->add_option("--operator", options.operator_name,
                      "the operator's name for {operator.name} (default: $DUECALL_OPERATOR)");
  command->add_option("--agency", options.agency_name,
                      "the agency's name for {agency.name} (default: $DUECALL_AGENCY)");
  command
      ->add_option("--retention-months", options.retention_months,
                   "how long recordings are kept (default: $DUECALL_RECORDING_RETENTION_MONTHS)")
      ->check(CLI::Range(1, 1200));
}

Result<app::Speaker> speaker_of(const SpeakerOptions& options) {
  app::Speaker speaker{.agency_name = environment_or(options.agency_name, "DUECALL_AGENCY"),
                       .recording_retention_months = std::nullopt,
                       .operator_name = environment_or(options.operator_name, "DUECALL_OPERATOR")};
  std::string months = options.retention_months > 0
                           ? std::to_string(options.retention_months)
                           : environment_or("", "DUECALL_RECORDING_RETENTION_MONTHS");
  if (!months.empty()) {
    char* end = nullptr;
    long value = std::strtol(months.c_str(), &end, 10);
    if (*end != '\0' || value < 1 || value > 1200) {
      return Error::invalid_argument("the recording retention must be 1 to 1200 months, not '" +
                                     months + "'");
    }
    speaker.recording_retention_months = static_cast<int>(value);
  }
  return speaker;
}

}  // namespace duecall::cli
