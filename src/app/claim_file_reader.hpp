// ClaimFileReader turns the text of a claim file into chunks of records that validation
// workers can own: it reads the header, resolves every canonical column to its position in
// the file (through the mapping), and copies each record's fields into a compact chunk.
// Reading is sequential (CSV quoting makes record boundaries depend on everything before
// them); validation of the chunks then runs in parallel.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/claim_file_mapping.hpp"
#include "core/csv_reader.hpp"

namespace duecall::app {

// Records of one chunk with their fields packed into one buffer.
struct RecordChunk {
  struct Record {
    std::size_t line = 0;
    std::uint32_t first_field = 0;
    std::uint32_t field_count = 0;
    std::string error;           // malformed CSV: why
    std::uint32_t error_field = 0;
  };
  std::size_t index = 0;         // position of the chunk in the file, from 0
  std::size_t end_offset = 0;    // bytes of the file read up to the end of this chunk
  std::vector<Record> records;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> fields;  // offset, length into data
  std::string data;

  std::string_view field(const Record& record, std::uint32_t index) const {
    auto [offset, length] = fields[record.first_field + index];
    return std::string_view(data).substr(offset, length);
  }
};

class ClaimFileReader {
 public:
  // Reads the header. Refuses (as a whole) a file without a header or without a required
  // column, naming every missing one.
  static Result<ClaimFileReader> open(std::string_view text, const ClaimFileMapping& mapping);

  const std::vector<std::string>& header() const { return header_; }
  // Index of each canonical column in the file's records, or -1 when the file lacks it.
  const std::array<int, domain::kClaimColumnCount>& column_index() const { return column_index_; }
  // Fills the next chunk with up to `max_records` records; returns false at end of file.
  bool next_chunk(RecordChunk& chunk, std::size_t max_records);
  std::size_t offset() const { return reader_.offset(); }

 private:
  ClaimFileReader(std::string_view text, char delimiter) : reader_(text, {delimiter, '"'}) {}

  CsvReader reader_;
  CsvRecord record_;
  std::vector<std::string> header_;
  std::array<int, domain::kClaimColumnCount> column_index_{};
  std::size_t chunks_read_ = 0;
};

}  // namespace duecall::app
