// duecall serve [--listen 127.0.0.1:8080] [--threads 4] [--secure-cookies]
//
// Serves the HTTP API (docs/http-api.md) on the database named by --db. Prints
// "listening on http://HOST:PORT" on stdout once it accepts connections; port 0 picks a
// free port and the line says which. SIGINT or SIGTERM stops it gracefully: requests that
// have arrived are answered, then it exits 0. Access logs go to stderr as JSON lines.
// --secure-cookies marks the session cookie Secure, for a server reached through a TLS proxy.
// The web UI is served from --ui DIR, else from web/dist beside the build tree (the binary's
// directory/../web/dist), else from the installed share directory; without one, only the
// API answers and a line on stderr says so.
#include <charconv>
#include <cstdio>

#include "adapters/http/api_context.hpp"
#include "adapters/http/http_server.hpp"
#include "adapters/http/static_files.hpp"
#include "adapters/passwords/argon2_password_hasher.hpp"
#include "cli/serve_command.hpp"
#include "adapters/pdf/client_report_pdf.hpp"
#include "cli/speaker_options.hpp"
#include "cli/web_ui.hpp"

namespace duecall::cli {
namespace {

// "HOST:PORT" (IPv4) or "[HOST]:PORT" (IPv6) into server options.
Result<adapters::http::ServerOptions> listen_options(const std::string& listen) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0) {
    return Error::invalid_argument("--listen: give HOST:PORT, e.g. 127.0.0.1:8080, not " + listen);
  }
  std::string host = listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  std::string port_text = listen.substr(colon + 1);
  unsigned port = 0;
  auto [end, error] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (error != std::errc() || end != port_text.data() + port_text.size() || port > 65535) {
    return Error::invalid_argument("--listen: the port must be 0 to 65535, not " + port_text);
  }
  return adapters::http::ServerOptions{.address = host, .port = static_cast<unsigned short>(port)};
}

}  // namespace

Result<int> serve_until_stopped(CommandContext& context, app::Store& store,
                                const ServeArguments& arguments,
                                const std::function<void(const std::string& url)>& on_listening) {
  auto options = TRY(listen_options(arguments.listen));
  options.threads = arguments.threads;
  auto hasher = TRY(adapters::Argon2PasswordHasher::create());
  adapters::http::Metrics metrics;
  adapters::http::ApiContext api{.store = store,
                                 .clock = context.clock(),
                                 .hasher = *hasher,
                                 .speaker = TRY(speaker_of(SpeakerOptions{})),
                                 .secure_cookies = arguments.secure_cookies,
                                 .metrics = metrics,
                                 .version = "0.1.0",
                                 .report_pdf = [](const app::ClientReport& report, Instant at) {
                                   return adapters::pdf::client_report_pdf(report, at);
                                 }};
  auto ui = TRY(find_web_ui(arguments.ui_dir));
  auto routes = adapters::http::api_routes(api);
  if (ui) {
    routes.push_back(adapters::http::static_files_route(ui));
  } else {
    std::fprintf(stderr, "no web UI found (build web/ or give --ui DIR); serving the API only\n");
  }
  adapters::http::Router router(std::move(routes), adapters::http::session_lookup(api),
                                adapters::http::bearer_lookup(api));
  auto server = TRY(adapters::http::HttpServer::create(options, router, metrics));
  std::string host = options.address.find(':') == std::string::npos ? options.address
                                                                     : "[" + options.address + "]";
  std::string url = "http://" + host + ":" + std::to_string(server->port());
  std::printf("listening on %s\n", url.c_str());
  std::fflush(stdout);
  if (on_listening) on_listening(url);
  server->run();
  return kExitOk;
}

void add_serve_command(CLI::App& app, CommandContext& context) {
  auto* serve = app.add_subcommand("serve", "serve the HTTP API until SIGINT or SIGTERM");
  auto arguments = std::make_shared<ServeArguments>();
  serve->add_option("--listen", arguments->listen,
                    "address and port to listen on (default 127.0.0.1:8080; port 0: any free one)");
  serve->add_option("--threads", arguments->threads, "threads serving requests (default 4)")
      ->check(CLI::Range(1, 64));
  serve->add_flag("--secure-cookies", arguments->secure_cookies,
                  "mark the session cookie Secure (the server is reached over TLS)");
  serve->add_option("--ui", arguments->ui_dir, kWebUiOptionHelp);
  on_run(serve, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    return serve_until_stopped(context, *store, *arguments);
  });
}

}  // namespace duecall::cli
