// What the YAML harnesses share: a small targets table with every rule kind, and
// writing a report in every text format.
#pragma once

#include "engine/io/input_error.hpp"
#include "engine/model/report.hpp"

namespace jixiao::fuzz {

/// A targets file of two projects (the second with budget 0) and every rule kind.
extern const char* const sample_targets_yaml;

/// Writes `r` as JSON, table, Markdown, CSV and HTML, to memory.
void write_every_text_format(const engine::report& r);

/// Writes a refusal as it is printed, in both languages: an error is data until
/// written, so its rendering runs for every input refused.
void write_in_both_languages(const engine::input_error& e);

}  // namespace jixiao::fuzz
