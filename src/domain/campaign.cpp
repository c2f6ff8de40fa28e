#include "domain/campaign.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace duecall::domain {
namespace {

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

// "2.5" with `scale` decimal places allowed -> 25 (scale 1); nothing for other text.
std::optional<std::int64_t> fixed_point(std::string_view text, int scale) {
  std::size_t dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? "" : text.substr(dot + 1);
  if (whole.empty() && fraction.empty()) return std::nullopt;
  if ((!whole.empty() && !all_digits(whole)) || (!fraction.empty() && !all_digits(fraction)) ||
      whole.size() > 6) {
    return std::nullopt;
  }
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  if (static_cast<int>(fraction.size()) > scale) return std::nullopt;
  std::int64_t value = 0;
  for (char c : whole) value = value * 10 + (c - '0');
  for (int place = 0; place < scale; ++place) {
    value = value * 10 + (place < static_cast<int>(fraction.size()) ? fraction[place] - '0' : 0);
  }
  return value;
}

}  // namespace

std::string_view campaign_mode_name(CampaignMode mode) {
  switch (mode) {
    case CampaignMode::kPreview:
      return "preview";
    case CampaignMode::kProgressive:
      return "progressive";
    case CampaignMode::kPredictive:
      return "predictive";
  }
  return "preview";
}

Result<CampaignMode> parse_campaign_mode(std::string_view name) {
  for (auto mode : {CampaignMode::kPreview, CampaignMode::kProgressive, CampaignMode::kPredictive}) {
    if (campaign_mode_name(mode) == name) return mode;
  }
  return Error::invalid_argument("mode \"" + std::string(name) +
                                 "\" is not one of preview, progressive, predictive");
}

std::string_view campaign_state_name(CampaignState state) {
  switch (state) {
    case CampaignState::kCreated:
      return "created";
    case CampaignState::kRunning:
      return "running";
    case CampaignState::kPaused:
      return "paused";
    case CampaignState::kStopped:
      return "stopped";
  }
  return "created";
}

Result<CampaignState> parse_campaign_state(std::string_view name) {
  for (auto state : {CampaignState::kCreated, CampaignState::kRunning, CampaignState::kPaused,
                     CampaignState::kStopped}) {
    if (campaign_state_name(state) == name) return state;
  }
  return Error::invalid_argument("campaign state \"" + std::string(name) + "\" is not known");
}

std::string_view campaign_action_name(CampaignAction action) {
  switch (action) {
    case CampaignAction::kStart:
      return "start";
    case CampaignAction::kPause:
      return "pause";
    case CampaignAction::kStop:
      return "stop";
  }
  return "start";
}

Result<CampaignState> campaign_transition(CampaignState from, CampaignAction action) {
  bool allowed = false;
  CampaignState to = from;
  switch (action) {
    case CampaignAction::kStart:
      allowed = from == CampaignState::kCreated || from == CampaignState::kPaused;
      to = CampaignState::kRunning;
      break;
    case CampaignAction::kPause:
      allowed = from == CampaignState::kRunning;
      to = CampaignState::kPaused;
      break;
    case CampaignAction::kStop:
      allowed = from != CampaignState::kStopped;
      to = CampaignState::kStopped;
      break;
  }
  if (allowed) return to;
  std::string why = from == CampaignState::kStopped ? "; a stopped campaign stays stopped"
                    : action == CampaignAction::kPause ? "; only a running campaign pauses"
                                                       : "; it starts from created or paused";
  return Error::failed_precondition("cannot " + std::string(campaign_action_name(action)) +
                                    " a campaign that is " +
                                    std::string(campaign_state_name(from)) + why);
}

Result<std::int64_t> parse_abandon_cap(std::string_view text) {
  std::string_view value = trim(text);
  std::optional<std::int64_t> basis_points;
  if (!value.empty() && value.back() == '%') {
    basis_points = fixed_point(trim(value.substr(0, value.size() - 1)), 2);
  } else {
    basis_points = fixed_point(value, 4);
  }
  if (!basis_points || *basis_points > kBasisPointsWhole) {
    return Error::invalid_argument("abandon cap \"" + std::string(text) +
                                   "\" is not a share between 0% and 100% (\"3%\" or \"0.03\", "
                                   "to a hundredth of a per cent)");
  }
  return *basis_points;
}

std::string format_basis_points(std::int64_t basis_points) {
  std::string text = std::to_string(basis_points / 100);
  std::int64_t hundredths = basis_points % 100;
  if (hundredths != 0) {
    text += '.';
    text += static_cast<char>('0' + hundredths / 10);
    if (hundredths % 10 != 0) text += static_cast<char>('0' + hundredths % 10);
  }
  return text + "%";
}

Status check_campaign_name(std::string_view name) {
  if (name.empty() || name.size() > kCampaignNameLengthMax) {
    return Error::invalid_argument("a campaign name has 1 to " +
                                   std::to_string(kCampaignNameLengthMax) + " characters");
  }
  if (all_digits(name)) {
    return Error::invalid_argument("campaign name \"" + std::string(name) +
                                   "\" is all digits, which would read as an id");
  }
  return {};
}

}  // namespace duecall::domain
