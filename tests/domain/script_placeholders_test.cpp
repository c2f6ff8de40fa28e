// Goal: the placeholder catalogue is well formed (every name is a placeholder name, each
// once) and documented: docs/scripts.md lists every name, so authors and the code agree.
#include "domain/script_placeholders.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "domain/script_template.hpp"

namespace duecall::domain {
namespace {

TEST(ScriptPlaceholders, NamesAreWellFormedAndUnique) {
  std::set<std::string_view> names;
  for (const auto& info : placeholder_catalogue()) {
    EXPECT_TRUE(is_placeholder_name(info.name)) << info.name;
    EXPECT_TRUE(names.insert(info.name).second) << info.name << " twice";
    EXPECT_EQ(find_placeholder(info.name), info.id);
    EXPECT_EQ(placeholder_info(info.id).name, info.name);
    EXPECT_FALSE(info.meaning.empty()) << info.name;
  }
  EXPECT_FALSE(find_placeholder("debtor.nmae").has_value());
}

TEST(ScriptPlaceholders, SuggestsOnlyNearMisses) {
  EXPECT_EQ(closest_placeholder("debtor.nmae"), "debtor.name");
  EXPECT_EQ(closest_placeholder("deadlines"), "deadline");
  EXPECT_FALSE(closest_placeholder("payment.iban").has_value());
}

TEST(ScriptPlaceholders, EveryPlaceholderIsDocumented) {
  std::ifstream in(std::string(DUECALL_SOURCE_PATH) + "/docs/scripts.md");
  ASSERT_TRUE(in) << "docs/scripts.md is missing";
  std::stringstream text;
  text << in.rdbuf();
  for (const auto& info : placeholder_catalogue()) {
    EXPECT_NE(text.str().find("`{" + std::string(info.name) + "}`"), std::string::npos)
        << "docs/scripts.md does not list {" << info.name << "}";
  }
}

}  // namespace
}  // namespace duecall::domain
