#include "app/claim_file_generator.hpp"

#include <array>
#include <cstdio>
#include <random>

namespace duecall::app {
namespace {

constexpr std::array<const char*, 16> kGivenNames = {
    "Urška", "Marko", "Špela", "Luka", "Nina", "Jan", "Maja", "Žiga",
    "Eva",   "Matej", "Ana",   "Tomaž", "Petra", "Rok", "Mojca", "Gašper"};
constexpr std::array<const char*, 12> kFamilyNames = {
    "Novak", "Horvat", "Krajnc", "Zupan", "Potočnik", "Kovačič",
    "Mlakar", "Kos",   "Vidmar", "Golob", "Turk",     "Božič"};
constexpr std::array<const char*, 6> kStreets = {"Glavna ulica", "Slovenska cesta", "Trubarjeva",
                                                 "Prešernova ulica", "Celovška cesta", "Šmartinska"};
struct City {
  const char* name;
  const char* postal_code;
  const char* area_code;
};
constexpr std::array<City, 5> kCities = {{{"Ljubljana", "1000", "1"},
                                          {"Maribor", "2000", "2"},
                                          {"Celje", "3000", "3"},
                                          {"Kranj", "4000", "4"},
                                          {"Koper", "6000", "5"}}};
constexpr std::array<const char*, 6> kMobilePrefixes = {"30", "31", "40", "41", "51", "68"};
constexpr std::array<const char*, 5> kClaimTypes = {"bank_card", "bank_loan", "energy", "telecom",
                                                    "insurance"};

// Portable draws: std::uniform_int_distribution differs between standard libraries, and
// the same seed must give the same file everywhere.
class Draw {
 public:
  explicit Draw(std::uint64_t seed) : engine_(seed) {}
  std::uint64_t below(std::uint64_t bound) { return engine_() % bound; }
  template <typename T, std::size_t N>
  const T& pick(const std::array<T, N>& items) { return items[below(N)]; }

 private:
  std::mt19937_64 engine_;
};

}  // namespace

std::string generate_claim_csv(const ClaimFileOptions& options) {
  std::string out =
      "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
      "claim_type,currency,principal,fees,due_date,reminder_sent_on,postal_code\n";
  out.reserve(static_cast<std::size_t>(options.rows) * 190 + out.size());
  std::int64_t debtors = options.debtors > 0 ? options.debtors : std::max<std::int64_t>(1, options.rows * 3 / 5);
  Draw draw(options.seed);
  char line[512];
  for (std::int64_t row = 0; row < options.rows; ++row) {
    // Debtor details come from a generator seeded by the debtor number, so every row of one
    // debtor carries the same name, phone and address.
    std::int64_t debtor = static_cast<std::int64_t>(draw.below(static_cast<std::uint64_t>(debtors)));
    Draw person(options.seed * 1'000'003 + static_cast<std::uint64_t>(debtor));
    bool company = person.below(10) == 0;
    const char* given = person.pick(kGivenNames);
    const char* family = person.pick(kFamilyNames);
    const City& city = person.pick(kCities);
    char phone[32];
    if (person.below(4) == 0) {
      std::snprintf(phone, sizeof phone, "+386 %s %03d %02d %02d", city.area_code,
                    static_cast<int>(200 + person.below(700)), static_cast<int>(person.below(100)),
                    static_cast<int>(person.below(100)));
    } else {
      std::snprintf(phone, sizeof phone, "+386 %s %03d %03d", person.pick(kMobilePrefixes),
                    static_cast<int>(100 + person.below(900)), static_cast<int>(person.below(1000)));
    }
    std::string name = company ? std::string(family) + " d.o.o." : std::string(given) + " " + family;
    const char* street = person.pick(kStreets);
    int house = static_cast<int>(1 + person.below(200));
    long national_id = static_cast<long>(10'000'000 + person.below(89'999'999));

    int age_days = static_cast<int>(1 + draw.below(60));
    CivilDate due = options.today.plus_days(-age_days);
    int reminder_after = static_cast<int>(draw.below(static_cast<std::uint64_t>(age_days)));
    std::string reminder = draw.below(8) == 0 ? "" : due.plus_days(reminder_after).to_string();
    long principal_cents = static_cast<long>(1'000 + draw.below(500'000));
    static constexpr std::array<int, 4> kFees = {0, 500, 1000, 1500};
    int fee_cents = kFees[draw.below(kFees.size())];
    int length = std::snprintf(
        line, sizeof line,
        "%s-%08lld,D-%08lld,%s,%s,%ld,%s,d%lld@example.com,%s %d,%s,SI,%s,EUR,%ld.%02ld,%d.%02d,%s,%s,%s\n",
        options.prefix.c_str(), static_cast<long long>(row), static_cast<long long>(debtor),
        company ? "company" : "person", name.c_str(), national_id, phone,
        static_cast<long long>(debtor), street, house, city.name, draw.pick(kClaimTypes),
        principal_cents / 100, principal_cents % 100, fee_cents / 100, fee_cents % 100,
        due.to_string().c_str(), reminder.c_str(), city.postal_code);
    out.append(line, static_cast<std::size_t>(length));
  }
  return out;
}

}  // namespace duecall::app
