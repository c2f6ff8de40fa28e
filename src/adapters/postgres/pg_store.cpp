#include "adapters/postgres/pg_store.hpp"

#include <charconv>
#include <vector>

#include "adapters/postgres/pg_connection.hpp"

namespace duecall::adapters {
namespace {

constexpr std::string_view kPoolSizeKey = "pool_size=";

Result<int> parse_pool_size(std::string_view text) {
  int size = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), size);
  if (error != std::errc() || end != text.data() + text.size() || size < 1 || size > kMaxPoolSize) {
    return Error::invalid_argument(
        "pool_size in the database URI must be a whole number from 1 to " +
        std::to_string(kMaxPoolSize) + ", not '" + std::string(text) + "'");
  }
  return size;
}

}  // namespace

Result<PgStoreAddress> parse_pg_store_uri(std::string_view uri) {
  PgStoreAddress address;
  std::size_t query_start = uri.find('?');
  if (query_start == std::string_view::npos) {
    address.libpq_uri = std::string(uri);
    return address;
  }
  // The query is name=value pairs joined by '&' (libpq takes no fragment after it).
  std::string kept;
  bool pool_size_seen = false;
  std::string_view query = uri.substr(query_start + 1);
  while (true) {
    std::size_t end = query.find('&');
    std::string_view parameter = query.substr(0, end);
    if (parameter.starts_with(kPoolSizeKey)) {
      if (pool_size_seen) {
        return Error::invalid_argument("pool_size is given twice in the database URI");
      }
      pool_size_seen = true;
      address.pool_size = TRY(parse_pool_size(parameter.substr(kPoolSizeKey.size())));
    } else if (!parameter.empty()) {
      kept += kept.empty() ? "" : "&";
      kept += parameter;
    }
    if (end == std::string_view::npos) break;
    query.remove_prefix(end + 1);
  }
  address.libpq_uri = std::string(uri.substr(0, query_start));
  if (!kept.empty()) address.libpq_uri += "?" + kept;
  return address;
}

Result<std::unique_ptr<SqlStore>> open_postgres_store(std::string_view uri, Migrate migrate) {
  PgStoreAddress address = TRY(parse_pg_store_uri(uri));
  auto open_connection = [libpq_uri =
                              address.libpq_uri]() -> Result<std::unique_ptr<SqlConnection>> {
    return std::unique_ptr<SqlConnection>(TRY(PgConnection::connect(libpq_uri)));
  };
  return SqlStore::open(open_connection, address.pool_size, migrate);
}

}  // namespace duecall::adapters
