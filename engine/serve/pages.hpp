// The two pages of `jixiao serve`, 目标表 (review a target table) and 评分 (score),
// in the reader's language (text::current_language(), which a request sets for its
// thread): plain forms that work without JavaScript, a small inline
// script for drag-and-drop, and the result (findings, report or error) below the form.
#pragma once

#include <string>
#include <vector>

#include "engine/model/report.hpp"
#include "engine/serve/uploads.hpp"

namespace jixiao::engine::serve {

/// A download offered on a page as a link carrying the file (data: URL), or, when it
/// cannot be made yet, the reason shown beside a disabled button.
struct offered_download {
  std::string label;
  download file;
  std::string unavailable;
};

/// The 目标表 page; `result` is HTML from findings_section or error_section (or empty).
std::string targets_page(const std::string& result);

/// The 评分 page; `result` is HTML from report_section or error_section (or empty).
std::string score_page(const std::string& result);

/// The review of a target table as a table, with its downloads.
std::string findings_section(const finding_list& findings, const std::vector<offered_download>& downloads);

/// The report (the HTML report's own body and style) with its downloads.
std::string report_section(const std::string& report_html, const std::vector<offered_download>& downloads);

/// An error: a title and the message (what, where, what to fix), escaped.
std::string error_section(const std::string& message);

/// The Content-Security-Policy header the pages need (their inline script by hash).
const std::string& content_security_policy();

}  // namespace jixiao::engine::serve
