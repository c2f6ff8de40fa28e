// Metrics counts what the HTTP server answered, for Prometheus to scrape at /metrics:
//   duecall_http_requests_total{method, route, status}        a counter
//   duecall_http_request_duration_seconds{route}              a histogram (le buckets)
// Labels use the route pattern ("/api/cases/{client}/{ref}"), never the path, so that no
// case reference or other personal data reaches the metrics and their number stays bounded
// by the route table. Thread-safe: one mutex around small maps.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace duecall::adapters::http {

class Metrics {
 public:
  void record(const std::string& method, const std::string& route, int status,
              std::chrono::microseconds duration);
  // The Prometheus text exposition format (version 0.0.4).
  std::string exposition() const;

 private:
  static constexpr std::array<double, 11> kBucketsSeconds = {
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0};
  struct Histogram {
    std::array<std::uint64_t, kBucketsSeconds.size()> buckets{};  // cumulative on output only
    std::uint64_t count = 0;
    double sum_seconds = 0;
  };

  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  std::map<std::string, Histogram> durations_;
};

}  // namespace duecall::adapters::http
