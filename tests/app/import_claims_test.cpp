// Claim intake end to end on both real stores (SQLite in a temporary directory, a fresh
// PostgreSQL database): what is stored, what is rejected and why, idempotence, updates on
// the timeline, encodings and mappings, and files refused as a whole. The clock is fixed,
// so "today" is 2026-11-23.
#include "app/import_claims.hpp"

#include <gtest/gtest.h>

#include "adapters/clock/system_clock.hpp"
#include "app/audit.hpp"
#include "app/case_file.hpp"
#include "app/clients.hpp"
#include "support/run_process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_store.hpp"

namespace duecall::app {
namespace {

constexpr const char* kHeader =
    "client_ref,debtor_ref,debtor_type,name,national_id,phone,email,address,city,country,"
    "claim_type,currency,principal,fees,due_date,reminder_sent_on\n";

class ImportClaimsTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    store_ = &store();
    ASSERT_TRUE(add_client(*store_, clock_,
                           {.code = "TEL", .name = "Telekom", .country = "SI", .currency = "EUR"})
                    .ok());
  }

  Result<ImportReport> import(std::string csv, ImportOptions options = {}) {
    if (options.client_code.empty()) options.client_code = "TEL";
    options.file_name = "test.csv";
    return import_claims(*store_, clock_, std::move(csv), options);
  }

  std::int64_t count(const std::string& table) {
    auto transaction = store_->begin().value();
    auto counts = transaction->count_rows();
    for (const auto& counted : counts.value()) {
      if (counted.table == table) return counted.rows;
    }
    return -1;
  }

  adapters::FixedClock clock_{parse_iso8601("2026-11-23T10:00:00Z").value()};
  adapters::SqlStore* store_ = nullptr;
};

TEST_P(ImportClaimsTest, ImportsTheSampleFileAndGroupsEachDebtorsClaimsInOneCase) {
  std::string sample = testing::read_file(testing::source_dir() + "/tests/data/claims-sample.csv");
  auto report = import(sample);
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(report->rows, 40);
  EXPECT_EQ(report->imported, 40);
  EXPECT_EQ(report->rejected, 0);
  EXPECT_EQ(report->cases_created, 20);
  EXPECT_EQ(count("claims"), 40);
  EXPECT_EQ(count("cases"), 20);
  EXPECT_EQ(count("debtors"), 20);
  EXPECT_EQ(count("timeline_events"), 40);
  // D11-00000015 has five claims in the sample.
  auto file = find_case_file(*store_, "TEL", "D11-00000015").value();
  EXPECT_EQ(file.claims.size(), 5u);
  EXPECT_EQ(file.debtor.name, "Marko Zupan");
  EXPECT_EQ(file.debtor.phones.at(0).e164, "+38640677200");
  // 498.47 + 5.00 + 3438.04 + 387.93 + 10.00 + 253.52 + 4876.87 + 15.00
  EXPECT_EQ(file.total_due().minor(), 49847 + 500 + 343804 + 38793 + 1000 + 25352 + 487687 + 1500);
}

TEST_P(ImportClaimsTest, ImportingTheSameFileAgainChangesNothing) {
  std::string sample = testing::read_file(testing::source_dir() + "/tests/data/claims-sample.csv");
  ASSERT_TRUE(import(sample).ok());
  auto again = import(sample);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->imported, 0);
  EXPECT_EQ(again->updated, 0);
  EXPECT_EQ(again->unchanged, again->rows - again->rejected);
  EXPECT_EQ(again->cases_created, 0);
  EXPECT_EQ(count("claims"), 40);
  EXPECT_EQ(count("timeline_events"), 40);
  EXPECT_EQ(count("imports"), 2);
}

TEST_P(ImportClaimsTest, AChangedBalanceUpdatesTheClaimAndGoesOnTheTimeline) {
  std::string first = std::string(kHeader) +
                      "A-1,D-1,person,Ana Kos,,+386 40 123 456,,,,SI,telecom,EUR,100.00,5.00,2026-11-01,\n";
  std::string second = std::string(kHeader) +
                       "A-1,D-1,person,Ana Kos,,+386 40 123 456,,,,SI,telecom,EUR,80.00,5.00,2026-11-01,\n";
  ASSERT_TRUE(import(first).ok());
  auto report = import(second);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->updated, 1);
  EXPECT_EQ(report->unchanged, 0);
  auto file = find_case_file(*store_, "TEL", "A-1").value();
  ASSERT_EQ(file.claims.size(), 1u);
  EXPECT_EQ(file.claims[0].balance.principal.minor(), 8000);
  ASSERT_EQ(file.timeline.size(), 2u);
  EXPECT_EQ(file.timeline[1].kind, "claim_changed");
  EXPECT_NE(file.timeline[1].payload.find("\"minor\":10000"), std::string::npos);
  EXPECT_NE(file.timeline[1].payload.find("\"minor\":8000"), std::string::npos);
  auto audit = verify_audit(*store_).value();
  EXPECT_FALSE(audit.first_broken.has_value());
  EXPECT_EQ(audit.events_checked, 2);
}

TEST_P(ImportClaimsTest, ChangedDebtorDetailsUpdateTheDebtorAndGoOnTheTimeline) {
  ASSERT_TRUE(import(std::string(kHeader) +
                     "A-1,D-1,person,Ana Kos,,+386 40 123 456,,,,SI,telecom,EUR,100.00,,2026-11-01,\n")
                  .ok());
  auto report = import(std::string(kHeader) +
                       "A-1,D-1,person,Ana Kos,,+386 41 999 888,,,,SI,telecom,EUR,100.00,,2026-11-01,\n");
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->updated, 1);
  auto file = find_case_file(*store_, "TEL", "D-1").value();
  EXPECT_EQ(file.debtor.phones.at(0).e164, "+38641999888");
  EXPECT_EQ(file.timeline.back().kind, "debtor_changed");
  EXPECT_NE(file.timeline.back().payload.find("phones"), std::string::npos);
}

TEST_P(ImportClaimsTest, ABadRowIsReportedWithItsLineAndColumnAndTheGoodRowsAreKept) {
  std::string csv = std::string(kHeader) +
                    "A-1,D-1,person,Ana Kos,,,,,,SI,telecom,EUR,100.00,,2026-11-01,\n"
                    "A-2,D-2,person,\"Kos, \"\"Bine\"\"\",,,,\"Glavna ulica 1\nsecond line\",,SI,telecom,EUR,abc,,2026-11-01,\n"
                    "A-3,D-3,alien,Eva Turk,,,,,,SI,telecom,EUR,1.00,,2026-11-01,\n"
                    "A-4,D-4,person,Eva Turk,,,,,,SI,telecom,EUR,1.00,,2026-11-24,\n"
                    "A-5,D-5,person,Eva Turk,,,,,,SI,telecom,EUR,1.00,,2026-11-01\n"
                    "A-6,D-6,person,Eva Turk,,,,,,SI,telecom,EUR,1.00,,2026-11-23,\n";
  auto report = import(csv);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->rows, 6);
  EXPECT_EQ(report->imported, 2);
  EXPECT_EQ(report->rejected, 4);
  ASSERT_EQ(report->rejects.size(), 4u);
  EXPECT_EQ(report->rejects[0].problem.line, 3u);
  EXPECT_EQ(report->rejects[0].problem.column, "principal");
  // The multi-line record occupies lines 3 and 4, so the next record starts on line 5.
  EXPECT_EQ(report->rejects[1].problem.line, 5u);
  EXPECT_EQ(report->rejects[1].problem.column, "debtor_type");
  EXPECT_EQ(report->rejects[2].problem.line, 6u);
  EXPECT_EQ(report->rejects[2].problem.column, "due_date");
  EXPECT_NE(report->rejects[2].problem.reason.find("future"), std::string::npos);
  EXPECT_EQ(report->rejects[3].problem.line, 7u);
  EXPECT_EQ(report->rejects[3].problem.column, "reminder_sent_on");
  EXPECT_EQ(report->rejects[0].fields.at(3), "Kos, \"Bine\"");
  EXPECT_EQ(report->rejects[0].fields.at(7), "Glavna ulica 1\nsecond line");
  EXPECT_EQ(count("claims"), 2);
}

TEST_P(ImportClaimsTest, ADuplicateReferenceInOneFileIsRejectedNamingTheFirstLine) {
  std::string csv = std::string(kHeader) +
                    "A-1,D-1,person,Ana Kos,,,,,,SI,telecom,EUR,100.00,,2026-11-01,\n"
                    "A-1,D-1,person,Ana Kos,,,,,,SI,telecom,EUR,200.00,,2026-11-01,\n";
  auto report = import(csv);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->imported, 1);
  ASSERT_EQ(report->rejects.size(), 1u);
  EXPECT_EQ(report->rejects[0].problem.line, 3u);
  EXPECT_NE(report->rejects[0].problem.reason.find("line 2"), std::string::npos);
  // Importing again keeps the same accounting: the duplicate is rejected again.
  auto again = import(csv);
  EXPECT_EQ(again->unchanged, 1);
  EXPECT_EQ(again->rejected, 1);
}

TEST_P(ImportClaimsTest, AClaimCannotMoveToAnotherDebtor) {
  ASSERT_TRUE(import(std::string(kHeader) +
                     "A-1,D-1,person,Ana Kos,,,,,,SI,telecom,EUR,100.00,,2026-11-01,\n")
                  .ok());
  auto report = import(std::string(kHeader) +
                       "A-1,D-2,person,Bine Kos,,,,,,SI,telecom,EUR,100.00,,2026-11-01,\n");
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->rejected, 1);
  EXPECT_NE(report->rejects.at(0).problem.reason.find("belongs to debtor D-1"), std::string::npos);
  EXPECT_EQ(count("debtors"), 1);
}

TEST_P(ImportClaimsTest, ReadsASlovenianExcelExportThroughAMapping) {
  // Windows-1250: 0xE8 = č, 0x9A = š, 0x8E = Ž.
  std::string csv =
      "\x8at. ra\xe8una;Dol\x9enik;Vrsta;Ime;Dr\x9e" "ava;Valuta;Glavnica;Stro\x9aki;Zapadlost\r\n"
      "R-1;D-1;person;\x8eiga Vidmar;SI;EUR;1.234,56;5,00;01.11.2026\r\n";
  auto mapping = ClaimFileMapping::from_json(nlohmann::json::parse(R"({
      "columns": {"client_ref": "\u0160t. ra\u010duna", "debtor_ref": "Dol\u017enik",
                  "debtor_type": "Vrsta", "name": "Ime", "country": "Dr\u017eava",
                  "currency": "Valuta", "principal": "Glavnica", "fees": "Stro\u0161ki",
                  "due_date": "Zapadlost"},
      "delimiter": ";", "decimal": ",", "thousands": ".", "date_format": "%d.%m.%Y",
      "encoding": "windows-1250"})"));
  ASSERT_TRUE(mapping.ok()) << mapping.error().message;
  auto report = import(csv, {.mapping = *mapping});
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(report->imported, 1) << (report->rejects.empty() ? "" : report->rejects[0].problem.reason);
  auto file = find_case_file(*store_, "TEL", "R-1").value();
  EXPECT_EQ(file.debtor.name, "\xc5\xbdiga Vidmar");  // Žiga in UTF-8
  EXPECT_EQ(file.claims.at(0).balance.principal.minor(), 123456);
  EXPECT_EQ(file.claims.at(0).due_date.to_string(), "2026-11-01");
}

TEST_P(ImportClaimsTest, AFileThatIsNotValidUtf8IsRefusedAndNothingIsStored) {
  std::string csv = std::string(kHeader) +
                    "A-1,D-1,person,Ana Kos,,,,,,SI,telecom,EUR,100.00,,2026-11-01,\n"
                    "A-2,D-2,person,\xe8rt,,,,,,SI,telecom,EUR,100.00,,2026-11-01,\n";
  auto report = import(csv);
  ASSERT_FALSE(report.ok());
  EXPECT_NE(report.error().message.find("line 3"), std::string::npos);
  EXPECT_EQ(count("claims"), 0);
  EXPECT_EQ(count("imports"), 0);
}

TEST_P(ImportClaimsTest, AHeaderWithoutRequiredColumnsIsRefusedNamingThem) {
  auto report = import("client_ref,name,principal\nA-1,Ana,1.00\n");
  ASSERT_FALSE(report.ok());
  for (const char* missing : {"debtor_ref", "debtor_type", "country", "currency", "due_date"}) {
    EXPECT_NE(report.error().message.find(missing), std::string::npos) << missing;
  }
  EXPECT_EQ(count("claims"), 0);
}

TEST_P(ImportClaimsTest, AnUnknownClientIsRefused) {
  auto report = import(std::string(kHeader), {.client_code = "NOPE"});
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().code, ErrorCode::kNotFound);
}

TEST_P(ImportClaimsTest, SmallTransactionsStoreExactlyWhatOneLargeTransactionStores) {
  std::string csv = std::string(kHeader);
  for (int i = 0; i < 50; ++i) {
    csv += "A-" + std::to_string(i) + ",D-" + std::to_string(i % 7) +
           ",person,Ana Kos,,,,,,SI,telecom,EUR,1" + std::to_string(i) + ".00,,2026-11-01,\n";
  }
  auto report = import(csv, {.workers = 3, .rows_per_transaction = 4});
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->imported, 50);
  EXPECT_EQ(report->cases_created, 7);
  EXPECT_EQ(count("timeline_events"), 50);
  auto audit = verify_audit(*store_).value();
  EXPECT_FALSE(audit.first_broken.has_value());
  EXPECT_EQ(audit.cases_checked, 7);
}

TEST_P(ImportClaimsTest, AnInvalidPhoneKeepsTheClaimButMarksTheDebtorUnreachable) {
  auto report = import(std::string(kHeader) +
                       "A-1,D-1,person,Ana Kos,,+386 12,,,,SI,telecom,EUR,100.00,,2026-11-01,\n");
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->imported, 1);
  EXPECT_FALSE(report->warnings.empty());
  auto file = find_case_file(*store_, "TEL", "A-1").value();
  EXPECT_FALSE(file.debtor.reachable_by_phone());
  EXPECT_EQ(file.debtor.phones.at(0).raw, "+386 12");
}

INSTANTIATE_STORE_TESTS(ImportClaimsTest);

}  // namespace
}  // namespace duecall::app
