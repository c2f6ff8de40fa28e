#include "core/text_encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>

namespace duecall {
namespace {

constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";
constexpr std::size_t kNotFound = std::string_view::npos;

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

std::string lower_ascii(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

Error invalid_byte(std::string_view encoding, unsigned char byte, std::string_view text_before,
                   std::size_t offset) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::size_t line = 1 + std::count(text_before.begin(), text_before.end(), '\n');
  return Error::invalid_argument("the file is not valid " + std::string(encoding) +
                                 ": invalid byte 0x" + kHex[byte >> 4] + kHex[byte & 0xF] +
                                 " on line " + std::to_string(line) + " (byte offset " +
                                 std::to_string(offset) + ")");
}

// Appends the UTF-8 form of a scalar value (not a surrogate) to `out`; returns its length.
int encode_utf8(char32_t code_point, char* out) {
  if (code_point < 0x80) {
    out[0] = static_cast<char>(code_point);
    return 1;
  }
  if (code_point < 0x800) {
    out[0] = static_cast<char>(0xC0 | (code_point >> 6));
    out[1] = static_cast<char>(0x80 | (code_point & 0x3F));
    return 2;
  }
  if (code_point < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (code_point >> 12));
    out[1] = static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (code_point & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (code_point >> 18));
  out[1] = static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (code_point & 0x3F));
  return 4;
}

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

// Returns the offset of the first byte of the first ill-formed sequence, or kNotFound.
// Well-formed means Unicode's table 3-7: no overlong forms, no surrogates, nothing above
// U+10FFFF. Eight ASCII bytes are checked at a time because CSV files are mostly ASCII;
// that keeps the scan at several GB/s.
std::size_t find_invalid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    while (size - i >= 16) {
      std::uint64_t first = 0;
      std::uint64_t second = 0;
      std::memcpy(&first, bytes + i, 8);
      std::memcpy(&second, bytes + i + 8, 8);
      if (((first | second) & 0x8080808080808080ULL) != 0) break;
      i += 16;
    }
    if (i == size) break;
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    const std::size_t left = size - i;
    if (lead < 0xC2) return i;  // a continuation byte, or an overlong two-byte lead
    if (lead < 0xE0) {
      if (left < 2 || !is_continuation(bytes[i + 1])) return i;
      i += 2;
      continue;
    }
    if (lead < 0xF0) {
      // E0 must not encode below U+0800; ED must not encode a surrogate.
      const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;
      const unsigned char high = lead == 0xED ? 0x9F : 0xBF;
      if (left < 3 || bytes[i + 1] < low || bytes[i + 1] > high || !is_continuation(bytes[i + 2])) {
        return i;
      }
      i += 3;
      continue;
    }
    if (lead < 0xF5) {
      // F0 must not encode below U+10000; F4 must not go above U+10FFFF.
      const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;
      const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF;
      if (left < 4 || bytes[i + 1] < low || bytes[i + 1] > high || !is_continuation(bytes[i + 2]) ||
          !is_continuation(bytes[i + 3])) {
        return i;
      }
      i += 4;
      continue;
    }
    return i;
  }
  return kNotFound;
}

Result<std::string> validate_utf8(std::string bytes) {
  const std::size_t skipped = std::string_view(bytes).starts_with(kUtf8ByteOrderMark) ? 3 : 0;
  std::size_t invalid = find_invalid_utf8(std::string_view(bytes).substr(skipped));
  if (invalid != kNotFound) {
    invalid += skipped;
    return invalid_byte("UTF-8", static_cast<unsigned char>(bytes[invalid]),
                        std::string_view(bytes).substr(0, invalid), invalid);
  }
  if (skipped > 0) bytes.erase(0, skipped);
  return bytes;
}

// The UTF-8 form of what one byte means in a single-byte encoding; size 0 if it means
// nothing (or a C1 control, see the header).
struct ByteMeaning {
  std::array<char, 4> utf8{};
  std::uint8_t size = 0;
};
using ByteTable = std::array<ByteMeaning, 256>;

ByteTable build_byte_table(UConverter* converter) {
  ByteTable table;
  for (int value = 0; value < 256; ++value) {
    ucnv_resetToUnicode(converter);
    UErrorCode status = U_ZERO_ERROR;
    const char byte = static_cast<char>(value);
    const char* source = &byte;
    std::array<UChar, 4> units{};
    UChar* target = units.data();
    ucnv_toUnicode(converter, &target, units.data() + units.size(), &source, &byte + 1, nullptr,
                   true, &status);
    const auto count = static_cast<int>(target - units.data());
    if (U_FAILURE(status) || count == 0) continue;
    int index = 0;
    UChar32 code_point = 0;
    U16_NEXT(units.data(), index, count, code_point);
    // One byte must mean exactly one character; anything else is not a plain code page.
    if (index != count || U_IS_SURROGATE(code_point)) continue;
    if (code_point >= 0x80 && code_point <= 0x9F) continue;
    table[value].size = static_cast<std::uint8_t>(
        encode_utf8(static_cast<char32_t>(code_point), table[value].utf8.data()));
  }
  ucnv_resetToUnicode(converter);
  return table;
}

// Single-byte code pages go through a 256-entry table instead of ICU's streaming API: it
// is several times faster and knows exactly which byte was bad. A first pass sizes the
// output exactly, so a 200 MB file is not allocated three times over.
Result<std::string> convert_single_byte(const std::string& bytes, std::string_view encoding,
                                        UConverter* converter) {
  const ByteTable table = build_byte_table(converter);
  std::size_t size = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const ByteMeaning& meaning = table[static_cast<unsigned char>(bytes[i])];
    if (meaning.size == 0) {
      // The line number counts the bytes that mean a line feed (EBCDIC's is not 0x0A).
      std::string text_before;
      for (std::size_t k = 0; k < i; ++k) {
        const ByteMeaning& before = table[static_cast<unsigned char>(bytes[k])];
        if (before.size == 1 && before.utf8[0] == '\n') text_before += '\n';
      }
      return invalid_byte(encoding, static_cast<unsigned char>(bytes[i]), text_before, i);
    }
    size += meaning.size;
  }
  // Three bytes of slack let every character be copied as a fixed four-byte block, which
  // is cheaper than a copy of variable length.
  std::string out(size + 3, '\0');
  char* target = out.data();
  for (const char byte : bytes) {
    const ByteMeaning& meaning = table[static_cast<unsigned char>(byte)];
    std::memcpy(target, meaning.utf8.data(), 4);
    target += meaning.size;
  }
  out.resize(size);
  return out;
}

// Any other encoding (UTF-16, Shift_JIS, GB18030, ...) streams through ICU's converter in
// chunks of UTF-16, which we encode as UTF-8 ourselves so that a bad sequence's offset is
// known exactly.
Result<std::string> convert_with_icu(const std::string& bytes, std::string_view encoding,
                                     UConverter* converter) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2 + 16);
  constexpr std::size_t kChunk = 8192;
  std::array<UChar, kChunk> units{};
  std::array<int32_t, kChunk> offsets{};  // source offset of each unit, relative to the call
  const char* source = bytes.data();
  const char* const source_end = bytes.data() + bytes.size();
  UChar pending_high = 0;  // a high surrogate whose low half is in the next chunk
  std::size_t pending_offset = 0;
  for (;;) {
    const std::size_t call_base = source - bytes.data();
    UChar* target = units.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter, &target, units.data() + kChunk, &source, source_end, offsets.data(),
                   true, &status);
    const auto count = static_cast<std::size_t>(target - units.data());
    for (std::size_t k = 0; k < count; ++k) {
      const UChar unit = units[k];
      const std::size_t offset = offsets[k] < 0 ? call_base : call_base + offsets[k];
      char encoded[4];
      if (pending_high != 0) {
        if (!U16_IS_TRAIL(unit)) {
          return invalid_byte(encoding, static_cast<unsigned char>(bytes[pending_offset]), out,
                              pending_offset);
        }
        out.append(encoded, encode_utf8(U16_GET_SUPPLEMENTARY(pending_high, unit), encoded));
        pending_high = 0;
      } else if (U16_IS_LEAD(unit)) {
        pending_high = unit;
        pending_offset = offset;
      } else if (U16_IS_TRAIL(unit)) {
        return invalid_byte(encoding, static_cast<unsigned char>(bytes[offset]), out, offset);
      } else {
        out.append(encoded, encode_utf8(unit, encoded));
      }
    }
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) {
      // With the STOP callback the source stops just past the bad sequence.
      std::array<char, 32> invalid{};
      auto invalid_size = static_cast<int8_t>(invalid.size());
      UErrorCode ignored = U_ZERO_ERROR;
      ucnv_getInvalidChars(converter, invalid.data(), &invalid_size, &ignored);
      std::size_t offset = source - bytes.data();
      if (U_SUCCESS(ignored) && invalid_size > 0 &&
          static_cast<std::size_t>(invalid_size) <= offset) {
        offset -= invalid_size;
      }
      if (offset >= bytes.size()) offset = bytes.empty() ? 0 : bytes.size() - 1;
      const auto byte = bytes.empty() ? 0 : static_cast<unsigned char>(bytes[offset]);
      return invalid_byte(encoding, byte, out, offset);
    }
    break;
  }
  if (pending_high != 0) {
    return invalid_byte(encoding, static_cast<unsigned char>(bytes[pending_offset]), out,
                        pending_offset);
  }
  // Some converters (UTF-16LE, UTF-32BE, ...) pass the byte-order mark through as U+FEFF.
  if (std::string_view(out).starts_with(kUtf8ByteOrderMark)) out.erase(0, 3);
  return out;
}

}  // namespace

Result<std::string> to_utf8(std::string bytes, std::string_view encoding) {
  const std::string name = lower_ascii(encoding);
  if (name.empty() || name == "utf-8" || name == "utf8") return validate_utf8(std::move(bytes));
  if (name.find('\0') != std::string::npos) {
    return Error::invalid_argument("unknown encoding '" + std::string(encoding) + "'");
  }
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status) || converter == nullptr) {
    return Error::invalid_argument("unknown encoding '" + std::string(encoding) + "'");
  }
  // ICU substitutes bad bytes by default; STOP turns them into errors.
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) {
    return Error::internal("cannot set up the " + std::string(encoding) + " converter");
  }
  // Another spelling of UTF-8 ("UTF_8", "unicode-1-1-utf-8") still takes the fast path.
  if (ucnv_getType(converter.get()) == UCNV_UTF8) return validate_utf8(std::move(bytes));
  if (ucnv_getMinCharSize(converter.get()) == 1 && ucnv_getMaxCharSize(converter.get()) == 1) {
    return convert_single_byte(bytes, encoding, converter.get());
  }
  return convert_with_icu(bytes, encoding, converter.get());
}

bool is_plain_text(std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;  // also c < 0: not UTF-8
  }
  return true;
}

}  // namespace duecall
