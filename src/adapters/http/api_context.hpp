// What the API's handlers work with: the store, the clock, the password hasher, who is
// speaking in call scripts, whether cookies must be Secure, the server's metrics and the
// PDF renderer. The serve command owns all of it and keeps it alive while the server runs;
// handlers only borrow. Everything here is safe to use from several threads at once.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "adapters/http/fresh_cache.hpp"
#include "adapters/http/metrics.hpp"
#include "adapters/http/route.hpp"
#include "adapters/http/router.hpp"
#include "app/call_scripts.hpp"
#include "app/client_report.hpp"
#include "app/ports.hpp"

namespace duecall::adapters::http {

// What the API keeps of its reads between requests; see fresh_cache.hpp for how long.
// Never who is calling: a session ended or a token revoked by another process (the CLI,
// another node) must be refused on the very next request.
struct ReadCaches {
  FreshCache<std::string> case_screens{2048};  // the screen-pop's JSON, by client and ref
};

struct ApiContext {
  app::Store& store;
  const app::Clock& clock;
  const app::PasswordHasher& hasher;
  app::Speaker speaker;
  bool secure_cookies = false;  // set Secure on cookies: the server is reached over TLS
  Metrics& metrics;
  std::string version;  // the product's version, for the OpenAPI document
  // Draws a creditor's report as PDF (adapters/pdf, wired in by the serve command).
  std::function<Result<std::string>(const app::ClientReport&, Instant)> report_pdf;
  std::shared_ptr<ReadCaches> read_caches = std::make_shared<ReadCaches>();
};

// The whole route table, in the order the router tries it.
std::vector<Route> api_routes(const ApiContext& context);
// The signed-in user behind a session token, read from the store on every request.
SessionLookup session_lookup(const ApiContext& context);
// The user behind an API token, read from the store on every request.
BearerLookup bearer_lookup(const ApiContext& context);
// The code of the client a client user is bound to; empty for other roles.
Result<std::string> client_code_of(const ApiContext& context, const domain::User& user);

// Parts of the table, one file each.
std::vector<Route> session_routes(const ApiContext& context);
std::vector<Route> work_routes(const ApiContext& context);
std::vector<Route> case_routes(const ApiContext& context);
std::vector<Route> agreement_routes(const ApiContext& context);
std::vector<Route> upload_routes(const ApiContext& context);
std::vector<Route> kpi_routes(const ApiContext& context);
std::vector<Route> token_routes(const ApiContext& context);
std::vector<Route> campaign_routes(const ApiContext& context);
std::vector<Route> strategy_routes(const ApiContext& context);
std::vector<Route> script_routes(const ApiContext& context);
std::vector<Route> floor_routes(const ApiContext& context);
std::vector<Route> report_routes(const ApiContext& context);

}  // namespace duecall::adapters::http
