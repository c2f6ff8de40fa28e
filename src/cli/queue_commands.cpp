// duecall queue next --operator L [--client CODE] [--lease-minutes 10] [--json]
// duecall queue release --operator L --client CODE --claim REF
// duecall queue stats [--client CODE] [--json]
//
// `next` hands the operator the best due call under a lease (app/work_queue.hpp) and
// explains its rank; with --json {"item": {...}} or {"item": null} when there is nothing
// to call now. `release` gives the case back before the lease runs out. `stats` counts the
// queue: due calls, ready to hand out, leased, blocked by the gate, due later.
#include <iostream>

#include "app/work_item_json.hpp"
#include "app/work_queue.hpp"
#include "cli/command_context.hpp"
#include "domain/money_json.hpp"
#include "queue/queue_rank.hpp"

namespace duecall::cli {
namespace {

struct QueueArguments {
  std::string operator_login;
  std::string client;
  std::string claim;
  int lease_minutes = static_cast<int>(app::kDefaultLease.count());
  bool json = false;
};

std::string_view tier_of(int tier) {
  return queue::tier_name(static_cast<queue::Tier>(tier));
}


}  // namespace

void add_queue_commands(CLI::App& app, CommandContext& context) {
  auto* queue = app.add_subcommand("queue", "the operators' work queue of due calls");
  queue->require_subcommand(1);
  auto arguments = std::make_shared<QueueArguments>();

  auto* next = queue->add_subcommand("next", "take the best due call under a lease");
  next->add_option("--operator", arguments->operator_login, "the operator's login")->required();
  next->add_option("--client", arguments->client, "only this client's calls (default: any)");
  next->add_option("--lease-minutes", arguments->lease_minutes,
                   "how long the case stays the operator's (default 10)")
      ->check(CLI::Range(1, 240));
  next->add_flag("--json", arguments->json, "print JSON");
  on_run(next, context, [&context, arguments]() -> Result<int> {
    app::WorkRequest request{.operator_login = arguments->operator_login,
                             .lease = std::chrono::minutes(arguments->lease_minutes)};
    if (!arguments->client.empty()) request.client_code = arguments->client;
    auto store = TRY(context.open_store());
    auto item = TRY(app::next_work_item(*store, context.clock(), request));
    if (arguments->json) {
      std::cout << nlohmann::json{{"item", item ? app::work_item_json(*item) : nlohmann::json(nullptr)}}.dump()
                << "\n";
      return kExitOk;
    }
    if (!item) {
      std::cout << "nothing to call now\n";
      return kExitOk;
    }
    const app::DueAction& action = item->action;
    std::cout << item->client.code << " case " << action.case_id.value << ": "
              << item->debtor.name << " (" << item->debtor.ref << "), "
              << item->total_due.to_string() << " due\n"
              << "  " << action.step_name << ", attempt " << action.attempt_number << " of "
              << action.attempts << "; yours until " << format_iso8601(*action.lease_until)
              << "\n"
              << "  rank: " << tier_of(action.rank_tier) << ": " << action.rank_why << "\n";
    return kExitOk;
  });

  auto* release = queue->add_subcommand("release", "give a case back to the queue");
  release->add_option("--operator", arguments->operator_login, "the operator's login")->required();
  release->add_option("--client", arguments->client, "the client's code")->required();
  release->add_option("--claim", arguments->claim, "a claim of the case")->required();
  on_run(release, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    bool released = TRY(app::release_work_item(*store, arguments->operator_login,
                                               arguments->client, arguments->claim));
    std::cout << (released ? "released\n" : "no lease of yours on that case\n");
    return released ? kExitOk : kExitCheckFailed;
  });

  auto* stats = queue->add_subcommand("stats", "count the due calls");
  stats->add_option("--client", arguments->client, "only this client's calls");
  stats->add_flag("--json", arguments->json, "print JSON");
  on_run(stats, context, [&context, arguments]() -> Result<int> {
    std::optional<std::string> client;
    if (!arguments->client.empty()) client = arguments->client;
    auto store = TRY(context.open_store());
    auto counts = TRY(app::queue_stats(*store, context.clock(), client));
    nlohmann::json by_tier = nlohmann::json::object();
    for (const auto& [tier, count] : counts.ready_by_tier) by_tier[std::string(tier_of(tier))] = count;
    if (arguments->json) {
      std::cout << nlohmann::json{{"due", counts.due},
                                  {"ready", counts.ready},
                                  {"leased", counts.leased},
                                  {"blocked", counts.blocked},
                                  {"due_later", counts.due_later},
                                  {"ready_by_tier", by_tier}}
                       .dump()
                << "\n";
      return kExitOk;
    }
    std::cout << counts.due << " calls due: " << counts.ready << " ready, " << counts.leased
              << " leased, " << counts.blocked << " blocked by the gate; " << counts.due_later
              << " due later\n";
    for (const auto& [tier, count] : counts.ready_by_tier) {
      std::cout << "  " << tier_of(tier) << ": " << count << " ready\n";
    }
    return kExitOk;
  });
}

}  // namespace duecall::cli
