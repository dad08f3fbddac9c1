// The findings of `jixiao check`: one line each (text) or a JSON list.
#pragma once

#include <iosfwd>
#include <string>

#include "engine/model/report.hpp"

namespace jixiao::engine {

/// `format` "json": a list of objects (severity, file, line, column, project, indicator,
/// kind, message), indented by 2; otherwise one line per finding and the counts.
void write_findings(const finding_list& findings, const std::string& format, std::ostream& out);

}  // namespace jixiao::engine
