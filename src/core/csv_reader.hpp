// A CsvReader splits UTF-8 text into records and fields after RFC 4180: fields are
// separated by a delimiter (',' or ';'), a field may be quoted, and inside quotes the
// delimiter, CR and LF are data and a doubled quote stands for one quote. Records end at LF
// or CRLF (a CR just before the LF, or just before the end of the text, is dropped; a CR
// anywhere else is data). Blank lines are skipped, fields are never trimmed.
//
// Malformed input never throws and never stops the reader: the record that holds the fault
// comes back with `error` set (its fields are then a best effort; `raw` is exact), and the
// next record is read normally. The three faults are a quote inside an unquoted field, a
// character other than a delimiter or line end after a closing quote (the reader skips to
// the end of that physical line), and a quote left open at the end of the text (the record
// runs to the end).
//
// Ownership: the reader and every record view the caller's text, which must outlive them.
// A field that had doubled quotes is unescaped into storage inside the CsvRecord, so a
// field's view lives as long as the record and until the next call of next() with it. The
// record's storage is reused from call to call, so reading a large file allocates only
// while the longest record grows. Not thread-safe; one reader per thread.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace duecall {

struct CsvDialect {
  char delimiter = ',';
  char quote = '"';

  // Returns an error unless the delimiter and quote differ and neither is CR or LF.
  // Dialects that come from users (a client's import settings) are checked with this first.
  Status validate() const;
};

struct CsvRecord {
  CsvRecord() = default;
  // A copy re-points the fields that view the unescape storage at its own copy of it.
  CsvRecord(const CsvRecord& other);
  CsvRecord& operator=(const CsvRecord& other);
  // Moving keeps the storage's heap block, so the fields stay valid.
  CsvRecord(CsvRecord&&) noexcept = default;
  CsvRecord& operator=(CsvRecord&&) noexcept = default;

  // Returns true iff the record is well-formed.
  bool ok() const { return error.empty(); }

  std::size_t line = 0;                  // physical line (1-based) where the record starts
  std::vector<std::string_view> fields;  // view the text, or this record's unescape storage
  std::string error;                     // empty when well-formed; otherwise why not
  std::size_t error_field = 0;           // 0-based index of the field with the first error
  std::string_view raw;                  // the record's bytes, without its line terminator

 private:
  friend class CsvReader;

  // Where an unescaped field sits in `unescaped_`, until the record is complete and the
  // storage has stopped moving.
  struct UnescapedSpan {
    std::size_t field_index;
    std::size_t offset;
    std::size_t size;
  };

  void clear();
  void set_error(std::size_t field_index, const char* why);

  // A vector rather than a string: a string's short-string buffer moves with the object,
  // which would leave the fields of a moved record dangling.
  std::vector<char> unescaped_;
  std::vector<UnescapedSpan> spans_;
};

class CsvReader {
 public:
  // REQUIRES: dialect.validate() is ok. `text` outlives the reader and its records.
  explicit CsvReader(std::string_view text, CsvDialect dialect = {});

  // Reads the next record into `record`, reusing its storage; returns false at the end of
  // the text (and then leaves `record` empty).
  bool next(CsvRecord& record);

  // Returns the number of bytes consumed so far, for progress reports.
  std::size_t offset() const { return position_; }

 private:
  void skip_blank_lines();
  // Returns true iff the line starting at position_ had no quote and was read whole.
  bool read_line_without_quotes(CsvRecord& record);
  void read_record(CsvRecord& record);
  // Reads the quoted field whose opening quote is at `position`; returns the position
  // just after its closing quote, or the end of the text when it has none.
  std::size_t read_quoted_field(CsvRecord& record, std::size_t position);
  // Returns the position of the next LF at or after `position`, or the end of the text.
  std::size_t find_line_feed(std::size_t position) const;
  // REQUIRES: `position` is at a LF or the end of the text. Returns the position after the
  // LF, counting the line it starts; or the end of the text.
  std::size_t past_line_feed(std::size_t position);
  // Returns `end` less a CR just before it, if there is one after `begin`.
  std::size_t without_trailing_cr(std::size_t begin, std::size_t end) const;

  std::string_view text_;
  CsvDialect dialect_;
  std::size_t position_ = 0;
  std::size_t line_ = 1;  // physical line of position_
  // special_[byte] is true for the bytes that end an unquoted run: delimiter, quote, LF.
  std::array<bool, 256> special_{};
};

// Returns `field` as it must be written in a CSV file: unchanged, or quoted (with inner
// quotes doubled) when it holds the delimiter, a quote, CR or LF, or starts or ends with a
// space or tab (so that tools that trim fields cannot change it).
std::string csv_escape_field(std::string_view field, char delimiter = ',');

// Joins the escaped fields with the delimiter; adds no line terminator. A row of a single
// empty field is written as "" because an empty line would be read back as no record.
std::string csv_format_row(const std::vector<std::string_view>& fields, char delimiter = ',');

}  // namespace duecall
