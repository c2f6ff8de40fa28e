#include "app/import_claims.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <variant>

#include "app/claim_file_reader.hpp"
#include "app/intake_writer.hpp"
#include "core/sha256.hpp"
#include "core/text_encoding.hpp"
#include "core/time_zone.hpp"

namespace duecall::app {

using domain::ClaimColumn;

namespace {

constexpr std::size_t kRecordsPerChunk = 4096;

// One record after validation: a row to place, or the problem that rejects it.
struct ValidatedRecord {
  std::size_t line = 0;
  std::variant<RowProblem, domain::RowIssue, domain::ClaimRow> outcome;
};

// The validated records beside their source, which rejected records are copied from.
struct ValidatedChunk {
  RecordChunk source;
  std::vector<ValidatedRecord> records;  // records[i] comes from source.records[i]
};

std::vector<std::string> copy_fields(const RecordChunk& chunk, const RecordChunk::Record& record) {
  std::vector<std::string> fields;
  fields.reserve(record.field_count);
  for (std::uint32_t i = 0; i < record.field_count; ++i) fields.emplace_back(chunk.field(record, i));
  return fields;
}

class ChunkValidator {
 public:
  ChunkValidator(const ClaimFileReader& reader, const ClaimFileMapping& mapping,
                 const domain::IntakeRules& rules)
      : column_index_(reader.column_index()), header_(reader.header()), mapping_(mapping),
        rules_(rules) {}

  ValidatedChunk validate(RecordChunk chunk) const {
    ValidatedChunk out;
    out.records.reserve(chunk.records.size());
    for (const auto& record : chunk.records) {
      ValidatedRecord validated{.line = record.line};
      if (auto problem = structural_problem(record)) {
        validated.outcome = *problem;
      } else {
        domain::RawClaimRow raw{};
        for (std::size_t c = 0; c < domain::kClaimColumnCount; ++c) {
          int index = column_index_[c];
          if (index >= 0) {
            raw[c] = chunk.field(record, static_cast<std::uint32_t>(index));
          } else if (auto fallback = mapping_.defaults.find(static_cast<ClaimColumn>(c));
                     fallback != mapping_.defaults.end()) {
            raw[c] = std::string_view(fallback->second);
          }
        }
        auto result = domain::validate_claim_row(raw, rules_);
        if (auto* row = std::get_if<domain::ClaimRow>(&result)) {
          validated.outcome = std::move(*row);
        } else {
          validated.outcome = std::get<domain::RowIssue>(result);
        }
      }
      out.records.push_back(std::move(validated));
    }
    out.source = std::move(chunk);
    return out;
  }

 private:
  std::optional<RowProblem> structural_problem(const RecordChunk::Record& record) const {
    auto column_name = [&](std::size_t index) {
      return index < header_.size() ? header_[index] : "(field " + std::to_string(index + 1) + ")";
    };
    if (!record.error.empty()) {
      return RowProblem{record.line, column_name(record.error_field),
                        "malformed CSV: " + record.error};
    }
    if (record.field_count < header_.size()) {
      return RowProblem{record.line, column_name(record.field_count),
                        "the record has " + std::to_string(record.field_count) + " fields, the header " +
                            std::to_string(header_.size())};
    }
    if (record.field_count > header_.size()) {
      return RowProblem{record.line, column_name(header_.size()),
                        "the record has " + std::to_string(record.field_count) + " fields, the header " +
                            std::to_string(header_.size())};
    }
    return std::nullopt;
  }

  std::array<int, domain::kClaimColumnCount> column_index_;
  const std::vector<std::string>& header_;
  const ClaimFileMapping& mapping_;
  const domain::IntakeRules& rules_;
};

// Reads chunks on one thread, validates them on `workers` threads and hands them back in
// file order. At most `max_in_flight` chunks exist at once, which bounds memory whatever
// the size of the file.
class ValidationPipeline {
 public:
  ValidationPipeline(ClaimFileReader& reader, const ChunkValidator& validator, unsigned workers)
      : reader_(reader), validator_(validator), max_in_flight_(2 * workers + 2) {
    threads_.emplace_back([this] { read_loop(); });
    for (unsigned i = 0; i < workers; ++i) threads_.emplace_back([this] { validate_loop(); });
  }
  ~ValidationPipeline() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
    for (auto& thread : threads_) thread.join();
  }

  // Returns the next chunk in file order, or nothing when the file is exhausted.
  std::optional<ValidatedChunk> next() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] {
      return done_.contains(next_index_) || (reading_finished_ && next_index_ >= chunks_read_);
    });
    auto found = done_.find(next_index_);
    if (found == done_.end()) return std::nullopt;
    ValidatedChunk chunk = std::move(found->second);
    done_.erase(found);
    ++next_index_;
    changed_.notify_all();
    return chunk;
  }

 private:
  void read_loop() {
    while (true) {
      RecordChunk chunk;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return stopping_ || chunks_read_ - next_index_ < max_in_flight_; });
        if (stopping_) return;
      }
      bool more = reader_.next_chunk(chunk, kRecordsPerChunk);
      std::lock_guard lock(mutex_);
      if (!more) {
        reading_finished_ = true;
        changed_.notify_all();
        return;
      }
      ++chunks_read_;
      pending_.push_back(std::move(chunk));
      changed_.notify_all();
    }
  }

  void validate_loop() {
    while (true) {
      RecordChunk chunk;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return stopping_ || !pending_.empty() || reading_finished_; });
        if (stopping_ || (pending_.empty() && reading_finished_)) return;
        chunk = std::move(pending_.front());
        pending_.pop_front();
      }
      std::size_t index = chunk.index;
      ValidatedChunk validated = validator_.validate(std::move(chunk));
      std::lock_guard lock(mutex_);
      done_.emplace(index, std::move(validated));
      changed_.notify_all();
    }
  }

  ClaimFileReader& reader_;
  const ChunkValidator& validator_;
  const std::size_t max_in_flight_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<RecordChunk> pending_;
  std::map<std::size_t, ValidatedChunk> done_;
  std::size_t chunks_read_ = 0;
  std::size_t next_index_ = 0;
  bool reading_finished_ = false;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace

Result<domain::Client> find_client_or_refuse(Store& store, const std::string& code) {
  auto transaction = TRY(store.begin());
  auto found = TRY(transaction->find_client(code));
  if (!found) return Error::not_found("unknown client '" + code + "'");
  return std::move(*found);
}

Result<ImportReport> import_claims(Store& store, const Clock& clock, std::string file_bytes,
                                   const ImportOptions& options) {
  Instant started_at = clock.now();
  domain::Client client = TRY(find_client_or_refuse(store, options.client_code));
  std::string file_sha256 = to_hex(Sha256::of(file_bytes));
  std::string text = TRY(to_utf8(std::move(file_bytes), options.mapping.encoding));
  ClaimFileReader reader = TRY(ClaimFileReader::open(text, options.mapping));

  domain::IntakeRules rules{.client_currency = client.currency,
                            .today = TRY(TimeZone::find(client.time_zone)).local_date(started_at),
                            .decimal = options.mapping.decimal,
                            .date_format = options.mapping.date_format};
  for (std::size_t c = 0; c < domain::kClaimColumnCount; ++c) {
    int index = reader.column_index()[c];
    rules.position[c] = index >= 0 ? index : static_cast<int>(reader.header().size() + c);
  }
  ChunkValidator validator(reader, options.mapping, rules);
  unsigned workers = options.workers > 0 ? options.workers
                                         : std::max(1u, std::thread::hardware_concurrency());

  ImportReport report;
  report.header = reader.header();
  auto column_label = [&](ClaimColumn column) {
    int index = reader.column_index()[static_cast<std::size_t>(column)];
    return index >= 0 ? reader.header()[index] : options.mapping.header_name(column);
  };
  auto reject = [&](const RecordChunk& source, std::size_t index, std::string column,
                    std::string reason) {
    const auto& record = source.records[index];
    ++report.rejected;
    report.rejects.push_back(
        {{record.line, std::move(column), std::move(reason)}, copy_fields(source, record)});
  };

  IntakeWriter writer(client, started_at, "import");
  std::unordered_map<std::string, std::size_t> first_line_of_ref;
  std::unique_ptr<StoreTransaction> transaction;
  std::size_t rows_in_transaction = 0;
  std::vector<domain::ClaimRow> batch;
  std::vector<std::size_t> batch_index;  // each batch row's index in its chunk
  {
    ValidationPipeline pipeline(reader, validator, workers);
    while (auto chunk = pipeline.next()) {
      for (std::size_t index = 0; index < chunk->records.size(); ++index) {
        auto& record = chunk->records[index];
        ++report.rows;
        if (auto* problem = std::get_if<RowProblem>(&record.outcome)) {
          reject(chunk->source, index, problem->column, problem->reason);
          continue;
        }
        if (auto* issue = std::get_if<domain::RowIssue>(&record.outcome)) {
          reject(chunk->source, index, column_label(issue->column), issue->reason);
          continue;
        }
        auto& row = std::get<domain::ClaimRow>(record.outcome);
        auto [seen, first] = first_line_of_ref.try_emplace(row.claim.client_ref, record.line);
        if (!first) {
          reject(chunk->source, index, column_label(ClaimColumn::kClientRef),
                 "duplicate client_ref " + row.claim.client_ref + ": first seen on line " +
                     std::to_string(seen->second));
          continue;
        }
        for (auto& warning : row.warnings) {
          report.warnings.push_back({record.line, column_label(warning.column), warning.reason});
        }
        batch.push_back(std::move(row));
        batch_index.push_back(index);
      }
      if (!batch.empty()) {
        if (!transaction) {
          transaction = TRY(store.begin());
          TRY(writer.begin(*transaction));
        }
        auto placed = TRY(writer.place(batch));
        for (std::size_t n = 0; n < placed.size(); ++n) {
          switch (placed[n].placement) {
            case Placement::kImported: ++report.imported; break;
            case Placement::kUpdated: ++report.updated; break;
            case Placement::kUnchanged: ++report.unchanged; break;
            case Placement::kRejected:
              reject(chunk->source, batch_index[n], column_label(ClaimColumn::kClientRef),
                     placed[n].reject_reason);
              break;
          }
          if (placed[n].case_created) ++report.cases_created;
        }
        rows_in_transaction += batch.size();
        batch.clear();
        batch_index.clear();
        if (rows_in_transaction >= options.rows_per_transaction) {
          TRY(transaction->commit());
          transaction.reset();
          rows_in_transaction = 0;
        }
      }
      if (options.progress) options.progress(chunk->source.end_offset, text.size());
    }
  }
  // Rows the store refused come back after their chunk's validation rejects; report in
  // file order.
  std::stable_sort(report.rejects.begin(), report.rejects.end(),
                   [](const RejectedRow& a, const RejectedRow& b) { return a.problem.line < b.problem.line; });
  if (!transaction) transaction = TRY(store.begin());
  TRY(transaction->record_import({.client_id = client.id,
                                  .file_name = options.file_name,
                                  .file_sha256 = file_sha256,
                                  .counts = report,
                                  .started_at = started_at,
                                  .finished_at = clock.now()}));
  TRY(transaction->commit());
  return report;
}

}  // namespace duecall::app
