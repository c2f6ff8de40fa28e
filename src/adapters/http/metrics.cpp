#include "adapters/http/metrics.hpp"

#include <fmt/format.h>

namespace duecall::adapters::http {
namespace {

// Label values are route patterns and method names, but escape them as the format asks.
std::string label(const std::string& value) {
  std::string out;
  for (char c : value) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

void Metrics::record(const std::string& method, const std::string& route, int status,
                     std::chrono::microseconds duration) {
  double seconds = static_cast<double>(duration.count()) / 1e6;
  std::lock_guard lock(mutex_);
  ++requests_[{method, route, status}];
  Histogram& histogram = durations_[route];
  for (std::size_t bucket_idx = 0; bucket_idx < kBucketsSeconds.size(); ++bucket_idx) {
    if (seconds <= kBucketsSeconds[bucket_idx]) {
      ++histogram.buckets[bucket_idx];
      break;
    }
  }
  ++histogram.count;
  histogram.sum_seconds += seconds;
}

std::string Metrics::exposition() const {
  std::lock_guard lock(mutex_);
  std::string out =
      "# HELP duecall_http_requests_total HTTP requests answered, by route pattern and status.\n"
      "# TYPE duecall_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    const auto& [method, route, status] = key;
    out += fmt::format("duecall_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{}\"}} {}\n",
                       label(method), label(route), status, count);
  }
  out +=
      "# HELP duecall_http_request_duration_seconds Time from a request read to its answer "
      "ready.\n"
      "# TYPE duecall_http_request_duration_seconds histogram\n";
  for (const auto& [route, histogram] : durations_) {
    std::uint64_t cumulative = 0;
    for (std::size_t bucket_idx = 0; bucket_idx < kBucketsSeconds.size(); ++bucket_idx) {
      cumulative += histogram.buckets[bucket_idx];
      out += fmt::format("duecall_http_request_duration_seconds_bucket{{route=\"{}\",le=\"{}\"}} {}\n",
                         label(route), kBucketsSeconds[bucket_idx], cumulative);
    }
    out += fmt::format("duecall_http_request_duration_seconds_bucket{{route=\"{}\",le=\"+Inf\"}} {}\n",
                       label(route), histogram.count);
    out += fmt::format("duecall_http_request_duration_seconds_sum{{route=\"{}\"}} {}\n",
                       label(route), histogram.sum_seconds);
    out += fmt::format("duecall_http_request_duration_seconds_count{{route=\"{}\"}} {}\n",
                       label(route), histogram.count);
  }
  return out;
}

}  // namespace duecall::adapters::http
