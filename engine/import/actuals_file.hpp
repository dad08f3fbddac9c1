// An actuals file of either kind, told apart by its content: a collection workbook
// (a zip: "PK\3\4") or actuals YAML.
#pragma once

#include <string>
#include <string_view>

#include "engine/io/limits.hpp"
#include "engine/model/model.hpp"
#include "rules/policy.hpp"

namespace jixiao::engine {

/// True for the bytes of a zip archive, as every .xlsx workbook is.
bool is_zip(std::string_view bytes);

/// Reads the actuals at `path`, a workbook or YAML whatever its name; `sha256`, when
/// given, receives the hash of the bytes read. An encrypted workbook (an OLE compound
/// file, as Excel saves one with a password to open) is refused. Throws input_error.
actual_table load_actuals_file(const std::string& path, const rules::scoring_policy& policy,
                               const input_limits& limits, std::string* sha256 = nullptr);

}  // namespace jixiao::engine
