// PhoneNumber::parse (fast path, falling back to libphonenumber) against plain libphonenumber
// (Parse + IsValidNumber + GetNumberType) on the same 10,000 Slovenian numbers: examples of
// every type with random subscriber digits, in international, 00-prefixed and national
// formats with mixed separators, so most numbers are distinct and some are invalid.
// Reports ns per number for each path and, in BM_SpeedupOverLibphonenumber, their ratio.
#include <benchmark/benchmark.h>
#include <phonenumbers/phonenumberutil.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "core/phone_number.hpp"

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

constexpr int kNumberCount = 10'000;

std::string grouped(const std::string& digits, std::mt19937& random) {
  static const char* const kSeparators[] = {" ", " ", "-", ".", "/"};
  std::string separator = kSeparators[random() % std::size(kSeparators)];
  std::string out;
  for (std::size_t at = 0; at < digits.size();) {
    std::size_t length = std::min<std::size_t>(digits.size() - at, 2 + random() % 2);
    out += (at == 0 ? "" : separator) + digits.substr(at, length);
    at += length;
  }
  return out;
}

const std::vector<std::string>& slovenian_numbers() {
  static const std::vector<std::string> numbers = [] {
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    std::vector<std::string> examples;
    for (auto type : {PhoneNumberUtil::MOBILE, PhoneNumberUtil::MOBILE, PhoneNumberUtil::MOBILE,
                      PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::FIXED_LINE,
                      PhoneNumberUtil::TOLL_FREE, PhoneNumberUtil::VOIP}) {
      i18n::phonenumbers::PhoneNumber example;
      if (!util.GetExampleNumberForType("SI", type, &example)) continue;
      std::string digits;
      util.GetNationalSignificantNumber(example, &digits);
      examples.push_back(digits);
    }
    std::mt19937 random(20240611);
    std::vector<std::string> out;
    for (int number_idx = 0; number_idx < kNumberCount; ++number_idx) {
      std::string digits = examples[random() % examples.size()];
      // Keep the first two digits (the range) and redraw the subscriber part.
      for (std::size_t at = 2; at < digits.size(); ++at) digits[at] = char('0' + random() % 10);
      switch (random() % 5) {
        case 0: out.push_back("+386 " + grouped(digits, random)); break;
        case 1: out.push_back("00386 " + grouped(digits, random)); break;
        case 2: out.push_back("(0" + digits.substr(0, 2) + ") " + grouped(digits.substr(2), random)); break;
        default: out.push_back(grouped("0" + digits, random)); break;
      }
    }
    return out;
  }();
  return numbers;
}

void parse_with_duecall(const std::vector<std::string>& numbers) {
  for (const std::string& text : numbers) {
    auto parsed = duecall::PhoneNumber::parse(text, "SI");
    benchmark::DoNotOptimize(parsed);
  }
}

void parse_with_libphonenumber(const std::vector<std::string>& numbers) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  for (const std::string& text : numbers) {
    i18n::phonenumbers::PhoneNumber parsed;
    if (util.Parse(text, "SI", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR) continue;
    bool valid = util.IsValidNumber(parsed);
    auto type = util.GetNumberType(parsed);
    benchmark::DoNotOptimize(valid);
    benchmark::DoNotOptimize(type);
  }
}

benchmark::Counter per_number() {
  return benchmark::Counter(kNumberCount, benchmark::Counter::kIsIterationInvariantRate |
                                              benchmark::Counter::kInvert);
}

void BM_DuecallParse(benchmark::State& state) {
  const auto& numbers = slovenian_numbers();
  for (auto _ : state) parse_with_duecall(numbers);
  state.counters["s_per_number"] = per_number();
}
BENCHMARK(BM_DuecallParse)->Unit(benchmark::kMillisecond);

void BM_LibphonenumberParseValidateType(benchmark::State& state) {
  const auto& numbers = slovenian_numbers();
  for (auto _ : state) parse_with_libphonenumber(numbers);
  state.counters["s_per_number"] = per_number();
}
BENCHMARK(BM_LibphonenumberParseValidateType)->Unit(benchmark::kMillisecond);

// Both paths in one iteration, so the ratio comes from the same conditions. Benchmarks may
// read the real clock; domain code may not.
void BM_SpeedupOverLibphonenumber(benchmark::State& state) {
  const auto& numbers = slovenian_numbers();
  std::chrono::steady_clock::duration duecall_time{}, library_time{};
  for (auto _ : state) {
    auto start = std::chrono::steady_clock::now();
    parse_with_duecall(numbers);
    auto middle = std::chrono::steady_clock::now();
    parse_with_libphonenumber(numbers);
    auto end = std::chrono::steady_clock::now();
    duecall_time += middle - start;
    library_time += end - middle;
  }
  double iterations = static_cast<double>(state.iterations());
  auto ns_per_number = [&](std::chrono::steady_clock::duration total) {
    return std::chrono::duration<double, std::nano>(total).count() / iterations / kNumberCount;
  };
  state.counters["duecall_ns_per_number"] = ns_per_number(duecall_time);
  state.counters["libphonenumber_ns_per_number"] = ns_per_number(library_time);
  state.counters["speedup"] = ns_per_number(library_time) / ns_per_number(duecall_time);
}
BENCHMARK(BM_SpeedupOverLibphonenumber)->Unit(benchmark::kMillisecond);

}  // namespace
