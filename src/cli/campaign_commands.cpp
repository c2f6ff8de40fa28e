// duecall campaign create | list | start | pause | stop | status
// Dialer campaigns over the due calls of one or more clients (docs/campaigns.md). `create`
// prints the new campaign's id; start, pause, stop and status take a campaign's id or name.
// The abandonment cap is typed as a percentage ("3%") or a fraction ("0.03"); 3 % when
// left out. Exit 0 when done; 2 for bad input, an unknown campaign or client, or a state
// change the campaign's state does not allow (a stopped campaign stays stopped, only a
// running one pauses, one starts from created or paused).
#include <iostream>

#include "app/campaign_json.hpp"
#include "app/campaign_status.hpp"
#include "app/campaigns.hpp"
#include "cli/command_context.hpp"

namespace duecall::cli {
namespace {

struct CampaignArguments {
  app::NewCampaign campaign;
  std::string abandon_cap;
  std::string id_or_name;
  bool json = false;
};

std::string rate_text(const std::optional<std::int64_t>& basis_points) {
  return basis_points ? domain::format_basis_points(*basis_points) : "-";
}

std::string campaign_line(const app::CampaignStatus& status) {
  const app::CampaignRecord& campaign = status.campaign;
  std::string clients;
  for (const auto& code : campaign.client_codes) clients += (clients.empty() ? "" : ",") + code;
  return std::to_string(campaign.id) + "\t" + campaign.name + "\t" +
         std::string(domain::campaign_state_name(campaign.state)) + "\t" +
         std::string(domain::campaign_mode_name(campaign.mode)) + "\t" + clients +
         "\tabandoned 24h " + rate_text(status.abandon_rate_24h_bp) + " / 30d " +
         rate_text(status.abandon_rate_30d_bp) + " (cap " +
         domain::format_basis_points(campaign.abandon_cap_bp) + ")";
}

void print_status(const app::CampaignStatus& status) {
  const app::CampaignRecord& campaign = status.campaign;
  std::cout << "campaign " << campaign.id << " " << campaign.name << "\n"
            << "state: " << domain::campaign_state_name(campaign.state) << " (changed "
            << format_iso8601(campaign.updated_at) << " by " << campaign.updated_by << ")\n"
            << "mode: " << domain::campaign_mode_name(campaign.mode) << "\n"
            << "caller ID: " << campaign.caller_id << "\n"
            << "abandon cap: " << domain::format_basis_points(campaign.abandon_cap_bp) << "\n"
            << "last 24 hours: " << status.last_24h.placed << " placed, "
            << status.last_24h.answered << " answered, " << status.last_24h.abandoned
            << " abandoned, rate " << rate_text(status.abandon_rate_24h_bp) << "\n"
            << "last 30 days: " << status.last_30d.placed << " placed, "
            << status.last_30d.answered << " answered, " << status.last_30d.abandoned
            << " abandoned, rate " << rate_text(status.abandon_rate_30d_bp) << "\n";
  if (app::over_abandon_cap(status)) std::cout << "OVER THE ABANDON CAP\n";
  std::cout << "due calls now: " << status.due_calls << "; " << status.not_contactable_sentence
            << "\n";
}

void add_campaign_create(CLI::App& campaigns, CommandContext& context,
                         const std::shared_ptr<CampaignArguments>& arguments) {
  auto* create = campaigns.add_subcommand("create", "create a campaign; prints its id");
  create->add_option("--name", arguments->campaign.name, "a unique name")->required();
  create->add_option("--client", arguments->campaign.client_codes,
                     "a client whose due calls it works (repeatable)")
      ->required();
  create->add_option("--mode", arguments->campaign.mode, "preview, progressive or predictive")
      ->required();
  create->add_option("--abandon-cap", arguments->abandon_cap,
                     "the largest share of answered calls it may abandon: 3% or 0.03 "
                     "(default 3%)");
  create->add_option("--caller-id", arguments->campaign.caller_id,
                     "the number presented to debtors, in international form (+386...)")
      ->required();
  create->add_flag("--json", arguments->json, "print JSON");
  on_run(create, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    arguments->campaign.actor = kCommandLineActor;
    if (!arguments->abandon_cap.empty()) arguments->campaign.abandon_cap = arguments->abandon_cap;
    auto campaign = TRY(app::create_campaign(*store, context.clock(), arguments->campaign));
    if (arguments->json) {
      std::cout << app::campaign_json(campaign).dump(2) << "\n";
    } else {
      std::cout << campaign.id << "\n";
    }
    return kExitOk;
  });
}

void add_campaign_list(CLI::App& campaigns, CommandContext& context,
                       const std::shared_ptr<CampaignArguments>& arguments) {
  auto* list = campaigns.add_subcommand("list", "list campaigns with state and abandon rates");
  list->add_flag("--json", arguments->json, "print JSON");
  on_run(list, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    nlohmann::json out = nlohmann::json::array();
    for (const auto& campaign : TRY(app::list_campaigns(*store))) {
      auto status = TRY(app::campaign_status(*store, context.clock(), std::to_string(campaign.id),
                                             /*with_due_calls=*/false));
      if (arguments->json) {
        out.push_back(app::campaign_status_json(status, /*with_due_calls=*/false));
      } else {
        std::cout << campaign_line(status) << "\n";
      }
    }
    if (arguments->json) std::cout << out.dump(2) << "\n";
    return kExitOk;
  });
}

void add_campaign_change(CLI::App& campaigns, CommandContext& context,
                         const std::shared_ptr<CampaignArguments>& arguments,
                         domain::CampaignAction action, const std::string& description) {
  auto* change =
      campaigns.add_subcommand(std::string(domain::campaign_action_name(action)), description);
  change->add_option("campaign", arguments->id_or_name, "the campaign's id or name")->required();
  on_run(change, context, [&context, arguments, action]() -> Result<int> {
    auto store = TRY(context.open_store());
    auto campaign = TRY(app::change_campaign_state(*store, context.clock(), arguments->id_or_name,
                                                   action, kCommandLineActor));
    std::cout << "campaign " << campaign.id << " " << campaign.name << " is "
              << domain::campaign_state_name(campaign.state) << "\n";
    return kExitOk;
  });
}

void add_campaign_status(CLI::App& campaigns, CommandContext& context,
                         const std::shared_ptr<CampaignArguments>& arguments) {
  auto* status = campaigns.add_subcommand(
      "status", "a campaign's state, abandon rates and the due calls it covers now");
  status->add_option("campaign", arguments->id_or_name, "the campaign's id or name")->required();
  status->add_flag("--json", arguments->json, "print JSON");
  on_run(status, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    auto found = TRY(app::campaign_status(*store, context.clock(), arguments->id_or_name));
    if (arguments->json) {
      std::cout << app::campaign_status_json(found).dump(2) << "\n";
    } else {
      print_status(found);
    }
    return kExitOk;
  });
}

}  // namespace

void add_campaign_commands(CLI::App& app, CommandContext& context) {
  auto* campaigns = app.add_subcommand("campaign", "dialer campaigns over clients' due calls");
  campaigns->require_subcommand(1);
  auto arguments = std::make_shared<CampaignArguments>();
  add_campaign_create(*campaigns, context, arguments);
  add_campaign_list(*campaigns, context, arguments);
  add_campaign_change(*campaigns, context, arguments, domain::CampaignAction::kStart,
                      "start a created or paused campaign");
  add_campaign_change(*campaigns, context, arguments, domain::CampaignAction::kPause,
                      "pause a running campaign");
  add_campaign_change(*campaigns, context, arguments, domain::CampaignAction::kStop,
                      "stop a campaign for good");
  add_campaign_status(*campaigns, context, arguments);
}

}  // namespace duecall::cli
