// The CSV reader against RFC 4180 and against the ways real creditor files break it: each
// rule is shown on a small literal input, the faults are shown to be reported on their own
// record while the rest of the file is still read, and a property test writes random rows
// with csv_format_row and checks that the reader gives back the same fields and lines.
#include "core/csv_reader.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace duecall {
namespace {

// A record with its views copied, so that tests can compare whole files at once.
struct Row {
  std::size_t line = 0;
  std::vector<std::string> fields;
  std::string error;
  std::size_t error_field = 0;
  std::string raw;
};

std::vector<Row> read_all(std::string_view text, CsvDialect dialect = {}) {
  std::vector<Row> rows;
  CsvReader reader(text, dialect);
  CsvRecord record;
  while (reader.next(record)) {
    Row row{record.line, {}, record.error, record.error_field, std::string(record.raw)};
    for (std::string_view field : record.fields) row.fields.emplace_back(field);
    rows.push_back(std::move(row));
  }
  return rows;
}

using Fields = std::vector<std::string>;

TEST(CsvReader, ReadsRecordsAndFieldsWithTheirLineNumbers) {
  auto rows = read_all("id,name,amount\n1,Novak,10.00\n2,Horvat,20.50\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].fields, (Fields{"id", "name", "amount"}));
  EXPECT_EQ(rows[1].fields, (Fields{"1", "Novak", "10.00"}));
  EXPECT_EQ(rows[2].fields, (Fields{"2", "Horvat", "20.50"}));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].line, i + 1);
    EXPECT_EQ(rows[i].error, "");
  }
  EXPECT_EQ(rows[1].raw, "1,Novak,10.00");
}

TEST(CsvReader, ReadsNothingFromEmptyOrBlankText) {
  EXPECT_TRUE(read_all("").empty());
  EXPECT_TRUE(read_all("\n\n").empty());
  EXPECT_TRUE(read_all("\r\n\r\n").empty());
  EXPECT_TRUE(read_all("\r").empty());
}

TEST(CsvReader, ReadsAFinalRecordThatHasNoLineTerminator) {
  auto rows = read_all("a,b\nc,d");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].fields, (Fields{"c", "d"}));
  EXPECT_EQ(rows[1].line, 2u);
  EXPECT_EQ(rows[1].raw, "c,d");
}

TEST(CsvReader, ReadsCrlfFilesWithoutKeepingTheCarriageReturn) {
  auto rows = read_all("a,b\r\n\"c\",\"d\"\r\ne,f\r\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].fields, (Fields{"a", "b"}));
  EXPECT_EQ(rows[1].fields, (Fields{"c", "d"}));
  EXPECT_EQ(rows[2].fields, (Fields{"e", "f"}));
  EXPECT_EQ(rows[0].raw, "a,b");
  EXPECT_EQ(rows[1].raw, "\"c\",\"d\"");
  EXPECT_EQ(rows[2].line, 3u);
}

TEST(CsvReader, DropsACarriageReturnAtTheVeryEndOfTheText) {
  EXPECT_EQ(read_all("a,b\r")[0].fields, (Fields{"a", "b"}));
  EXPECT_EQ(read_all("a,\"b\"\r")[0].fields, (Fields{"a", "b"}));
}

TEST(CsvReader, KeepsACarriageReturnThatDoesNotEndALine) {
  auto rows = read_all("a\rb,c\r,d\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].fields, (Fields{"a\rb", "c\r", "d"}));
}

TEST(CsvReader, SkipsBlankLinesButCountsThemInLineNumbers) {
  auto rows = read_all("\na,b\n\n\r\n\nc,d\n\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].line, 2u);
  EXPECT_EQ(rows[1].line, 6u);
}

TEST(CsvReader, ReadsEmptyFields) {
  EXPECT_EQ(read_all(",,\n")[0].fields, (Fields{"", "", ""}));
  EXPECT_EQ(read_all("a,\n")[0].fields, (Fields{"a", ""}));
  EXPECT_EQ(read_all("a,")[0].fields, (Fields{"a", ""}));
  EXPECT_EQ(read_all(",a\r\n")[0].fields, (Fields{"", "a"}));
  EXPECT_EQ(read_all("\"\"\n")[0].fields, (Fields{""}));
  EXPECT_EQ(read_all("\"\",\"\"")[0].fields, (Fields{"", ""}));
}

TEST(CsvReader, NeverTrimsFields) {
  EXPECT_EQ(read_all(" a , b \t,\" c \"\n")[0].fields, (Fields{" a ", " b \t", " c "}));
}

TEST(CsvReader, KeepsDelimitersInsideQuotedFields) {
  auto rows = read_all("\"Novak, Janez\",\"Slovenska cesta 1, Ljubljana\",3\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].fields, (Fields{"Novak, Janez", "Slovenska cesta 1, Ljubljana", "3"}));
  EXPECT_EQ(rows[0].error, "");
}

TEST(CsvReader, TurnsDoubledQuotesIntoOne) {
  auto rows = read_all("\"say \"\"hi\"\"\",\"\"\"\"\n\"\"\"a\"\"\",x\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].fields, (Fields{"say \"hi\"", "\""}));
  EXPECT_EQ(rows[1].fields, (Fields{"\"a\"", "x"}));
  EXPECT_EQ(rows[0].raw, "\"say \"\"hi\"\"\",\"\"\"\"");
}

TEST(CsvReader, KeepsLineBreaksInsideQuotesAndCountsThemAsPhysicalLines) {
  auto rows = read_all("id,note\n1,\"first\nsecond\nthird\"\n2,\"a\r\nb\"\r\n3,plain\n");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1].line, 2u);
  EXPECT_EQ(rows[1].fields, (Fields{"1", "first\nsecond\nthird"}));
  EXPECT_EQ(rows[1].raw, "1,\"first\nsecond\nthird\"");
  EXPECT_EQ(rows[2].line, 5u);
  EXPECT_EQ(rows[2].fields, (Fields{"2", "a\r\nb"}));
  EXPECT_EQ(rows[3].line, 7u);
  EXPECT_EQ(rows[3].fields, (Fields{"3", "plain"}));
}

TEST(CsvReader, KeepsALoneCarriageReturnInsideQuotesWithoutCountingALine) {
  auto rows = read_all("\"a\rb\"\nc\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].fields, (Fields{"a\rb"}));
  EXPECT_EQ(rows[1].line, 2u);
}

TEST(CsvReader, ReadsSemicolonDelimitedFilesWithCommasAsData) {
  CsvDialect semicolon{';', '"'};
  auto rows = read_all("ime;znesek\nNovak;1.234,56\n\"Kos; Ana\";\"7,5\"\n", semicolon);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].fields, (Fields{"Novak", "1.234,56"}));
  EXPECT_EQ(rows[2].fields, (Fields{"Kos; Ana", "7,5"}));
}

TEST(CsvReader, UsesTheDialectsQuoteCharacter) {
  CsvDialect tab_and_apostrophe{'\t', '\''};
  auto rows = read_all("'a\tb'\t\"c\"\t'it''s'\n", tab_and_apostrophe);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].fields, (Fields{"a\tb", "\"c\"", "it's"}));
  EXPECT_EQ(rows[0].error, "");
}

TEST(CsvReader, ReportsAQuoteInsideAnUnquotedFieldAndReadsOn) {
  auto rows = read_all("a,b\"c,d\nx,y\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].error, "quote character inside an unquoted field");
  EXPECT_EQ(rows[0].error_field, 1u);
  EXPECT_EQ(rows[0].fields, (Fields{"a", "b\"c", "d"}));
  EXPECT_EQ(rows[0].raw, "a,b\"c,d");
  EXPECT_EQ(rows[1].error, "");
  EXPECT_EQ(rows[1].fields, (Fields{"x", "y"}));
  EXPECT_EQ(rows[1].line, 2u);
}

TEST(CsvReader, ReportsAFieldThatOnlyStartsWithSpaceBeforeItsQuote) {
  // Not trimming means ` "x"` is an unquoted field holding quotes, which is malformed.
  auto rows = read_all("a, \"x\"\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].error, "quote character inside an unquoted field");
  EXPECT_EQ(rows[0].error_field, 1u);
}

TEST(CsvReader, ReportsTextAfterAClosingQuoteAndResumesOnTheNextLine) {
  auto rows = read_all("a,\"b\"x,c\r\nd,e\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].error, "unexpected character after closing quote");
  EXPECT_EQ(rows[0].error_field, 1u);
  EXPECT_EQ(rows[0].raw, "a,\"b\"x,c");
  EXPECT_EQ(rows[1].error, "");
  EXPECT_EQ(rows[1].fields, (Fields{"d", "e"}));
  EXPECT_EQ(rows[1].line, 2u);
}

TEST(CsvReader, ResumesAfterTheLineWhereAMultiLineQuotedFieldWentWrong) {
  auto rows = read_all("1,\"x\ny\" z,q\n2,ok\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].line, 1u);
  EXPECT_EQ(rows[0].error, "unexpected character after closing quote");
  EXPECT_EQ(rows[0].raw, "1,\"x\ny\" z,q");
  EXPECT_EQ(rows[1].line, 3u);
  EXPECT_EQ(rows[1].fields, (Fields{"2", "ok"}));
}

TEST(CsvReader, TreatsACarriageReturnAfterAClosingQuoteAsStrayUnlessItEndsTheLine) {
  auto rows = read_all("\"a\"\rb\nc\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].error, "unexpected character after closing quote");
  EXPECT_EQ(rows[1].fields, (Fields{"c"}));
}

TEST(CsvReader, RunsAnUnterminatedQuotedFieldToTheEndOfTheText) {
  auto rows = read_all("a,b\nc,\"d\ne,f\r\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].error, "");
  EXPECT_EQ(rows[1].line, 2u);
  EXPECT_EQ(rows[1].error, "unterminated quoted field");
  EXPECT_EQ(rows[1].error_field, 1u);
  EXPECT_EQ(rows[1].fields, (Fields{"c", "d\ne,f\r\n"}));
  EXPECT_EQ(rows[1].raw, "c,\"d\ne,f");
}

TEST(CsvReader, ReportsAnUnterminatedQuoteRightAtTheEnd) {
  auto rows = read_all("a,\"");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].error, "unterminated quoted field");
  EXPECT_EQ(rows[0].fields, (Fields{"a", ""}));
  // A doubled quote at the very end is an escaped quote, and the field is still open.
  rows = read_all("\"ab\"\"");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].error, "unterminated quoted field");
  EXPECT_EQ(rows[0].fields, (Fields{"ab\""}));
}

TEST(CsvReader, ReportsOnlyTheFirstFaultOfARecord) {
  auto rows = read_all("a\"b,\"c\"d,\"e\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].error, "quote character inside an unquoted field");
  EXPECT_EQ(rows[0].error_field, 0u);
}

TEST(CsvReader, ReportsTheBytesConsumedForProgress) {
  const std::string text = "a,b\n\"c\nd\",e\nf";
  CsvReader reader(text);
  CsvRecord record;
  EXPECT_EQ(reader.offset(), 0u);
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(reader.offset(), 4u);
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(reader.offset(), 12u);
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(reader.offset(), text.size());
  EXPECT_FALSE(reader.next(record));
  EXPECT_EQ(reader.offset(), text.size());
  EXPECT_TRUE(record.fields.empty());
}

TEST(CsvReader, ReusesTheRecordsStorageFromCallToCall) {
  const std::string text = "\"a\"\"1\",b,c\n\"d\"\"2\",e,f\n\"g\"\"3\",h,i\n";
  CsvReader reader(text);
  CsvRecord record;
  ASSERT_TRUE(reader.next(record));
  const std::string_view* fields = record.fields.data();
  const char* unescaped = record.fields[0].data();
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(record.fields.data(), fields);
  EXPECT_EQ(record.fields[0].data(), unescaped);
  EXPECT_EQ(record.fields[0], "d\"2");
}

TEST(CsvReader, GivesCopiesAndMovesOfARecordValidFields) {
  const std::string text = "\"x\"\"y\",plain\n\"other\"\"\",z\n";
  CsvReader reader(text);
  CsvRecord record;
  ASSERT_TRUE(reader.next(record));
  CsvRecord copy = record;
  CsvRecord assigned;
  assigned = record;
  CsvRecord moved = std::move(copy);
  ASSERT_TRUE(reader.next(record));  // overwrites the original's storage
  EXPECT_EQ(record.fields[0], "other\"");
  for (const CsvRecord* kept : {&assigned, &moved}) {
    ASSERT_EQ(kept->fields.size(), 2u);
    EXPECT_EQ(kept->fields[0], "x\"y");
    EXPECT_EQ(kept->fields[1], "plain");
    EXPECT_EQ(kept->line, 1u);
  }
}

TEST(CsvDialect, RefusesADelimiterThatIsTheQuoteOrALineBreak) {
  EXPECT_TRUE((CsvDialect{',', '"'}).validate().ok());
  EXPECT_TRUE((CsvDialect{';', '\''}).validate().ok());
  EXPECT_FALSE((CsvDialect{'"', '"'}).validate().ok());
  EXPECT_FALSE((CsvDialect{'\n', '"'}).validate().ok());
  EXPECT_FALSE((CsvDialect{',', '\r'}).validate().ok());
  EXPECT_EQ((CsvDialect{';', ';'}).validate().error().message,
            "the CSV delimiter and quote are both ';'; they must differ");
}

TEST(CsvEscapeField, QuotesOnlyWhenAReaderWouldOtherwiseMisreadTheField) {
  EXPECT_EQ(csv_escape_field("Novak"), "Novak");
  EXPECT_EQ(csv_escape_field(""), "");
  EXPECT_EQ(csv_escape_field("1.234,56", ';'), "1.234,56");
  EXPECT_EQ(csv_escape_field("Novak, Janez"), "\"Novak, Janez\"");
  EXPECT_EQ(csv_escape_field("a;b", ';'), "\"a;b\"");
  EXPECT_EQ(csv_escape_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_escape_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_escape_field("cr\r"), "\"cr\r\"");
  EXPECT_EQ(csv_escape_field(" lead"), "\" lead\"");
  EXPECT_EQ(csv_escape_field("trail\t"), "\"trail\t\"");
  EXPECT_EQ(csv_escape_field("in side"), "in side");
}

TEST(CsvFormatRow, JoinsEscapedFieldsWithoutALineTerminator) {
  EXPECT_EQ(csv_format_row({"1", "Novak, Janez", "10.00"}), "1,\"Novak, Janez\",10.00");
  EXPECT_EQ(csv_format_row({"a;b", "c,d"}, ';'), "\"a;b\";c,d");
  EXPECT_EQ(csv_format_row({"", ""}), ",");
  EXPECT_EQ(csv_format_row({}), "");
}

TEST(CsvFormatRow, WritesASingleEmptyFieldSoThatItIsNotReadAsABlankLine) {
  EXPECT_EQ(csv_format_row({""}), "\"\"");
  auto rows = read_all(csv_format_row({""}) + "\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].fields, (Fields{""}));
}

TEST(CsvReader, ReadsATwentyMegabyteFile) {
  // Mostly plain rows (the fast path) with a quoted, multi-line or escaped row every so
  // often, as a creditor's export looks.
  std::string text = "reference,name,street,city,amount,due\r\n";
  const std::size_t rows = 300'000;
  for (std::size_t i = 0; i < rows; ++i) {
    const std::string number = std::to_string(i);
    if (i % 97 == 0) {
      text += "R" + number + ",\"Novak, Janez\",\"Ulica \"\"A\"\"\nnadstropje 2\",Ljubljana,";
    } else {
      text += "R" + number + ",Horvat Ana,Slovenska cesta " + number + ",Maribor,";
    }
    text += number + ".50,2024-03-01\r\n";
  }
  ASSERT_GT(text.size(), 20'000'000u);

  CsvReader reader(text);
  CsvRecord record;
  ASSERT_TRUE(reader.next(record));
  std::size_t count = 0;
  std::size_t bad = 0;
  std::size_t expected_line = 2;
  while (reader.next(record)) {
    if (!record.ok() || record.fields.size() != 6 || record.line != expected_line ||
        record.fields[0] != "R" + std::to_string(count)) {
      ++bad;
    }
    expected_line += count % 97 == 0 ? 2 : 1;
    ++count;
  }
  EXPECT_EQ(count, rows);
  EXPECT_EQ(bad, 0u);
  EXPECT_EQ(reader.offset(), text.size());
}

// A field drawn from the characters that make CSV hard, plus ordinary and non-ASCII text.
rc::Gen<std::string> tricky_field() {
  return rc::gen::container<std::string>(rc::gen::elementOf(std::string("ab ,;\"\r\n\t\xC4\x8D")));
}

RC_GTEST_PROP(CsvReader, ReadsBackExactlyWhatCsvFormatRowWrote, ()) {
  const auto rows = *rc::gen::container<std::vector<std::vector<std::string>>>(
      rc::gen::nonEmpty(rc::gen::container<std::vector<std::string>>(tricky_field())));
  const char delimiter = *rc::gen::elementOf(std::string(",;\t"));
  const std::string terminator = *rc::gen::element<std::string>("\n", "\r\n");

  std::string text;
  std::vector<std::size_t> lines;
  for (const auto& row : rows) {
    lines.push_back(1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
    text += csv_format_row(std::vector<std::string_view>(row.begin(), row.end()), delimiter);
    text += terminator;
  }
  if (*rc::gen::arbitrary<bool>() && !text.empty()) {
    text.resize(text.size() - terminator.size());  // the last line end is optional
  }

  CsvReader reader(text, CsvDialect{delimiter, '"'});
  CsvRecord record;
  for (std::size_t index = 0; index < rows.size(); ++index) {
    RC_ASSERT(reader.next(record));
    RC_ASSERT(record.error == "");
    RC_ASSERT(record.line == lines[index]);
    RC_ASSERT(std::vector<std::string>(record.fields.begin(), record.fields.end()) == rows[index]);
  }
  RC_ASSERT(!reader.next(record));
}

RC_GTEST_PROP(CsvReader, NeverLosesItsPlaceOnArbitraryText, ()) {
  // Whatever the bytes, the reader ends, consumes everything, and its records' raw text
  // and line numbers stay within the input and in order.
  const auto text = *rc::gen::container<std::string>(rc::gen::elementOf(std::string("a,\"\r\n;x")));
  CsvReader reader(text);
  CsvRecord record;
  std::size_t previous_line = 0;
  std::size_t records = 0;
  while (reader.next(record)) {
    RC_ASSERT(record.line > previous_line);
    RC_ASSERT(!record.fields.empty());
    RC_ASSERT(record.raw.data() >= text.data());
    RC_ASSERT(record.raw.data() + record.raw.size() <= text.data() + text.size());
    RC_ASSERT(record.ok() || record.error_field < record.fields.size());
    previous_line = record.line;
    RC_ASSERT(++records <= text.size());
  }
  RC_ASSERT(reader.offset() == text.size());
}

}  // namespace
}  // namespace duecall
