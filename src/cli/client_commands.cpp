// duecall client add | list
// duecall client contacts set --client CODE [--person "Name <a@b.si>"]... 
// duecall client contacts list --client CODE [--json]
//
// Contact persons receive the minutes of contacts (`contact log --email-minutes`); `set`
// replaces them all (no --person removes them), each validated as an e-mail address.
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/clients.hpp"
#include "cli/command_context.hpp"
#include "cli/read_file.hpp"

namespace duecall::cli {

namespace {

void print_contact_persons(const domain::Client& client, bool json) {
  if (json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& person : client.policy.contact_persons) {
      out.push_back({{"name", person.name}, {"email", person.email}});
    }
    std::cout << out.dump(2) << "\n";
    return;
  }
  for (const auto& person : client.policy.contact_persons) {
    std::cout << domain::format_mailbox({person.name, person.email}) << "\n";
  }
}

void add_client_contact_commands(CLI::App& client, CommandContext& context) {
  auto* contacts = client.add_subcommand("contacts", "the client's people who receive minutes");
  contacts->require_subcommand(1);
  struct ContactOptions {
    std::string client;
    std::vector<std::string> persons;
    bool json = false;
  };
  auto options = std::make_shared<ContactOptions>();

  auto* set = contacts->add_subcommand("set", "replace the client's contact persons");
  set->add_option("--client", options->client, "the client's code")->required();
  set->add_option("--person", options->persons,
                  "\"Name <local@domain>\" or an address; repeat for each person");
  set->add_flag("--json", options->json, "print the stored list as JSON");
  on_run(set, context, [&context, options]() -> Result<int> {
    auto store = TRY(context.open_store());
    auto client = TRY(app::set_contact_persons(*store, options->client, options->persons));
    if (!options->json) {
      std::cout << "client " << client.code << ": " << client.policy.contact_persons.size()
                << " contact person(s)\n";
    }
    print_contact_persons(client, options->json);
    return kExitOk;
  });

  auto* list = contacts->add_subcommand("list", "list the client's contact persons");
  list->add_option("--client", options->client, "the client's code")->required();
  list->add_flag("--json", options->json, "print JSON");
  on_run(list, context, [&context, options]() -> Result<int> {
    auto store = TRY(context.open_store());
    print_contact_persons(TRY(app::find_client(*store, options->client)), options->json);
    return kExitOk;
  });
}

}  // namespace

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

  add_client_contact_commands(*client, context);
}

}  // namespace duecall::cli
