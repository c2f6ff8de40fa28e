#include "support/test_postgres.hpp"

#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cstdlib>
#include <random>
#include <stdexcept>

namespace duecall::testing {
namespace {

bool is_set(const char* variable) {
  const char* value = std::getenv(variable);
  return value && *value;
}

// Unique across parallel test processes (pid), tests in one process (counter) and
// leftovers of earlier crashed runs whose pid has been reused (random suffix).
std::string unique_database_name() {
  static std::atomic<int> counter{0};
  std::random_device random;
  return "duecall_test_" + std::to_string(::getpid()) + "_" + std::to_string(++counter) + "_" +
         std::to_string(random() % 1000000);
}

std::string uri_component(std::string_view text) {
  std::string encoded;
  for (unsigned char c : text) {
    bool plain = std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~';
    if (plain) {
      encoded += static_cast<char>(c);
    } else {
      constexpr char kHex[] = "0123456789ABCDEF";
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 15];
    }
  }
  return encoded;
}

// The connection parameters libpq settled on, from the PG* variables and its defaults.
std::string setting(const std::string& conninfo_keyword) {
  PQconninfoOption* options = PQconndefaults();
  std::string value;
  for (PQconninfoOption* option = options; option && option->keyword; ++option) {
    if (conninfo_keyword == option->keyword && option->val) value = option->val;
  }
  PQconninfoFree(options);
  return value;
}

}  // namespace

bool postgres_available() {
  return is_set("PGHOST") || is_set("PGPORT");
}

bool postgres_required() {
  const char* value = std::getenv("DUECALL_REQUIRE_POSTGRES");
  return value && std::string_view(value) == "1";
}

TestDatabase::TestDatabase() : name_(unique_database_name()) {
  auto admin = adapters::PgConnection::connect("");
  if (!admin.ok()) throw std::runtime_error(admin.error().message);
  admin_ = std::move(admin).value();
  // The name is ours (letters, digits, underscores), so quoting it is enough.
  if (auto created = admin_->execute("CREATE DATABASE \"" + name_ + "\""); !created.ok()) {
    throw std::runtime_error(created.error().message);
  }
  // The password and a host default from the environment (or libpq's own defaults, such
  // as the Unix socket directory) go into the URI, so a child process needs nothing else.
  std::string host = setting("host");
  std::string port = setting("port");
  std::string password = setting("password");
  uri_ = "postgresql://" + uri_component(setting("user"));
  if (!password.empty()) uri_ += ":" + uri_component(password);
  uri_ += "@" + (host.empty() || host.front() == '/' ? "" : uri_component(host));
  if (!port.empty()) uri_ += ":" + port;
  uri_ += "/" + name_;
  if (!host.empty() && host.front() == '/') uri_ += "?host=" + uri_component(host);
}

TestDatabase::~TestDatabase() {
  if (!admin_) return;
  // A failed drop leaves a database behind on a throwaway server; nothing to report it to.
  (void)admin_->execute("DROP DATABASE IF EXISTS \"" + name_ + "\" WITH (FORCE)");
}

Result<std::unique_ptr<adapters::PgConnection>> TestDatabase::connect() const {
  return adapters::PgConnection::connect(uri_);
}

void PostgresTest::SetUp() {
  DUECALL_NEED_POSTGRES();
  database_.emplace();
}

}  // namespace duecall::testing
