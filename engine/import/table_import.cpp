#include "engine/import/table_import.hpp"

#include <array>
#include <cctype>

#include "engine/io/input_error.hpp"
#include "engine/yaml/yaml_document.hpp"
#include "engine/yaml/yaml_scalar.hpp"
#include "grammar/text/text.hpp"
#include "rules/policy.hpp"
#include "rules/rule.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace {

enum column : std::size_t { id, name, overview, budget, goal, indicator, operator_, unit, value, column_count };

const std::array<const char*, column_count> column_names = {"序号",   "项目名称", "项目概况", "本年预算金额", "年度绩效目标",
                                                            "指标名称", "运算符",   "单位",     "年度目标值"};
const std::array<bool, column_count> required = {true, true, false, true, false, true, false, false, true};

bool is_space(wchar_t c) { return c == L' ' || c == L'\t' || c == L'\r' || c == L'\n' || c == 0x3000 || c == 0xA0; }

std::wstring wide(const std::string& text) { return grammar::decode_utf8(text).value_or(std::wstring()); }

std::string trim(const std::string& text) {
  std::wstring s = wide(text);
  std::size_t begin = 0;
  std::size_t end = s.size();
  while (begin < end && is_space(s[begin])) ++begin;
  while (end > begin && is_space(s[end - 1])) --end;
  return grammar::encode_utf8(std::wstring_view(s).substr(begin, end - begin));
}

bool ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// A cell on one line: its lines trimmed and joined with nothing (Chinese text wraps
// anywhere), or with one space between two ASCII letters or digits.
std::string one_line(const std::string& cell) {
  std::string out;
  std::size_t start = 0;
  while (start <= cell.size()) {
    std::size_t end = cell.find('\n', start);
    if (end == std::string::npos) end = cell.size();
    const std::string part = trim(cell.substr(start, end - start));
    if (!part.empty()) {
      if (!out.empty() && ascii_alnum(out.back()) && ascii_alnum(part.front())) out += ' ';
      out += part;
    }
    start = end + 1;
  }
  return out;
}

// A header cell as a column name, and its parenthesised remark: "本年预算金额（万元）"
// -> {"本年预算金额", "万元"}. White space is dropped, full-width brackets folded.
std::pair<std::string, std::string> header_name(const std::string& cell) {
  std::wstring s;
  for (wchar_t c : wide(cell)) {
    if (is_space(c)) continue;
    s += c == L'（' ? L'(' : c == L'）' ? L')' : c;
  }
  std::wstring remark;
  if (!s.empty() && s.back() == L')') {
    const std::size_t open = s.rfind(L'(');
    if (open != std::wstring::npos && open > 0) {
      remark = s.substr(open + 1, s.size() - open - 2);
      s.erase(open);
    }
  }
  return {grammar::encode_utf8(s), grammar::encode_utf8(remark)};
}

struct layout {
  std::size_t header_row = 0;
  std::array<std::optional<std::size_t>, column_count> at;  // field index of each column
};

const std::string& cell_at(const cell_table& table, std::size_t row, std::size_t field) {
  static const std::string blank;
  return field < table.rows[row].size() ? table.rows[row][field] : blank;
}

cell_position position_of(const cell_table& table, std::size_t row, std::size_t field) {
  if (field < table.positions[row].size()) return table.positions[row][field];
  const cell_position first = table.positions[row].empty() ? cell_position{} : table.positions[row].front();
  return {first.line, static_cast<int>(field) + 1};
}

std::string expected_columns() {
  std::string out;
  for (const char* name : column_names) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

// The header: the first row naming at least two of the columns (title rows above it are skipped).
layout find_layout(const cell_table& table) {
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    layout found;
    found.header_row = r;
    std::size_t known = 0;
    for (std::size_t f = 0; f < table.rows[r].size(); ++f) {
      const auto [heading, remark] = header_name(table.rows[r][f]);
      for (std::size_t c = 0; c < column_count; ++c) {
        if (heading != column_names[c]) continue;
        const cell_position at = position_of(table, r, f);
        if (found.at[c]) {
          throw input_error(table.path, at.line, at.column, column_names[c],
                            text::message(N_("the column appears twice (fields {1} and {2})"), std::to_string(*found.at[c] + 1),
                                          std::to_string(f + 1)));
        }
        if (c == budget && remark == "元") {
          throw input_error(table.path, at.line, at.column, column_names[c],
                            text::message(N_("the budget is in {1}; give it in {2}, as the targets file keeps it"), "元", "万元"));
        }
        found.at[c] = f;
        ++known;
      }
    }
    if (known < 2) continue;
    for (std::size_t c = 0; c < column_count; ++c) {
      if (found.at[c] || !required[c]) continue;
      const cell_position at = position_of(table, r, 0);
      throw input_error(table.path, at.line, at.column, "",
                        text::message(N_("no column {1} in the header row (the columns are {2})"), column_names[c], expected_columns()));
    }
    return found;
  }
  throw input_error(table.path, table.rows.empty() ? 0 : position_of(table, 0, 0).line, 0, "",
                    text::message(N_("no header row: expected the columns {1}"), expected_columns()));
}

struct imported_indicator {
  std::string name;
  std::string target;
};

struct imported_project {
  std::array<std::string, goal + 1> cells;  // id, name, overview, budget, goal as read
  std::string budget_number;
  std::vector<imported_indicator> indicators;
};

// A budget in 万元: full-width digits folded, thousands separators removed.
std::string read_budget(const cell_table& table, std::size_t row, std::size_t field, const std::string& text) {
  const cell_position at = position_of(table, row, field);
  std::string s = grammar::encode_utf8(grammar::fold_width(wide(text)));
  const bool grouped = s.find(',') != std::string::npos && s.find(',') > 0 && s.find(',') <= 3;
  if (grouped) {
    std::string digits;
    const std::size_t point = s.find('.') == std::string::npos ? s.size() : s.find('.');
    bool ok = std::isdigit(static_cast<unsigned char>(s[0])) != 0;
    for (std::size_t i = 0; i < point && ok; ++i) {
      const bool comma_place = (point - i) % 4 == 0;
      ok = comma_place ? s[i] == ',' : std::isdigit(static_cast<unsigned char>(s[i])) != 0;
    }
    for (char c : s) {
      if (c != ',') digits += c;
    }
    if (ok) s = digits;
  }
  const auto number = plain_number(s);
  if (!number) {
    throw input_error(table.path, at.line, at.column, column_names[budget],
                      text.empty() ? text::message(N_("expected a number ({1}), found nothing"), "万元")
                                   : text::message(N_("expected a number ({1}), found '{2}'"), "万元", text));
  }
  if (*number < 0) {
    throw input_error(table.path, at.line, at.column, column_names[budget],
                      text::message(N_("expected a number of 0 or more, found '{1}'"), text));
  }
  return s;
}

// Checks that the joined target parses; an error names the cell it falls in.
void check_target(const cell_table& table, std::size_t row, const layout& columns, const std::string& target,
                  const std::vector<std::pair<std::size_t, std::size_t>>& parts, const import_options& options) {
  static const rules::scoring_policy policy;
  const auto result = rules::compile_target(target, policy.synonyms, options.year);
  if (result.rule) return;
  const grammar::syntax_error& error = *result.error;
  std::size_t c = parts.front().first;
  for (const auto& [which, start] : parts) {
    if (error.column - 1 >= start) c = which;
  }
  const cell_position at = position_of(table, row, *columns.at[c]);
  throw input_error(table.path, at.line, at.column, column_names[c],
                    text::message(N_("{1} (column {2} of the target '{3}')\n{4}"), error.message,
                                  std::to_string(error.column), target, grammar::caret_lines(target, error.column - 1, " | ")));
}

std::vector<imported_project> read_projects(const cell_table& table, const layout& columns,
                                            const import_options& options) {
  std::vector<imported_project> projects;
  for (std::size_t r = columns.header_row + 1; r < table.rows.size(); ++r) {
    std::array<std::string, column_count> cells;
    bool blank = true;
    for (std::size_t c = 0; c < column_count; ++c) {
      if (!columns.at[c]) continue;
      const std::string& raw = cell_at(table, r, *columns.at[c]);
      cells[c] = c == overview || c == goal ? trim(raw) : one_line(raw);
      blank = blank && cells[c].empty();
    }
    if (blank) continue;
    const auto fail = [&](std::size_t c, text::message message) {
      const cell_position at = position_of(table, r, *columns.at[c]);
      throw input_error(table.path, at.line, at.column, column_names[c], std::move(message));
    };

    // A project's own cells: given on its first row, blank (or repeated) on the next.
    imported_project* current = projects.empty() ? nullptr : &projects.back();
    bool repeats = current != nullptr;
    for (std::size_t c = id; c <= goal && repeats; ++c) repeats = cells[c].empty() || cells[c] == current->cells[c];
    if (!cells[id].empty() && !(repeats && cells[id] == current->cells[id])) {
      imported_project project;
      for (std::size_t c = id; c <= goal; ++c) project.cells[c] = cells[c];
      if (cells[name].empty()) fail(name, text::message(N_("a project ({1} {2}) with no {3}"), column_names[id], cells[id], column_names[name]));
      project.budget_number = read_budget(table, r, *columns.at[budget], cells[budget]);
      projects.push_back(std::move(project));
      current = &projects.back();
    } else if (!repeats) {
      for (std::size_t c = name; c <= goal; ++c) {
        if (!cells[c].empty() && (!current || cells[c] != current->cells[c])) {
          fail(c, text::message(N_("{1} on a row with no {2}: a project's own cells go on its first row, with its {2}"),
                                column_names[c], column_names[id]));
        }
      }
    }

    const bool has_target = !cells[operator_].empty() || !cells[unit].empty() || !cells[value].empty();
    if (cells[indicator].empty()) {
      if (has_target) fail(indicator, text::message(N_("a target with no {1}"), column_names[indicator]));
      continue;
    }
    if (!current) fail(indicator, text::message(N_("an indicator with no project: no row above it gives a {1} and a {2}"), column_names[id],
                                         column_names[name]));
    if (!has_target) fail(value, text::message(N_("the indicator '{1}' has no target: {2}, {3} and {4} are blank"), cells[indicator],
                                        column_names[operator_], column_names[unit], column_names[value]));
    imported_indicator item{cells[indicator], ""};
    std::vector<std::pair<std::size_t, std::size_t>> parts;  // column, code point where it starts
    for (std::size_t c : {operator_, unit, value}) {
      if (cells[c].empty()) continue;
      if (!item.target.empty()) item.target += ' ';
      parts.emplace_back(c, grammar::code_point_count(item.target));
      item.target += cells[c];
    }
    check_target(table, r, columns, item.target, parts, options);
    current->indicators.push_back(std::move(item));
  }
  return projects;
}

std::string targets_yaml(const std::vector<imported_project>& projects, const import_options& options) {
  std::string out = "department: " + yaml_scalar(options.department) + "\n";
  if (options.year) out += "year: " + std::to_string(*options.year) + "\n";
  out += "projects:\n";
  for (std::size_t p = 0; p < projects.size(); ++p) {
    const imported_project& project = projects[p];
    if (p > 0) out += "\n";
    out += "  - id: " + yaml_quoted(project.cells[id]) + "\n";
    out += "    name: " + yaml_scalar(project.cells[name]) + "\n";
    out += "    budget: " + project.budget_number + "\n";
    if (!project.cells[overview].empty()) out += "    overview: " + yaml_scalar(project.cells[overview]) + "\n";
    if (!project.cells[goal].empty()) out += "    goal: " + yaml_scalar(project.cells[goal]) + "\n";
    if (project.indicators.empty()) {
      out += "    indicators: []\n";
      continue;
    }
    out += "    indicators:\n";
    for (const auto& item : project.indicators) {
      out += "      - name: " + yaml_scalar(item.name) + "\n";
      out += "        target: " + yaml_quoted(item.target) + "\n";
    }
  }
  return out;
}

}  // namespace

std::string import_targets(const cell_table& table, const import_options& options) {
  const layout columns = find_layout(table);
  const std::vector<imported_project> projects = read_projects(table, columns, options);
  if (projects.empty()) {
    // Found by fuzzing: "projects:" with nothing under it is not a targets file.
    const cell_position at = position_of(table, columns.header_row, 0);
    throw input_error(table.path, at.line, 0, "", text::message(N_("no projects: no row under the header gives a {1} and a {2}"), column_names[id], column_names[name]));
  }
  return targets_yaml(projects, options);
}

}  // namespace jixiao::engine
