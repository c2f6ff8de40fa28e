// The router's single access check, in process: a small route table whose handlers only say
// they ran, and a session lookup over a fixed map of tokens to users (a plain function, not
// a mock). It checks the order of the answers (404/405, then 401, CSRF 403, role 403, tenant
// 404), that a refused request never reaches its handler, and how path parameters are
// matched and decoded.
#include <gtest/gtest.h>

#include "adapters/http/router.hpp"

namespace duecall::adapters::http {
namespace {

using domain::Role;

domain::User user_with(Role role, std::int64_t id) {
  domain::User user;
  user.id = UserId{id};
  user.login = "user" + std::to_string(id);
  user.role = role;
  return user;
}

class RouterTest : public ::testing::Test {
 protected:
  RouterTest()
      : router_(
            {{.method = beast_http::verb::get,
              .pattern = "/open",
              .access = Access::kAnonymous,
              .handler = ran("open")},
             {.method = beast_http::verb::get,
              .pattern = "/cases/{client}/{ref}",
              .roles = {Role::kOperator, Role::kClient},
              .tenant = TenantRule::kClientInPath,
              .handler = ran("case")},
             {.method = beast_http::verb::post,
              .pattern = "/work",
              .roles = {Role::kOperator},
              .handler = ran("work")},
             {.method = beast_http::verb::post,
              .pattern = "/files/{client}",
              .roles = {Role::kOperator},
              .handler = ran("files"),
              .body_limit = 1024 * 1024}},
            [this](std::string_view token) -> Result<std::optional<Caller>> {
              auto found = sessions_.find(std::string(token));
              if (found == sessions_.end()) return std::optional<Caller>();
              return std::optional<Caller>(found->second);
            },
            [this](std::string_view secret) -> Result<std::optional<Caller>> {
              auto found = bearers_.find(std::string(secret));
              if (found == bearers_.end()) return std::optional<Caller>();
              return std::optional<Caller>(found->second);
            }) {
    sessions_["op"] = Caller{user_with(Role::kOperator, 1), "", "csrf-op", "op"};
    sessions_["tel"] = Caller{user_with(Role::kClient, 2), "TEL", "csrf-tel", "tel"};
    sessions_["aud"] = Caller{user_with(Role::kAuditor, 3), "", "csrf-aud", "aud"};
    bearers_["dct_op"] = Caller{.user = user_with(Role::kOperator, 4)};
    bearers_["dct_tel"] = Caller{.user = user_with(Role::kClient, 5), .client_code = "TEL"};
  }

  RouteHandler ran(std::string name) {
    return [this, name](const RouteRequest& request) {
      ran_.push_back(name);
      params_ = request.params;
      HttpResponse response{beast_http::status::ok, 11};
      response.body() = name;
      return response;
    };
  }

  Dispatched send(beast_http::verb method, const std::string& target, const std::string& token = "",
                  const std::string& csrf = "") {
    HttpRequest request{method, target, 11};
    if (!token.empty()) request.set(beast_http::field::cookie, "a=b; duecall_session=" + token);
    if (!csrf.empty()) request.set(kCsrfHeader, csrf);
    return router_.dispatch(request);
  }

  Dispatched send_bearer(beast_http::verb method, const std::string& target,
                         const std::string& authorization, const std::string& cookie_token = "") {
    HttpRequest request{method, target, 11};
    request.set(beast_http::field::authorization, authorization);
    if (!cookie_token.empty()) request.set(beast_http::field::cookie, "duecall_session=" + cookie_token);
    return router_.dispatch(request);
  }

  std::map<std::string, Caller> sessions_;
  std::map<std::string, Caller> bearers_;
  std::vector<std::string> ran_;
  std::map<std::string, std::string> params_;
  Router router_;
};

TEST_F(RouterTest, AnswersUnknownPathsAndMethodsBeforeAskingWhoIsCalling) {
  auto missing = send(beast_http::verb::get, "/nothing");
  EXPECT_EQ(missing.response.result(), beast_http::status::not_found);
  EXPECT_EQ(missing.route, "unmatched");
  auto wrong_method = send(beast_http::verb::delete_, "/work");
  EXPECT_EQ(wrong_method.response.result(), beast_http::status::method_not_allowed);
  EXPECT_EQ(wrong_method.response[beast_http::field::allow], "POST");
  EXPECT_EQ(send(beast_http::verb::get, "/open?x=1").response.body(), "open");
  EXPECT_EQ(ran_, std::vector<std::string>{"open"});
}

TEST_F(RouterTest, RefusesInOrderUnauthenticatedThenCsrfThenRoleThenTenant) {
  EXPECT_EQ(send(beast_http::verb::post, "/work").response.result(), beast_http::status::unauthorized);
  EXPECT_EQ(send(beast_http::verb::post, "/work", "forged", "x").response.result(),
            beast_http::status::unauthorized);
  EXPECT_EQ(send(beast_http::verb::post, "/work", "op").response.result(), beast_http::status::forbidden);
  EXPECT_EQ(send(beast_http::verb::post, "/work", "op", "csrf-tel").response.result(),
            beast_http::status::forbidden)
      << "another session's token";
  EXPECT_EQ(send(beast_http::verb::post, "/work", "aud", "csrf-aud").response.result(),
            beast_http::status::forbidden)
      << "role";
  EXPECT_EQ(send(beast_http::verb::get, "/cases/OTH/A-1", "tel").response.result(),
            beast_http::status::not_found)
      << "another client's case";
  EXPECT_TRUE(ran_.empty()) << "no refused request reaches a handler";

  auto own = send(beast_http::verb::get, "/cases/TEL/A-1", "tel");
  EXPECT_EQ(own.response.result(), beast_http::status::ok);
  EXPECT_EQ(own.user_id, 2);
  EXPECT_EQ(send(beast_http::verb::get, "/cases/OTH/A-1", "op").response.result(), beast_http::status::ok);
  EXPECT_EQ(send(beast_http::verb::post, "/work", "op", "csrf-op").response.result(), beast_http::status::ok);
  EXPECT_EQ(ran_, (std::vector<std::string>{"case", "case", "work"}));
}

TEST_F(RouterTest, ABearerTokenActsAsItsUserWithoutCsrfAndIsJudgedAlone) {
  auto work = send_bearer(beast_http::verb::post, "/work", "Bearer dct_op");
  EXPECT_EQ(work.response.result(), beast_http::status::ok) << "no CSRF token for a bearer";
  EXPECT_EQ(work.user_id, 4);
  EXPECT_EQ(send_bearer(beast_http::verb::post, "/work", "bearer  dct_op ").response.result(),
            beast_http::status::ok)
      << "the scheme is case-insensitive";
  EXPECT_EQ(send_bearer(beast_http::verb::get, "/cases/OTH/A-1", "Bearer dct_tel").response.result(),
            beast_http::status::not_found)
      << "the tenant rule holds for tokens";
  EXPECT_EQ(send_bearer(beast_http::verb::post, "/work", "Bearer dct_tel").response.result(),
            beast_http::status::forbidden)
      << "the token user's role";
  EXPECT_EQ(send_bearer(beast_http::verb::post, "/work", "Bearer revoked", "op").response.result(),
            beast_http::status::unauthorized)
      << "a valid cookie does not rescue an unknown token";
  EXPECT_EQ(send_bearer(beast_http::verb::post, "/work", "Basic dct_op").response.result(),
            beast_http::status::unauthorized);
  EXPECT_EQ(ran_, (std::vector<std::string>{"work", "work"}));
}

TEST_F(RouterTest, DecodesPathParametersAndRefusesEncodedSlashes) {
  EXPECT_EQ(send(beast_http::verb::get, "/cases/TEL/A%2D1%20x", "op").response.result(),
            beast_http::status::ok);
  EXPECT_EQ(params_["ref"], "A-1 x");
  EXPECT_EQ(send(beast_http::verb::get, "/cases/TEL/A%2F1", "op").response.result(),
            beast_http::status::not_found);
  EXPECT_EQ(send(beast_http::verb::get, "/cases/TEL/A%2", "op").response.result(),
            beast_http::status::not_found);
  EXPECT_EQ(send(beast_http::verb::get, "/cases/TEL", "op").response.result(),
            beast_http::status::not_found);
}

TEST(CookieValue, FindsTheNamedCookieAmongOthers) {
  EXPECT_EQ(cookie_value("a=1; duecall_session=abc; b=2", "duecall_session"), "abc");
  EXPECT_EQ(cookie_value("xduecall_session=abc", "duecall_session"), "");
  EXPECT_EQ(cookie_value("", "duecall_session"), "");
}

TEST_F(RouterTest, NamesTheBodyLimitOfTheRouteARequestHeaderReaches) {
  EXPECT_EQ(router_.body_limit_of(beast_http::verb::post, "/files/TEL?name=x.csv"), 1024u * 1024);
  EXPECT_EQ(router_.body_limit_of(beast_http::verb::post, "/work"), std::nullopt)
      << "a route without its own limit takes the server's";
  EXPECT_EQ(router_.body_limit_of(beast_http::verb::get, "/files/TEL"), std::nullopt)
      << "another method is another route";
  EXPECT_EQ(router_.body_limit_of(beast_http::verb::post, "/nowhere"), std::nullopt);
  EXPECT_EQ(router_.largest_body_limit(), 1024u * 1024);
}

}  // namespace
}  // namespace duecall::adapters::http
