// The web UI's static files through the real router and the catch-all route, in process,
// over a temporary directory that mimics web/dist with a secret file beside it. It checks
// content types and cache headers, the index.html fallback for the UI's own routes, that
// /api paths never fall through to it, and that no spelling of a path (dot segments, percent
// escapes, backslashes, hidden files, a symbolic link leading out) reaches outside the root.
#include <gtest/gtest.h>

#include <filesystem>

#include "adapters/http/router.hpp"
#include "adapters/http/static_files.hpp"
#include "support/temp_dir.hpp"

namespace duecall::adapters::http {
namespace {

class StaticFilesTest : public ::testing::Test {
 protected:
  StaticFilesTest() {
    std::filesystem::create_directories(dir_.path() / "dist" / "assets");
    dir_.write("dist/index.html", "<!doctype html><title>duecall</title>");
    dir_.write("dist/assets/index-abc123.js", "console.log(1)");
    dir_.write("dist/assets/index-abc123.css", "body{}");
    dir_.write("dist/.env", "hidden");
    dir_.write("secret.txt", "outside the root");
    std::filesystem::create_symlink(dir_.path() / "secret.txt", dir_.path() / "dist" / "link.txt");
    auto files = StaticFiles::create(dir_.path() / "dist");
    EXPECT_TRUE(files.ok());
    std::shared_ptr<const StaticFiles> shared(std::move(*files));
    router_ = std::make_unique<Router>(
        std::vector<Route>{
            {.method = beast_http::verb::get,
             .pattern = "/api/health",
             .access = Access::kAnonymous,
             .handler = [](const RouteRequest& request) { return json_ok(request); }},
            static_files_route(shared)},
        [](std::string_view) -> Result<std::optional<Caller>> { return std::optional<Caller>(); });
  }

  static HttpResponse json_ok(const RouteRequest& request) {
    HttpResponse response{beast_http::status::ok, request.http.version()};
    response.body() = R"({"status":"ok"})";
    return response;
  }

  HttpResponse get(const std::string& target,
                   beast_http::verb method = beast_http::verb::get) const {
    HttpRequest request{method, target, 11};
    return router_->dispatch(request).response;
  }

  testing::TempDir dir_;
  std::unique_ptr<Router> router_;
};

TEST_F(StaticFilesTest, ServesTheIndexAtTheRootWithoutLongCaching) {
  auto response = get("/");
  EXPECT_EQ(response.result(), beast_http::status::ok);
  EXPECT_EQ(response[beast_http::field::content_type], "text/html; charset=utf-8");
  EXPECT_EQ(response[beast_http::field::cache_control], "no-cache");
  EXPECT_NE(response.body().find("duecall"), std::string::npos);
}

TEST_F(StaticFilesTest, ServesHashedAssetsWithTheirTypeAndALongCache) {
  auto script = get("/assets/index-abc123.js");
  EXPECT_EQ(script.result(), beast_http::status::ok);
  EXPECT_EQ(script[beast_http::field::content_type], "text/javascript; charset=utf-8");
  EXPECT_EQ(script[beast_http::field::cache_control], "public, max-age=31536000, immutable");
  EXPECT_EQ(script.body(), "console.log(1)");
  EXPECT_EQ(get("/assets/index-abc123.css")[beast_http::field::content_type],
            "text/css; charset=utf-8");
}

TEST_F(StaticFilesTest, AnswersTheIndexForTheUisOwnRoutes) {
  for (const char* target : {"/agent", "/portal/cases/TEL/D-1", "/floor?tab=approvals"}) {
    auto response = get(target);
    EXPECT_EQ(response.result(), beast_http::status::ok) << target;
    EXPECT_EQ(response[beast_http::field::content_type], "text/html; charset=utf-8") << target;
  }
}

TEST_F(StaticFilesTest, AnswersNotFoundForAMissingFileWithAnExtension) {
  EXPECT_EQ(get("/assets/index-gone.js").result(), beast_http::status::not_found);
}

TEST_F(StaticFilesTest, NeverServesApiPathsFromTheUi) {
  EXPECT_EQ(get("/api/health").result(), beast_http::status::ok);
  auto missing = get("/api/no-such-route");
  EXPECT_EQ(missing.result(), beast_http::status::not_found);
  EXPECT_EQ(missing[beast_http::field::content_type], "application/problem+json");
}

TEST_F(StaticFilesTest, RefusesEveryWayOutOfTheRoot) {
  for (const char* target :
       {"/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
        "/assets/%2e%2e/%2e%2e/secret.txt", "/..%5csecret.txt", "/assets/..%2f..%2fsecret.txt",
        "/.env", "/%2eenv", "/link.txt", "/./index.html", "/secret.txt%00.html"}) {
    auto response = get(target);
    EXPECT_EQ(response.result(), beast_http::status::not_found) << target;
    EXPECT_EQ(response.body().find("outside the root"), std::string::npos) << target;
    EXPECT_EQ(response.body().find("hidden"), std::string::npos) << target;
  }
}

TEST_F(StaticFilesTest, AcceptsOnlyPlainRelativePaths) {
  EXPECT_TRUE(is_safe_relative_path(""));
  EXPECT_TRUE(is_safe_relative_path("assets/index-abc123.js"));
  EXPECT_FALSE(is_safe_relative_path("../x"));
  EXPECT_FALSE(is_safe_relative_path("a/./b"));
  EXPECT_FALSE(is_safe_relative_path("a//b"));
  EXPECT_FALSE(is_safe_relative_path("/etc/passwd"));
  EXPECT_FALSE(is_safe_relative_path("a\\..\\b"));
  EXPECT_FALSE(is_safe_relative_path(std::string_view("a\0b", 3)));
}

TEST_F(StaticFilesTest, RefusesARootWithoutAnIndex) {
  EXPECT_FALSE(StaticFiles::create(dir_.path() / "missing").ok());
  EXPECT_FALSE(StaticFiles::create(dir_.path() / "dist" / "assets").ok());
}

TEST(StaticContentTypes, KnowsTheUisFileTypes) {
  EXPECT_EQ(content_type_of("a.svg"), "image/svg+xml");
  EXPECT_EQ(content_type_of("a.woff2"), "font/woff2");
  EXPECT_EQ(content_type_of("a.unknown"), "application/octet-stream");
}

TEST(RestPattern, MatchesTheRestOfThePathSegmentBySegment) {
  auto root = match_pattern("/{path...}", "/");
  ASSERT_TRUE(root);
  EXPECT_EQ(root->at("path"), "");
  auto deep = match_pattern("/{path...}", "/portal/cases/TEL/D%2D1");
  ASSERT_TRUE(deep);
  EXPECT_EQ(deep->at("path"), "portal/cases/TEL/D-1");
  EXPECT_FALSE(match_pattern("/{path...}", "/a%2Fb"));
  EXPECT_FALSE(match_pattern("/files/{path...}", "/other"));
}

}  // namespace
}  // namespace duecall::adapters::http
