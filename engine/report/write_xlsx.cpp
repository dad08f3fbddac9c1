// The Excel workbook (libxlsxwriter): a summary sheet, one 项目支出绩效自评表 per
// project, and the findings. Figures are written as numbers with two-decimal
// formats; texts are cut to Excel's cell limit; nothing is computed here.
#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/report/format_util.hpp"
#include "engine/report/markup_text.hpp"
#include "engine/io/output_file.hpp"
#include "engine/report/report_view.hpp"
#include "engine/report/writers.hpp"
#include "engine/report/xlsx_names.hpp"
#include "grammar/text/language.hpp"
#include "grammar/text/text.hpp"

namespace jixiao::engine {

namespace {

constexpr const char* font_name = "宋体";  // SimSun: what the official forms use
constexpr double font_size = 11;
constexpr std::uint8_t paper_a4 = 9;
constexpr std::size_t cell_text_limit = 32767;  // Excel's longest cell text, in UTF-16 units
constexpr double line_height = 15;              // points per wrapped line at 11 pt
constexpr double row_padding = 3;

// The grades in the order of the policy, each with its fill and font colour
// (Excel's "good", "neutral" and "bad" cell styles, and a blue for 良).
// The colours of the grades, in rules::grade_names' order (优 良 中 差).
struct grade_style {
  lxw_color_t fill;
  lxw_color_t font;
};
constexpr std::array<grade_style, rules::grade_names.size()> grade_styles = {{
    {0xC6EFCE, 0x006100},
    {0xDDEBF7, 0x1F4E78},
    {0xFFEB9C, 0x9C5700},
    {0xFFC7CE, 0x9C0006},
}};

// One cell (or merged range) waiting to be written: sheets are laid out first,
// then column widths and row heights are sized to what they hold.
struct pending_cell {
  int row = 0;
  int column = 0;
  int last_row = 0;
  int last_column = 0;
  std::optional<std::string> text;
  std::optional<double> number;
  lxw_format* format = nullptr;
  bool wraps = false;
  std::string link;  // internal link target, e.g. "internal:'1 设备购置经费'!A1"
};

// A column's width bounds, in Excel's character units (a Chinese character takes two).
struct column_bounds {
  double least = 6;
  double most = 40;
};

class xlsx_error_raiser {
 public:
  explicit xlsx_error_raiser(std::string path) : path_(std::move(path)) {}
  void check(lxw_error error, const std::string& what) const {
    if (error != LXW_NO_ERROR) raise(what + ": " + lxw_strerror(error));
  }
  [[noreturn]] void raise(const std::string& why) const {
    throw output_error(text::trf("{1}: cannot write the workbook: {2}", path_, why));
  }

 private:
  std::string path_;
};

// A worksheet being laid out.
class sheet_layout {
 public:
  sheet_layout(lxw_worksheet* sheet, std::string name, std::vector<column_bounds> columns)
      : sheet_(sheet), name_(std::move(name)), bounds_(std::move(columns)) {}

  const std::string& name() const { return name_; }
  lxw_worksheet* sheet() const { return sheet_; }

  void text(int row, int column, std::string_view value, lxw_format* format, bool wraps = false) {
    merged_text(row, column, row, column, value, format, wraps);
  }

  void merged_text(int row, int column, int last_row, int last_column, std::string_view value, lxw_format* format,
                   bool wraps = false) {
    pending_cell cell{row, column, last_row, last_column, cut_utf16(value, cell_text_limit), std::nullopt, format, wraps, {}};
    cells_.push_back(std::move(cell));
  }

  void number(int row, int column, double value, lxw_format* format) {
    cells_.push_back({row, column, row, column, std::nullopt, value, format, false, {}});
  }

  // A number, or the missing mark when there is none.
  void number_or_missing(int row, int column, const std::optional<double>& value, lxw_format* number_format,
                         lxw_format* missing_format) {
    if (value) number(row, column, *value, number_format);
    else text(row, column, missing_mark, missing_format);
  }

  void link(int row, int column, const std::string& target, std::string_view shown, lxw_format* format) {
    pending_cell cell{row, column, row, column, std::string(shown), std::nullopt, format, false, target};
    cells_.push_back(std::move(cell));
  }

  // Borders on the empty cells of a range, so a form's grid is whole.
  void blank(int row, int column, lxw_format* format) { merged_text(row, column, row, column, "", format); }

  void fixed_height(int row, double points) { fixed_heights_.push_back({row, points}); }

  // Sizes the columns and wrapped rows, then writes every cell.
  void write(const xlsx_error_raiser& errors) {
    const std::vector<double> widths = column_widths();
    for (std::size_t c = 0; c < widths.size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      errors.check(worksheet_set_column(sheet_, col, col, widths[c], nullptr), "column width");
    }
    std::vector<std::pair<int, double>> heights = fixed_heights_;
    for (const pending_cell& cell : cells_) {
      if (!cell.wraps || !cell.text || cell.row != cell.last_row) continue;
      double width = 0;
      for (int c = cell.column; c <= cell.last_column && c < static_cast<int>(widths.size()); ++c) {
        width += widths[static_cast<std::size_t>(c)];
      }
      const int lines = wrapped_lines(*cell.text, width);
      if (lines > 1) heights.push_back({cell.row, lines * line_height + row_padding});
    }
    std::sort(heights.begin(), heights.end());
    for (std::size_t i = 0; i < heights.size(); ++i) {
      if (i + 1 < heights.size() && heights[i + 1].first == heights[i].first) continue;  // the tallest of a row
      errors.check(worksheet_set_row(sheet_, static_cast<lxw_row_t>(heights[i].first), heights[i].second, nullptr),
                   "row height");
    }
    for (const pending_cell& cell : cells_) write_cell(cell, errors);
  }

 private:
  std::vector<double> column_widths() const {
    std::vector<double> widths;
    for (const column_bounds& b : bounds_) widths.push_back(b.least);
    for (const pending_cell& cell : cells_) {
      if (cell.column != cell.last_column || cell.column >= static_cast<int>(widths.size())) {
        continue;
      }
      double wanted = 0;
      if (cell.number) {
        wanted = static_cast<double>(format_score(*cell.number).size()) + 2;
      } else if (cell.text) {
        for (const std::string& line : lines_of(*cell.text)) {
          wanted = std::max(wanted, static_cast<double>(grammar::display_width(line)) + 2);
        }
      }
      const auto c = static_cast<std::size_t>(cell.column);
      widths[c] = std::max(widths[c], std::min(wanted, bounds_[c].most));
    }
    return widths;
  }

  static std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (;;) {
      const auto end = text.find('\n', start);
      lines.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
      if (end == std::string::npos) return lines;
      start = end + 1;
    }
  }

  // Lines the text takes when wrapped in `width` character units (an estimate from display width).
  static int wrapped_lines(const std::string& text, double width) {
    const double usable = std::max(1.0, width - 1);
    int lines = 0;
    for (const std::string& line : lines_of(text)) {
      lines += std::max(1, static_cast<int>(std::ceil(grammar::display_width(line) / usable)));
    }
    return lines;
  }

  void write_cell(const pending_cell& cell, const xlsx_error_raiser& errors) const {
    const auto row = static_cast<lxw_row_t>(cell.row);
    const auto col = static_cast<lxw_col_t>(cell.column);
    const std::string where = name_ + " " + std::to_string(cell.row + 1) + ":" + std::to_string(cell.column + 1);
    if (cell.row != cell.last_row || cell.column != cell.last_column) {
      errors.check(worksheet_merge_range(sheet_, row, col, static_cast<lxw_row_t>(cell.last_row),
                                         static_cast<lxw_col_t>(cell.last_column), cell.text ? cell.text->c_str() : "",
                                         cell.format),
                   where);
    } else if (!cell.link.empty()) {
      errors.check(worksheet_write_url_opt(sheet_, row, col, cell.link.c_str(), cell.format, cell.text->c_str(), nullptr),
                   where);
    } else if (cell.number) {
      errors.check(worksheet_write_number(sheet_, row, col, *cell.number, cell.format), where);
    } else if (cell.text && !cell.text->empty()) {
      errors.check(worksheet_write_string(sheet_, row, col, cell.text->c_str(), cell.format), where);
    } else {
      errors.check(worksheet_write_blank(sheet_, row, col, cell.format), where);
    }
  }

  lxw_worksheet* sheet_;
  std::string name_;
  std::vector<column_bounds> bounds_;
  std::vector<pending_cell> cells_;
  std::vector<std::pair<int, double>> fixed_heights_;
};

// The formats of the workbook, made once.
struct formats {
  lxw_format* title = nullptr;
  lxw_format* subtitle = nullptr;
  lxw_format* unit = nullptr;      // "单位：万元", right
  lxw_format* heading = nullptr;   // a section label above a block
  lxw_format* label = nullptr;     // grey, bold, centred, bordered
  lxw_format* text = nullptr;      // bordered, wrapped, left
  lxw_format* centre = nullptr;    // bordered, centred
  lxw_format* score = nullptr;     // 0.00
  lxw_format* amount = nullptr;    // #,##0.00
  lxw_format* integer = nullptr;   // 0
  lxw_format* bold_score = nullptr;
  lxw_format* link = nullptr;
  lxw_format* note = nullptr;      // footnotes, unbordered
  lxw_format* code = nullptr;      // a SHA-256, monospaced
  std::array<lxw_format*, grade_styles.size()> grade{};          // cell formats, per grade
  std::array<lxw_format*, grade_styles.size()> grade_overlay{};  // conditional formats, per grade
};

lxw_format* new_format(lxw_workbook* book) {
  lxw_format* f = workbook_add_format(book);
  format_set_font_name(f, font_name);
  format_set_font_size(f, font_size);
  format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
  return f;
}

lxw_format* bordered(lxw_workbook* book) {
  lxw_format* f = new_format(book);
  format_set_border(f, LXW_BORDER_THIN);
  return f;
}

// Scores shown at the policy's precision: "0", "0.0" or "0.00".
formats make_formats(lxw_workbook* book, int places) {
  const std::string score_format = places == 0 ? "0" : "0." + std::string(static_cast<std::size_t>(places), '0');
  formats f;
  f.title = new_format(book);
  format_set_bold(f.title);
  format_set_font_size(f.title, 16);
  format_set_align(f.title, LXW_ALIGN_CENTER);
  f.subtitle = new_format(book);
  format_set_align(f.subtitle, LXW_ALIGN_CENTER);
  f.unit = new_format(book);
  format_set_align(f.unit, LXW_ALIGN_RIGHT);
  f.heading = new_format(book);
  format_set_bold(f.heading);
  f.label = bordered(book);
  format_set_bold(f.label);
  format_set_bg_color(f.label, 0xF2F2F2);
  format_set_align(f.label, LXW_ALIGN_CENTER);
  format_set_text_wrap(f.label);
  f.text = bordered(book);
  format_set_text_wrap(f.text);
  f.centre = bordered(book);
  format_set_align(f.centre, LXW_ALIGN_CENTER);
  f.score = bordered(book);
  format_set_num_format(f.score, score_format.c_str());
  f.amount = bordered(book);
  format_set_num_format(f.amount, "#,##0.00");
  f.integer = bordered(book);
  format_set_num_format(f.integer, "0");
  format_set_align(f.integer, LXW_ALIGN_CENTER);
  f.bold_score = bordered(book);
  format_set_num_format(f.bold_score, score_format.c_str());
  format_set_bold(f.bold_score);
  f.link = bordered(book);
  format_set_font_color(f.link, LXW_COLOR_BLUE);
  format_set_underline(f.link, LXW_UNDERLINE_SINGLE);
  f.note = new_format(book);
  format_set_italic(f.note);
  f.code = bordered(book);
  format_set_font_name(f.code, "Courier New");
  for (std::size_t g = 0; g < grade_styles.size(); ++g) {
    f.grade[g] = bordered(book);
    format_set_bold(f.grade[g]);
    format_set_align(f.grade[g], LXW_ALIGN_CENTER);
    format_set_bg_color(f.grade[g], grade_styles[g].fill);
    format_set_font_color(f.grade[g], grade_styles[g].font);
    f.grade_overlay[g] = workbook_add_format(book);
    format_set_bg_color(f.grade_overlay[g], grade_styles[g].fill);
    format_set_font_color(f.grade_overlay[g], grade_styles[g].font);
  }
  return f;
}

lxw_format* grade_format(const formats& f, std::string_view grade) {
  for (std::size_t g = 0; g < grade_styles.size(); ++g) {
    if (grade == rules::grade_names[g]) return f.grade[g];
  }
  return f.centre;
}

void print_setup(lxw_worksheet* sheet, int repeated_row) {
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, paper_a4);
  worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6);
  worksheet_fit_to_pages(sheet, 1, 0);  // one page wide, as many tall as needed
  worksheet_center_horizontally(sheet);
  worksheet_set_footer(sheet, "&C&P / &N");
  if (repeated_row >= 0) {
    worksheet_repeat_rows(sheet, static_cast<lxw_row_t>(repeated_row), static_cast<lxw_row_t>(repeated_row));
  }
}

// "internal:'<sheet>'!A1", apostrophes doubled as Excel quotes them.
std::string internal_link(const std::string& sheet) {
  std::string quoted;
  for (const char c : sheet) {
    quoted.push_back(c);
    if (c == '\'') quoted.push_back('\'');
  }
  return "internal:'" + quoted + "'!A1";
}

// "警告：超额完成：<message>": a finding as the form's review notes show it.
std::string review_note(const finding_entry& f) {
  return text::trf("{1}: {2}: {3}", severity_word(f.level), kind_name(f), f.message.str());
}

// The engine's findings about this indicator, one per line (审核提示, "review notes"); the
// department's own note stays alone in 偏差原因分析及改进措施.
std::string review_notes_text(const report& r, const project_entry& p, const indicator_entry& i) {
  std::string text;
  for (const finding_entry* f : deviation_findings(r, p, i)) {
    if (!text.empty()) text += "\n";
    text += review_note(*f);
  }
  return text;
}

// "<department> 2023年度" ("<department> FY 2023"): whose report it is; empty when neither is known.
std::string whose(const report& r) {
  std::string out = one_line(r.department);
  if (r.year > 0) out += (out.empty() ? "" : " ") + text::trf("FY {1}", std::to_string(r.year));
  return out;
}

// The form's columns: its own end with the review notes; a review's three follow.
constexpr int notes_column = 10;
constexpr int form_last = notes_column;
constexpr int review_first = form_last + 1;

class workbook_writer {
 public:
  workbook_writer(const report& r, lxw_workbook* book, const xlsx_error_raiser& errors)
      : r_(r), book_(book), errors_(errors), f_(make_formats(book, score_places(r.scoring_policy.get()))) {}

  void write() {
    sheet_namer names;
    const std::string summary_name = names.add(text::tr("Summary"));
    const std::string findings_name = names.add(text::tr("Findings"));
    std::vector<std::string> project_names;
    for (const project_entry& p : r_.projects) {
      project_names.push_back(names.add(p.id.empty() ? p.name.str() : p.id + " " + p.name));
    }
    write_summary(summary_name, project_names, findings_name);
    for (std::size_t k = 0; k < r_.projects.size(); ++k) {
      write_project(r_.projects[k], r_.review ? &r_.review->projects[k] : nullptr, project_names[k]);
    }
    write_findings(findings_name);
  }

 private:
  lxw_worksheet* add_sheet(const std::string& name) {
    lxw_worksheet* sheet = workbook_add_worksheet(book_, name.c_str());
    if (sheet == nullptr) errors_.raise(text::trf("cannot add the worksheet '{1}'", name));
    return sheet;
  }

  void write_summary(const std::string& name, const std::vector<std::string>& project_sheets,
                     const std::string& findings_name) {
    const int last = r_.review ? 9 : 7;
    std::vector<column_bounds> widths = {{8, 12}, {16, 40}, {12, 16}, {12, 16}, {10, 12}, {8, 10}, {8, 10}, {12, 34}};
    if (r_.review) widths.insert(widths.end(), {{10, 12}, {10, 12}});
    sheet_layout s(add_sheet(name), name, widths);
    using text::tr;
    const std::string title = whose(r_);
    s.merged_text(0, 0, 0, last,
                  title.empty() ? tr("Project expenditure performance self-evaluation summary")
                                : text::trf("{1} project expenditure performance self-evaluation summary", title),
                  f_.title);
    s.fixed_height(0, 28);
    s.merged_text(1, 0, 1, last, tr("Amounts in 10,000 yuan"), f_.unit);
    const int header = 2;
    const std::array<const char*, 8> titles = {N_("Project ID"),        N_("Project name"),     N_("Budget for the year"),
                                               N_("Spent in the year"), N_("Execution rate (%)"), N_("Total"),
                                               N_("Evaluation grade"),  N_("Self-evaluation form")};
    for (int c = 0; c <= 7; ++c) s.text(header, c, tr(titles[static_cast<std::size_t>(c)]), f_.label);
    if (r_.review) {
      s.text(header, 5, tr("Self-evaluation total"), f_.label);
      s.text(header, 6, tr("Self-evaluation grade"), f_.label);
      s.text(header, 8, tr("Total after review"), f_.label);
      s.text(header, 9, tr("Grade after review"), f_.label);
    }
    int row = header + 1;
    for (std::size_t k = 0; k < r_.projects.size(); ++k, ++row) {
      if (r_.review) {
        s.number(row, 8, r_.review->projects[k].reviewed_total(), f_.bold_score);
        s.text(row, 9, grade_text(r_.review->projects[k].reviewed_grade), f_.centre);
      }
      const project_entry& p = r_.projects[k];
      s.text(row, 0, p.id, f_.centre);
      s.text(row, 1, p.name, f_.text);
      s.number(row, 2, p.budget, f_.amount);
      s.number_or_missing(row, 3, p.spent, f_.amount, f_.centre);
      s.number_or_missing(row, 4, p.execution_rate, f_.score, f_.centre);
      s.number(row, 5, p.total, f_.bold_score);
      s.text(row, 6, grade_text(p.grade), f_.centre);
      s.link(row, 7, internal_link(project_sheets[k]), project_sheets[k], f_.link);
    }
    const int last_project_row = row - 1;

    row += 1;
    s.text(row++, 0, tr("Summary"), f_.heading);
    s.merged_text(row, 0, row, 1, tr("Evaluation grade"), f_.label);
    s.text(row++, 2, tr("Projects"), f_.label);
    for (const auto& [grade, count] : r_.grade_counts) {
      s.merged_text(row, 0, row, 1, grade_text(grade), grade_format(f_, grade));
      s.number(row++, 2, count, f_.integer);
    }
    s.merged_text(row, 0, row, 1, tr("Projects in all"), f_.label);
    s.number(row++, 2, static_cast<double>(r_.projects.size()), f_.integer);
    s.merged_text(row, 0, row, 1,
                  r_.review ? tr("Self-evaluation budget-weighted mean score") : tr("Budget-weighted mean score"), f_.label);
    s.number(row++, 2, r_.mean, f_.bold_score);
    if (r_.review) {
      for (const auto& [grade, count] : r_.review->grade_counts) {
        s.merged_text(row, 0, row, 1, text::trf("after review {1}", grade_text(grade)), grade_format(f_, grade));
        s.number(row++, 2, count, f_.integer);
      }
      s.merged_text(row, 0, row, 1, tr("Budget-weighted mean score after review"), f_.label);
      s.number(row++, 2, r_.review->mean, f_.bold_score);
      s.merged_text(row, 0, row, 1, tr("Reviewer"), f_.label);
      s.merged_text(row, 2, row, last, r_.review->reviewer, f_.text);
      ++row;
    }
    s.merged_text(row, 0, row, 1, tr("Budget total in 10,000 yuan"), f_.label);
    s.number(row++, 2, r_.budget_total, f_.amount);
    s.merged_text(row, 0, row, 1, tr("Findings"), f_.label);
    const long findings = static_cast<long>(r_.findings.size());
    s.link(row++, 2, internal_link(findings_name),
           text::format_text(text::trn("{1} finding", "{1} findings", findings), {std::to_string(findings)}), f_.link);

    row += 1;
    s.text(row++, 0, tr("Sources (to check this report against)"), f_.heading);
    s.text(row, 0, tr("Version"), f_.label);
    s.merged_text(row, 1, row, last, "jixiao " + r_.version, f_.text);
    ++row;
    s.text(row, 0, tr("Scoring policy"), f_.label);
    s.merged_text(row, 1, row, last, policy_name(r_.policy), f_.text);
    ++row;
    for (const input_file& input : r_.inputs) {
      s.text(row, 0, input_role_name(input.role), f_.label);
      s.text(row, 1, input.path, f_.text);
      s.merged_text(row, 2, row, last, "sha256=" + input.sha256, f_.code);
      ++row;
    }

    lxw_worksheet* sheet = s.sheet();
    s.write(errors_);
    if (last_project_row > header) grade_colours(sheet, header + 1, last_project_row);
    worksheet_freeze_panes(sheet, static_cast<lxw_row_t>(header + 1), 0);
    print_setup(sheet, header);
    worksheet_activate(sheet);
  }

  // Total and grade cells coloured by the grade (a conditional format, so an edited grade recolours).
  void grade_colours(lxw_worksheet* sheet, int first_row, int last_row) {
    for (std::size_t g = 0; g < grade_styles.size(); ++g) {
      std::string formula = "=$G" + std::to_string(first_row + 1) + "=\"" + grade_text(rules::grade_names[g]) + "\"";
      lxw_conditional_format rule{};
      rule.type = LXW_CONDITIONAL_TYPE_FORMULA;
      rule.value_string = formula.data();
      rule.format = f_.grade_overlay[g];
      errors_.check(worksheet_conditional_format_range(sheet, static_cast<lxw_row_t>(first_row), 5,
                                                       static_cast<lxw_row_t>(last_row), 6, &rule),
                    "conditional format");
    }
  }

  // The form's own columns 0 to 10 (10: the engine's review notes, 审核提示); with a review
  // (复核), the reviewer's columns 复核扣分, 复核意见, 复核得分 follow.
  void write_project(const project_entry& p, const project_review_entry* review, const std::string& name) {
    using text::tr;
    const int last = review ? review_first + 2 : form_last;
    std::vector<column_bounds> widths = {{10, 14}, {10, 14}, {16, 30}, {12, 22}, {12, 22}, {8, 10},
                                         {8, 10},  {24, 40}, {8, 10},  {20, 36}, {24, 40}};
    if (review) widths.insert(widths.end(), {{8, 10}, {16, 30}, {8, 10}});
    sheet_layout s(add_sheet(name), name, widths);
    s.merged_text(0, 0, 0, last, tr("Project expenditure performance self-evaluation form"), f_.title);
    s.fixed_height(0, 28);
    s.merged_text(1, 0, 1, last, r_.year > 0 ? text::trf("(FY {1})", std::to_string(r_.year)) : std::string(), f_.subtitle);

    s.text(2, 0, tr("Project name"), f_.label);
    s.merged_text(2, 1, 2, 5, p.name, f_.text, true);
    s.text(2, 6, tr("Project ID"), f_.label);
    s.merged_text(2, 7, 2, last, p.id, f_.text);
    s.text(3, 0, tr("Supervising department"), f_.label);
    s.merged_text(3, 1, 3, 5, r_.department, f_.text, true);
    s.text(3, 6, tr("Year"), f_.label);
    s.merged_text(3, 7, 3, last, r_.year > 0 ? std::to_string(r_.year) : std::string(), f_.text);

    s.merged_text(4, 0, 5, 0, tr("Project funds (10,000 yuan)"), f_.label);
    const std::array<const char*, 5> money = {N_("Budget for the year"), N_("Spent in the year"), N_("Execution rate (%)"),
                                              N_("Points"), N_("Score")};
    for (int c = 0; c < 5; ++c) s.text(4, c + 1, tr(money[static_cast<std::size_t>(c)]), f_.label);
    s.merged_text(4, 6, 4, last, tr("Computation process"), f_.label);
    s.number(5, 1, p.budget, f_.amount);
    s.number_or_missing(5, 2, p.spent, f_.amount, f_.centre);
    s.number_or_missing(5, 3, p.execution_rate, f_.score, f_.centre);
    s.number(5, 4, p.budget_weight, f_.score);
    s.number(5, 5, p.budget_score, f_.bold_score);
    s.merged_text(5, 6, 5, last, p.budget_explain(), f_.text, true);

    s.merged_text(6, 0, 7, 0, tr("Overall goal for the year"), f_.label);
    s.merged_text(6, 1, 6, 4, tr("Expected goal"), f_.label);
    s.merged_text(6, 5, 6, last, tr("What was achieved"), f_.label);
    s.merged_text(7, 1, 7, 4, p.goal, f_.text, true);
    s.merged_text(7, 5, 7, last, p.summary, f_.text, true);

    const int header = 8;
    const std::array<const char*, 11> titles = {
        N_("First-level indicator"), N_("Second-level indicator"), N_("Third-level indicator"),
        N_("Target for the year"),   N_("Actual value"),           N_("Points"),
        N_("Score"),                 N_("Reasons for deviations and improvements"), N_("Completion"),
        N_("Computation process"),   N_("Review notes")};
    for (int c = 0; c <= form_last; ++c) s.text(header, c, tr(titles[static_cast<std::size_t>(c)]), f_.label, true);
    if (review) {
      s.text(header, 6, tr("Self-evaluation score"), f_.label, true);
      s.text(header, review_first, tr("Review deduction"), f_.label, true);
      s.text(header, review_first + 1, tr("Review opinion"), f_.label, true);
      s.text(header, review_first + 2, tr("Reviewed score"), f_.label, true);
    }
    int row = header + 1;
    bool any_inferred = false;
    for (std::size_t k = 0; k < p.indicators.size(); ++k) {
      const indicator_entry& i = p.indicators[k];
      any_inferred = any_inferred || i.category_inferred;
      const auto [first, second] = category_levels(i);
      s.text(row, 0, first, f_.centre);
      s.text(row, 1, second, f_.centre);
      s.text(row, 2, i.name, f_.text, true);
      s.text(row, 3, i.target, f_.text, true);
      s.text(row, 4, i.actual.empty() ? std::string_view(missing_mark) : i.actual.view(), f_.text, true);
      s.number(row, 5, i.weight, f_.score);
      s.number(row, 6, i.score, f_.score);
      s.text(row, 7, i.note, f_.text, true);
      s.text(row, 8, status_text(i), f_.centre);
      s.text(row, 9, i.explain(), f_.text, true);
      s.text(row, notes_column, review_notes_text(r_, p, i), f_.text, true);
      if (review) write_review_cells(s, row, review->indicators[k], i.status != rules::indicator_status::not_applicable);
      ++row;
    }
    s.merged_text(row, 0, row, 5, review ? tr("Self-evaluation total") : tr("Total"), f_.label);
    s.number(row, 6, p.total, f_.bold_score);
    s.merged_text(row, 7, row, form_last, p.total_explain(), f_.text, true);
    if (review) write_review_cells(s, row, review->deduction, true);
    ++row;
    s.merged_text(row, 0, row, 5, review ? tr("Self-evaluation grade") : tr("Evaluation grade"), f_.label);
    s.text(row, 6, grade_text(p.grade), grade_format(f_, p.grade));
    s.merged_text(row, 7, row, form_last, "", f_.text);
    if (review) {
      s.merged_text(row, review_first, row, review_first + 1, tr("Grade after review"), f_.label);
      s.text(row, review_first + 2, grade_text(review->reviewed_grade), grade_format(f_, review->reviewed_grade));
      ++row;
      s.merged_text(row, 0, row, 5, tr("Review computation process"), f_.label);
      s.merged_text(row, 6, row, last, review->explain(), f_.text, true);
    }
    row += 2;

    if (any_inferred) {
      s.merged_text(row, 0, row, last, tr("* category inferred from the indicator's name."), f_.note);
      ++row;
    }
    const std::vector<const finding_entry*> others = project_findings(r_, p);
    if (!others.empty()) s.text(row++, 0, tr("Other findings about the project"), f_.heading);
    for (const finding_entry* f : others) {
      s.merged_text(row, 0, row, last, finding_text(*f), f_.text, true);
      ++row;
    }

    s.write(errors_);
    worksheet_freeze_panes(s.sheet(), static_cast<lxw_row_t>(header + 1), 0);
    print_setup(s.sheet(), header);
  }

  // 复核扣分, 复核意见, 复核得分 in the three columns after the form's own.
  void write_review_cells(sheet_layout& s, int row, const review_line& line, bool scored) {
    if (line.deducted) s.number(row, review_first, line.points, f_.score);
    else s.text(row, review_first, "", f_.centre);
    s.text(row, review_first + 1, line.reason, f_.text, true);
    if (scored) s.number(row, review_first + 2, line.reviewed, f_.bold_score);
    else s.text(row, review_first + 2, missing_mark, f_.centre);
  }

  void write_findings(const std::string& name) {
    sheet_layout s(add_sheet(name), name, {{8, 10}, {12, 36}, {8, 24}, {10, 30}, {12, 24}, {30, 70}});
    const std::array<const char*, 6> titles = {N_("Severity"),  N_("Location"), N_("Project"),
                                               N_("Indicator"), N_("Kind"),     N_("Explanation")};
    for (int c = 0; c < 6; ++c) s.text(0, c, text::tr(titles[static_cast<std::size_t>(c)]), f_.label);
    int row = 1;
    for (const finding_entry& f : r_.findings) {
      s.text(row, 0, severity_word(f.level), f_.centre);
      s.text(row, 1, finding_location(f), f_.text);
      s.text(row, 2, f.project, f_.text);
      s.text(row, 3, f.indicator, f_.text, true);
      s.text(row, 4, kind_name(f), f_.text);
      s.text(row, 5, f.message.str(), f_.text, true);
      ++row;
    }
    if (r_.findings.empty()) s.merged_text(row, 0, row, 5, text::tr("none"), f_.text);
    s.write(errors_);
    worksheet_freeze_panes(s.sheet(), 1, 0);
    if (!r_.findings.empty()) {
      errors_.check(worksheet_autofilter(s.sheet(), 0, 0, static_cast<lxw_row_t>(row - 1), 5), "autofilter");
    }
    print_setup(s.sheet(), 0);
  }

  const report& r_;
  lxw_workbook* book_;
  const xlsx_error_raiser& errors_;
  formats f_;
};

void write_workbook(const report& r, const std::string& file, const std::string& shown_path) {
  const xlsx_error_raiser errors(shown_path);
  lxw_workbook* book = workbook_new(file.c_str());
  if (book == nullptr) errors.raise(text::tr("the spreadsheet library could not start a workbook"));
  const std::string title = text::trf("{1} project expenditure performance self-evaluation", one_line(r.department));
  const std::string comments = text::trf("jixiao {1}, policy {2}", r.version, policy_name(r.policy));
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(title.c_str());
  properties.author = const_cast<char*>("jixiao");
  properties.comments = const_cast<char*>(comments.c_str());
  workbook_set_properties(book, &properties);
  try {
    workbook_writer(r, book, errors).write();
  } catch (...) {
    workbook_close(book);  // frees it; the caller removes the partial file
    throw;
  }
  errors.check(workbook_close(book), "closing");
}

}  // namespace

void write_xlsx(const report& r, const std::string& path) {
  write_file_atomically_with(path, [&](const std::string& temp) { write_workbook(r, temp, path); });
}

}  // namespace jixiao::engine
