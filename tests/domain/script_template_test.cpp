// Goal: the template language's edges: doubled braces are literal braces anywhere, a
// placeholder is recognised only with a well-formed name, and every malformed brace is
// refused with the character it is at (counted in characters, so "č" counts once).
#include "domain/script_template.hpp"

#include <gtest/gtest.h>

namespace duecall::domain {
namespace {

std::string render_names(const ScriptTemplate& line) {
  return line.render([](std::string_view name) { return "<" + std::string(name) + ">"; });
}

::testing::AssertionResult RefusedWith(std::string_view source, std::string_view message) {
  auto parsed = ScriptTemplate::parse(source);
  if (parsed.ok()) return ::testing::AssertionFailure() << "'" << source << "' was accepted";
  if (parsed.error().message.find(message) == std::string::npos) {
    return ::testing::AssertionFailure()
           << "'" << source << "' refused with '" << parsed.error().message << "', expected '"
           << message << "'";
  }
  return ::testing::AssertionSuccess();
}

TEST(ScriptTemplate, ReplacesPlaceholdersAndKeepsTheRest) {
  auto line = ScriptTemplate::parse("Dober dan, {debtor.name}. Dolg: {case.total_due}.").value();
  EXPECT_EQ(render_names(line), "Dober dan, <debtor.name>. Dolg: <case.total_due>.");
  EXPECT_EQ(line.placeholders(), (std::vector<std::string>{"debtor.name", "case.total_due"}));
  EXPECT_EQ(line.source(), "Dober dan, {debtor.name}. Dolg: {case.total_due}.");
}

TEST(ScriptTemplate, ListsRepeatsAndAcceptsPlaceholdersAtTheEdges) {
  auto line = ScriptTemplate::parse("{today}{today} and {deadline}").value();
  EXPECT_EQ(line.placeholders(), (std::vector<std::string>{"today", "today", "deadline"}));
  EXPECT_EQ(render_names(line), "<today><today> and <deadline>");
}

TEST(ScriptTemplate, DoubledBracesAreLiteralBraces) {
  EXPECT_EQ(render_names(ScriptTemplate::parse("{{debtor.name}}").value()), "{debtor.name}");
  EXPECT_EQ(render_names(ScriptTemplate::parse("a {{ b }} c").value()), "a { b } c");
  EXPECT_EQ(render_names(ScriptTemplate::parse("{{{today}}}").value()), "{<today>}");
  EXPECT_EQ(render_names(ScriptTemplate::parse("}}}}").value()), "}}");
  EXPECT_TRUE(ScriptTemplate::parse("{{debtor.name}}").value().placeholders().empty());
}

TEST(ScriptTemplate, AValueEndingInAPeriodEndsTheSentenceOnce) {
  auto line =
      ScriptTemplate::parse("Kličem iz družbe {agency.name}. Hvala, {agency.name}...").value();
  auto render_with = [&](std::string value) {
    return line.render([&](std::string_view) { return value; });
  };
  EXPECT_EQ(render_with("Izterjava d.o.o."),
            "Kličem iz družbe Izterjava d.o.o. Hvala, Izterjava d.o.o....");
  EXPECT_EQ(render_with("Izterjava"), "Kličem iz družbe Izterjava. Hvala, Izterjava...");
  EXPECT_EQ(render_with(""), "Kličem iz družbe . Hvala, ...");
}

TEST(ScriptTemplate, TextWithoutBracesIsItself) {
  EXPECT_EQ(render_names(ScriptTemplate::parse("Hvala in lep pozdrav.").value()),
            "Hvala in lep pozdrav.");
  EXPECT_EQ(render_names(ScriptTemplate::parse("").value()), "");
}

TEST(ScriptTemplate, RefusesAnUnclosedBraceAndSaysWhere) {
  EXPECT_TRUE(RefusedWith("Dolg znaša {case.total_due", "'{' at character 12 is not closed"));
  EXPECT_TRUE(RefusedWith("{", "'{' at character 1 is not closed"));
  EXPECT_TRUE(RefusedWith("{debtor.{name}", "'{' at character 1 is not closed"));
  EXPECT_TRUE(RefusedWith("{{{", "'{' at character 3 is not closed"));
}

TEST(ScriptTemplate, CountsCharactersNotBytes) {
  EXPECT_TRUE(RefusedWith("Znesek čez {", "'{' at character 12 is not closed"));
}

TEST(ScriptTemplate, RefusesALoneClosingBrace) {
  EXPECT_TRUE(RefusedWith("debtor.name}", "'}' at character 12 closes no '{'"));
  EXPECT_TRUE(RefusedWith("}}}", "'}' at character 3 closes no '{'"));
}

TEST(ScriptTemplate, RefusesNamesThatAreNotPlaceholderNames) {
  for (const char* source : {"{}", "{ debtor.name }", "{Debtor.Name}", "{debtor..name}", "{.name}",
                             "{name.}", "{debtor-name}", "{1st}", "{debtor.2nd}", "{dolžnik}"}) {
    EXPECT_TRUE(RefusedWith(source, "is not a placeholder")) << source;
  }
}

TEST(ScriptTemplate, KnowsWellFormedNames) {
  EXPECT_TRUE(is_placeholder_name("deadline"));
  EXPECT_TRUE(is_placeholder_name("case.total_due"));
  EXPECT_TRUE(is_placeholder_name("a1.b_2.c"));
  EXPECT_FALSE(is_placeholder_name(""));
  EXPECT_FALSE(is_placeholder_name("_x"));
  EXPECT_FALSE(is_placeholder_name("a.b."));
}

}  // namespace
}  // namespace duecall::domain
