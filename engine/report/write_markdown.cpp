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
  out << "- 部门: " << md_text(r.department) << "\n";
  out << "- 年度: " << r.year << "\n";
}

void write_project(const project_entry& p, std::ostream& out) {
  out << "## 项目 " << md_text(p.id) << " " << md_text(p.name) << "\n\n";
  out << "预算 " << format_amount(p.budget) << " 万元\n\n";
  out << table_row({"指标", "类别", "目标", "实际", "权重", "得分", "状态", "计算"});
  out << table_row({"---", "---", "---", "---", "---:", "---:", "---", "---"});
  bool any_inferred = false;
  for (const indicator_entry& i : p.indicators) {
    any_inferred = any_inferred || i.category_inferred;
    out << table_row({md_text(i.name), md_text(category_text(i)), md_text(i.target),
                      i.actual.empty() ? missing_mark : md_text(i.actual), format_score(i.weight),
                      format_score(i.score), rules::status_name(i.status), md_text(i.explain())});
  }
  if (any_inferred) out << "\n\\* 类别由指标名称推断\n";
  out << "\n";
  out << "- 预算执行: " << (p.spent ? format_amount(*p.spent) : missing_mark) << " / " << format_amount(p.budget)
      << " 万元, 执行率 " << format_rate(p.execution_rate) << ", 得分 " << format_score(p.budget_score) << " / "
      << format_score(p.budget_weight);
  out << " (" << md_text(p.budget_explain()) << ")";
  out << "\n- 总分: **" << format_score(p.total) << "**";
  out << " (" << md_text(p.total_explain()) << ")";
  out << "\n- 等级: **" << md_text(p.grade) << "**\n";
}

void write_summary(const report& r, std::ostream& out) {
  out << "## 汇总\n\n";
  out << table_row({"项目", "数值"});
  out << table_row({"---", "---:"});
  out << table_row({"项目数", std::to_string(r.projects.size())});
  for (const auto& [grade, count] : r.grade_counts) out << table_row({md_text(grade), std::to_string(count)});
  out << table_row({"预算加权平均分", format_score(r.mean)});
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
  for (const project_entry& p : r.projects) {
    out << "\n";
    write_project(p, out);
  }
  out << "\n";
  write_summary(r, out);
  out << "\n";
  write_findings(r, out);
}

}  // namespace jixiao::engine
