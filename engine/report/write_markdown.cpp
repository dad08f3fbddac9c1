#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "engine/report/format_util.hpp"
#include "engine/report/writers.hpp"

namespace jixiao::engine {

namespace {

// Text safe in a paragraph, list item, heading or table cell: Markdown's active
// characters are backslash-escaped (so `|` cannot split a cell), line breaks become
// <br>, other control characters spaces.
std::string md_text(std::string_view text) {
  constexpr std::string_view active = "\\`*_[]<>|~&#";
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CR LF: one break, at the LF
    if (c == '\n' || c == '\r') {
      out += "<br>";
    } else if (active.find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else {
      out += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c;
    }
  }
  return out;
}

// A code span holding `text` literally: the fence is one backtick longer than the
// longest run inside, with spaces where the text starts or ends with a backtick.
std::string md_code(std::string_view text) {
  const std::string flat = one_line(text);
  std::size_t longest = 0;
  std::size_t run = 0;
  for (char c : flat) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(longest + 1, '`');
  const bool spaced = !flat.empty() && (flat.front() == '`' || flat.back() == '`');
  const std::string pad = spaced ? " " : "";
  return fence + pad + flat + pad + fence;
}

std::string table_row(const std::vector<std::string>& cells) {
  std::string line = "|";
  for (const std::string& cell : cells) line += " " + cell + " |";
  return line + "\n";
}

void write_source(const report& r, std::ostream& out) {
  out << "# jixiao 绩效评分报告\n\n";
  out << "- 版本: jixiao " << md_text(r.version) << "\n";
  out << "- 评分政策: " << md_text(r.policy) << "\n";
  if (r.inputs.empty()) {
    out << "- 输入文件: 无\n";
  } else {
    out << "- 输入文件:\n";
    for (const input_file& input : r.inputs) {
      out << "  - " << md_text(input.role) << " " << md_code(input.path) << " sha256 " << md_code(input.sha256) << "\n";
    }
  }
  if (r.review) out << "- 复核单位: " << md_text(r.review->reviewer) << "\n";
  out << "- 部门: " << md_text(r.department) << "\n";
  out << "- 年度: " << r.year << "\n";
}

void write_project(const project_entry& p, const project_review_entry* review, std::ostream& out) {
  out << "## 项目 " << md_text(p.id) << " " << md_text(p.name) << "\n\n";
  out << "预算 " << format_amount(p.budget) << " 万元\n\n";
  if (review) {
    out << table_row({"指标", "类别", "目标", "实际", "权重", "自评得分", "复核扣分", "复核得分", "状态", "计算", "复核意见"});
    out << table_row({"---", "---", "---", "---", "---:", "---:", "---:", "---:", "---", "---", "---"});
  } else {
    out << table_row({"指标", "类别", "目标", "实际", "权重", "得分", "状态", "计算"});
    out << table_row({"---", "---", "---", "---", "---:", "---:", "---", "---"});
  }
  bool any_inferred = false;
  const int places = score_places(p.policy);
  for (std::size_t k = 0; k < p.indicators.size(); ++k) {
    const indicator_entry& i = p.indicators[k];
    any_inferred = any_inferred || i.category_inferred;
    std::vector<std::string> cells = {md_text(i.name), md_text(category_text(i)), md_text(i.target),
                                      i.actual.empty() ? missing_mark : md_text(i.actual), format_weight(i.weight, score_places(i.policy)),
                                      format_score(i.score, places), status_text(i), md_text(i.explain())};
    if (review) {
      const review_line& line = review->indicators[k];
      const bool scored = i.status != rules::indicator_status::not_applicable;
      cells.insert(cells.begin() + 6, {line.deducted ? rules::format_points(line.points, places) : "",
                                       scored ? format_score(line.reviewed, places) : missing_mark});
      cells.push_back(line.deducted ? md_text(line.reason) : "");
    }
    out << table_row(cells);
  }
  if (any_inferred) out << "\n\\* 类别由指标名称推断\n";
  out << "\n";
  out << "- 预算执行: " << (p.spent ? format_amount(*p.spent) : missing_mark) << " / " << format_amount(p.budget)
      << " 万元, 执行率 " << format_rate(p.execution_rate) << ", 得分 " << format_score(p.budget_score, score_places(p.policy)) << " / "
      << format_weight(p.budget_weight, score_places(p.policy));
  out << " (" << md_text(p.budget_explain()) << ")";
  const char* self = review ? "自评" : "";
  out << "\n- " << self << "总分: **" << format_score(p.total, places) << "**";
  out << " (" << md_text(p.total_explain()) << ")";
  if (!p.grade.empty()) out << "\n- " << self << "等级: **" << md_text(p.grade) << "**";
  if (review) {
    if (review->deduction.deducted) {
      out << "\n- 复核扣分: " << rules::format_points(review->deduction.points, places) << " (复核意见: "
          << md_text(review->deduction.reason) << ")";
    }
    out << "\n- 复核后总分: **" << format_score(review->reviewed_total(), places) << "** ("
        << md_text(review->explain(p)) << ")";
    if (!review->reviewed_grade.empty()) out << "\n- 复核后等级: **" << md_text(review->reviewed_grade) << "**";
  }
  out << "\n";
}

void write_summary(const report& r, std::ostream& out) {
  out << "## 汇总\n\n";
  out << table_row({"项目", "数值"});
  out << table_row({"---", "---:"});
  out << table_row({"项目数", std::to_string(r.projects.size())});
  const int places = score_places(r.scoring_policy.get());
  const std::string self = r.review ? "自评 " : "";
  for (const auto& [grade, count] : r.grade_counts) out << table_row({self + md_text(grade), std::to_string(count)});
  if (r.review) {
    for (const auto& [grade, count] : r.review->grade_counts) out << table_row({"复核后 " + md_text(grade), std::to_string(count)});
  }
  out << table_row({(r.review ? "自评" : "") + std::string("预算加权平均分"), format_score(r.mean, places)});
  if (r.review) out << table_row({"复核后预算加权平均分", format_score(r.review->mean, places)});
  out << table_row({"预算合计 (万元)", format_amount(r.budget_total)});
}

void write_findings(const report& r, std::ostream& out) {
  out << "## 发现\n\n";
  if (r.findings.empty()) {
    out << "无\n";
    return;
  }
  out << severity_counts(r.findings) << ".\n\n";
  for (const finding_entry& f : r.findings) {
    std::string line = std::string("- \\[") + severity_name(f.level) + "\\]";
    const std::string location = finding_location(f);
    const std::string subject = finding_subject(f);
    if (!location.empty()) line += " " + md_code(location) + ":";
    if (!subject.empty()) line += " " + md_text(subject) + ":";
    if (!f.kind.empty()) line += " " + md_code(f.kind) + ":";
    if (f.message.empty()) {
      if (line.back() == ':') line.pop_back();
    } else {
      line += " " + md_text(f.message);
    }
    out << line << "\n";
  }
}

}  // namespace

void write_markdown(const report& r, std::ostream& out) {
  write_source(r, out);
  for (std::size_t k = 0; k < r.projects.size(); ++k) {
    out << "\n";
    write_project(r.projects[k], r.review ? &r.review->projects[k] : nullptr, out);
  }
  out << "\n";
  write_summary(r, out);
  out << "\n";
  write_findings(r, out);
}

}  // namespace jixiao::engine
