#include "core/csv_reader.hpp"

#include <algorithm>
#include <cstring>

#include "core/check.hpp"

namespace duecall {
namespace {

std::string printable(char c) {
  if (c == '\t') return "tab";
  if (c == '\r') return "CR";
  if (c == '\n') return "LF";
  return std::string("'") + c + "'";
}

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

}  // namespace

Status CsvDialect::validate() const {
  if (delimiter == quote) {
    return Error::invalid_argument("the CSV delimiter and quote are both " + printable(quote) +
                                   "; they must differ");
  }
  for (char c : {delimiter, quote}) {
    if (c == '\r' || c == '\n') {
      return Error::invalid_argument("a CSV delimiter or quote cannot be " + printable(c) +
                                     ", which ends lines");
    }
  }
  return Ok{};
}

CsvRecord::CsvRecord(const CsvRecord& other)
    : line(other.line),
      fields(other.fields),
      error(other.error),
      error_field(other.error_field),
      raw(other.raw),
      unescaped_(other.unescaped_),
      spans_(other.spans_) {
  for (const UnescapedSpan& span : spans_) {
    fields[span.field_index] = std::string_view(unescaped_.data() + span.offset, span.size);
  }
}

CsvRecord& CsvRecord::operator=(const CsvRecord& other) {
  if (this != &other) *this = CsvRecord(other);
  return *this;
}

void CsvRecord::clear() {
  line = 0;
  fields.clear();
  error.clear();
  error_field = 0;
  raw = {};
  unescaped_.clear();
  spans_.clear();
}

void CsvRecord::set_error(std::size_t field_index, const char* why) {
  // The first fault is the one worth reporting; later ones are often its echoes.
  if (!error.empty()) return;
  error = why;
  error_field = field_index;
}

CsvReader::CsvReader(std::string_view text, CsvDialect dialect) : text_(text), dialect_(dialect) {
  DC_VERIFY(dialect.validate().ok(), "invalid CSV dialect; check it with CsvDialect::validate()");
  special_[static_cast<unsigned char>(dialect.delimiter)] = true;
  special_[static_cast<unsigned char>(dialect.quote)] = true;
  special_[static_cast<unsigned char>('\n')] = true;
}

bool CsvReader::next(CsvRecord& record) {
  record.clear();
  skip_blank_lines();
  if (position_ >= text_.size()) return false;
  record.line = line_;
  if (!read_line_without_quotes(record)) read_record(record);
  // The unescape storage has stopped growing, so views into it are now stable.
  for (const CsvRecord::UnescapedSpan& span : record.spans_) {
    record.fields[span.field_index] =
        std::string_view(record.unescaped_.data() + span.offset, span.size);
  }
  return true;
}

void CsvReader::skip_blank_lines() {
  const std::size_t size = text_.size();
  while (position_ < size) {
    if (text_[position_] == '\n') {
      ++position_;
      ++line_;
    } else if (text_[position_] == '\r' && position_ + 1 == size) {
      ++position_;
    } else if (text_[position_] == '\r' && text_[position_ + 1] == '\n') {
      position_ += 2;
      ++line_;
    } else {
      return;
    }
  }
}

// Most lines of an import have no quote at all. For them three memchr scans (line feed,
// quote, then each delimiter) replace the byte-by-byte state machine, and every field is a
// view of the text.
bool CsvReader::read_line_without_quotes(CsvRecord& record) {
  const char* data = text_.data();
  const std::size_t line_feed = find_line_feed(position_);
  const std::size_t end = without_trailing_cr(position_, line_feed);
  if (std::memchr(data + position_, dialect_.quote, end - position_) != nullptr) return false;
  std::size_t field_begin = position_;
  for (;;) {
    const void* found = std::memchr(data + field_begin, dialect_.delimiter, end - field_begin);
    if (found == nullptr) break;
    const auto delimiter = static_cast<std::size_t>(static_cast<const char*>(found) - data);
    record.fields.emplace_back(data + field_begin, delimiter - field_begin);
    field_begin = delimiter + 1;
  }
  record.fields.emplace_back(data + field_begin, end - field_begin);
  record.raw = text_.substr(position_, end - position_);
  position_ = past_line_feed(line_feed);
  return true;
}

void CsvReader::read_record(CsvRecord& record) {
  const std::size_t size = text_.size();
  const std::size_t start = position_;
  std::size_t position = position_;
  std::size_t record_end;  // set on every way out of the loop below
  for (;;) {
    const std::size_t field_index = record.fields.size();
    if (position < size && text_[position] == dialect_.quote) {
      position = read_quoted_field(record, position);
      if (position == size) {
        // Either the text ends right after the closing quote, or the quote never closed and
        // the record took the rest of the text, whose final line end is not part of it.
        record_end = text_[size - 1] == '\n' ? without_trailing_cr(start, size - 1) : size;
        break;
      }
      const char next = text_[position];
      if (next == dialect_.delimiter) {
        ++position;
        continue;
      }
      if (next == '\n' || (next == '\r' && (position + 1 == size || text_[position + 1] == '\n'))) {
        record_end = position;
        position = past_line_feed(find_line_feed(position));
        break;
      }
      // Resynchronise at the end of this physical line: the stray text is most likely a
      // badly quoted value, and the next line most likely a good record.
      record.set_error(field_index, "unexpected character after closing quote");
      const std::size_t line_feed = find_line_feed(position);
      record_end = without_trailing_cr(position, line_feed);
      position = past_line_feed(line_feed);
      break;
    }

    // An unquoted field runs to the delimiter or the line feed; a quote inside it is
    // reported and kept as data, so the record still ends at its line.
    const std::size_t field_begin = position;
    for (;;) {
      while (position < size && !special_[static_cast<unsigned char>(text_[position])]) {
        ++position;
      }
      if (position == size || text_[position] != dialect_.quote) break;
      record.set_error(field_index, "quote character inside an unquoted field");
      ++position;
    }
    if (position < size && text_[position] == dialect_.delimiter) {
      record.fields.emplace_back(text_.data() + field_begin, position - field_begin);
      ++position;
      continue;
    }
    record_end = without_trailing_cr(field_begin, position);
    record.fields.emplace_back(text_.data() + field_begin, record_end - field_begin);
    position = past_line_feed(position);
    break;
  }
  record.raw = text_.substr(start, record_end - start);
  position_ = position;
}

std::size_t CsvReader::read_quoted_field(CsvRecord& record, std::size_t position) {
  const char* data = text_.data();
  const std::size_t size = text_.size();
  const std::size_t field_index = record.fields.size();
  std::size_t segment = position + 1;  // the first byte not yet copied or viewed
  bool unescaping = false;
  std::size_t unescaped_begin = 0;
  for (;;) {
    const void* found = std::memchr(data + segment, dialect_.quote, size - segment);
    const std::size_t quote =
        found == nullptr ? size : static_cast<std::size_t>(static_cast<const char*>(found) - data);
    // Line feeds inside quotes are data, but they still start physical lines.
    line_ += static_cast<std::size_t>(std::count(data + segment, data + quote, '\n'));
    if (quote + 1 < size && data[quote + 1] == dialect_.quote) {
      // A doubled quote: only now does the field need storage of its own.
      if (!unescaping) {
        unescaping = true;
        unescaped_begin = record.unescaped_.size();
      }
      record.unescaped_.insert(record.unescaped_.end(), data + segment, data + quote + 1);
      segment = quote + 2;
      continue;
    }
    if (unescaping) {
      record.unescaped_.insert(record.unescaped_.end(), data + segment, data + quote);
      record.spans_.push_back(
          {field_index, unescaped_begin, record.unescaped_.size() - unescaped_begin});
      record.fields.emplace_back();  // pointed at the storage by next()
    } else {
      record.fields.emplace_back(data + segment, quote - segment);
    }
    if (quote == size) {
      record.set_error(field_index, "unterminated quoted field");
      return size;
    }
    return quote + 1;
  }
}

std::size_t CsvReader::find_line_feed(std::size_t position) const {
  const void* found = std::memchr(text_.data() + position, '\n', text_.size() - position);
  return found == nullptr
             ? text_.size()
             : static_cast<std::size_t>(static_cast<const char*>(found) - text_.data());
}

std::size_t CsvReader::past_line_feed(std::size_t position) {
  if (position == text_.size()) return position;
  ++line_;
  return position + 1;
}

std::size_t CsvReader::without_trailing_cr(std::size_t begin, std::size_t end) const {
  return end > begin && text_[end - 1] == '\r' ? end - 1 : end;
}

std::string csv_escape_field(std::string_view field, char delimiter) {
  const char specials[] = {delimiter, '"', '\r', '\n'};
  const bool needs_quotes =
      field.find_first_of(std::string_view(specials, sizeof specials)) != std::string_view::npos ||
      (!field.empty() && (is_blank(field.front()) || is_blank(field.back())));
  if (!needs_quotes) return std::string(field);
  std::string escaped;
  escaped.reserve(field.size() + 2);
  escaped += '"';
  for (char c : field) {
    if (c == '"') escaped += '"';
    escaped += c;
  }
  escaped += '"';
  return escaped;
}

std::string csv_format_row(const std::vector<std::string_view>& fields, char delimiter) {
  if (fields.size() == 1 && fields.front().empty()) return "\"\"";
  std::string row;
  for (std::size_t index = 0; index < fields.size(); ++index) {
    if (index > 0) row += delimiter;
    row += csv_escape_field(fields[index], delimiter);
  }
  return row;
}

}  // namespace duecall
