// The creditor's report (app/client_report.hpp) as a PDF, drawn with libharu: a title with
// the client's name, the period and its time zone, then a table of the figures by month
// with the period's totals. Text is UTF-8 in an embedded DejaVu Sans subset, so names such
// as "Čebelarstvo Žužek" or "São João Comércio" print as written on any reader.
//
// The font is read from `font_path` (a TrueType file; Debian's fonts-dejavu-core puts
// DejaVu Sans at kDejaVuSansPath). Returns the PDF's bytes; kUnavailable when the font cannot
// be read, kInternal when libharu fails otherwise.
#pragma once

#include <string>

#include "app/client_report.hpp"

namespace duecall::adapters::pdf {

inline constexpr const char* kDejaVuSansPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

Result<std::string> client_report_pdf(const app::ClientReport& report, Instant generated_at,
                                      const std::string& font_path = kDejaVuSansPath);

}  // namespace duecall::adapters::pdf
