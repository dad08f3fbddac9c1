// The HTML report: one self-contained page (inline CSS, inline SVG charts drawn by
// svg_chart.cpp, no script, no network, no web fonts), readable on a phone (tables
// scroll sideways) and printable (A4, one project per page). The markup is also
// well-formed XML (XHTML-compatible), so tests can parse it with an XML parser.
#include <array>
#include <string>
#include <string_view>

#include "engine/report/format_util.hpp"
#include "engine/report/markup_text.hpp"
#include "engine/report/report_view.hpp"
#include "engine/report/svg_chart.hpp"
#include "engine/report/writers.hpp"
#include "grammar/text/language.hpp"
#include "rules/policy.hpp"

namespace jixiao::engine {

namespace {


constexpr std::string_view style_sheet = R"css(
:root { --a: #2e7d32; --b: #1565c0; --c: #e08600; --d: #c62828; --x: #6e7781;
        --line: #d0d7de; --muted: #57606a; --head: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; color: #1f2328; background: #fff; line-height: 1.5;
       font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
                    "Source Han Sans SC", "WenQuanYi Micro Hei", SimSun, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 16px 20px 40px; }
h1 { font-size: 1.6rem; margin: .2em 0; }
h2 { font-size: 1.3rem; margin: 1.6em 0 .6em; padding-bottom: .2em; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.4em 0 .5em; }
a { color: var(--b); }
nav { margin: .5em 0 1em; }
nav a { margin-right: 1.2em; }
.muted { color: var(--muted); }
.source { font-size: .85rem; color: var(--muted); margin: .5em 0; }
.source p { margin: .2em 0; }
.source ul { margin: 0; padding-left: 1.2em; }
.source .path, .source code { word-break: break-all; }
.source code { font-size: .8rem; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 1em 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 120px; }
.card .k { display: block; font-size: .8rem; color: var(--muted); }
.card .v { display: block; font-size: 1.4rem; font-weight: bold; font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: .5em 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: var(--head); white-space: nowrap; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.nowrap { white-space: nowrap; }
td.why { white-space: pre-line; min-width: 14em; }
td.why ul { margin: 0; padding-left: 1.1em; }
td.explain { font-size: .85rem; color: var(--muted); min-width: 10em; }
table.summary { min-width: 640px; }
table.indicators { min-width: 980px; }
table.findings { min-width: 760px; }
tr.total td { font-weight: bold; background: var(--head); }
.grade { display: inline-block; min-width: 1.8em; padding: 0 .45em; border-radius: 4px; color: #fff;
         font-weight: bold; text-align: center; }
.g-a { background: var(--a); } .g-b { background: var(--b); } .g-c { background: var(--c); }
.g-d { background: var(--d); } .g-x { background: var(--x); }
.status-met, .status-exceeded { color: var(--a); }
.status-not_met, .status-missing { color: var(--d); }
.sev-error { color: var(--d); font-weight: bold; } .sev-warning { color: var(--c); } .sev-note { color: var(--muted); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: .5em 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.project-total { font-size: 1.05rem; }
figure { margin: 1em 0 2em; }
figcaption { font-weight: bold; margin-bottom: .4em; }
.legend { font-size: .85rem; color: var(--muted); margin-top: .3em; }
.legend .grade { margin: 0 .2em 0 .8em; }
svg.chart { display: block; width: 100%; min-width: 560px; max-width: 960px; height: auto; font-size: 13px; }
svg.chart text { fill: #1f2328; }
svg.chart .axis line { stroke: #e5e7eb; }
svg.chart .axis text, svg.chart .marks text { fill: var(--muted); font-size: 11px; }
svg.chart .marks line { stroke: #424a53; stroke-dasharray: 4 3; }
svg.chart .bar.g-a { fill: var(--a); } svg.chart .bar.g-b { fill: var(--b); }
svg.chart .bar.g-c { fill: var(--c); } svg.chart .bar.g-d { fill: var(--d); }
svg.chart .bar.g-x { fill: var(--x); } svg.chart .bar.share { fill: #5b6abf; }
@media (max-width: 600px) {
  main { padding: 10px; }
  h1 { font-size: 1.25rem; }
  table { font-size: .8rem; }
  .card { min-width: 40%; }
}
@page { size: A4 landscape; margin: 12mm; }
@media print {
  html { font-size: 9pt; }
  nav { display: none; }
  main { max-width: none; padding: 0; }
  .scroll { overflow: visible; }
  table.summary, table.indicators, table.findings, svg.chart { min-width: 0; }
  svg.chart { max-height: 150mm; break-inside: avoid; }
  article.project, tr, .cards { break-inside: avoid; }
  h2, h3, figcaption { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

std::string h(std::string_view text) { return escape_xml(text); }

// The CSS class of a grade: g-a 优, g-b 良, g-c 中, g-d 差, g-x anything else.
std::string grade_class(std::string_view grade) {
  constexpr std::array<const char*, 4> classes = {"g-a", "g-b", "g-c", "g-d"};
  for (std::size_t k = 0; k < rules::grade_names.size(); ++k) {
    if (grade == rules::grade_names[k]) return classes[k];
  }
  return "g-x";
}

std::string grade_badge(std::string_view grade) {
  if (grade.empty()) return {};  // the policy gives no grade
  return "<span class=\"grade " + grade_class(grade) + "\">" + h(grade_text(grade)) + "</span>";
}

std::string status_class(rules::indicator_status status) {
  switch (status) {
    case rules::indicator_status::met: return "status-met";
    case rules::indicator_status::not_met: return "status-not_met";
    case rules::indicator_status::exceeded: return "status-exceeded";
    case rules::indicator_status::not_applicable: return "status-not_applicable";
    case rules::indicator_status::missing: return "status-missing";
  }
  return "";
}

std::string project_anchor(std::size_t index) { return "p-" + std::to_string(index + 1); }

std::string project_title(const project_entry& p) { return p.id.empty() ? p.name.str() : p.id + " " + p.name; }

std::string cell(std::string_view text, const std::string& css_class = "") {
  return (css_class.empty() ? "<td>" : "<td class=\"" + css_class + "\">") + h(text) + "</td>";
}

std::string number_cell(const std::string& text) { return cell(text, "num"); }

std::string report_title(const report& r) {
  std::string whose = r.department;
  if (r.year > 0) whose += (whose.empty() ? "" : " ") + text::trf("FY {1}", std::to_string(r.year));
  if (whose.empty()) return text::tr("Project expenditure performance self-evaluation report");
  return text::trf("{1} project expenditure performance self-evaluation report", whose);
}

void write_source(const report& r, std::ostream& out) {
  out << "<div class=\"source\" id=\"source\">\n<p>jixiao " << h(r.version) << " · "
      << h(text::trf("Scoring policy: {1}", policy_name(r.policy))) << " · "
      << h(r.inputs.empty() ? text::tr("Input files (SHA-256, to check this report against): none")
                            : text::tr("Input files (SHA-256, to check this report against):"))
      << "</p>\n";
  if (!r.inputs.empty()) {
    out << "<ul>\n";
    for (const input_file& input : r.inputs) {
      out << "<li>" << h(input_role_name(input.role)) << " <span class=\"path\">" << h(input.path) << "</span> <code>sha256="
          << h(input.sha256) << "</code></li>\n";
    }
    out << "</ul>\n";
  }
  if (r.review) out << "<p>" << h(text::trf("Reviewer: {1}", r.review->reviewer)) << "</p>\n";
  out << "</div>\n";
}

void write_summary(const report& r, std::ostream& out) {
  using text::tr;
  out << "<section id=\"summary\">\n<h2>" << h(tr("Summary")) << "</h2>\n<div class=\"cards\">\n";
  const auto card = [&](const std::string& key, const std::string& value, const std::string& css_class) {
    out << "<div class=\"card\"><span class=\"k\">" << h(key) << "</span><span class=\"v " << css_class << "\">"
        << h(value) << "</span></div>\n";
  };
  card(tr("Projects"), std::to_string(r.projects.size()), "project-count");
  card(tr("Budget-weighted mean score"), format_score(r.mean, score_places(r.scoring_policy.get())), "mean");
  card(tr("Budget total in 10,000 yuan"), format_amount(r.budget_total), "budget-total");
  for (const auto& [grade, count] : r.grade_counts) {
    card(r.review ? text::trf("Self-evaluation grade {1}", grade_text(grade)) : text::trf("Grade {1}", grade_text(grade)), std::to_string(count),
         "grade-count");
  }
  if (r.review) {
    card(tr("Budget-weighted mean score after review"), format_score(r.review->mean, score_places(r.scoring_policy.get())), "mean");
    for (const auto& [grade, count] : r.review->grade_counts) {
      card(text::trf("Grade after review {1}", grade_text(grade)), std::to_string(count), "grade-count");
    }
  }
  const auto th = [](const std::string& title) { return "<th>" + h(title) + "</th>"; };
  out << "</div>\n<div class=\"scroll\"><table class=\"summary\">\n<thead><tr>" << th(tr("Project ID")) << th(tr("Project name"))
      << th(tr("Budget for the year (10,000 yuan)")) << th(tr("Spent in the year (10,000 yuan)")) << th(tr("Execution rate"))
      << th(r.review ? tr("Self-evaluation total") : tr("Total")) << th(r.review ? tr("Self-evaluation grade") : tr("Grade"))
      << (r.review ? th(tr("Total after review")) + th(tr("Grade after review")) : "") << "</tr></thead>\n<tbody>\n";
  for (std::size_t k = 0; k < r.projects.size(); ++k) {
    const project_entry& p = r.projects[k];
    out << "<tr>" << cell(p.id, "nowrap") << "<td><a href=\"#" << project_anchor(k) << "\">" << h(p.name) << "</a></td>"
        << number_cell(format_amount(p.budget)) << number_cell(p.spent ? format_amount(*p.spent) : missing_mark)
        << number_cell(format_rate(p.execution_rate)) << cell(format_score(p.total, score_places(p.policy)), "num total") << "<td>"
        << grade_badge(p.grade) << "</td>";
    if (r.review) {
      const project_review_entry& reviewed = r.review->projects[k];
      out << cell(format_score(reviewed.reviewed_total(), score_places(p.policy)), "num total") << "<td>"
          << grade_badge(reviewed.reviewed_grade) << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody></table></div>\n</section>\n";
}

void write_charts(const report& r, std::ostream& out) {
  bar_chart totals;
  totals.title = text::tr("Total score of each project");
  totals.maximum = 100;
  totals.ticks = {0, 20, 40, 60, 80, 100};
  for (const project_entry& p : r.projects) {
    totals.bars.push_back({project_title(p), p.total, format_score(p.total, score_places(p.policy)), grade_class(p.grade),
                           p.grade.empty()
                               ? text::trf("{1}: {2} points", project_title(p), format_score(p.total, score_places(p.policy)))
                               : text::trf("{1}: {2} points, {3}", project_title(p),
                                           format_score(p.total, score_places(p.policy)), grade_text(p.grade))});
  }
  // The grade bands are the policy's the report was scored under.
  const bool bands_known = r.scoring_policy != nullptr;
  if (bands_known) {
    const auto& bounds = r.scoring_policy->grade_bounds;
    for (std::size_t k = 0; k < bounds.size(); ++k) {
      totals.marks.push_back({bounds[k], grade_text(rules::grade_names[k]) + " " + format_amount(bounds[k])});
    }
  }

  bar_chart categories;
  categories.title = text::tr("Share of points earned by first-level indicator");
  categories.maximum = 100;
  categories.ticks = {0, 20, 40, 60, 80, 100};
  categories.tick_suffix = "%";
  const std::vector<category_share> shares = category_shares(r);
  for (const category_share& s : shares) {
    categories.bars.push_back({category_label(s.category), s.percent, format_score(s.percent) + "%", "share",
                               text::trf("{1}: earned {2} / available {3}", category_label(s.category), format_score(s.earned),
                                         format_score(s.available))});
  }

  using text::tr;
  out << "<section id=\"charts\">\n<h2>" << h(tr("Charts")) << "</h2>\n<figure>\n<figcaption>"
      << h(bands_known ? tr("Total score of each project (coloured by grade; the dashed lines are the grades' lower bounds)")
                       : tr("Total score of each project (coloured by grade; the grades' lower bounds are in the policy file)"))
      << "</figcaption>\n<div class=\"scroll\">" << horizontal_bar_svg(totals) << "</div>\n<div class=\"legend\">";
  for (const auto& [grade, count] : r.grade_counts) {
    out << grade_badge(grade) << h(text::format_text(text::trn("{1} project", "{1} projects", count), {std::to_string(count)}));
  }
  out << "</div>\n</figure>\n<figure>\n<figcaption>"
      << h(tr("Share of points earned by first-level indicator (all projects together: earned / available, "
              "indicators not applicable left out)"))
      << "</figcaption>\n<div class=\"scroll\">" << horizontal_bar_svg(categories)
      << "</div>\n<div class=\"scroll\"><table class=\"shares\">\n<thead><tr><th>" << h(tr("First-level indicator"))
      << "</th><th>" << h(tr("Earned")) << "</th><th>" << h(tr("Available")) << "</th><th>" << h(tr("Share earned"))
      << "</th></tr></thead>\n<tbody>\n";
  for (const category_share& s : shares) {
    out << "<tr>" << cell(category_label(s.category)) << number_cell(format_score(s.earned)) << number_cell(format_score(s.available))
        << number_cell(format_score(s.percent) + "%") << "</tr>\n";
  }
  out << "</tbody></table></div>\n</figure>\n</section>\n";
}

// "<kind name>: <message>", the kind coloured by severity (its word in the tooltip).
std::string finding_item(const finding_entry& f) {
  return std::string("<span class=\"sev-") + severity_name(f.level) + "\" title=\"" + h(severity_word(f.level)) + "\">" +
         h(kind_name(f)) + "</span>: " + h(f.message.str());
}

// The department's own note, then the engine's findings about this indicator in a cell of their own.
void write_deviation(const report& r, const project_entry& p, const indicator_entry& i, std::ostream& out) {
  out << "<td class=\"why\">" << h(i.note) << "</td><td class=\"why\">";
  const std::vector<const finding_entry*> findings = deviation_findings(r, p, i);
  if (!findings.empty()) out << "<ul>";
  for (const finding_entry* f : findings) out << "<li>" << finding_item(*f) << "</li>";
  if (!findings.empty()) out << "</ul>";
  out << "</td>";
}

void write_project(const report& r, const project_entry& p, std::size_t index, std::ostream& out) {
  const project_review_entry* review = r.review ? &r.review->projects[index] : nullptr;
  out << "<article class=\"project\" id=\"" << project_anchor(index) << "\">\n<h3>" << h(project_title(p)) << " "
      << grade_badge(p.grade) << "</h3>\n<dl class=\"facts\">\n";
  const auto fact = [&](std::string_view key, std::string_view value) {
    out << "<dt>" << h(key) << "</dt><dd>" << h(value) << "</dd>\n";
  };
  using text::tr;
  const auto amount = [](double value) { return text::trf("{1} (10,000 yuan)", format_amount(value)); };
  fact(tr("Budget for the year"), amount(p.budget));
  fact(tr("Spent in the year"), p.spent ? amount(*p.spent) : missing_mark);
  fact(tr("Execution rate"), format_rate(p.execution_rate));
  std::string budget = format_score(p.budget_score, score_places(p.policy)) + " / " + format_weight(p.budget_weight, score_places(p.policy));
  budget += " (" + p.budget_explain() + ")";
  fact(tr("Budget execution score"), budget);
  fact(tr("Overall goal for the year"), p.goal.empty() ? std::string(missing_mark) : p.goal.str());
  fact(tr("What was achieved"), p.summary.empty() ? std::string(missing_mark) : p.summary.str());
  const auto th = [](const std::string& title) { return "<th>" + h(title) + "</th>"; };
  out << "</dl>\n<div class=\"scroll\"><table class=\"indicators\">\n<thead><tr>" << th(tr("First-level indicator"))
      << th(tr("Second-level indicator")) << th(tr("Third-level indicator")) << th(tr("Target for the year"))
      << th(tr("Actual value")) << th(tr("Points")) << th(review ? tr("Self-evaluation score") : tr("Score"))
      << (review ? th(tr("Review deduction")) + th(tr("Reviewed score")) : "") << th(tr("Completion"))
      << th(tr("Computation process")) << th(tr("Reasons for deviations and improvements"))
      << th(tr("Review notes")) << (review ? th(tr("Review opinion")) : "") << "</tr></thead>\n<tbody>\n";
  bool any_inferred = false;
  const int places = score_places(p.policy);
  for (std::size_t k = 0; k < p.indicators.size(); ++k) {
    const indicator_entry& i = p.indicators[k];
    any_inferred = any_inferred || i.category_inferred;
    const auto [first, second] = category_levels(i);
    out << "<tr>" << cell(first, "nowrap") << cell(second, "nowrap") << cell(i.name, "indicator") << cell(i.target)
        << cell(i.actual.empty() ? std::string_view(missing_mark) : i.actual.view()) << number_cell(format_weight(i.weight, score_places(i.policy)))
        << cell(format_score(i.score, places), "num score");
    if (review) {
      const review_line& line = review->indicators[k];
      const bool scored = i.status != rules::indicator_status::not_applicable;
      out << number_cell(line.deducted ? rules::format_points(line.points, places) : "")
          << cell(scored ? format_score(line.reviewed, places) : missing_mark, "num score");
    }
    out << cell(status_text(i), "nowrap " + status_class(i.status)) << cell(i.explain(), "explain");
    write_deviation(r, p, i, out);
    if (review) out << cell(review->indicators[k].reason);
    out << "</tr>\n";
  }
  out << "<tr class=\"total\"><td colspan=\"6\">" << h(review ? tr("Self-evaluation total") : tr("Total")) << "</td>"
      << cell(format_score(p.total, places), "num project-total") << (review ? "<td></td><td></td>" : "")
      << "<td>" << grade_badge(p.grade) << "</td>" << cell(p.total_explain(), "explain") << "<td></td><td></td>"
      << (review ? "<td></td>" : "") << "</tr>\n";
  if (review) {
    const review_line& d = review->deduction;
    out << "<tr class=\"total\"><td colspan=\"6\">" << h(tr("Total after review")) << "</td><td></td>"
        << number_cell(d.deducted ? rules::format_points(d.points, places) : "")
        << cell(format_score(review->reviewed_total(), places), "num project-total") << "<td>"
        << grade_badge(review->reviewed_grade) << "</td>" << cell(review->explain(), "explain") << "<td></td><td></td>"
        << cell(d.reason) << "</tr>\n";
  }
  out << "</tbody></table></div>\n";
  if (any_inferred) out << "<p class=\"muted\">" << h(tr("* category inferred from the indicator's name")) << "</p>\n";
  const std::vector<const finding_entry*> others = project_findings(r, p);
  if (!others.empty()) out << "<p>" << h(tr("Other findings about the project:")) << "</p>\n<ul>\n";
  for (const finding_entry* f : others) out << "<li>" << finding_item(*f) << "</li>\n";
  if (!others.empty()) out << "</ul>\n";
  out << "</article>\n";
}

void write_findings(const report& r, std::ostream& out) {
  using text::tr;
  out << "<section id=\"findings\">\n<h2>" << h(text::trf("Findings ({1})", std::to_string(r.findings.size()))) << "</h2>\n";
  if (r.findings.empty()) {
    out << "<p>" << h(tr("none")) << "</p>\n</section>\n";
    return;
  }
  const auto th = [](const std::string& title) { return "<th>" + h(title) + "</th>"; };
  out << "<div class=\"scroll\"><table class=\"findings\">\n<thead><tr>" << th(tr("Severity")) << th(tr("Location"))
      << th(tr("Project")) << th(tr("Indicator")) << th(tr("Kind")) << th(tr("Explanation")) << "</tr></thead>\n<tbody>\n";
  for (const finding_entry& f : r.findings) {
    out << "<tr>" << cell(severity_word(f.level), std::string("nowrap sev-") + severity_name(f.level))
        << cell(finding_location(f), "nowrap") << cell(f.project) << cell(f.indicator) << cell(kind_name(f), "nowrap")
        << cell(f.message.str()) << "</tr>\n";
  }
  out << "</tbody></table></div>\n</section>\n";
}

}  // namespace

void write_html(const report& r, std::ostream& out) {
  const bool chinese = text::current_language() == text::language::zh;
  out << "<!DOCTYPE html>\n<html lang=\"" << (chinese ? "zh-CN" : "en") << "\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
         "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
         "<meta name=\"generator\" content=\"jixiao "
      << h(r.version) << "\"/>\n<title>" << h(report_title(r)) << "</title>\n<style>" << style_sheet
      << "</style>\n</head>\n<body>\n<main>\n<header>\n<h1>" << h(report_title(r)) << "</h1>\n";
  write_source(r, out);
  using text::tr;
  out << "</header>\n<nav><a href=\"#summary\">" << h(tr("Summary")) << "</a><a href=\"#charts\">" << h(tr("Charts"))
      << "</a><a href=\"#projects\">" << h(tr("Project list")) << "</a><a href=\"#findings\">" << h(tr("Findings"))
      << "</a></nav>\n";
  write_summary(r, out);
  write_charts(r, out);
  out << "<section id=\"projects\">\n<h2>" << h(tr("Project list")) << "</h2>\n";
  for (std::size_t k = 0; k < r.projects.size(); ++k) write_project(r, r.projects[k], k, out);
  out << "</section>\n";
  write_findings(r, out);
  out << "</main>\n</body>\n</html>\n";
}

}  // namespace jixiao::engine
