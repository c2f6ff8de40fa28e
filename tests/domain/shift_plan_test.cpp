// Goal: ShiftPlan keeps its invariants whatever it is built from: shifts in order of start,
// no overlap, each within one day, unique names, a real time zone; the standard plan covers
// 08:00-19:00 in two shifts; the JSON form round-trips and its errors name the JSON path.
// Method: the standard plan as a JSON document, changed one field per test.
#include "domain/shift_plan.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

using nlohmann::json;
using std::chrono::minutes;

json standard_document() {
  return json::parse(R"({"time_zone": "Europe/Ljubljana", "shifts": [
      {"name": "early", "start": "08:00", "end": "13:30"},
      {"name": "late", "start": "13:30", "end": "19:00"}]})");
}

::testing::AssertionResult RefusedAt(const json& document, std::string_view path,
                                     std::string_view why) {
  auto plan = ShiftPlan::from_json(document);
  if (plan.ok()) return ::testing::AssertionFailure() << "accepted " << document.dump();
  const std::string& message = plan.error().message;
  if (!message.starts_with(path) || message.find(why) == std::string::npos) {
    return ::testing::AssertionFailure()
           << "refused with '" << message << "', expected " << path << " ... " << why;
  }
  return ::testing::AssertionSuccess();
}

TEST(ShiftPlan, TheStandardPlanCoversEightToSevenInTwoShifts) {
  ShiftPlan plan = ShiftPlan::standard();
  EXPECT_EQ(plan.time_zone(), "Europe/Ljubljana");
  ASSERT_EQ(plan.shifts().size(), 2u);
  EXPECT_EQ(plan.shifts().front().start, minutes(8 * 60));
  EXPECT_EQ(plan.shifts().front().end, plan.shifts().back().start);
  EXPECT_EQ(plan.shifts().back().end, minutes(19 * 60));
  EXPECT_TRUE(ShiftPlan::make(plan.time_zone(), plan.shifts()).ok()) << "it keeps its own rules";
}

TEST(ShiftPlan, JsonRoundTrips) {
  auto plan = ShiftPlan::from_json(standard_document());
  ASSERT_TRUE(plan.ok()) << plan.error().message;
  EXPECT_EQ(*plan, ShiftPlan::standard());
  EXPECT_EQ(plan->to_json(), standard_document());
  EXPECT_NE(plan->find("late"), nullptr);
  EXPECT_EQ(plan->find("night"), nullptr);
}

TEST(ShiftPlan, AllowsGapsAndAShiftEndingAtMidnight) {
  json document = standard_document();
  document["shifts"][1]["start"] = "14:00";
  document["shifts"][1]["end"] = "24:00";
  EXPECT_TRUE(ShiftPlan::from_json(document).ok());
}

TEST(ShiftPlan, RefusesOverlappingShifts) {
  json document = standard_document();
  document["shifts"][1]["start"] = "13:00";
  EXPECT_TRUE(RefusedAt(document, "$.shifts[1]", "overlapping shift 'early', which ends at 13:30"));
}

TEST(ShiftPlan, RefusesShiftsOutOfOrder) {
  json document = standard_document();
  std::swap(document["shifts"][0], document["shifts"][1]);
  EXPECT_TRUE(RefusedAt(document, "$.shifts[1]", "in order of their start"));
}

TEST(ShiftPlan, RefusesAShiftThatEndsBeforeItStarts) {
  json document = standard_document();
  document["shifts"][0]["end"] = "07:00";
  EXPECT_TRUE(RefusedAt(document, "$.shifts[0]", "must start before it ends"));
  document["shifts"][0]["end"] = "08:00";
  EXPECT_TRUE(RefusedAt(document, "$.shifts[0]", "must start before it ends"));
}

TEST(ShiftPlan, RefusesTimesThatAreNotTimesOfDay) {
  for (const char* time : {"8:00", "24:01", "25:00", "08:60", "0800", "08:00:00"}) {
    json document = standard_document();
    document["shifts"][0]["start"] = time;
    EXPECT_TRUE(RefusedAt(document, "$.shifts[0].start", "time of day")) << time;
  }
}

TEST(ShiftPlan, RefusesBadOrRepeatedNames) {
  json document = standard_document();
  document["shifts"][1]["name"] = "early";
  EXPECT_TRUE(RefusedAt(document, "$.shifts[1].name", "names an earlier shift"));
  document["shifts"][1]["name"] = "Late Shift";
  EXPECT_TRUE(RefusedAt(document, "$.shifts[1].name", "lower-case"));
}

TEST(ShiftPlan, RefusesAnUnknownTimeZoneAnEmptyListAndUnknownKeys) {
  json document = standard_document();
  document["time_zone"] = "Europe/Atlantis";
  EXPECT_TRUE(RefusedAt(document, "$.time_zone", "not an IANA time zone"));
  document = standard_document();
  document["shifts"] = json::array();
  EXPECT_TRUE(RefusedAt(document, "$.shifts", "at least one shift"));
  document = standard_document();
  document["breaks"] = 1;
  EXPECT_TRUE(RefusedAt(document, "$.breaks", "unknown setting"));
  document = standard_document();
  document["shifts"][0]["lunch"] = "12:00";
  EXPECT_TRUE(RefusedAt(document, "$.shifts[0].lunch", "unknown setting"));
  document = standard_document();
  document["shifts"][0].erase("end");
  EXPECT_TRUE(RefusedAt(document, "$.shifts[0].end", "must be a string"));
}

TEST(ShiftPlan, FormatsTimesOfDay) {
  EXPECT_EQ(format_time_of_day(minutes(8 * 60)), "08:00");
  EXPECT_EQ(format_time_of_day(minutes(13 * 60 + 30)), "13:30");
  EXPECT_EQ(format_time_of_day(minutes(24 * 60)), "24:00");
}

}  // namespace
}  // namespace duecall::domain
