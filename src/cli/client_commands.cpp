// duecall client add | list
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/clients.hpp"
#include "cli/command_context.hpp"
#include "cli/read_file.hpp"

namespace duecall::cli {

void add_client_commands(CLI::App& app, CommandContext& context) {
  auto* client = app.add_subcommand("client", "creditor clients");
  client->require_subcommand(1);

  struct AddOptions {
    domain::NewClient input;
    std::string policy_file;
  };
  auto options = std::make_shared<AddOptions>();
  auto* add = client->add_subcommand("add", "register a creditor client");
  add->add_option("--code", options->input.code, "short unique code, e.g. TEL")->required();
  add->add_option("--name", options->input.name, "the client's name")->required();
  add->add_option("--country", options->input.country, "ISO 3166-1 alpha-2, e.g. SI")->required();
  add->add_option("--currency", options->input.currency, "ISO 4217, e.g. EUR")->required();
  add->add_option("--time-zone", options->input.time_zone,
                  "IANA zone of the client (default: the country's)");
  add->add_option("--policy", options->policy_file, "policy JSON: negotiation limits and more");
  on_run(add, context, [&context, options]() -> Result<int> {
    if (!options->policy_file.empty()) {
      std::string text = TRY(read_whole_file(options->policy_file));
      auto document = nlohmann::json::parse(text, nullptr, false);
      if (document.is_discarded()) {
        return Error::invalid_argument(options->policy_file + " is not valid JSON");
      }
      options->input.policy = document;
    }
    auto store = TRY(context.open_store());
    auto added = TRY(app::add_client(*store, context.clock(), options->input));
    std::cout << "client " << added.code << " added (" << added.name << ", " << added.country
              << ", " << added.currency.code() << ", " << added.time_zone << ")\n";
    return kExitOk;
  });

  auto json_output = std::make_shared<bool>(false);
  auto* list = client->add_subcommand("list", "list creditor clients");
  list->add_flag("--json", *json_output, "print JSON");
  on_run(list, context, [&context, json_output]() -> Result<int> {
    auto store = TRY(context.open_store());
    auto clients = TRY(app::list_clients(*store));
    if (*json_output) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& c : clients) {
        out.push_back({{"code", c.code}, {"name", c.name}, {"country", c.country},
                       {"currency", c.currency.code()}, {"time_zone", c.time_zone},
                       {"policy", c.policy.to_json()}});
      }
      std::cout << out.dump(2) << "\n";
      return kExitOk;
    }
    for (const auto& c : clients) {
      std::cout << c.code << "\t" << c.name << "\t" << c.country << "\t" << c.currency.code()
                << "\t" << c.time_zone << "\n";
    }
    return kExitOk;
  });
}

}  // namespace duecall::cli
