#include <algorithm>
#include <string>
#include <vector>

#include "engine/report/format_util.hpp"
#include "engine/report/writers.hpp"
#include "grammar/text/text.hpp"

namespace jixiao::engine {

namespace {

constexpr const char* indent = "  ";
constexpr const char* gap = "  ";

struct column {
  std::string title;
  bool right_aligned = false;
};

using row = std::vector<std::string>;

// The line without its trailing spaces, then a newline.
void write_line(std::ostream& out, std::string line) {
  while (!line.empty() && line.back() == ' ') line.pop_back();
  out << line << '\n';
}

// Columns sized to their widest cell in display columns; a rule of '-' under the
// titles when `ruled`. The last column is not padded, so long texts are never cut.
void write_columns(std::ostream& out, const std::vector<column>& columns, const std::vector<row>& rows, bool ruled) {
  std::vector<int> widths(columns.size(), 0);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (ruled) widths[c] = grammar::display_width(columns[c].title);
    for (const row& cells : rows) widths[c] = std::max(widths[c], grammar::display_width(cells[c]));
  }
  const auto cell = [&](const std::string& text, std::size_t c) {
    if (columns[c].right_aligned) return pad_left(text, widths[c]);
    return c + 1 == columns.size() ? text : pad_right(text, widths[c]);
  };
  const auto line = [&](const row& cells) {
    std::string text = indent;
    for (std::size_t c = 0; c < columns.size(); ++c) text += (c == 0 ? "" : gap) + cell(cells[c], c);
    write_line(out, text);
  };
  if (ruled) {
    row titles;
    row rules;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      titles.push_back(columns[c].title);
      rules.emplace_back(static_cast<std::size_t>(widths[c]), '-');
    }
    line(titles);
    line(rules);
  }
  for (const row& cells : rows) line(cells);
}

void write_source(const report& r, std::ostream& out) {
  write_line(out, "jixiao " + one_line(r.version));
  write_line(out, "评分政策: " + one_line(r.policy));
  if (r.inputs.empty()) {
    write_line(out, "输入文件: 无");
  } else {
    write_line(out, "输入文件:");
    std::vector<row> rows;
    for (const input_file& input : r.inputs) {
      rows.push_back({one_line(input.role), one_line(input.path), "sha256=" + one_line(input.sha256)});
    }
    write_columns(out, {{"角色"}, {"路径"}, {"sha256"}}, rows, false);
  }
  write_line(out, "部门: " + one_line(r.department));
  write_line(out, "年度: " + std::to_string(r.year));
}

void write_indicators(const project_entry& p, std::ostream& out) {
  const std::vector<column> columns = {{"指标"},       {"类别"},       {"目标"}, {"实际"},
                                       {"权重", true}, {"得分", true}, {"状态"}, {"计算"}};
  std::vector<row> rows;
  bool any_inferred = false;
  for (const indicator_entry& i : p.indicators) {
    any_inferred = any_inferred || i.category_inferred;
    rows.push_back({one_line(i.name), one_line(category_text(i)), one_line(i.target),
                    i.actual.empty() ? missing_mark : one_line(i.actual), format_score(i.weight),
                    format_score(i.score), rules::status_name(i.status), one_line(i.explain())});
  }
  write_columns(out, columns, rows, true);
  if (any_inferred) write_line(out, std::string(indent) + "* 类别由指标名称推断");
}

void write_project(const project_entry& p, std::ostream& out) {
  write_line(out, "项目 " + one_line(p.id) + " " + one_line(p.name) + "  预算 " + format_amount(p.budget) + " 万元");
  out << '\n';
  write_indicators(p, out);
  out << '\n';
  const std::string spent = p.spent ? format_amount(*p.spent) : missing_mark;
  std::string budget_line = std::string(indent) + "预算执行: " + spent + " / " + format_amount(p.budget) +
                            " 万元, 执行率 " + format_rate(p.execution_rate) + ", 得分 " + format_score(p.budget_score) +
                            " / " + format_score(p.budget_weight);
  budget_line += " (" + one_line(p.budget_explain()) + ")";
  write_line(out, budget_line);
  std::string total_line = std::string(indent) + "总分: " + format_score(p.total);
  total_line += " (" + one_line(p.total_explain()) + ")";
  write_line(out, total_line);
  write_line(out, std::string(indent) + "等级: " + one_line(p.grade));
}

void write_summary(const report& r, std::ostream& out) {
  write_line(out, "汇总");
  write_line(out, std::string(indent) + "项目数: " + std::to_string(r.projects.size()));
  std::string grades;
  for (const auto& [grade, count] : r.grade_counts) {
    grades += (grades.empty() ? "" : "  ") + one_line(grade) + " " + std::to_string(count);
  }
  write_line(out, std::string(indent) + "等级分布: " + grades);
  write_line(out, std::string(indent) + "预算加权平均分: " + format_score(r.mean));
  write_line(out, std::string(indent) + "预算合计: " + format_amount(r.budget_total) + " 万元");
}

void write_findings(const report& r, std::ostream& out) {
  if (r.findings.empty()) {
    write_line(out, "发现: 无");
    return;
  }
  write_line(out, "发现 (" + std::to_string(r.findings.size()) + ": " + severity_counts(r.findings) + "):");
  for (const finding_entry& f : r.findings) write_line(out, std::string(indent) + one_line(finding_text(f)));
}

}  // namespace

void write_table(const report& r, std::ostream& out) {
  write_source(r, out);
  for (const project_entry& p : r.projects) {
    out << '\n';
    write_project(p, out);
  }
  out << '\n';
  write_summary(r, out);
  out << '\n';
  write_findings(r, out);
}

}  // namespace jixiao::engine
