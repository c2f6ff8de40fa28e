#include "adapters/pdf/client_report_pdf.hpp"

#include <hpdf.h>

#include <array>
#include <filesystem>
#include <memory>
#include <type_traits>
#include <vector>

namespace duecall::adapters::pdf {
namespace {

// libharu reports errors through a C callback; it must not throw through C frames, so the
// first error is kept and checked once the document is done.
struct HaruErrors {
  HPDF_STATUS first = HPDF_OK;
  HPDF_STATUS detail = 0;
};

void on_haru_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) {
  auto* errors = static_cast<HaruErrors*>(user_data);
  if (errors->first == HPDF_OK) {
    errors->first = error;
    errors->detail = detail;
  }
}

struct DocumentDeleter {
  void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
};
using Document = std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocumentDeleter>;

std::string money_text(const domain::MoneyByCurrency& sums) {
  if (sums.empty()) return "0";
  std::string text;
  for (const auto& [code, money] : sums) text += (text.empty() ? "" : "; ") + money.to_string();
  return text;
}

std::string percent_text(const domain::KpiRate& rate) {
  auto percent = rate.percent();
  return percent ? *percent + " %" : "—";
}

// One table row's cells, in the order of kHeadings.
std::vector<std::string> cells(const std::string& label, const domain::KpiFigures& figures) {
  return {label,
          std::to_string(figures.calls),
          std::to_string(figures.right_party_contacts),
          percent_text(figures.rpc_rate()),
          std::to_string(figures.agreements),
          money_text(figures.promised),
          percent_text(figures.kept_rate()),
          figures.collected ? money_text(*figures.collected) : "—"};
}

constexpr std::array<const char*, 8> kHeadings = {
    "Month", "Calls", "Right-party", "RPC rate", "Agreements", "Promised", "Kept rate", "Collected"};
// Column right edges in points on a landscape A4 page (842 wide), after a 40 pt margin.
constexpr std::array<float, 8> kRightEdges = {110, 175, 260, 335, 420, 560, 640, 800};

class Writer {
 public:
  Writer(HPDF_Page page, HPDF_Font font) : page_(page), font_(font) {}

  void text(float x, float y, float size, const std::string& text) {
    HPDF_Page_SetFontAndSize(page_, font_, size);
    HPDF_Page_BeginText(page_);
    HPDF_Page_TextOut(page_, x, y, text.c_str());
    HPDF_Page_EndText(page_);
  }
  void right_aligned(float right, float y, float size, const std::string& text) {
    HPDF_Page_SetFontAndSize(page_, font_, size);
    this->text(right - HPDF_Page_TextWidth(page_, text.c_str()), y, size, text);
  }
  void row(float y, const std::vector<std::string>& values) {
    text(40, y, 9, values[0]);
    for (std::size_t column_idx = 1; column_idx < values.size(); ++column_idx) {
      right_aligned(kRightEdges[column_idx], y, 9, values[column_idx]);
    }
  }
  void rule(float y) {
    HPDF_Page_SetLineWidth(page_, 0.5);
    HPDF_Page_MoveTo(page_, 40, y);
    HPDF_Page_LineTo(page_, 802, y);
    HPDF_Page_Stroke(page_);
  }

 private:
  HPDF_Page page_;
  HPDF_Font font_;
};

}  // namespace

Result<std::string> client_report_pdf(const app::ClientReport& report, Instant generated_at,
                                      const std::string& font_path) {
  std::error_code ignored;
  if (!std::filesystem::is_regular_file(font_path, ignored)) {
    return Error::unavailable("the report font " + font_path +
                              " is missing (Debian package fonts-dejavu-core)");
  }
  HaruErrors errors;
  Document doc(HPDF_New(on_haru_error, &errors));
  if (!doc) return Error::internal("libharu could not create a document");
  HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(doc.get());
  // Embedded (HPDF_TRUE): readers without DejaVu Sans still show every letter.
  const char* font_name = HPDF_LoadTTFontFromFile(doc.get(), font_path.c_str(), HPDF_TRUE);
  if (!font_name) return Error::unavailable("libharu could not read the font " + font_path);
  HPDF_Font font = HPDF_GetFont(doc.get(), font_name, "UTF-8");
  HPDF_Page page = HPDF_AddPage(doc.get());
  HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_LANDSCAPE);
  if (errors.first != HPDF_OK) {
    return Error::internal("libharu error " + std::to_string(errors.first));
  }

  Writer writer(page, font);
  float y = HPDF_Page_GetHeight(page) - 50;
  writer.text(40, y, 16, "Collection report: " + report.client.name);
  y -= 20;
  writer.text(40, y, 10,
              "Client " + report.client.code + ", " + report.from.to_string() + " to " +
                  report.to.to_string() + " (days in " + report.time_zone + "), made " +
                  format_iso8601(generated_at));
  y -= 30;
  writer.row(y, {kHeadings.begin(), kHeadings.end()});
  y -= 6;
  writer.rule(y);
  // A landscape A4 page holds about 30 rows; a report covers at most 14 months.
  for (const auto& month : report.months) {
    y -= 15;
    writer.row(y, cells(month.month, month.figures));
  }
  y -= 6;
  writer.rule(y);
  y -= 15;
  writer.row(y, cells("Total", report.totals));
  y -= 30;
  writer.text(40, y, 8,
              "Figures as defined in the duecall KPI report: calls and right-party contacts are "
              "calls made in the period; agreements came into force; collected is what payments "
              "booked in the period put on the client's claims.");

  HPDF_SaveToStream(doc.get());
  std::string bytes(HPDF_GetStreamSize(doc.get()), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
  HPDF_ReadFromStream(doc.get(), reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
  if (errors.first != HPDF_OK) {
    return Error::internal("libharu error " + std::to_string(errors.first) + " (detail " +
                           std::to_string(errors.detail) + ")");
  }
  bytes.resize(size);
  return bytes;
}

}  // namespace duecall::adapters::pdf
