#include "dialer/dialer_simulator.hpp"

#include <algorithm>
#include <memory>
#include <queue>
#include <vector>

#include "core/check.hpp"
#include "dialer/adaptive_pacer.hpp"
#include "dialer/number_fate.hpp"
#include "dialer/oracle_pacer.hpp"
#include "dialer/predictive_pacer.hpp"
#include "dialer/progressive_pacer.hpp"
#include "dialer/ratio_pacer.hpp"

namespace duecall::dialer {

using namespace std::chrono_literals;

double SimulationResult::talk_occupancy() const {
  return talk_seconds / (agents * hours * 3600.0);
}
double SimulationResult::talk_wrap_share() const {
  return (talk_seconds + wrap_up_seconds) / (agents * hours * 3600.0);
}
double SimulationResult::connects_per_agent_hour() const {
  return static_cast<double>(connected) / (agents * hours);
}
double SimulationResult::dials_per_agent_hour() const {
  return static_cast<double>(dials) / (agents * hours);
}
double SimulationResult::abandon_rate() const {
  return answered == 0 ? 0.0 : static_cast<double>(abandoned) / static_cast<double>(answered);
}

namespace {

enum class Due { kRingEnd, kConnectDeadline, kTalkEnd, kWrapUpEnd, kTick, kWake };

struct Scheduled {
  Instant at;
  std::uint64_t order;  // breaks ties: earlier scheduled runs first
  Due what;
  CallId call = 0;
  int agent = -1;
  bool operator>(const Scheduled& other) const {
    return at != other.at ? at > other.at : order > other.order;
  }
};

std::unique_ptr<Pacer> make_pacer(const SimulationConfig& config, FateList& fates,
                                  const AbandonLedger& ledger) {
  switch (config.mode) {
    case PacingMode::kProgressive: return std::make_unique<ProgressivePacer>();
    case PacingMode::kRatio: return std::make_unique<RatioPacer>(config.ratio);
    case PacingMode::kAdaptive: return std::make_unique<AdaptivePacer>();
    case PacingMode::kPredictive: {
      PredictiveConfig predictive = config.predictive;
      predictive.campaign = kSimulatedCampaign;
      predictive.model = config.model;
      return std::make_unique<PredictivePacer>(predictive, ledger);
    }
    case PacingMode::kOracle: return std::make_unique<OraclePacer>(fates, config.model);
  }
  DC_VERIFY(false, "every pacing mode has a pacer");
  return nullptr;
}

class Simulation {
 public:
  Simulation(const SimulationConfig& config, const SimulationObserver& observer)
      : config_(config),
        observer_(observer),
        fates_(config.model, config.answer_rate, config.seed),
        shift_end_(config.shift_start + seconds_to_duration(config.hours * 3600.0)),
        grace_(seconds_to_duration(config.model.connect_grace_seconds)),
        wrap_up_(seconds_to_duration(config.model.wrap_up_seconds)) {
    pacer_ = make_pacer(config, fates_, ledger_);
    floor_.agents.assign(static_cast<std::size_t>(config.agents),
                         AgentView{.state = AgentState::kReady, .since = config.shift_start});
    result_.mode = config.mode;
    result_.agents = config.agents;
    result_.hours = config.hours;
  }

  SimulationResult run() {
    schedule(config_.shift_start, Due::kTick);
    while (!queue_.empty()) {
      const Scheduled next = queue_.top();
      queue_.pop();
      now_ = next.at;
      handle(next);
      connect_waiting_calls();
      if (next.what == Due::kTick) pacer_->tick(floor_, now_);
      if (now_ < shift_end_) place_dials();
    }
    return result_;
  }

 private:
  void schedule(Instant at, Due what, CallId call = 0, int agent = -1) {
    queue_.push({at, next_order_++, what, call, agent});
  }

  void emit(DialerEventKind kind, CallId call, int agent = -1) {
    const DialerEvent event{kind, now_, call, agent};
    pacer_->observe(event);
    if (observer_) observer_(event, floor_, ledger_);
  }

  void handle(const Scheduled& due) {
    switch (due.what) {
      case Due::kRingEnd: return ring_ended(due.call);
      case Due::kConnectDeadline: return connect_deadline(due.call);
      case Due::kTalkEnd: return talk_ended(due.agent);
      case Due::kWrapUpEnd: return wrap_up_ended(due.agent);
      case Due::kTick:
        if (now_ + 1s < shift_end_) schedule(now_ + 1s, Due::kTick);
        return;
      case Due::kWake: return;
    }
  }

  void ring_ended(CallId call) {
    auto ringing = std::find_if(floor_.ringing.begin(), floor_.ringing.end(),
                                [call](const RingingCall& c) { return c.id == call; });
    DC_VERIFY(ringing != floor_.ringing.end(), "a ring ends once, for a call that rang");
    floor_.ringing.erase(ringing);
    if (fates_.at(call).fate != CallFate::kAnswered) {
      emit(DialerEventKind::kCallReleased, call);
      return;
    }
    floor_.waiting.push_back({call, now_});
    result_.answered += 1;
    emit(DialerEventKind::kCallAnswered, call);
    schedule(now_ + grace_, Due::kConnectDeadline, call);
  }

  void connect_deadline(CallId call) {
    auto waiting = std::find_if(floor_.waiting.begin(), floor_.waiting.end(),
                                [call](const WaitingCall& c) { return c.id == call; });
    if (waiting == floor_.waiting.end()) return;  // an agent took it in time
    floor_.waiting.erase(waiting);
    result_.abandoned += 1;
    ledger_.record(kSimulatedCampaign, now_, AnswerOutcome::kAbandoned);
    emit(DialerEventKind::kCallAbandoned, call);
  }

  void talk_ended(int agent_index) {
    AgentView& agent = floor_.agents[static_cast<std::size_t>(agent_index)];
    const CallId call = *agent.call;
    agent = AgentView{.state = AgentState::kWrapUp, .since = now_, .wrap_up_ends = now_ + wrap_up_};
    schedule(agent.wrap_up_ends, Due::kWrapUpEnd, 0, agent_index);
    emit(DialerEventKind::kCallEnded, call, agent_index);
  }

  void wrap_up_ended(int agent_index) {
    floor_.agents[static_cast<std::size_t>(agent_index)] =
        AgentView{.state = AgentState::kReady, .since = now_};
    emit(DialerEventKind::kAgentReady, 0, agent_index);
  }

  // Oldest answer first, to the agent who has been ready longest.
  void connect_waiting_calls() {
    while (!floor_.waiting.empty()) {
      int chosen = -1;
      for (int index = 0; index < floor_.agents_logged_in(); ++index) {
        const AgentView& agent = floor_.agents[static_cast<std::size_t>(index)];
        if (agent.state != AgentState::kReady) continue;
        if (chosen < 0 || agent.since < floor_.agents[static_cast<std::size_t>(chosen)].since) {
          chosen = index;
        }
      }
      if (chosen < 0) return;
      const WaitingCall call = floor_.waiting.front();
      floor_.waiting.erase(floor_.waiting.begin());
      const auto talk = fates_.at(call.id).talk;
      floor_.agents[static_cast<std::size_t>(chosen)] =
          AgentView{.state = AgentState::kTalking, .since = now_, .call = call.id};
      schedule(now_ + talk, Due::kTalkEnd, call.id, chosen);
      count_shift_time(now_, now_ + talk);
      if (now_ < shift_end_) result_.connected += 1;
      ledger_.record(kSimulatedCampaign, now_, AnswerOutcome::kConnected);
      emit(DialerEventKind::kCallConnected, call.id, chosen);
    }
  }

  void count_shift_time(Instant talk_start, Instant talk_end) {
    auto inside = [this](Instant from, Instant to) {
      from = std::clamp(from, config_.shift_start, shift_end_);
      to = std::clamp(to, config_.shift_start, shift_end_);
      return duration_to_seconds(to - from);
    };
    result_.talk_seconds += inside(talk_start, talk_end);
    result_.wrap_up_seconds += inside(talk_end, talk_end + wrap_up_);
  }

  void place_dials() {
    const int dials = pacer_->dials_to_place(floor_, now_);
    DC_VERIFY(dials >= 0, "a pacer never asks for a negative number of dials");
    for (int i = 0; i < dials; ++i) {
      const CallId call = next_number_++;
      floor_.ringing.push_back({call, now_});
      result_.dials += 1;
      schedule(now_ + fates_.at(call).ring, Due::kRingEnd, call);
      emit(DialerEventKind::kCallPlaced, call);
    }
    if (auto wake = pacer_->wake_at(); wake && *wake > now_ && *wake < shift_end_ &&
                                       wake != last_wake_) {
      last_wake_ = wake;
      schedule(*wake, Due::kWake);
    }
  }

  const SimulationConfig& config_;
  const SimulationObserver& observer_;
  FateList fates_;
  AbandonLedger ledger_;
  std::unique_ptr<Pacer> pacer_;
  FloorState floor_;
  SimulationResult result_;
  std::priority_queue<Scheduled, std::vector<Scheduled>, std::greater<>> queue_;
  std::uint64_t next_order_ = 0;
  CallId next_number_ = 0;
  Instant now_{};
  const Instant shift_end_;
  const std::chrono::microseconds grace_;
  const std::chrono::microseconds wrap_up_;
  std::optional<Instant> last_wake_;
};

}  // namespace

SimulationResult simulate(const SimulationConfig& config, const SimulationObserver& observer) {
  return Simulation(config, observer).run();
}

}  // namespace duecall::dialer
