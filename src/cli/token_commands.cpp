// duecall token create | list | revoke
// API tokens let scripts call the HTTP API as a user (`Authorization: Bearer TOKEN`, see
// docs/http-api.md). `create` prints the token once; only its SHA-256 is stored, so a lost
// token cannot be shown again, only revoked and replaced. Exit 0 when done; 2 for bad input
// (an unknown or disabled login, an empty name, an unknown or already revoked id).
#include <iostream>

#include "adapters/http/session_tokens.hpp"
#include "app/api_token_json.hpp"
#include "app/api_tokens.hpp"
#include "cli/command_context.hpp"

namespace duecall::cli {
namespace {

struct TokenArguments {
  app::ApiTokenRequest request;
  std::int64_t id = 0;
  bool json = false;
};

std::string token_line(const app::ApiTokenRecord& token) {
  return std::to_string(token.id) + "\t" + token.user_login + "\t" + token.name + "\t" +
         format_iso8601(token.created_at) + "\t" +
         (token.revoked_at ? "revoked " + format_iso8601(*token.revoked_at) : "active");
}

void add_token_create(CLI::App& tokens, CommandContext& context,
                      const std::shared_ptr<TokenArguments>& arguments) {
  auto* create = tokens.add_subcommand("create", "make an API token for a user; prints it once");
  create->add_option("--login", arguments->request.login, "the user the token acts as")
      ->required();
  create->add_option("--name", arguments->request.name, "what the token is for")->required();
  create->add_flag("--json", arguments->json, "print JSON");
  on_run(create, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    std::string secret = adapters::http::new_api_token_secret();
    arguments->request.created_by = kCommandLineActor;
    auto token = TRY(app::create_api_token(*store, context.clock(), arguments->request, secret));
    if (arguments->json) {
      std::cout << app::created_api_token_json(token, secret).dump(2) << "\n";
      return kExitOk;
    }
    std::cout << secret << "\n";
    std::cerr << "API token " << token.id << " for " << token.user_login
              << " made; it is shown only now, keep it secret\n";
    return kExitOk;
  });
}

void add_token_list(CLI::App& tokens, CommandContext& context,
                    const std::shared_ptr<TokenArguments>& arguments) {
  auto* list = tokens.add_subcommand("list", "list API tokens (never their secrets)");
  list->add_flag("--json", arguments->json, "print JSON");
  on_run(list, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    auto listed = TRY(app::list_api_tokens(*store));
    if (arguments->json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& token : listed) out.push_back(app::api_token_json(token));
      std::cout << out.dump(2) << "\n";
      return kExitOk;
    }
    for (const auto& token : listed) std::cout << token_line(token) << "\n";
    return kExitOk;
  });
}

void add_token_revoke(CLI::App& tokens, CommandContext& context,
                      const std::shared_ptr<TokenArguments>& arguments) {
  auto* revoke = tokens.add_subcommand("revoke", "stop an API token from working");
  revoke->add_option("id", arguments->id, "the token's id, as token list shows it")->required();
  on_run(revoke, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    TRY(app::revoke_api_token(*store, context.clock(), arguments->id));
    std::cout << "API token " << arguments->id << " revoked\n";
    return kExitOk;
  });
}

}  // namespace

void add_token_commands(CLI::App& app, CommandContext& context) {
  auto* tokens = app.add_subcommand("token", "API tokens for scripts calling the HTTP API");
  tokens->require_subcommand(1);
  auto arguments = std::make_shared<TokenArguments>();
  add_token_create(*tokens, context, arguments);
  add_token_list(*tokens, context, arguments);
  add_token_revoke(*tokens, context, arguments);
}

}  // namespace duecall::cli
