// The routes that take files: a creditor's claim file and a bank statement. Their bodies
// are the file's bytes, up to kUploadBodyLimit (the route table raises the server's body
// limit for these two routes only). Each answers the report the command line prints with
// --json; a file that cannot be read at all is a 400 and nothing is stored.
#include <nlohmann/json.hpp>

#include "adapters/http/api_context.hpp"
#include "adapters/http/problem.hpp"
#include "adapters/http/request_input.hpp"
#include "app/bank_statement.hpp"
#include "app/import_claims.hpp"
#include "app/import_payments.hpp"
#include "app/import_report_json.hpp"

namespace duecall::adapters::http {
namespace {

using domain::Role;

constexpr std::size_t kUploadBodyLimit = 32 * 1024 * 1024;
// Validation threads of one claim upload: enough to be quick, few enough that one upload
// does not take every core from the requests being served beside it.
constexpr unsigned kImportWorkers = 2;

// The media type of the body without its parameters ("text/csv; charset=utf-8" -> "text/csv").
std::string media_type(const RouteRequest& request) {
  auto header = request.http[beast_http::field::content_type];
  std::string type(header.data(), header.size());
  type = type.substr(0, type.find(';'));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  for (auto& c : type) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return type;
}

HttpResponse import_claims(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  if (media_type(request) != "text/csv") {
    return problem_response(beast_http::status::unsupported_media_type,
                            "send the claim file as Content-Type: text/csv", version);
  }
  if (request.http.body().empty()) {
    return invalid_fields_response({{"body", "is empty: send the claim file"}}, version);
  }
  auto query = query_parameters(request);
  if (!query) return malformed_query_response(version);
  auto name = query->find("file_name");
  app::ImportOptions options{.client_code = request.param("client"),
                             .file_name = name == query->end() ? "upload.csv" : name->second,
                             .workers = kImportWorkers};
  auto report = app::import_claims(context.store, context.clock, request.http.body(), options);
  if (!report.ok()) return problem_response(report.error(), version);
  return json_response(app::claim_import_report_json(*report).dump(), beast_http::status::ok,
                       version);
}

HttpResponse import_payments(const ApiContext& context, const RouteRequest& request) {
  unsigned version = request.http.version();
  auto query = query_parameters(request);
  if (!query) return malformed_query_response(version);
  if (request.http.body().empty()) {
    return invalid_fields_response({{"body", "is empty: send the statement file"}}, version);
  }
  const std::string& bytes = request.http.body();
  app::StatementFormat format = app::guess_statement_format(bytes);
  if (auto given = query->find("format"); given != query->end()) {
    auto parsed = app::parse_statement_format(given->second);
    if (!parsed.ok()) return invalid_fields_response({{"format", parsed.error().message}}, version);
    format = *parsed;
  }
  auto statement = app::read_bank_statement(bytes, format);
  if (!statement.ok()) {
    return invalid_fields_response(
        {{"body", std::string(app::statement_format_name(format)) + ": " +
                      statement.error().message + " (nothing was posted)"}},
        version);
  }
  auto client = query->find("client");
  auto name = query->find("file_name");
  app::PaymentImportOptions options{.client_code = client == query->end() ? "" : client->second,
                                    .file_name = name == query->end() ? "upload" : name->second,
                                    .actor = request.caller->user.login};
  auto report = app::import_payments(context.store, context.clock, *statement, options);
  if (!report.ok()) return problem_response(report.error(), version);
  return json_response(app::payment_import_report_json(*report).dump(), beast_http::status::ok,
                       version);
}

}  // namespace

std::vector<Route> upload_routes(const ApiContext& context) {
  return {
      {.method = beast_http::verb::post,
       .pattern = "/api/clients/{client}/claims",
       .roles = {Role::kSupervisor, Role::kAdmin, Role::kClient},
       .tenant = TenantRule::kClientInPath,
       .summary = "import a claim file (text/csv, up to 32 MiB) for the client; idempotent; "
                  "answers the report import claims --json prints",
       .handler =
           [&context](const RouteRequest& request) { return import_claims(context, request); },
       .body_limit = kUploadBodyLimit},
      {.method = beast_http::verb::post,
       .pattern = "/api/payments",
       .roles = {Role::kSupervisor, Role::kAdmin},
       .summary = "post a bank statement (?format=csv|camt053|camt054, guessed when absent; "
                  "?client= when several clients), up to 32 MiB; as payments import --json",
       .handler =
           [&context](const RouteRequest& request) { return import_payments(context, request); },
       .body_limit = kUploadBodyLimit},
  };
}

}  // namespace duecall::adapters::http
