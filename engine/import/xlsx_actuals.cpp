#include "engine/import/xlsx_actuals.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

#include "engine/import/collection_layout.hpp"
#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "grammar/text/spellcheck.hpp"
#include "engine/import/xlsx_import.hpp"
#include "engine/import/xlsx_reader.hpp"
#include "engine/yaml/yaml_document.hpp"
#include "grammar/text/language.hpp"
#include "grammar/text/text.hpp"
#include "rules/rounding.hpp"

namespace jixiao::engine {

namespace {

namespace layout = collection;

constexpr int header_search_rows = 20;  // the header is the first row; a title or two above it is allowed
constexpr std::uint64_t part_size_factor = 8;  // a sheet's XML may unpack to 8 times the file size limit

std::string trimmed(const std::string& text) {
  static const char* const space = " \t\r\n";
  std::size_t begin = text.find_first_not_of(space);
  if (begin == std::string::npos) return {};
  std::size_t end = text.find_last_not_of(space) + 1;
  // An ideographic space (U+3000) at either end, as Chinese input methods type it.
  static const std::string wide = "\xE3\x80\x80";
  while (text.compare(begin, wide.size(), wide) == 0 && begin + wide.size() <= end) begin += wide.size();
  while (end >= begin + wide.size() && text.compare(end - wide.size(), wide.size(), wide) == 0) end -= wide.size();
  return text.substr(begin, end - begin);
}

// A header as compared: no spaces, ASCII letters in lower case, no remark in brackets at its
// end ("全年执行数（万元）" -> "全年执行数", "Project ID" -> "projectid").
std::string header_key(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n') continue;
    if (text.compare(i, 3, "\xE3\x80\x80") == 0) {
      i += 2;
      continue;
    }
    out.push_back(text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] - 'A' + 'a') : text[i]);
  }
  for (const auto& [open, close] : {std::pair<std::string, std::string>{"（", "）"}, {"(", ")"}}) {
    if (out.size() > close.size() && out.compare(out.size() - close.size(), close.size(), close) == 0) {
      const auto at = out.rfind(open);
      if (at != std::string::npos && at > 0) return out.substr(0, at);
    }
  }
  return out;
}

// `msgid` of the layout in Chinese, from the catalog, whatever the reader's language.
std::string in_chinese(const char* msgid) { return text::tr_in(text::language::zh, msgid); }

// Whether `cell` holds the layout's text `msgid` in English or in Chinese (compared by header_key).
bool is_layout_text(const std::string& cell, const char* msgid) {
  const std::string key = header_key(cell);
  return key == header_key(msgid) || key == header_key(in_chinese(msgid));
}

// The workbook's sheet named `msgid` in Chinese or in English; null when it has neither. The
// name has static storage: source marks keep it.
const char* find_sheet(const xlsx_workbook& book, const char* msgid) {
  static const std::map<std::string, std::string> chinese = [] {
    std::map<std::string, std::string> out;
    for (const char* sheet : {layout::guide_sheet, layout::indicator_sheet, layout::budget_sheet}) {
      out.emplace(sheet, in_chinese(sheet));
    }
    return out;
  }();
  const auto& names = book.sheet_names();
  const std::string& zh = chinese.at(msgid);
  if (std::find(names.begin(), names.end(), zh) != names.end()) return zh.c_str();
  if (std::find(names.begin(), names.end(), msgid) != names.end()) return msgid;
  return nullptr;
}

// Whether `sheet` (as find_sheet gives it) is named in English: the workbook was made with --lang en.
bool english_sheet(const char* sheet) {
  for (const char* name : {layout::guide_sheet, layout::indicator_sheet, layout::budget_sheet}) {
    if (std::string_view(sheet) == name) return true;
  }
  return false;
}

// One sheet of the workbook with its header found: cells by row and named column.
class sheet_reader {
 public:
  sheet_reader(const std::string& path, xlsx_sheet sheet, const char* name, const input_limits& limits)
      : path_(path), sheet_(std::move(sheet)), name_(name), english_(english_sheet(name)), limits_(limits) {
    for (const xlsx_range& m : sheet_.merged) {
      for (int r = m.first_row; r <= m.last_row; ++r) {
        for (int c = m.first_column; c <= m.last_column; ++c) merged_[{r, c}] = &m;
      }
    }
  }

  [[noreturn]] void fail(int row, int column, text::message message) const {
    throw input_error(path_, cell_place(name_, row + 1, column + 1), std::move(message));
  }

  source_mark mark(int row, int column) const { return {row + 1, column + 1, name_}; }

  const char* name() const { return name_; }

  // A text of the layout (a header, a cause) as this workbook writes it, for messages.
  std::string heading(const char* msgid) const { return english_ ? std::string(msgid) : in_chinese(msgid); }

  // Finds the header row by its first column's text; then every column by its header.
  void find_header(const std::vector<const char*>& required, const std::vector<const char*>& optional) {
    header_row_ = -1;
    for (const xlsx_cell& c : sheet_.cells) {
      if (c.row >= header_search_rows) break;
      if (c.type == xlsx_cell_type::text && is_layout_text(c.text, required.front())) {
        header_row_ = c.row;
        break;
      }
    }
    if (header_row_ < 0) {
      fail(0, 0, text::message(N_("no header row: none of the first {1} rows has a cell '{2}' (the header of the collection "
                                  "workbook)"),
                               std::to_string(header_search_rows), heading(required.front())));
    }
    std::vector<std::string> found;
    for (const xlsx_cell& c : sheet_.cells) {
      if (c.row != header_row_ || c.type != xlsx_cell_type::text || trimmed(c.text).empty()) continue;
      found.push_back(trimmed(c.text));
      for (const auto* list : {&required, &optional}) {
        for (const char* name : *list) {
          if (!is_layout_text(c.text, name)) continue;
          const auto [at, inserted] = columns_.emplace(name, c.column);
          if (!inserted) {
            fail(header_row_, c.column, text::message(N_("a second column '{1}' (the first is {2})"), heading(name),
                                                    cell_place(name_, header_row_ + 1, at->second + 1)));
          }
        }
      }
    }
    for (const char* name : required) {
      if (columns_.count(name)) continue;
      std::string listed;
      for (const std::string& f : found) listed += (listed.empty() ? "" : ", ") + f;
      const text::argument row_has = listed.empty() ? text::message_arg::label(N_("nothing")) : text::argument(listed);
      if (const auto near = nearest_name(header_key(heading(name)), found)) {
        fail(header_row_, 0, text::message(N_("the header row has no column '{1}'; was it renamed '{2}'? (the row has: {3})"), heading(name),
                                           *near, row_has));
      }
      fail(header_row_, 0, text::message(N_("the header row has no column '{1}' (the row has: {2})"), heading(name), row_has));
    }
  }

  std::optional<int> column(const char* name) const {
    const auto found = columns_.find(name);
    return found == columns_.end() ? std::nullopt : std::optional<int>(found->second);
  }

  // The rows under the header that hold a value, in order.
  std::vector<int> data_rows() const {
    std::set<int> rows;
    for (const xlsx_cell& c : sheet_.cells) {
      if (c.row > header_row_) rows.insert(c.row);
    }
    return {rows.begin(), rows.end()};
  }

  // A cell of a column whose merged range stands for every cell it covers (ids, names, notes).
  const xlsx_cell* spread(int row, std::optional<int> column) const {
    if (!column) return nullptr;
    if (const auto m = merged_.find({row, *column}); m != merged_.end() && m->second->first_row > header_row_) {
      return sheet_.at(m->second->first_row, m->second->first_column);
    }
    return sheet_.at(row, *column);
  }

  // A cell of a column that needs one cell per row (values, amounts): a merged range over rows is refused.
  const xlsx_cell* own(int row, std::optional<int> column, const char* header) const {
    if (!column) return nullptr;
    if (const auto m = merged_.find({row, *column}); m != merged_.end() && m->second->last_row > m->second->first_row) {
      const xlsx_range& r = *m->second;
      fail(r.first_row, r.first_column,
           text::message(N_("merged cells {1}:{2} in the column '{3}': each row needs its own value; unmerge them"),
                         cell_place("", r.first_row + 1, r.first_column + 1).substr(1),
                         cell_place("", r.last_row + 1, r.last_column + 1).substr(1), heading(header)));
    }
    return sheet_.at(row, *column);
  }

  // The text of a cell as shown, trimmed; "" for none. A formula with no saved result is an error.
  std::string text(const xlsx_cell* c, const char* header) const {
    if (c == nullptr) return {};
    check_formula(*c, header);
    std::string out = c->type == xlsx_cell_type::number && c->number
                          ? xlsx_number_text(*c->number, c->number_format_id, c->number_format)
                          : trimmed(c->text);
    check_length(*c, out, false);
    return out;
  }

  // A key (项目编号) as given: a number cell without its format (1, not 1.00).
  std::string key(const xlsx_cell* c, const char* header) const {
    if (c && c->type == xlsx_cell_type::number && c->number) {
      check_formula(*c, header);
      return xlsx_number_text(*c->number, 0, "");
    }
    return text(c, header);
  }

  void check_formula(const xlsx_cell& c, const char* header) const {
    if (c.type == xlsx_cell_type::error) {
      if (c.formula.empty()) fail(c.row, c.column, text::message(N_("the cell shows the error {1}: expected a value for '{2}'"), c.text, heading(header)));
      fail(c.row, c.column,
           text::message(N_("the cell shows the error {1} of its formula ={2}: expected a value for '{3}'"), c.text, c.formula, heading(header)));
    }
    if (!c.formula.empty() && c.type == xlsx_cell_type::text && c.text.empty()) {
      fail(c.row, c.column, text::message(N_("a formula (={1}) with no saved result: open the workbook in Excel or WPS and save it, "
                                       "or type the value"),
                                       c.formula));
    }
  }

  // A text within --max-text-length, or an actual value within --max-expression-length.
  void check_length(const xlsx_cell& c, const std::string& text, bool expression) const {
    const std::size_t limit = expression ? limits_.max_expression_length : limits_.text_limit();
    if (text.size() <= limit) return;
    const std::size_t length = grammar::code_point_count(text);
    if (length <= limit) return;
    if (expression) {
      fail(c.row, c.column,
           text::message(N_("the value is {1} characters long, over the limit of {2} (raise it with --max-expression-length)"),
                         format_count(length), format_count(limit)));
    }
    fail(c.row, c.column, text::message(N_("a text of {1} characters, over the limit of {2} (raise it with --max-text-length)"),
                                     format_count(length), format_count(limit)));
  }

  // A number of 0 or more: a number cell, or text holding a plain number.
  std::optional<double> amount(const xlsx_cell* c, const char* header) const {
    if (c == nullptr) return std::nullopt;
    check_formula(*c, header);
    std::optional<double> value;
    if (c->type == xlsx_cell_type::number) value = c->number;
    if (c->type == xlsx_cell_type::text) {
      const std::string t = trimmed(c->text);
      if (t.empty()) return std::nullopt;
      value = plain_number(t);
    }
    const std::string shown = c->type == xlsx_cell_type::number ? xlsx_number_text(*c->number, 0, "") : trimmed(c->text);
    if (!value) fail(c->row, c->column, text::message(N_("'{1}': expected a number, found '{2}'"), heading(header), shown));
    if (!std::isfinite(*value) || std::fabs(*value) > 1e12) {
      fail(c->row, c->column, text::message(N_("'{1}': expected a finite number in range, found '{2}'"), heading(header), shown));
    }
    if (*value < 0) fail(c->row, c->column, text::message(N_("'{1}': expected a number of 0 or more, found '{2}'"), heading(header), shown));
    return value;
  }

  const xlsx_sheet& sheet() const { return sheet_; }

 private:
  const std::string& path_;
  xlsx_sheet sheet_;
  const char* name_;
  bool english_;
  const input_limits& limits_;
  int header_row_ = -1;
  std::map<std::string, int> columns_;
  std::map<std::pair<int, int>, const xlsx_range*> merged_;
};

// An actual from its cell, read as the YAML loader reads a scalar.
rules::actual_value read_value(const sheet_reader& sheet, const xlsx_cell& c, const rules::scoring_policy& policy) {
  sheet.check_formula(c, layout::actual);
  if (c.type == xlsx_cell_type::boolean) {
    sheet.fail(c.row, c.column, text::message(N_("expected a number, a percentage or a grade, found {1}"), c.text));
  }
  std::string text;
  if (c.type == xlsx_cell_type::number && c.number) {
    text = xlsx_number_text(*c.number, c.number_format_id, c.number_format);
    if (*c.number < 0) sheet.fail(c.row, c.column, text::message(N_("a negative actual is not allowed, found {1}"), text));
    const std::string plain = xlsx_number_text(*c.number, 0, "");
    if (text == plain) return rules::numeric_actual(*c.number, text);  // neither percent nor date: the number
  } else {
    text = trimmed(c.text);
    if (const auto number = plain_number(text)) {
      if (*number < 0) sheet.fail(c.row, c.column, text::message(N_("a negative actual is not allowed, found {1}"), text));
      sheet.check_length(c, text, true);
      return rules::numeric_actual(*number, text);
    }
  }
  sheet.check_length(c, text, true);
  auto result = rules::read_actual(text, policy.synonyms);
  if (!result.value) {
    const auto& error = *result.error;
    sheet.fail(c.row, c.column,
               text::message(N_("expected a number, a percentage or a grade: {1} (column {2} of the value)\n{3}"),
                             error.message, std::to_string(error.column),
                             grammar::caret_lines(text, error.column - 1, " | ")));
  }
  return std::move(*result.value);
}

// The year from the guide sheet's 填报年度 row, when there is one.
std::optional<int> read_year(const std::string& path, const xlsx_workbook& book, const input_limits& limits) {
  const char* guide_name = find_sheet(book, layout::guide_sheet);
  if (guide_name == nullptr) return std::nullopt;
  const sheet_reader guide(path, book.sheet(std::string(guide_name)), guide_name, limits);
  const xlsx_sheet& sheet = guide.sheet();
  for (const xlsx_cell& c : sheet.cells) {
    if (c.type != xlsx_cell_type::text || !is_layout_text(c.text, layout::year_label)) continue;
    const xlsx_cell* value = sheet.at(c.row, c.column + 1);
    const auto year = guide.amount(value, layout::year_label);
    if (!year) return std::nullopt;
    if (*year != std::floor(*year) || *year < 1900 || *year > 2200) {
      guide.fail(c.row, c.column + 1, text::message(N_("expected a whole number from {1} to {2}, found {3}"), "1900", "2200",
                                                  quoted_arg(guide.key(value, layout::year_label))));
    }
    return static_cast<int>(*year);
  }
  return std::nullopt;
}

struct project_index {
  actual_table& table;
  std::unordered_map<std::string, std::size_t> at;
  project_actual& get(const std::string& id, source_mark mark) {
    const auto [found, inserted] = at.emplace(id, table.projects.size());
    if (inserted) {
      table.projects.emplace_back();
      table.projects.back().id = id;
      table.projects.back().mark = mark;
    }
    return table.projects[found->second];
  }
};

void read_indicators(sheet_reader& sheet, const rules::scoring_policy& policy, project_index& projects) {
  namespace l = layout;
  sheet.find_header({l::project_id, l::indicator_name, l::actual},
                    {l::project_name, l::category, l::target, l::note, l::planned, l::ratio, l::cause});
  const auto id_column = sheet.column(l::project_id);
  const auto name_column = sheet.column(l::indicator_name);
  std::map<std::pair<std::string, std::string>, int> seen;  // (project, indicator) -> row
  for (const int row : sheet.data_rows()) {
    const xlsx_cell* id_cell = sheet.spread(row, id_column);
    const xlsx_cell* name_cell = sheet.spread(row, name_column);
    const xlsx_cell* value_cell = sheet.own(row, sheet.column(l::actual), l::actual);
    const xlsx_cell* planned_cell = sheet.own(row, sheet.column(l::planned), l::planned);
    const xlsx_cell* ratio_cell = sheet.own(row, sheet.column(l::ratio), l::ratio);
    const xlsx_cell* cause_cell = sheet.own(row, sheet.column(l::cause), l::cause);
    const std::string id = sheet.key(id_cell, l::project_id);
    const std::string name = sheet.text(name_cell, l::indicator_name);
    const bool has_value = value_cell && !(value_cell->type == xlsx_cell_type::text && value_cell->formula.empty() &&
                                           trimmed(value_cell->text).empty());
    const auto planned = sheet.amount(planned_cell, l::planned);
    const auto ratio = sheet.amount(ratio_cell, l::ratio);
    const std::string cause = sheet.text(cause_cell, l::cause);
    const bool has_input = has_value || planned || ratio || !cause.empty();
    if (id.empty() && name.empty()) {
      if (has_input) sheet.fail(row, *id_column, text::message(N_("a value with no '{1}' and '{2}': which indicator is it for?"),
                                                          sheet.heading(l::project_id), sheet.heading(l::indicator_name)));
      continue;  // blank, or a title or total row
    }
    if (id.empty()) sheet.fail(row, *id_column, text::message(N_("'{1}' is empty: every row names its project"), sheet.heading(l::project_id)));
    if (name.empty()) {
      if (has_input) sheet.fail(row, *name_column, text::message(N_("'{1}' is empty: every row with a value names its indicator"),
                                                          sheet.heading(l::indicator_name)));
      continue;
    }
    const auto [first, inserted] = seen.emplace(std::make_pair(id, name), row);
    if (!inserted) {
      sheet.fail(row, *name_column, text::message(N_("the indicator '{1}' of project {2} is given twice (first in {3})"), name, id,
                                                cell_place(sheet.name(), first->second + 1, *name_column + 1)));
    }
    project_actual& project = projects.get(id, sheet.mark(row, *id_column));
    indicator_actual actual;
    actual.name = name;
    actual.name_mark = sheet.mark(row, *name_column);
    actual.mark = sheet.mark(row, *sheet.column(l::actual));
    if (!has_value) {
      if (planned || ratio || !cause.empty()) {
        sheet.fail(row, *sheet.column(l::actual),
                   text::message(N_("'{1}' is empty, but '{2}' is given: fill in the value"), sheet.heading(l::actual),
                                 sheet.heading(planned ? l::planned : ratio ? l::ratio : l::cause)));
      }
      actual.left_empty = true;
      actual.mark = actual.name_mark;
      project.indicators.push_back(std::move(actual));
      continue;
    }
    actual.value = read_value(sheet, *value_cell, policy);
    if (ratio) {
      if (!actual.value.tier) sheet.fail(row, *sheet.column(l::ratio),
                                         text::message(N_("a ratio goes with a tier: {1}, {2} or {3}"), "达成", "部分达成", "未达成"));
      actual.value.ratio = *ratio;
      text::message error = ratio_outside_tier(*ratio, *actual.value.tier, policy);
      if (!error.empty()) sheet.fail(row, *sheet.column(l::ratio), std::move(error));
    }
    if (planned) {
      if (actual.value.kind != rules::actual_kind::number) {
        sheet.fail(row, *sheet.column(l::planned), text::message(N_("a planned value ({1}) goes with a number as value"), sheet.heading(l::planned)));
      }
      actual.value.planned = *planned;
    }
    if (!cause.empty()) {
      if (!is_layout_text(cause, l::target_too_low) && cause != "target_too_low") {
        sheet.fail(row, *sheet.column(l::cause),
                   text::message(N_("expected {1} (or nothing), found '{2}'"), sheet.heading(l::target_too_low), cause));
      }
      actual.value.cause_target_too_low = true;
    }
    actual.value.note = sheet.text(sheet.spread(row, sheet.column(l::note)), l::note);
    project.indicators.push_back(std::move(actual));
  }
}

void read_budget(sheet_reader& sheet, project_index& projects) {
  namespace l = layout;
  sheet.find_header({l::project_id, l::spent}, {l::project_name, l::budget, l::adjusted_budget});
  const auto id_column = sheet.column(l::project_id);
  std::map<std::string, int> seen;
  for (const int row : sheet.data_rows()) {
    const std::string id = sheet.key(sheet.spread(row, id_column), l::project_id);
    const auto spent = sheet.amount(sheet.own(row, sheet.column(l::spent), l::spent), l::spent);
    const auto adjusted = sheet.amount(sheet.own(row, sheet.column(l::adjusted_budget), l::adjusted_budget), l::adjusted_budget);
    if (id.empty()) {
      if (spent || adjusted) sheet.fail(row, *id_column, text::message(N_("an amount with no '{1}': which project is it for?"), sheet.heading(l::project_id)));
      continue;
    }
    const auto [first, inserted] = seen.emplace(id, row);
    if (!inserted) {
      sheet.fail(row, *id_column, text::message(N_("project {1} is given twice (first in {2})"), id,
                                              cell_place(sheet.name(), first->second + 1, *id_column + 1)));
    }
    project_actual& project = projects.get(id, sheet.mark(row, *id_column));
    project.spent = spent;
    project.budget = adjusted;
    project.spent_mark = sheet.mark(row, *sheet.column(l::spent));
  }
}

// "path: part: why" from the workbook reader -> "part: why", the path going to the error's file.
}  // namespace

actual_table read_xlsx_actuals(const std::string& path, std::string data, const rules::scoring_policy& policy,
                               const input_limits& limits) {
  actual_table table;
  table.path = path;
  try {
    const xlsx_workbook book(path, std::move(data), limits.max_file_size * part_size_factor);
    const auto& names = book.sheet_names();
    for (const char* required : {layout::indicator_sheet, layout::budget_sheet}) {
      if (find_sheet(book, required)) continue;
      const char* other = find_sheet(book, required == layout::budget_sheet ? layout::indicator_sheet : layout::budget_sheet);
      const bool english = other != nullptr && english_sheet(other);  // the missing sheet named as its sibling is
      const auto named = [english](const char* sheet) { return english ? std::string(sheet) : in_chinese(sheet); };
      std::string listed;
      for (const std::string& n : names) listed += (listed.empty() ? "" : ", ") + n;
      throw input_error(path, 0, 0, "",
                        text::message(N_("the workbook has no sheet '{1}' (it has {2}): a collection workbook from `jixiao template "
                                         "--format xlsx` has {3} and {4}"),
                                      named(required), listed, named(layout::indicator_sheet), named(layout::budget_sheet)));
    }
    table.year = read_year(path, book, limits);
    project_index projects{table, {}};
    const char* indicator_sheet = find_sheet(book, layout::indicator_sheet);
    sheet_reader indicators(path, book.sheet(std::string(indicator_sheet)), indicator_sheet, limits);
    read_indicators(indicators, policy, projects);
    const char* budget_sheet = find_sheet(book, layout::budget_sheet);
    sheet_reader budget(path, book.sheet(std::string(budget_sheet)), budget_sheet, limits);
    read_budget(budget, projects);
  } catch (const xlsx_error& e) {
    throw input_error(e.file(), 0, 0, e.field(), e.message());
  }
  return table;
}

}  // namespace jixiao::engine
