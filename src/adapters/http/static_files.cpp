#include "adapters/http/static_files.hpp"

#include <fstream>
#include <iterator>
#include <system_error>

#include "adapters/http/problem.hpp"

namespace duecall::adapters::http {
namespace {

namespace fs = std::filesystem;

// The UI is a few hundred KiB; a bigger file is not ours and is not read into memory.
constexpr std::uintmax_t kLargestFileBytes = 16 * 1024 * 1024;

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

std::string_view last_segment(std::string_view path) {
  auto slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool has_extension(std::string_view path) {
  return last_segment(path).find('.') != std::string_view::npos;
}

// The file's bytes, or nothing when it is missing, not a regular file or too large.
std::optional<std::string> read_regular_file(const fs::path& path) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return std::nullopt;
  auto size = fs::file_size(path, error);
  if (error || size > kLargestFileBytes) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Returns true iff `file` (canonical) lies inside `root` (canonical).
bool lies_under(const fs::path& file, const fs::path& root) {
  auto [root_end, file_it] = std::mismatch(root.begin(), root.end(), file.begin(), file.end());
  return root_end == root.end();
}

}  // namespace

std::string_view content_type_of(std::string_view file_name) {
  struct Type {
    std::string_view extension;
    std::string_view content_type;
  };
  static constexpr Type kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".webp", "image/webp"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".txt", "text/plain; charset=utf-8"},
      {".webmanifest", "application/manifest+json"},
  };
  for (const Type& type : kTypes) {
    if (file_name.size() >= type.extension.size() &&
        file_name.substr(file_name.size() - type.extension.size()) == type.extension) {
      return type.content_type;
    }
  }
  return "application/octet-stream";
}

bool is_safe_relative_path(std::string_view relative_path) {
  if (relative_path.empty()) return true;
  if (relative_path.find('\\') != std::string_view::npos ||
      relative_path.find('\0') != std::string_view::npos || relative_path.front() == '/') {
    return false;
  }
  while (true) {
    auto slash = relative_path.find('/');
    std::string_view segment = relative_path.substr(0, slash);
    // ".", ".." and hidden files (.git, .env) are never part of the built UI.
    if (segment.empty() || segment.front() == '.') return false;
    if (slash == std::string_view::npos) return true;
    relative_path.remove_prefix(slash + 1);
  }
}

Result<std::unique_ptr<StaticFiles>> StaticFiles::create(const fs::path& root) {
  std::error_code error;
  fs::path canonical = fs::canonical(root, error);
  if (error || !fs::is_regular_file(canonical / "index.html", error)) {
    return Error::invalid_argument(
        "--ui: " + root.string() +
        " is not a directory with index.html (build it: npm run build in web/)");
  }
  return std::unique_ptr<StaticFiles>(new StaticFiles(std::move(canonical)));
}

HttpResponse StaticFiles::serve(const HttpRequest& request, std::string_view relative_path) const {
  unsigned version = request.version();
  if (starts_with(relative_path, "api/") || relative_path == "api" ||
      !is_safe_relative_path(relative_path)) {
    return problem_response(beast_http::status::not_found, "no such resource", version);
  }
  std::string name = relative_path.empty() ? "index.html" : std::string(relative_path);
  fs::path file = root_ / name;
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(file, error);
  if (error || !lies_under(canonical, root_)) {
    return problem_response(beast_http::status::not_found, "no such resource", version);
  }
  auto body = read_regular_file(canonical);
  if (!body && !has_extension(name)) {
    // A route of the single-page app: the page decides what to show.
    name = "index.html";
    body = read_regular_file(root_ / name);
  }
  if (!body) return problem_response(beast_http::status::not_found, "no such resource", version);

  HttpResponse response{beast_http::status::ok, version};
  response.set(beast_http::field::content_type, std::string(content_type_of(name)));
  response.set(beast_http::field::cache_control,
               starts_with(name, "assets/") ? "public, max-age=31536000, immutable" : "no-cache");
  response.set("X-Content-Type-Options", "nosniff");
  if (name == "index.html") {
    response.set("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                 "connect-src 'self'; frame-ancestors 'none'");
    response.set("X-Frame-Options", "DENY");
  }
  std::size_t size = body->size();
  response.body() = std::move(*body);
  response.prepare_payload();
  if (request.method() == beast_http::verb::head) {
    response.body().clear();
    response.content_length(size);
  }
  return response;
}

Route static_files_route(std::shared_ptr<const StaticFiles> files) {
  return {.method = beast_http::verb::get,
          .pattern = "/{path...}",
          .access = Access::kAnonymous,
          .summary = "the web UI's files; index.html for the UI's own routes",
          .handler = [files](const RouteRequest& request) {
            auto found = request.params.find("path");
            return files->serve(request.http, found == request.params.end() ? "" : found->second);
          }};
}

}  // namespace duecall::adapters::http
