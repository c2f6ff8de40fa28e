#include "app/bank_statement.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "core/csv_reader.hpp"

namespace duecall::app {
namespace {

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// Builds a payment from one CSV record's fields; the reason of the first problem otherwise.
Result<domain::Payment> payment_of(const std::map<std::string, std::string_view>& fields) {
  auto field = [&](const char* name) { return fields.at(name); };
  if (field("entry_ref").empty()) return Error::invalid_argument("entry_ref: empty");
  auto currency = Currency::parse(field("currency"));
  if (!currency.ok()) return Error::invalid_argument("currency: not an ISO 4217 code");
  auto amount = Money::parse(field("amount"), *currency);
  if (!amount.ok()) return Error::invalid_argument("amount: " + amount.error().message);
  auto booked = CivilDate::parse_iso(field("booking_date"));
  if (!booked.ok()) return Error::invalid_argument("booking_date: not YYYY-MM-DD");
  return domain::Payment{.entry_reference = std::string(field("entry_ref")),
                         .booking_date = *booked,
                         .value_date = *booked,
                         .amount = *amount,
                         .debtor_name = std::string(field("payer")),
                         .debtor_iban = {},
                         .remittance = std::string(field("reference"))};
}

}  // namespace

std::string_view statement_format_name(StatementFormat format) {
  switch (format) {
    case StatementFormat::kCsv:
      return "csv";
    case StatementFormat::kCamt053:
      return "camt053";
    case StatementFormat::kCamt054:
      return "camt054";
  }
  return "csv";
}

Result<StatementFormat> parse_statement_format(std::string_view name) {
  for (auto format :
       {StatementFormat::kCsv, StatementFormat::kCamt053, StatementFormat::kCamt054}) {
    if (statement_format_name(format) == name) return format;
  }
  return Error::invalid_argument("unknown statement format \"" + std::string(name) +
                                 "\" (csv, camt053 or camt054)");
}

StatementFormat guess_statement_format(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  if (contains(head, "BkToCstmrDbtCdtNtfctn") || contains(head, "camt.054")) {
    return StatementFormat::kCamt054;
  }
  if (contains(head, "BkToCstmrStmt") || contains(head, "camt.053"))
    return StatementFormat::kCamt053;
  return StatementFormat::kCsv;
}

Result<BankStatement> read_bank_statement(std::string_view bytes, StatementFormat format) {
  if (format == StatementFormat::kCsv) return read_bank_csv(bytes);
  return read_camt(bytes, format);
}

Result<BankStatement> read_bank_csv(std::string_view bytes) {
  static const std::array<const char*, 6> kColumns = {"entry_ref", "booking_date", "amount",
                                                      "currency",  "reference",    "payer"};
  CsvReader reader(bytes);
  CsvRecord record;
  if (!reader.next(record)) return Error::invalid_argument("the bank CSV is empty");
  std::map<std::string, std::size_t> position;
  for (std::size_t i = 0; i < record.fields.size(); ++i)
    position[std::string(record.fields[i])] = i;
  for (const char* column : kColumns) {
    if (!position.contains(column)) {
      return Error::invalid_argument(std::string("line 1: the bank CSV has no column ") + column +
                                     " (expected entry_ref,booking_date,amount,currency,"
                                     "reference,payer)");
    }
  }
  BankStatement statement;
  while (reader.next(record)) {
    if (!record.ok()) {
      statement.rejects.push_back({record.line, record.error});
      continue;
    }
    std::map<std::string, std::string_view> fields;
    bool complete = true;
    for (const char* column : kColumns) {
      std::size_t index = position[column];
      if (index >= record.fields.size())
        complete = false;
      else
        fields[column] = record.fields[index];
    }
    if (!complete) {
      statement.rejects.push_back({record.line, "the record has too few fields"});
      continue;
    }
    auto payment = payment_of(fields);
    if (!payment.ok()) {
      statement.rejects.push_back({record.line, payment.error().message});
    } else if (payment->amount.minor() < 0) {
      ++statement.debits_skipped;
    } else if (payment->amount.is_zero()) {
      statement.rejects.push_back({record.line, "amount: zero"});
    } else {
      statement.credits.push_back(std::move(*payment));
    }
  }
  return statement;
}

}  // namespace duecall::app
