// StaticFiles serves the built web UI (the files Vite writes to web/dist) from one directory,
// read-only, to anybody: the page and its scripts hold no data; every piece of data comes
// from the /api routes behind the access check.
//
// Guarantees:
//   - nothing outside the root is ever served: a relative path with an empty, ".", ".."
//     or hidden (".name") segment, a backslash or a NUL is refused before the file system
//     is asked, and the resolved file must still lie under the root's canonical path (which
//     also stops symbolic links leading out);
//   - a path without an extension that names no file answers index.html, so the single-page
//     app's own routes (/agent, /portal/cases/TEL/D-1) survive a reload; a missing file with
//     an extension answers 404, so a stale asset does not turn into HTML;
//   - files under assets/ carry a content hash in their names and are cached for a year as
//     immutable; everything else (index.html) is revalidated on every load;
//   - paths under /api/ are never served from here: they answer 404 as problem+json.
//
// Thread-safety: immutable after create(); serve() may run on several threads at once.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "adapters/http/route.hpp"
#include "core/result.hpp"

namespace duecall::adapters::http {

class StaticFiles {
 public:
  // REQUIRES: nothing; kInvalidArgument when `root` is not a directory holding index.html.
  static Result<std::unique_ptr<StaticFiles>> create(const std::filesystem::path& root);

  // Answers a GET or HEAD for `relative_path` (percent-decoded, '/'-separated, no leading
  // slash; empty for the site root).
  HttpResponse serve(const HttpRequest& request, std::string_view relative_path) const;

  const std::filesystem::path& root() const { return root_; }

 private:
  explicit StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}
  std::filesystem::path root_;  // canonical
};

// The content type for a file name's extension; application/octet-stream when unknown.
std::string_view content_type_of(std::string_view file_name);

// Returns true iff `relative_path` may be looked up under a root (see the guarantees above).
bool is_safe_relative_path(std::string_view relative_path);

// The anonymous catch-all route "GET /{path...}" that serves `files`; it belongs at the end
// of the route table so that every /api route is tried first.
Route static_files_route(std::shared_ptr<const StaticFiles> files);

}  // namespace duecall::adapters::http
