// Decoding imported files: the code pages Slovenian and other creditors use, every kind of
// ill-formed UTF-8 from Unicode's table 3-7, and the position reported for the first bad
// byte. Inputs are built byte by byte so that the test file's own encoding cannot matter.
#include "core/text_encoding.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <string>

namespace duecall {
namespace {

// "č š ž Č Š Ž" in UTF-8.
const std::string kSlovenianUtf8 = "\xC4\x8D \xC5\xA1 \xC5\xBE \xC4\x8C \xC5\xA0 \xC5\xBD";

std::string error_of(const Result<std::string>& result) {
  return result.ok() ? "(no error)" : result.error().message;
}

TEST(TextEncoding, ConvertsSlovenianWindows1250ToUtf8) {
  auto text = to_utf8("\xE8 \x9A \x9E \xC8 \x8A \x8E", "windows-1250");
  ASSERT_TRUE(text.ok()) << error_of(text);
  EXPECT_EQ(*text, kSlovenianUtf8);
}

TEST(TextEncoding, MatchesEncodingNamesWithoutRegardToCase) {
  for (const char* name : {"windows-1250", "WINDOWS-1250", "Windows-1250", "cp1250", "CP1250"}) {
    auto text = to_utf8("Mo\xE8nik", name);
    ASSERT_TRUE(text.ok()) << name << ": " << error_of(text);
    EXPECT_EQ(*text, "Mo\xC4\x8Dnik") << name;
  }
  for (const char* name : {"utf-8", "UTF-8", "utf8", "Utf8", ""}) {
    EXPECT_EQ(to_utf8("abc", name).value(), "abc") << name;
  }
}

TEST(TextEncoding, DefaultsToUtf8) {
  EXPECT_EQ(to_utf8(kSlovenianUtf8).value(), kSlovenianUtf8);
}

TEST(TextEncoding, ConvertsIso88592WhereItDiffersFromWindows1250) {
  // ISO-8859-2 puts Š š Ž ž at 0xA9 0xB9 0xAE 0xBE; č is 0xE8 in both.
  auto text = to_utf8("\xA9\xB9\xAE\xBE\xE8", "iso-8859-2");
  ASSERT_TRUE(text.ok()) << error_of(text);
  EXPECT_EQ(*text, "\xC5\xA0\xC5\xA1\xC5\xBD\xC5\xBE\xC4\x8D");
}

TEST(TextEncoding, ConvertsWindows1252IncludingTheEuroSign) {
  auto text = to_utf8("\x80 5, Jo\xE3o, \xE7", "windows-1252");
  ASSERT_TRUE(text.ok()) << error_of(text);
  EXPECT_EQ(*text, "\xE2\x82\xAC 5, Jo\xC3\xA3o, \xC3\xA7");
}

TEST(TextEncoding, RefusesBytesThatWindows1250LeavesUndefined) {
  for (unsigned char undefined : {0x81, 0x83, 0x88, 0x90, 0x98}) {
    std::string bytes = "ab";
    bytes += static_cast<char>(undefined);
    auto text = to_utf8(bytes, "windows-1250");
    ASSERT_FALSE(text.ok()) << static_cast<int>(undefined);
    EXPECT_EQ(text.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(text.error().message.find("windows-1250"), std::string::npos);
    EXPECT_NE(text.error().message.find("byte offset 2"), std::string::npos)
        << text.error().message;
  }
}

TEST(TextEncoding, RefusesBytesThatWindows1252LeavesUndefined) {
  for (unsigned char undefined : {0x81, 0x8D, 0x8F, 0x90, 0x9D}) {
    EXPECT_FALSE(to_utf8(std::string(1, static_cast<char>(undefined)), "windows-1252").ok())
        << static_cast<int>(undefined);
  }
}

TEST(TextEncoding, RefusesWindows1250TextDeclaredAsIso88592) {
  // 0x9A is 'š' in windows-1250 but a C1 control in ISO-8859-2: a mislabelled file.
  auto text = to_utf8("Mi\x9Aka", "iso-8859-2");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().message,
            "the file is not valid iso-8859-2: invalid byte 0x9A on line 1 (byte offset 2)");
}

TEST(TextEncoding, ReportsLineAndOffsetOfAnUndefinedCodePageByte) {
  auto text = to_utf8("name;city\nNovak;Mo\xE8nik\nHorvat;\x98\n", "windows-1250");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().message,
            "the file is not valid windows-1250: invalid byte 0x98 on line 3 (byte offset 30)");
}

TEST(TextEncoding, RefusesAnUnknownEncodingName) {
  auto text = to_utf8("abc", "xyz");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(text.error().message, "unknown encoding 'xyz'");
  EXPECT_FALSE(to_utf8("abc", std::string("utf-8\0x", 7)).ok());
  EXPECT_FALSE(to_utf8("abc", std::string(200, 'a')).ok());
}

TEST(TextEncoding, AcceptsEmptyInputInEveryEncoding) {
  for (const char* name : {"utf-8", "windows-1250", "iso-8859-2", "windows-1252", "utf-16le"}) {
    auto text = to_utf8("", name);
    ASSERT_TRUE(text.ok()) << name << ": " << error_of(text);
    EXPECT_EQ(*text, "") << name;
  }
}

TEST(TextEncoding, StripsALeadingUtf8ByteOrderMark) {
  EXPECT_EQ(to_utf8("\xEF\xBB\xBFid,name\n").value(), "id,name\n");
  EXPECT_EQ(to_utf8("\xEF\xBB\xBF").value(), "");
  // Only a leading one: U+FEFF later in the text is a (zero-width) character.
  EXPECT_EQ(to_utf8("a\xEF\xBB\xBF").value(), "a\xEF\xBB\xBF");
}

TEST(TextEncoding, ReturnsValidUtf8InTheCallersBufferWithoutCopying) {
  std::string bytes(1 << 20, 'x');
  const char* buffer = bytes.data();
  auto text = to_utf8(std::move(bytes), "utf-8");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(text->data(), buffer);
}

TEST(TextEncoding, AcceptsEveryWellFormedUtf8Length) {
  // U+007F, U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF.
  const std::string edges =
      "\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBF\xF0\x90\x80\x80"
      "\xF4\x8F\xBF\xBF";
  EXPECT_EQ(to_utf8(edges).value(), edges);
}

struct InvalidUtf8 {
  const char* what;
  std::string bytes;
  std::string message;
};

TEST(TextEncoding, RefusesIllFormedUtf8WithTheLineAndOffsetOfTheFirstBadByte) {
  const InvalidUtf8 cases[] = {
      {"a lone continuation byte", "ok\n\x80", "invalid byte 0x80 on line 2 (byte offset 3)"},
      {"a sequence truncated at the end", "a\nb\n\xE2\x82",
       "invalid byte 0xE2 on line 3 (byte offset 4)"},
      {"a lead byte followed by ASCII", "Mo\xE8nik", "invalid byte 0xE8 on line 1 (byte offset 2)"},
      {"an overlong '/'", "x\xC0\xAF", "invalid byte 0xC0 on line 1 (byte offset 1)"},
      {"an overlong two-byte lead 0xC1", "\xC1\xBF", "invalid byte 0xC1 on line 1 (byte offset 0)"},
      {"an overlong three-byte form", "\xE0\x80\xAF",
       "invalid byte 0xE0 on line 1 (byte offset 0)"},
      {"an overlong four-byte form", "\xF0\x80\x80\xAF",
       "invalid byte 0xF0 on line 1 (byte offset 0)"},
      {"a high surrogate", "\n\n\xED\xA0\x80", "invalid byte 0xED on line 3 (byte offset 2)"},
      {"a low surrogate", "\xED\xBF\xBF", "invalid byte 0xED on line 1 (byte offset 0)"},
      {"a code point above U+10FFFF", "\xF4\x90\x80\x80",
       "invalid byte 0xF4 on line 1 (byte offset 0)"},
      {"a 0xF5 lead byte", "\xF5\x80\x80\x80", "invalid byte 0xF5 on line 1 (byte offset 0)"},
      {"a 0xFF byte", "abc\xFF", "invalid byte 0xFF on line 1 (byte offset 3)"},
      {"a four-byte sequence cut short", "\xF0\x9F\x98",
       "invalid byte 0xF0 on line 1 (byte offset 0)"},
  };
  for (const InvalidUtf8& test : cases) {
    auto text = to_utf8(test.bytes, "utf-8");
    ASSERT_FALSE(text.ok()) << test.what;
    EXPECT_EQ(text.error().code, ErrorCode::kInvalidArgument) << test.what;
    EXPECT_EQ(text.error().message, "the file is not valid UTF-8: " + test.message) << test.what;
  }
}

TEST(TextEncoding, FindsABadByteBeyondTheWordAtATimeAsciiScan) {
  // Long ASCII runs take the 16-bytes-at-a-time path; the bad byte sits just after one.
  for (std::size_t prefix = 0; prefix < 40; ++prefix) {
    std::string bytes(prefix, 'a');
    bytes += '\x80';
    bytes += std::string(20, 'b');
    auto text = to_utf8(bytes);
    ASSERT_FALSE(text.ok()) << prefix;
    EXPECT_NE(text.error().message.find("(byte offset " + std::to_string(prefix) + ")"),
              std::string::npos)
        << text.error().message;
  }
}

TEST(TextEncoding, CountsTheOffsetFromTheStartOfTheInputIncludingTheByteOrderMark) {
  auto text = to_utf8(
      "\xEF\xBB\xBF"
      "a\n\xFF");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().message,
            "the file is not valid UTF-8: invalid byte 0xFF on line 2 (byte offset 5)");
}

TEST(TextEncoding, TakesTheUtf8PathForIcusOtherSpellingsOfUtf8) {
  std::string bytes(1 << 20, 'x');
  const char* buffer = bytes.data();
  auto text = to_utf8(std::move(bytes), "UTF_8");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(text->data(), buffer);
  EXPECT_FALSE(to_utf8("\xC0\xAF", "UTF_8").ok());
}

TEST(TextEncoding, ConvertsUtf16AndDropsItsByteOrderMark) {
  const std::string little_endian("\xFF\xFE\x0D\x01\x0A\x00\x3D\xD8\x00\xDE", 10);  // č LF 😀
  EXPECT_EQ(to_utf8(little_endian, "utf-16le").value(), "\xC4\x8D\n\xF0\x9F\x98\x80");
  EXPECT_EQ(to_utf8(little_endian, "utf-16").value(), "\xC4\x8D\n\xF0\x9F\x98\x80");
  const std::string big_endian("\xFE\xFF\x01\x0D", 4);
  EXPECT_EQ(to_utf8(big_endian, "UTF-16BE").value(), "\xC4\x8D");
}

TEST(TextEncoding, RefusesIllFormedUtf16WithTheOffsetOfTheBadUnit) {
  // "a", LF, then a low surrogate with no high one before it.
  const std::string bytes("\x61\x00\x0A\x00\x00\xDC\x62\x00", 8);
  auto text = to_utf8(bytes, "utf-16le");
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.error().message.find("the file is not valid utf-16le: "), std::string::npos)
      << text.error().message;
  EXPECT_NE(text.error().message.find("on line 2 (byte offset 4)"), std::string::npos)
      << text.error().message;
  // An odd number of bytes leaves half a code unit at the end.
  EXPECT_FALSE(to_utf8(std::string("\x61\x00\x62", 3), "utf-16le").ok());
}

TEST(TextEncoding, ConvertsAMultiByteCodePageThroughIcu) {
  // "日本" in Shift_JIS.
  EXPECT_EQ(to_utf8("\x93\xFA\x96\x7B", "shift_jis").value(), "\xE6\x97\xA5\xE6\x9C\xAC");
  auto broken = to_utf8("ab\n\x93", "shift_jis");
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.error().message,
            "the file is not valid shift_jis: invalid byte 0x93 on line 2 (byte offset 3)");
}

TEST(TextEncoding, ConvertsLargeInputAcrossIcuChunkBoundaries) {
  // 20,000 characters of UTF-16 cross the converter's 8,192-unit chunks, with a surrogate
  // pair placed to straddle one.
  std::string bytes;
  std::string expected;
  for (int i = 0; i < 20000; ++i) {
    if (i == 8191) {
      bytes += std::string("\x3D\xD8\x00\xDE", 4);
      expected += "\xF0\x9F\x98\x80";
    } else {
      bytes += std::string("\x0D\x01", 2);
      expected += "\xC4\x8D";
    }
  }
  auto text = to_utf8(bytes, "utf-16le");
  ASSERT_TRUE(text.ok()) << error_of(text);
  EXPECT_EQ(*text, expected);
}

RC_GTEST_PROP(TextEncoding, Windows1250TextSurvivesTheTripThroughUtf8, ()) {
  // Every byte windows-1250 defines, outside the C0 controls, in random order.
  const std::string defined_high =
      "\x80\x82\x84\x85\x86\x87\x89\x8A\x8B\x8C\x8D\x8E\x8F\x91\x92\x93\x94\x95\x96\x97\x99"
      "\x9A\x9B\x9C\x9D\x9E\x9F\xA0\xA1\xA2\xA3\xA4\xA5\xA6\xA7\xA8\xA9\xAA\xAB\xAC\xAD\xAE"
      "\xAF\xB0\xB1\xB2\xB3\xB4\xB5\xB6\xB7\xB8\xB9\xBA\xBB\xBC\xBD\xBE\xBF\xC0\xC1\xC2\xC3"
      "\xC4\xC5\xC6\xC7\xC8\xC9\xCA\xCB\xCC\xCD\xCE\xCF\xD0\xD1\xD2\xD3\xD4\xD5\xD6\xD7\xD8"
      "\xD9\xDA\xDB\xDC\xDD\xDE\xDF\xE0\xE1\xE2\xE3\xE4\xE5\xE6\xE7\xE8\xE9\xEA\xEB\xEC\xED"
      "\xEE\xEF\xF0\xF1\xF2\xF3\xF4\xF5\xF6\xF7\xF8\xF9\xFA\xFB\xFC\xFD\xFE\xFF";
  const auto bytes = *rc::gen::container<std::string>(
      rc::gen::oneOf(rc::gen::inRange<char>(0x20, 0x7F), rc::gen::elementOf(defined_high)));
  auto text = to_utf8(bytes, "windows-1250");
  RC_ASSERT(text.ok());
  // Every byte became one character, and the result is valid UTF-8 by our own check.
  RC_ASSERT(to_utf8(*text).ok());
  std::size_t characters = 0;
  for (char c : *text) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  RC_ASSERT(characters == bytes.size());
}

}  // namespace
}  // namespace duecall
