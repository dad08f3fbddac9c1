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
    if (error != LXW_NO_ERROR) throw output_error(path_ + ": cannot write the workbook: " + what + ": " + lxw_strerror(error));
  }

 private:
  const std::string& path_;
};

// Text cut to what an input message holds.
std::string message_text(const std::string& text) {
  if (grammar::code_point_count(text) <= message_limit) return text;
  std::string out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size() && count < message_limit - 1; ++count) {
    std::size_t n = 1;
    while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
    out.append(text, i, n);
    i += n;
  }
  return out + "…";
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
    check(worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), names[c], f.header), "header");
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
  std::string title;
  std::string message = "年度指标值：" + indicator.target_text + "\n";
  lxw_data_validation v{};
  v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;  // a value outside the check is asked about, not refused
  v.error_title = const_cast<char*>("请核对");
  switch (rule.kind) {
    case rules::rule_kind::qualitative:
      title = "定性指标";
      message += "请从下拉列表选择等级；与目标表述相同（如“" + rule.phrase.value_or("有效提升") +
                 "”）视为达成；不适用时请在偏差原因中说明。";
      v.validate = LXW_VALIDATION_TYPE_LIST;
      v.value_list = const_cast<char**>(list.data());
      v.error_message = const_cast<char*>("定性指标一般填写等级：达成、部分达成、未达成、不适用或好、较好、一般、较差、差。");
      break;
    case rules::rule_kind::deferred:
      title = "年初未确定目标值";
      message += "填写实际数，并在“年中确定值”填写年度中确定的目标数；或从下拉列表选择等级。";
      v.validate = LXW_VALIDATION_TYPE_LIST;
      v.value_list = const_cast<char**>(list.data());
      v.error_message = const_cast<char*>("填写实际数（并填写年中确定值），或选择等级。");
      break;
    case rules::rule_kind::deadline:
      title = "时效指标";
      message += "请填写实际完成日期，如 2023-11-30；不适用时填“不适用”。";
      v.validate = LXW_VALIDATION_TYPE_DATE;
      v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      v.minimum_datetime = {1900, 1, 1, 0, 0, 0};
      v.maximum_datetime = {2200, 12, 31, 0, 0, 0};
      v.error_message = const_cast<char*>("时效指标请填写日期，如 2023-11-30。");
      break;
    case rules::rule_kind::quantitative:
      title = "定量指标";
      message += "计量单位：" + rule.unit.value_or("（无）") + "\n填写实际完成数，可带单位，如 " +
                 (rule.unit == std::string("%") ? std::string("99%") : "5" + rule.unit.value_or("")) + "。";
      v.validate = LXW_VALIDATION_TYPE_ANY;
      break;
  }
  const std::string shown = message_text(message);
  v.input_title = const_cast<char*>(title.c_str());
  v.input_message = const_cast<char*>(shown.c_str());
  check(worksheet_data_validation_cell(sheet, row, column, &v), "data validation");
}

void write_guide(lxw_workbook* book, const target_table& targets, const formats& f, const error_check& check) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, layout::guide_sheet);
  set_columns(sheet, {18, 70, 30}, check);
  std::string title = "项目支出绩效自评 实际完成值填报表";
  if (!targets.department.empty()) title = targets.department + " " + title;
  check(worksheet_write_string(sheet, 0, 0, title.c_str(), f.title), "title");
  check(worksheet_write_string(sheet, 1, 0, layout::year_label, f.guide_label), "year");
  if (targets.year) {
    check(worksheet_write_number(sheet, 1, 1, targets.year, f.guide), "year");
  } else {
    check(worksheet_write_blank(sheet, 1, 1, f.input), "year");
  }
  const std::vector<std::array<const char*, 3>> rows = {{
      {"说明", "示例", ""},
      {"填写范围", "只填白色单元格。灰色单元格是年初绩效目标（项目、指标、年度指标值、预算数），已锁定。工作表已保护但未设密码：如需调整，可在“审阅 → 撤销工作表保护”中解除。", ""},
      {"必填项", "「实际完成值」表每个指标一行，“实际完成值”列必填；「预算执行」表每个项目一行，“全年执行数（万元）”列必填。仍为空的必填单元格显示为黄色；留空的指标按“缺失”计 0 分。", ""},
      {"数值", "定量指标填写实际完成数，可带单位或千分位。", "5；3,000人次；5.2万株"},
      {"百分比", "百分比指标写成 99%，或在百分比格式的单元格中填写（显示为 99% 即为 99%）。只写 0.99 无法判断含义，会被列为问题。", "99%"},
      {"等级（定性指标）", "从下拉列表选择：达成 / 部分达成 / 未达成，或五级评价 好 / 较好 / 一般 / 较差 / 差。与年度指标值相同的表述（如“有效提升”）视为达成。", "达成"},
      {"档内得分比例", "选填。定性指标在所选等级档内的得分比例（0–1）：达成 0.8–1，部分达成 0.6–0.8（不含 0.8），未达成 0–0.6（不含 0.6）。不填时取该档默认值。", "部分达成，0.75"},
      {"不适用", "本年度不适用的指标填“不适用”，并在“偏差原因分析及改进措施”中说明理由。该指标不计分，其权重不计入分母。", "不适用"},
      {"时效指标", "填写实际完成日期。", "2023-11-30"},
      {"年中确定值", "年初未确定目标值的指标（如“根据实际情况举行”）：在“年中确定值”填写年度中确定的目标数，在“实际完成值”填写实际数；不填年中确定值时按等级评分。", "年中确定值 4，实际完成值 3"},
      {"偏差原因分析及改进措施", "未完成目标、超额完成或不适用时，说明原因及改进措施。", "采购延期至次年"},
      {"超额原因", "超额完成是因为年初目标设定偏低时，选择“目标值设定偏低”：按偏离程度扣分。", "目标值设定偏低"},
      {"预算执行", "金额单位为万元。年中调整过预算的，在“调整后预算数（万元）”填写调整后的全年预算数，否则留空。", "23.6"},
      {"读回评分", "jixiao score 目标表.yaml 实际完成值.xlsx；有误的单元格会以“工作表!单元格”指出，如 实际完成值!F17。", ""},
  }};
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const auto row = static_cast<lxw_row_t>(k + 3);
    lxw_format* label = k == 0 ? f.header : f.guide_label;
    lxw_format* text = k == 0 ? f.header : f.guide;
    check(worksheet_write_string(sheet, row, 0, k == 0 ? "项目" : rows[k][0], label), "guide");
    check(worksheet_write_string(sheet, row, 1, k == 0 ? rows[k][0] : rows[k][1], text), "guide");
    check(worksheet_write_string(sheet, row, 2, k == 0 ? rows[k][1] : rows[k][2], text), "guide");
    worksheet_set_row(sheet, row, row_height({{rows[k][0], 18}, {rows[k][1], 70}, {rows[k][2], 30}}), nullptr);
  }
  print_setup(sheet, false);
  protect(sheet);
}

void write_indicators(lxw_workbook* book, const target_table& targets, const formats& f, const error_check& check) {
  namespace l = layout;
  lxw_worksheet* sheet = workbook_add_worksheet(book, l::indicator_sheet);
  set_columns(sheet, {9, 24, 26, 13, 22, 16, 36, 11, 11, 15}, check);
  write_header(sheet, {l::project_id, l::project_name, l::indicator_name, l::category, l::target, l::actual, l::note,
                       l::planned, l::ratio, l::cause},
               f, check);
  const char* const causes[] = {l::target_too_low, nullptr};
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
        v.input_title = const_cast<char*>("年中确定值");
        v.input_message = const_cast<char*>("年度中确定的目标数（0 或以上）；未确定时留空，按等级评分。");
        check(worksheet_data_validation_cell(sheet, row, 7, &v), "data validation");
      }
      if (graded) {
        lxw_data_validation v{};
        v.validate = LXW_VALIDATION_TYPE_DECIMAL;
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        v.minimum_number = 0;
        v.maximum_number = 1;
        v.input_title = const_cast<char*>("档内得分比例");
        v.input_message = const_cast<char*>("选填：等级档内的得分比例，0 到 1（如部分达成 0.75）。");
        check(worksheet_data_validation_cell(sheet, row, 8, &v), "data validation");
      }
      if (counted) {
        lxw_data_validation v{};
        v.validate = LXW_VALIDATION_TYPE_LIST;
        v.value_list = const_cast<char**>(causes);
        v.input_title = const_cast<char*>("超额原因");
        v.input_message = const_cast<char*>("选填：超额完成因年初目标设定偏低时选择，按偏离程度扣分。");
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
  lxw_worksheet* sheet = workbook_add_worksheet(book, l::budget_sheet);
  set_columns(sheet, {9, 30, 16, 18, 16}, check);
  write_header(sheet, {l::project_id, l::project_name, l::budget, l::adjusted_budget, l::spent}, f, check);
  lxw_row_t row = 0;
  std::set<std::string> ids;
  for (const project_target& project : targets.projects) {
    if (!ids.insert(project.id).second) continue;
    ++row;
    check(worksheet_write_string(sheet, row, 0, project.id.c_str(), f.locked), "id");
    check(worksheet_write_string(sheet, row, 1, project.name.c_str(), f.locked), "name");
    check(worksheet_write_number(sheet, row, 2, project.budget, f.locked_amount), "budget");
    worksheet_set_row(sheet, row, row_height({{project.name, 30}}), nullptr);
    const std::string budget = "年初预算 " + rules::format_number(project.budget) + " 万元";
    for (const lxw_col_t column : {lxw_col_t{3}, lxw_col_t{4}}) {
      check(worksheet_write_blank(sheet, row, column, f.input_amount), "amount");
      const std::string message =
          budget + (column == 3 ? "；年中调整过预算时填写调整后的全年预算数，否则留空。" : "；填写全年实际支出（万元）。");
      lxw_data_validation v{};
      v.validate = LXW_VALIDATION_TYPE_DECIMAL;
      v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
      v.value_number = 0;
      v.input_title = const_cast<char*>(column == 3 ? "调整后预算数" : "全年执行数");
      v.input_message = const_cast<char*>(message.c_str());
      v.error_title = const_cast<char*>("请填写金额");
      v.error_message = const_cast<char*>("请填写 0 或以上的金额（万元）。");
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
  if (book == nullptr) throw output_error(path + ": cannot write the workbook");
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

void write_collection_xlsx(const target_table& targets, const std::string& path) {
  write_file_atomically_with(path, [&](const std::string& temp) { write_workbook(targets, temp, path); });
}

}  // namespace jixiao::engine
