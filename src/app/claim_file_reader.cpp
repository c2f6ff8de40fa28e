#include "app/claim_file_reader.hpp"

namespace duecall::app {

using domain::ClaimColumn;

Result<ClaimFileReader> ClaimFileReader::open(std::string_view text,
                                              const ClaimFileMapping& mapping) {
  ClaimFileReader reader(text, mapping.delimiter);
  if (!reader.reader_.next(reader.record_)) {
    return Error::invalid_argument("the file is empty: it has no header line");
  }
  if (!reader.record_.error.empty()) {
    return Error::invalid_argument("the header on line " + std::to_string(reader.record_.line) +
                                   " is not valid CSV: " + reader.record_.error);
  }
  for (auto field : reader.record_.fields) {
    while (!field.empty() && (field.front() == ' ' || field.front() == '\t')) field.remove_prefix(1);
    while (!field.empty() && (field.back() == ' ' || field.back() == '\t')) field.remove_suffix(1);
    reader.header_.emplace_back(field);
  }
  std::string missing;
  for (std::size_t c = 0; c < domain::kClaimColumnCount; ++c) {
    auto column = static_cast<ClaimColumn>(c);
    std::string name = mapping.header_name(column);
    reader.column_index_[c] = -1;
    for (std::size_t i = 0; i < reader.header_.size(); ++i) {
      if (reader.header_[i] == name) {
        reader.column_index_[c] = static_cast<int>(i);
        break;
      }
    }
    if (reader.column_index_[c] < 0 && domain::claim_column_required(column) &&
        !mapping.defaults.contains(column)) {
      if (!missing.empty()) missing += ", ";
      missing += name;
      if (name != domain::claim_column_name(column)) {
        missing += " (" + std::string(domain::claim_column_name(column)) + ")";
      }
    }
  }
  if (!missing.empty()) {
    return Error::invalid_argument("the header lacks required columns: " + missing);
  }
  return reader;
}

bool ClaimFileReader::next_chunk(RecordChunk& chunk, std::size_t max_records) {
  chunk.index = chunks_read_;
  chunk.records.clear();
  chunk.fields.clear();
  chunk.data.clear();
  while (chunk.records.size() < max_records && reader_.next(record_)) {
    RecordChunk::Record record{.line = record_.line,
                               .first_field = static_cast<std::uint32_t>(chunk.fields.size()),
                               .field_count = static_cast<std::uint32_t>(record_.fields.size()),
                               .error = record_.error,
                               .error_field = static_cast<std::uint32_t>(record_.error_field)};
    for (auto field : record_.fields) {
      chunk.fields.emplace_back(static_cast<std::uint32_t>(chunk.data.size()),
                                static_cast<std::uint32_t>(field.size()));
      chunk.data.append(field);
    }
    chunk.records.push_back(std::move(record));
  }
  chunk.end_offset = reader_.offset();
  if (chunk.records.empty()) return false;
  ++chunks_read_;
  return true;
}

}  // namespace duecall::app
