// A Campaign is a dialer run over the due calls of one or more clients, administered by
// supervisors: it has a pacing mode, a cap on the share of answered calls it may abandon,
// and the caller ID it presents. This file holds the pure parts: the names of modes and
// states as stored and typed, the abandonment cap, and the state machine.
//
// States: created -> running <-> paused, and any of them -> stopped. Stopped is final.
// A campaign starts from created or paused, pauses only while running, and stops from any
// state but stopped. Every refused change says which state the campaign is in.
//
// The abandonment cap is held in basis points (1/100 of a per cent): 300 is 3 %, the
// default (Ofcom's limit over 24 hours). It is typed either as a percentage ("3%", "2.5%")
// or as a fraction ("0.03"), and must lie in 0 % .. 100 %.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace duecall::domain {

enum class CampaignMode { kPreview, kProgressive, kPredictive };
enum class CampaignState { kCreated, kRunning, kPaused, kStopped };
enum class CampaignAction { kStart, kPause, kStop };

inline constexpr std::int64_t kDefaultAbandonCapBp = 300;
inline constexpr std::int64_t kBasisPointsWhole = 10000;
inline constexpr std::size_t kCampaignNameLengthMax = 100;

std::string_view campaign_mode_name(CampaignMode mode);
Result<CampaignMode> parse_campaign_mode(std::string_view name);
std::string_view campaign_state_name(CampaignState state);
Result<CampaignState> parse_campaign_state(std::string_view name);
std::string_view campaign_action_name(CampaignAction action);

// The state `action` leads to from `from`; kFailedPrecondition when the machine forbids it.
Result<CampaignState> campaign_transition(CampaignState from, CampaignAction action);

// "3%", "2.5 %" or "0.03" -> basis points; kInvalidArgument for anything else or a value
// outside 0 % .. 100 % or finer than a basis point.
Result<std::int64_t> parse_abandon_cap(std::string_view text);
// 300 -> "3%", 250 -> "2.5%".
std::string format_basis_points(std::int64_t basis_points);

// A name is 1 to kCampaignNameLengthMax characters, not all digits (so that an argument
// that is all digits can only be an id).
Status check_campaign_name(std::string_view name);

}  // namespace duecall::domain
