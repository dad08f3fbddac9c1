#include "engine/report/write_collection_xlsx.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "engine/import/collection_layout.hpp"
#include "engine/io/output_file.hpp"
#include "grammar/text/language.hpp"
#include "grammar/text/text.hpp"
#include "rules/rounding.hpp"

namespace jixiao::engine {

namespace {

namespace layout = collection;

constexpr const char* font_name = "宋体";
constexpr double font_size = 11;
constexpr std::uint8_t paper_a4 = 9;
constexpr lxw_color_t target_fill = 0xE7E6E6;  // locked: what the table fixed
constexpr lxw_color_t header_fill = 0xD9E1F2;
constexpr lxw_color_t empty_fill = 0xFFF2CC;   // a required cell still empty
constexpr std::size_t message_limit = 255;     // Excel's longest input message, in characters

// The grades a qualitative actual may take: the three tiers, 不适用, the five levels.
const std::vector<std::string>& grade_words() {
  static const std::vector<std::string> words = {"达成", "部分达成", "未达成", "不适用", "好", "较好", "一般", "较差", "差"};
  return words;
}

struct formats {
  lxw_format* title;
  lxw_format* header;
  lxw_format* locked;         // a target: shaded, locked
  lxw_format* locked_amount;  // a budget: shaded, locked, #,##0.00
  lxw_format* input;          // open
  lxw_format* input_text;     // open, wrapped
  lxw_format* input_date;     // open, yyyy-mm-dd
  lxw_format* input_amount;   // open, #,##0.00
  lxw_format* guide;          // the guide's text, wrapped
  lxw_format* guide_label;
  lxw_format* empty;          // conditional: a required cell still empty
};

lxw_format* base(lxw_workbook* book) {
  lxw_format* f = workbook_add_format(book);
  format_set_font_name(f, font_name);
  format_set_font_size(f, font_size);
  format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border(f, LXW_BORDER_THIN);
  return f;
}

formats make_formats(lxw_workbook* book) {
  formats f{};
  f.title = base(book);
  format_set_border(f.title, LXW_BORDER_NONE);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.header = base(book);
  format_set_bold(f.header);
  format_set_bg_color(f.header, header_fill);
  format_set_align(f.header, LXW_ALIGN_CENTER);
  format_set_text_wrap(f.header);
  f.locked = base(book);
  format_set_bg_color(f.locked, target_fill);
  format_set_text_wrap(f.locked);
  f.locked_amount = base(book);
  format_set_bg_color(f.locked_amount, target_fill);
  format_set_num_format(f.locked_amount, "#,##0.00");
  f.input = base(book);
  format_set_unlocked(f.input);
  f.input_text = base(book);
  format_set_unlocked(f.input_text);
  format_set_text_wrap(f.input_text);
  f.input_date = base(book);
  format_set_unlocked(f.input_date);
  format_set_num_format(f.input_date, "yyyy-mm-dd");
  f.input_amount = base(book);
  format_set_unlocked(f.input_amount);
  format_set_num_format(f.input_amount, "#,##0.00");
  f.guide = base(book);
  format_set_text_wrap(f.guide);
  f.guide_label = base(book);
  format_set_bold(f.guide_label);
  format_set_bg_color(f.guide_label, header_fill);
  format_set_text_wrap(f.guide_label);
  f.empty = workbook_add_format(book);
  format_set_bg_color(f.empty, empty_fill);
  return f;
}

class error_check {
 public:
  explicit error_check(const std::string& path) : path_(path) {}
  void operator()(lxw_error error, const std::string& what) const {
    if (error != LXW_NO_ERROR) {
      throw output_error(text::trf("{1}: cannot write the workbook: {2}", path_, what + ": " + lxw_strerror(error)));
    }
  }

 private:
  const std::string& path_;
};

// Text cut to what an input message holds.
std::string message_text(const std::string& text) {
  if (grammar::code_point_count(text) <= message_limit) return text;
  return text.substr(0, grammar::byte_offset_of(text, message_limit - 1)) + "…";
}

// The height of a row whose wrapped cells hold `texts` in columns of `widths` (Excel's
// character units; a Chinese character takes two): 15 points a line.
double row_height(const std::vector<std::pair<std::string, double>>& cells) {
  int lines = 1;
  for (const auto& [text, width] : cells) {
    int line_count = 0;
    std::size_t start = 0;
    while (start <= text.size()) {  // each paragraph wraps on its own
      const std::size_t end = std::min(text.find('\n', start), text.size());
      const int w = grammar::display_width(std::string_view(text).substr(start, end - start));
      line_count += std::max(1, static_cast<int>((w + width - 3) / (width - 2)));
      start = end + 1;
    }
    lines = std::max(lines, line_count);
  }
  return 15.0 * lines + 3;
}

void print_setup(lxw_worksheet* sheet, bool repeat_header) {
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, paper_a4);
  worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6);
  worksheet_fit_to_pages(sheet, 1, 0);
  worksheet_set_footer(sheet, "&C&A  &P / &N");
  if (repeat_header) worksheet_repeat_rows(sheet, 0, 0);
}

void protect(lxw_worksheet* sheet) {
  lxw_protection options{};
  options.format_columns = 1;  // widen a column, raise a row: allowed
  options.format_rows = 1;
  options.autofilter = 1;
  options.sort = 1;
  worksheet_protect(sheet, nullptr, &options);  // no password: nobody is locked out
}

void set_columns(lxw_worksheet* sheet, const std::vector<double>& widths, const error_check& check) {
  for (std::size_t c = 0; c < widths.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    check(worksheet_set_column(sheet, col, col, widths[c], nullptr), "column width");
  }
}

void write_header(lxw_worksheet* sheet, const std::vector<const char*>& names, const formats& f,
                  const error_check& check) {
  for (std::size_t c = 0; c < names.size(); ++c) {
    check(worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), text::tr(names[c]).c_str(), f.header), "header");
  }
  worksheet_set_row(sheet, 0, 30, nullptr);
  worksheet_freeze_panes(sheet, 1, 3);
}

void mark_empty(lxw_worksheet* sheet, lxw_row_t last_row, lxw_col_t column, const formats& f, const error_check& check) {
  if (last_row < 1) return;
  lxw_conditional_format rule{};
  rule.type = LXW_CONDITIONAL_TYPE_BLANKS;
  rule.format = f.empty;
  check(worksheet_conditional_format_range(sheet, 1, column, last_row, column, &rule), "conditional format");
}

// The input message and check of an indicator's 实际完成值 cell.
void validate_actual(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const indicator_target& indicator,
                     const error_check& check) {
  const rules::rule& rule = *indicator.rule;
  std::vector<const char*> list;
  for (const std::string& w : grade_words()) list.push_back(w.c_str());
  list.push_back(nullptr);
  const std::vector<std::string>& g = grade_words();
  std::string title;
  std::string message = text::trf("Annual target value: {1}", indicator.target_text) + "\n";
  std::string error;
  const std::string error_title = text::tr("Please check");
  lxw_data_validation v{};
  v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;  // a value outside the check is asked about, not refused
  v.error_title = const_cast<char*>(error_title.c_str());
  switch (rule.kind) {
    case rules::rule_kind::qualitative:
      title = text::tr("Qualitative indicator");
      message += text::trf("Choose a grade from the list; the target's own wording (such as \"{1}\") counts as {2}; "
                           "for {3}, give the reason in the column of the deviation.",
                           rule.phrase.value_or("有效提升"), g[0], g[3]);
      v.validate = LXW_VALIDATION_TYPE_LIST;
      v.value_list = const_cast<char**>(list.data());
      error = text::trf("A qualitative indicator usually takes a grade: {1}, {2}, {3}, {4}, or {5}, {6}, {7}, {8}, {9}.",
                        g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8]);
      break;
    case rules::rule_kind::deferred:
      title = text::tr("Deferred target");  // Excel: a title of at most 32 characters
      message += text::trf("Enter the actual number, and under \"{1}\" the target fixed during the year; or choose a "
                           "grade from the list.",
                           text::tr(layout::planned));
      v.validate = LXW_VALIDATION_TYPE_LIST;
      v.value_list = const_cast<char**>(list.data());
      error = text::trf("Enter the actual number (and the {1}), or choose a grade.", text::tr(layout::planned));
      break;
    case rules::rule_kind::deadline:
      title = text::tr("Deadline indicator");
      message += text::trf("Enter the date it was done, such as 2023-11-30; if it does not apply, enter \"{1}\".", g[3]);
      v.validate = LXW_VALIDATION_TYPE_DATE;
      v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      v.minimum_datetime = {1900, 1, 1, 0, 0, 0};
      v.maximum_datetime = {2200, 12, 31, 0, 0, 0};
      error = text::tr("A deadline indicator takes a date, such as 2023-11-30.");
      break;
    case rules::rule_kind::quantitative:
      title = text::tr("Quantitative indicator");
      message += text::trf("Unit: {1}\nEnter the actual number, with or without its unit, such as {2}.",
                           rule.unit ? *rule.unit : text::tr("(none)"),
                           rule.unit == std::string("%") ? std::string("99%") : "5" + rule.unit.value_or(""));
      v.validate = LXW_VALIDATION_TYPE_ANY;
      break;
  }
  if (!error.empty()) v.error_message = const_cast<char*>(error.c_str());
  const std::string shown = message_text(message);
  v.input_title = const_cast<char*>(title.c_str());
  v.input_message = const_cast<char*>(shown.c_str());
  check(worksheet_data_validation_cell(sheet, row, column, &v), "data validation");
}

// The guide's rows: topic, explanation, example; the words in the arguments are the input's own.
std::vector<std::array<std::string, 3>> guide_rows() {
  namespace l = layout;
  const std::vector<std::string>& g = grade_words();
  const std::string amount_unit = text::tr("10,000 yuan");
  return {{
      {text::tr("What to fill in"),
       text::tr("Fill in the white cells only. The grey cells are the targets set at the start of the year (projects, "
                "indicators, annual target values, budgets) and are locked. The sheets are protected without a "
                "password: to change them, use \"Review → Unprotect Sheet\"."),
       ""},
      {text::tr("Required cells"),
       text::trf("The sheet \"{1}\" has a row per indicator; its column \"{2}\" is required. The sheet \"{3}\" has a row "
                 "per project; its column \"{4}\" is required. A required cell still empty shows yellow; an indicator "
                 "left empty counts as missing and scores 0.",
                 text::tr(l::indicator_sheet), text::tr(l::actual), text::tr(l::budget_sheet), text::tr(l::spent)),
       ""},
      {text::tr("Numbers"),
       text::tr("A quantitative indicator takes the actual number, with or without its unit or thousands separators."),
       text::trf("{1}; {2}; {3}", "5", "3,000人次", "5.2万株")},
      {text::tr("Percentages"),
       text::tr("Write a percentage as 99%, or enter it in a cell formatted as a percentage (shown as 99%, it is 99%). "
                "A bare 0.99 is ambiguous and is reported as a finding."),
       "99%"},
      {text::tr("Grades (qualitative indicators)"),
       text::trf("Choose from the list: {1} / {2} / {3}, or the five levels {4} / {5} / {6} / {7} / {8}. The wording of "
                 "the annual target value itself (such as \"{9}\") counts as {1}.",
                 g[0], g[1], g[2], g[4], g[5], g[6], g[7], g[8], "有效提升"),
       g[0]},
      {text::tr(l::ratio),
       text::trf("Optional. The score ratio (0–1) of a qualitative indicator within its grade: {1} 0.8–1, {2} 0.6–0.8 "
                 "(0.8 excluded), {3} 0–0.6 (0.6 excluded). Left empty, the grade's default applies.",
                 g[0], g[1], g[2]),
       text::trf("{1}, ratio {2}", g[1], "0.75")},
      {text::tr("Not applicable"),
       text::trf("For an indicator that does not apply this year, enter \"{1}\" and give the reason under \"{2}\". It is "
                 "not scored, and its weight leaves the denominator.",
                 g[3], text::tr(l::note)),
       g[3]},
      {text::tr("Deadline indicator"), text::tr("Enter the date it was done."), "2023-11-30"},
      {text::tr(l::planned),
       text::trf("An indicator whose target was not fixed at the start of the year (such as \"{1}\"): enter the target "
                 "fixed during the year under \"{2}\" and the actual number under \"{3}\"; without {2}, it is scored by "
                 "grade.",
                 "根据实际情况举行", text::tr(l::planned), text::tr(l::actual)),
       text::trf("{1} 4, {2} 3", text::tr(l::planned), text::tr(l::actual))},
      {text::tr(l::note),
       text::tr("When a target is missed, exceeded or does not apply, give the reason and the improvements."),
       "采购延期至次年"},
      {text::tr(l::cause),
       text::trf("When a target was exceeded because it was set too low at the start of the year, choose \"{1}\": points "
                 "are deducted by the deviation.",
                 text::tr(l::target_too_low)),
       text::tr(l::target_too_low)},
      {text::tr(l::budget_sheet),
       text::trf("Amounts are in {1}. When the budget was adjusted during the year, enter the adjusted annual budget "
                 "under \"{2}\"; otherwise leave it empty.",
                 amount_unit, text::tr(l::adjusted_budget)),
       "23.6"},
      {text::tr("Reading it back"),
       text::trf("jixiao score targets.yaml {1}; a wrong cell is named as \"sheet!cell\", such as {2}!F17.",
                 collection_file_name(), text::tr(l::indicator_sheet)),
       ""},
  }};
}

void write_guide(lxw_workbook* book, const target_table& targets, const formats& f, const error_check& check) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, text::tr(layout::guide_sheet).c_str());
  set_columns(sheet, {18, 70, 30}, check);
  const std::string title =
      targets.department.empty()
          ? text::tr("Project spending performance self-evaluation: actual values to fill in")
          : text::trf("{1}: project spending performance self-evaluation, actual values to fill in", targets.department);
  check(worksheet_write_string(sheet, 0, 0, title.c_str(), f.title), "title");
  check(worksheet_write_string(sheet, 1, 0, text::tr(layout::year_label).c_str(), f.guide_label), "year");
  if (targets.year) {
    check(worksheet_write_number(sheet, 1, 1, targets.year, f.guide), "year");
  } else {
    check(worksheet_write_blank(sheet, 1, 1, f.input), "year");
  }
  std::vector<std::array<std::string, 3>> rows = guide_rows();
  rows.insert(rows.begin(), {text::tr("Topic"), text::tr("Explanation"), text::tr("Example")});
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const auto row = static_cast<lxw_row_t>(k + 3);
    lxw_format* label = k == 0 ? f.header : f.guide_label;
    lxw_format* body = k == 0 ? f.header : f.guide;
    check(worksheet_write_string(sheet, row, 0, rows[k][0].c_str(), label), "guide");
    check(worksheet_write_string(sheet, row, 1, rows[k][1].c_str(), body), "guide");
    check(worksheet_write_string(sheet, row, 2, rows[k][2].c_str(), body), "guide");
    worksheet_set_row(sheet, row, row_height({{rows[k][0], 18}, {rows[k][1], 70}, {rows[k][2], 30}}), nullptr);
  }
  print_setup(sheet, false);
  protect(sheet);
}

void write_indicators(lxw_workbook* book, const target_table& targets, const formats& f, const error_check& check) {
  namespace l = layout;
  lxw_worksheet* sheet = workbook_add_worksheet(book, text::tr(l::indicator_sheet).c_str());
  set_columns(sheet, {9, 24, 26, 13, 22, 16, 36, 11, 11, 15}, check);
  write_header(sheet, {l::project_id, l::project_name, l::indicator_name, l::category, l::target, l::actual, l::note,
                       l::planned, l::ratio, l::cause},
               f, check);
  const std::string too_low = text::tr(l::target_too_low);
  const char* const causes[] = {too_low.c_str(), nullptr};
  const std::string planned_title = text::tr(l::planned);
  const std::string planned_message = text::tr(
      "The target fixed during the year (0 or more); leave it empty when none was fixed: it is scored by grade.");
  const std::string ratio_title = text::tr(l::ratio);
  const std::string ratio_message =
      text::trf("Optional: the score ratio within the grade, 0 to 1 (such as {1} 0.75).", grade_words()[1]);
  const std::string cause_title = text::tr(l::cause);
  const std::string cause_message = text::tr(
      "Optional: choose it when the target was exceeded because it was set too low at the start of the year; points "
      "are deducted by the deviation.");
  lxw_row_t row = 0;
  std::set<std::string> ids;
  for (const project_target& project : targets.projects) {
    if (!ids.insert(project.id).second) continue;
    std::set<std::string> names;
    for (const indicator_target& indicator : project.indicators) {
      if (!names.insert(indicator.name).second) continue;
      ++row;
      const rules::rule_kind kind = indicator.rule->kind;
      const bool graded = kind == rules::rule_kind::qualitative || kind == rules::rule_kind::deferred;
      const bool counted = kind == rules::rule_kind::quantitative || kind == rules::rule_kind::deferred;
      check(worksheet_write_string(sheet, row, 0, project.id.c_str(), f.locked), "id");
      check(worksheet_write_string(sheet, row, 1, project.name.c_str(), f.locked), "name");
      check(worksheet_write_string(sheet, row, 2, indicator.name.c_str(), f.locked), "indicator");
      check(worksheet_write_string(sheet, row, 3, indicator.scored_category.c_str(), f.locked), "category");
      check(worksheet_write_string(sheet, row, 4, indicator.target_text.c_str(), f.locked), "target");
      worksheet_set_row(sheet, row,
                        row_height({{project.name, 24}, {indicator.name, 26}, {indicator.target_text, 22}}), nullptr);
      check(worksheet_write_blank(sheet, row, 5, kind == rules::rule_kind::deadline ? f.input_date : f.input), "actual");
      validate_actual(sheet, row, 5, indicator, check);
      check(worksheet_write_blank(sheet, row, 6, f.input_text), "note");
      check(worksheet_write_blank(sheet, row, 7, kind == rules::rule_kind::deferred ? f.input : f.locked), "planned");
      check(worksheet_write_blank(sheet, row, 8, graded ? f.input : f.locked), "ratio");
      check(worksheet_write_blank(sheet, row, 9, counted ? f.input : f.locked), "cause");
      if (kind == rules::rule_kind::deferred) {
        lxw_data_validation v{};
        v.validate = LXW_VALIDATION_TYPE_DECIMAL;
        v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
        v.value_number = 0;
        v.input_title = const_cast<char*>(planned_title.c_str());
        v.input_message = const_cast<char*>(planned_message.c_str());
        check(worksheet_data_validation_cell(sheet, row, 7, &v), "data validation");
      }
      if (graded) {
        lxw_data_validation v{};
        v.validate = LXW_VALIDATION_TYPE_DECIMAL;
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        v.minimum_number = 0;
        v.maximum_number = 1;
        v.input_title = const_cast<char*>(ratio_title.c_str());
        v.input_message = const_cast<char*>(ratio_message.c_str());
        check(worksheet_data_validation_cell(sheet, row, 8, &v), "data validation");
      }
      if (counted) {
        lxw_data_validation v{};
        v.validate = LXW_VALIDATION_TYPE_LIST;
        v.value_list = const_cast<char**>(causes);
        v.input_title = const_cast<char*>(cause_title.c_str());
        v.input_message = const_cast<char*>(cause_message.c_str());
        check(worksheet_data_validation_cell(sheet, row, 9, &v), "data validation");
      }
    }
  }
  mark_empty(sheet, row, 5, f, check);
  if (row > 0) worksheet_autofilter(sheet, 0, 0, row, 9);
  print_setup(sheet, true);
  protect(sheet);
  worksheet_activate(sheet);
}

void write_budget(lxw_workbook* book, const target_table& targets, const formats& f, const error_check& check) {
  namespace l = layout;
  lxw_worksheet* sheet = workbook_add_worksheet(book, text::tr(l::budget_sheet).c_str());
  set_columns(sheet, {9, 30, 16, 18, 16}, check);
  write_header(sheet, {l::project_id, l::project_name, l::budget, l::adjusted_budget, l::spent}, f, check);
  const std::string amount_unit = text::tr("10,000 yuan");
  const std::string adjusted_title = text::tr("Adjusted budget");
  const std::string spent_title = text::tr("Annual spending");
  const std::string error_title = text::tr("Enter an amount");
  const std::string error_message = text::trf("Enter an amount of 0 or more ({1}).", amount_unit);
  lxw_row_t row = 0;
  std::set<std::string> ids;
  for (const project_target& project : targets.projects) {
    if (!ids.insert(project.id).second) continue;
    ++row;
    check(worksheet_write_string(sheet, row, 0, project.id.c_str(), f.locked), "id");
    check(worksheet_write_string(sheet, row, 1, project.name.c_str(), f.locked), "name");
    check(worksheet_write_number(sheet, row, 2, project.budget, f.locked_amount), "budget");
    worksheet_set_row(sheet, row, row_height({{project.name, 30}}), nullptr);
    const std::string budget = text::trf("Initial budget {1} {2}", rules::format_number(project.budget), amount_unit);
    for (const lxw_col_t column : {lxw_col_t{3}, lxw_col_t{4}}) {
      check(worksheet_write_blank(sheet, row, column, f.input_amount), "amount");
      const std::string message =
          column == 3 ? text::trf("{1}; if the budget was adjusted during the year, enter the adjusted annual budget, "
                                  "else leave it empty.",
                                  budget)
                      : text::trf("{1}; enter the year's actual spending ({2}).", budget, amount_unit);
      lxw_data_validation v{};
      v.validate = LXW_VALIDATION_TYPE_DECIMAL;
      v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
      v.value_number = 0;
      v.input_title = const_cast<char*>(column == 3 ? adjusted_title.c_str() : spent_title.c_str());
      v.input_message = const_cast<char*>(message.c_str());
      v.error_title = const_cast<char*>(error_title.c_str());
      v.error_message = const_cast<char*>(error_message.c_str());
      check(worksheet_data_validation_cell(sheet, row, column, &v), "data validation");
    }
  }
  mark_empty(sheet, row, 4, f, check);
  if (row > 0) worksheet_autofilter(sheet, 0, 0, row, 4);
  print_setup(sheet, true);
  protect(sheet);
}

void write_workbook(const target_table& targets, const std::string& file, const std::string& path) {
  const error_check check(path);
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  lxw_workbook* book = workbook_new_opt(file.c_str(), &options);
  if (book == nullptr) throw output_error(text::trf("{1}: cannot write the workbook", path));
  try {
    const formats f = make_formats(book);
    write_guide(book, targets, f, check);
    write_indicators(book, targets, f, check);
    write_budget(book, targets, f, check);
  } catch (...) {
    workbook_close(book);
    throw;
  }
  check(workbook_close(book), "closing");
}

}  // namespace

std::string collection_file_name() { return text::tr("actuals.xlsx"); }

void write_collection_xlsx(const target_table& targets, const std::string& path) {
  write_file_atomically_with(path, [&](const std::string& temp) { write_workbook(targets, temp, path); });
}

}  // namespace jixiao::engine
