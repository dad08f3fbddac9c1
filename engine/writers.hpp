// The report writers, one per output format; each starts with the source block
// (engine version, policy, each input's SHA-256) and never computes a score.
#pragma once

#include <ostream>

#include "engine/report.hpp"

namespace jixiao::engine {

/// Aligned UTF-8 text for a terminal (columns by display width); writes nothing else, never throws.
void write_table(const report& r, std::ostream& out);

/// GitHub-flavoured Markdown: title, source list, a pipe table per project, summary, findings.
void write_markdown(const report& r, std::ostream& out);

/// UTF-8 CSV with BOM and CRLF (RFC 4180): source rows, a blank row, then one row per indicator.
void write_csv(const report& r, std::ostream& out);

/// One JSON object, indented by 2, non-ASCII kept; invalid UTF-8 is replaced, never thrown on.
void write_json(const report& r, std::ostream& out);

}  // namespace jixiao::engine
