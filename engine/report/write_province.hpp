// The province report of a batch run: a header, one section per department (its
// whole report in the chosen format), and the summary across departments.
#pragma once

#include <iosfwd>
#include <string>

#include "engine/report/formats.hpp"
#include "engine/score/province.hpp"

namespace jixiao::engine {

void write_province_header(const std::string& policy, std::size_t departments, report_format format,
                           std::ostream& out);

/// A scored department, written to `out`. JSON sections carry no separator: the
/// caller writes write_department_separator between two sections.
void write_department_section(const std::string& name, const report& r, report_format format, std::ostream& out);
/// The same appended to a string: rendered once, to be written out later.
void write_department_section(const std::string& name, const report& r, report_format format, std::string& out);

void write_department_separator(report_format format, std::ostream& out);

/// A department whose files could not be read: its name and the error.
void write_failed_department_section(const std::string& name, const std::string& error, report_format format,
                                     std::string& out);

/// `written` of `total` departments made it into the report (less with --fail-fast).
void write_province_summary(const province_summary& summary, std::size_t written, std::size_t total,
                            report_format format, std::ostream& out);

}  // namespace jixiao::engine
