// Reading a CSV file as a spreadsheet saves it: UTF-8 (with or without a BOM) or
// GB18030/GBK, RFC 4180 quoting, CRLF or LF line ends.
#pragma once

#include <string>

#include "engine/io/limits.hpp"
#include "engine/import/table_import.hpp"

namespace jixiao::engine {

/// The file's text in UTF-8: valid UTF-8 is kept (its BOM removed), anything else is
/// converted from GB18030 (a superset of GBK) with iconv. Throws input_error at the
/// line and column of the first byte that is neither.
std::string decode_table_text(const std::string& bytes, const std::string& path);

/// Rows of fields (RFC 4180: quoted fields hold commas, line breaks and doubled
/// quotes; line breaks inside become "\n"); each field's place is its starting line and
/// field number. Throws input_error for a quoted field not closed or text after its
/// closing quote.
cell_table parse_csv(const std::string& text, const std::string& path);

/// Reads (no further than limits.max_file_size), decodes and parses a CSV file.
/// Throws input_error.
cell_table read_csv_file(const std::string& path, const input_limits& limits = {});

}  // namespace jixiao::engine
