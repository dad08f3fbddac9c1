// The workbook (--format xlsx) of the bundled example, read back with the project's
// own reader (engine/xlsx_reader: libzip + pugixml) and compared figure by figure
// with the JSON report of the same inputs; sheet names; the reader on its own.
#include <gtest/gtest.h>

#include <zip.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <set>

#include "rules/finding_kinds.hpp"
#include "engine/report/format_util.hpp"
#include "engine/report/markup_text.hpp"
#include "engine/report/xlsx_names.hpp"
#include "engine/import/xlsx_reader.hpp"
#include "grammar/text/language.hpp"
#include "tests/test_util.hpp"

namespace jixiao {
namespace {

using engine::xlsx_cell;
using engine::xlsx_cell_type;
using engine::xlsx_sheet;
using engine::xlsx_workbook;
using json = nlohmann::ordered_json;  // keys in the report's order

// Columns of the summary sheet and of a project's form (0-based).
enum summary_column { s_id, s_name, s_budget, s_spent, s_rate, s_total, s_grade, s_sheet };
enum form_column { f_first, f_second, f_name, f_target, f_actual, f_weight, f_score, f_why, f_status, f_explain, f_notes };

const std::string seed_targets = "fixtures/seed/targets.yaml";
const std::string seed_actuals = "fixtures/seed/actuals.yaml";

std::string text_at(const xlsx_sheet& s, int row, int column) {
  const xlsx_cell* c = s.at(row, column);
  return c ? c->text : std::string();
}

// The number at (row, column); fails the test when the cell is not a number.
double number_at(const xlsx_sheet& s, int row, int column) {
  const xlsx_cell* c = s.at(row, column);
  EXPECT_TRUE(c != nullptr && c->type == xlsx_cell_type::number && c->number)
      << s.name << " row " << row + 1 << " column " << column + 1 << " is not a number: " << (c ? c->text : "(empty)");
  return c && c->number ? *c->number : -1;
}

// The first row at or after `from` whose cell in `column` reads `text`, or -1.
int find_row(const xlsx_sheet& s, int column, const std::string& text, int from = 0) {
  for (int row = from; row < s.row_count(); ++row) {
    if (text_at(s, row, column) == text) return row;
  }
  return -1;
}

// A figure as the JSON report and the workbook must both show it: two decimals, half up.
std::string shown(double value) { return engine::format_score(value); }

// The seed scored once as JSON and once as a workbook, from the same relative paths, in
// Chinese (the form a finance bureau files); the JSON's codes are data in any language.
struct seed_run {
  json report;
  std::string workbook;
};

const seed_run& seed() {
  static const seed_run run = [] {
    seed_run out;
    const auto r = testing::run_cli({"--lang", "zh", "score", seed_targets, seed_actuals, "--format", "json"});
    EXPECT_EQ(0, r.status) << r.err;
    out.report = json::parse(r.out);
    out.workbook = testing::scratch_dir("xlsx_seed") + "/seed.xlsx";
    const auto w = testing::run_cli({"--lang", "zh", "score", seed_targets, seed_actuals, "--format", "xlsx", "-o", out.workbook});
    EXPECT_EQ(0, w.status) << w.err;
    EXPECT_EQ("", w.out);
    return out;
  }();
  return run;
}

TEST(XlsxReport, SheetsAreSummaryProjectsFindings) {
  const xlsx_workbook book(seed().workbook);
  const auto& names = book.sheet_names();
  const json& projects = seed().report["projects"];
  ASSERT_EQ(projects.size() + 2, names.size());
  EXPECT_EQ("汇总", names.front());
  EXPECT_EQ("发现", names.back());
  // Sheet k+1 is project k, named "<id> <name>" (cut to 31 characters).
  EXPECT_EQ("1 设备购置经费", names[1]);
  EXPECT_EQ("2 设备购置经费", names[2]);
}

TEST(XlsxReport, SummaryMatchesJson) {
  const xlsx_workbook book(seed().workbook);
  const xlsx_sheet s = book.sheet("汇总");
  const json& j = seed().report;
  const int header = find_row(s, s_id, "项目编号");
  ASSERT_GE(header, 0);
  EXPECT_EQ("总分", text_at(s, header, s_total));
  EXPECT_EQ("评价等级", text_at(s, header, s_grade));
  int row = header + 1;
  for (const json& p : j["projects"]) {
    SCOPED_TRACE("project " + p["id"].get<std::string>());
    EXPECT_EQ(p["id"], text_at(s, row, s_id));
    EXPECT_EQ(p["name"], text_at(s, row, s_name));
    EXPECT_EQ(p["budget"].get<double>(), number_at(s, row, s_budget));
    if (p["spent"].is_null()) {
      EXPECT_EQ("—", text_at(s, row, s_spent));
      EXPECT_EQ("—", text_at(s, row, s_rate));
    } else {
      EXPECT_EQ(p["spent"].get<double>(), number_at(s, row, s_spent));
      EXPECT_EQ(shown(p["execution_rate"]), shown(number_at(s, row, s_rate)));
    }
    EXPECT_EQ(shown(p["total"]), shown(number_at(s, row, s_total)));
    EXPECT_NEAR(p["total"].get<double>(), number_at(s, row, s_total), 1e-9);
    EXPECT_EQ(p["grade"], text_at(s, row, s_grade));
    ++row;
  }
  EXPECT_EQ("", text_at(s, row, s_id));  // nothing after the last project

  const int grades = find_row(s, 0, "评价等级", row);
  ASSERT_GT(grades, 0);
  int counted = 0;
  for (const auto& [grade, count] : j["summary"]["grades"].items()) {
    ++counted;
    EXPECT_EQ(grade, text_at(s, grades + counted, 0));
    EXPECT_EQ(count.get<double>(), number_at(s, grades + counted, 2)) << grade;
  }
  EXPECT_EQ(4, counted);
  const int mean = find_row(s, 0, "预算加权平均分", grades);
  ASSERT_GT(mean, 0);
  EXPECT_EQ(shown(j["summary"]["mean"]), shown(number_at(s, mean, 2)));
  const int budget = find_row(s, 0, "预算合计（万元）", grades);
  ASSERT_GT(budget, 0);
  EXPECT_EQ(j["summary"]["budget_total"].get<double>(), number_at(s, budget, 2));
  const int count = find_row(s, 0, "项目合计", grades);
  ASSERT_GT(count, 0);
  EXPECT_EQ(j["summary"]["projects"].get<double>(), number_at(s, count, 2));
}

TEST(XlsxReport, SummaryCarriesTheSourceBlock) {
  const xlsx_workbook book(seed().workbook);
  const xlsx_sheet s = book.sheet("汇总");
  const json& source = seed().report["source"];
  const int version = find_row(s, 0, "版本");
  ASSERT_GT(version, 0);
  EXPECT_EQ("jixiao " + source["version"].get<std::string>(), text_at(s, version, 1));
  const int policy = find_row(s, 0, "评分政策");
  ASSERT_GT(policy, 0);
  EXPECT_EQ("built-in", source["policy"]);
  EXPECT_EQ("内置政策", text_at(s, policy, 1));
  ASSERT_EQ(2u, source["inputs"].size());
  const std::map<std::string, std::string> roles = {{"targets", "目标表"}, {"actuals", "实际完成值"}};
  for (const json& input : source["inputs"]) {
    const int row = find_row(s, 0, roles.at(input["role"]), policy);
    ASSERT_GT(row, 0) << input["role"];
    EXPECT_EQ(input["path"], text_at(s, row, 1));
    EXPECT_EQ("sha256=" + input["sha256"].get<std::string>(), text_at(s, row, 2));
  }
}

TEST(XlsxReport, EveryProjectFormMatchesJson) {
  const xlsx_workbook book(seed().workbook);
  const xlsx_sheet summary = book.sheet("汇总");
  const json& j = seed().report;
  const int header = find_row(summary, s_id, "项目编号");
  int checked_indicators = 0;
  int row_in_summary = header + 1;
  for (const json& p : j["projects"]) {
    const std::string id = p["id"];
    SCOPED_TRACE("project " + id);
    // The summary's last column names (and links to) the project's sheet.
    const xlsx_sheet s = book.sheet(text_at(summary, row_in_summary++, s_sheet));
    EXPECT_EQ("项目支出绩效自评表", text_at(s, 0, 0));
    EXPECT_EQ(p["name"], text_at(s, 2, 1));
    EXPECT_EQ(id, text_at(s, 2, 7));
    EXPECT_EQ(j["department"], text_at(s, 3, 1));

    // Funds: budget, spent, rate, weight, score.
    EXPECT_EQ("全年预算数", text_at(s, 4, 1));
    EXPECT_EQ(p["budget"].get<double>(), number_at(s, 5, 1));
    if (p["spent"].is_null()) {
      EXPECT_EQ("—", text_at(s, 5, 2));
    } else {
      EXPECT_EQ(p["spent"].get<double>(), number_at(s, 5, 2));
      EXPECT_EQ(shown(p["execution_rate"]), shown(number_at(s, 5, 3)));
    }
    EXPECT_EQ(shown(p["budget_weight"]), shown(number_at(s, 5, 4)));
    EXPECT_EQ(shown(p["budget_score"]), shown(number_at(s, 5, 5)));
    EXPECT_EQ(p["budget_explain"], text_at(s, 5, 6));

    const int table = find_row(s, f_first, "一级指标");
    ASSERT_GT(table, 0);
    EXPECT_EQ("偏差原因分析及改进措施", text_at(s, table, f_why));
    int row = table + 1;
    for (const json& i : p["indicators"]) {
      SCOPED_TRACE("indicator " + i["name"].get<std::string>());
      const std::string category = i["category"];
      const auto slash = category.find('/');
      const std::string star = i["category_inferred"].get<bool>() ? "*" : "";
      if (slash == std::string::npos) {
        EXPECT_EQ(category + star, text_at(s, row, f_first));
      } else {
        EXPECT_EQ(category.substr(0, slash), text_at(s, row, f_first));
        EXPECT_EQ(category.substr(slash + 1) + star, text_at(s, row, f_second));
      }
      EXPECT_EQ(i["name"], text_at(s, row, f_name));
      EXPECT_EQ(i["target"], text_at(s, row, f_target));
      EXPECT_EQ(i["actual"].is_null() ? "—" : i["actual"].get<std::string>(), text_at(s, row, f_actual));
      EXPECT_EQ(shown(i["weight"]), shown(number_at(s, row, f_weight)));
      EXPECT_EQ(shown(i["score"]), shown(number_at(s, row, f_score)));
      EXPECT_NEAR(i["score"].get<double>(), number_at(s, row, f_score), 1e-9);
      EXPECT_EQ(i["status"], text_at(s, row, f_status));
      EXPECT_EQ(i["explain"], text_at(s, row, f_explain));
      // 偏差原因分析及改进措施 holds the department's note only; the engine's findings are in
      // 审核提示, one a line: "<severity word>：<kind name>：<message>".
      EXPECT_EQ(i["note"].is_null() ? std::string() : i["note"].get<std::string>(), text_at(s, row, f_why));
      std::string notes;
      for (const json& f : j["findings"]) {
        if (f["project"] != id || f["indicator"] != i["name"] || f["kind"] == "category_inferred") continue;
        const text::language_scope chinese(text::language::zh);
        const auto level = f["severity"] == "error" ? engine::severity::error
                           : f["severity"] == "warning" ? engine::severity::warning : engine::severity::note;
        notes += (notes.empty() ? "" : "\n") + engine::severity_word(level) + "：" +
                 engine::finding_kind_name(f["kind"].get<std::string>()) + "：" + f["message"].get<std::string>();
      }
      EXPECT_EQ(notes, text_at(s, row, f_notes));
      ++row;
      ++checked_indicators;
    }
    EXPECT_EQ("总分", text_at(s, row, 0));
    EXPECT_EQ(shown(p["total"]), shown(number_at(s, row, f_score)));
    EXPECT_EQ(p["total_explain"], text_at(s, row, f_why));
    EXPECT_EQ("评价等级", text_at(s, row + 1, 0));
    EXPECT_EQ(p["grade"], text_at(s, row + 1, f_score));
  }
  EXPECT_EQ(129, checked_indicators);  // the seed's indicators, every one compared
}

TEST(XlsxReport, FindingsSheetListsEveryFinding) {
  const xlsx_workbook book(seed().workbook);
  const xlsx_sheet s = book.sheet("发现");
  const json& findings = seed().report["findings"];
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(static_cast<int>(findings.size()) + 1, s.row_count());
  int row = 1;
  const std::map<std::string, std::string> severities = {{"error", "错误"}, {"warning", "警告"}, {"note", "提示"}};
  for (const json& f : findings) {
    EXPECT_EQ(severities.at(f["severity"]), text_at(s, row, 0));
    EXPECT_EQ(f["project"].is_null() ? "" : f["project"].get<std::string>(), text_at(s, row, 2));
    const text::language_scope chinese(text::language::zh);
    EXPECT_EQ(engine::finding_kind_name(f["kind"].get<std::string>()), text_at(s, row, 4));
    EXPECT_EQ(f["message"], text_at(s, row, 5));
    ++row;
  }
}

// The first indicator of the seed's first project, 打印机购置数量 (target = 台 5, actual 8,
// no note): 偏差原因分析及改进措施 is empty, 审核提示 holds the over-achievement warning in
// Chinese, without the code or brackets.
TEST(XlsxReport, ReviewNotesAreAColumnOfTheirOwn) {
  const xlsx_workbook book(seed().workbook);
  const xlsx_sheet s = book.sheet("1 设备购置经费");
  const int table = find_row(s, f_first, "一级指标");
  ASSERT_GT(table, 0);
  EXPECT_EQ("审核提示", text_at(s, table, f_notes));
  EXPECT_EQ("打印机购置数量", text_at(s, table + 1, f_name));
  EXPECT_EQ("", text_at(s, table + 1, f_why));
  const std::string notes = text_at(s, table + 1, f_notes);
  EXPECT_EQ(0u, notes.find("警告：超额完成：")) << notes;
  EXPECT_EQ(std::string::npos, notes.find("over_achievement")) << notes;
  EXPECT_EQ(std::string::npos, notes.find("[")) << notes;
}

// With --lang en the workbook is all English but for the data: sheet names, the form's heads.
TEST(XlsxReport, EnglishWithLangEn) {
  const std::string path = testing::scratch_dir("xlsx_seed_en") + "/seed.xlsx";
  const auto w = testing::run_cli({"--lang", "en", "score", seed_targets, seed_actuals, "--format", "xlsx", "-o", path});
  ASSERT_EQ(0, w.status) << w.err;
  const xlsx_workbook book(path);
  EXPECT_EQ("Summary", book.sheet_names().front());
  EXPECT_EQ("Findings", book.sheet_names().back());
  const xlsx_sheet s = book.sheet("1 设备购置经费");
  EXPECT_EQ("Project expenditure performance self-evaluation form", text_at(s, 0, 0));
  const int table = find_row(s, f_first, "First-level indicator");
  ASSERT_GT(table, 0);
  EXPECT_EQ("Reasons for deviations and improvements", text_at(s, table, f_why));
  EXPECT_EQ("Review notes", text_at(s, table, f_notes));
  EXPECT_EQ(0u, text_at(s, table + 1, f_notes).find("warning: over-achievement: ")) << text_at(s, table + 1, f_notes);
  const xlsx_sheet findings = book.sheet("Findings");
  EXPECT_EQ("Severity", text_at(findings, 0, 0));
  EXPECT_EQ("warning", text_at(findings, 1, 0));
  EXPECT_EQ("over-achievement", text_at(findings, 1, 4));
}

TEST(XlsxReport, MergedCellsAreRecorded) {
  const xlsx_workbook book(seed().workbook);
  const xlsx_sheet s = book.sheet(1);
  // The title spans the form's eleven columns (the tenth is 计算过程, the eleventh 审核提示).
  bool title = false;
  for (const auto& m : s.merged) title = title || (m.first_row == 0 && m.first_column == 0 && m.last_column == 10);
  EXPECT_TRUE(title);
}

TEST(XlsxReport, NeedsAnOutputFile) {
  const auto r = testing::run_cli({"--lang", "en", "score", seed_targets, seed_actuals, "--format", "xlsx"});
  EXPECT_EQ(64, r.status);
  EXPECT_EQ("", r.out);
  EXPECT_NE(std::string::npos, r.err.find("-o FILE")) << r.err;
}

TEST(XlsxReport, UnwritableTargetExits3AndLeavesNothing) {
  const std::string dir = testing::scratch_dir("xlsx_unwritable");
  const std::string path = dir + "/missing/report.xlsx";
  const auto r = testing::run_cli({"--lang", "en", "score", seed_targets, seed_actuals, "--format", "xlsx", "-o", path});
  EXPECT_EQ(3, r.status);
  EXPECT_NE(std::string::npos, r.err.find(path)) << r.err;
  EXPECT_TRUE(std::filesystem::is_empty(dir));
}

TEST(XlsxReport, ReplacesAnEarlierFileWhole) {
  const std::string dir = testing::scratch_dir("xlsx_replace");
  const std::string path = dir + "/report.xlsx";
  testing::write_file(path, "an older report");
  const auto r = testing::run_cli({"--lang", "en", "score", seed_targets, seed_actuals, "--format", "xlsx", "-o", path});
  ASSERT_EQ(0, r.status) << r.err;
  EXPECT_EQ("PK", testing::read_file(path).substr(0, 2));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
  EXPECT_EQ(1u, files);  // no temporary file left beside it
}

// Project names no worksheet may carry: forbidden characters, too long, the same
// name twice (cut to the same 31 characters), a leading apostrophe, a name taken
// by the summary sheet.
TEST(XlsxReport, AnyProjectNamesMakeValidUniqueSheets) {
  const std::string dir = testing::scratch_dir("xlsx_names");
  const std::string long_name = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十";
  testing::write_file(dir + "/targets.yaml",
                      "department: 测试单位\nyear: 2023\nprojects:\n"
                      "  - {id: \"1\", name: \"设备/购置:经费[2023]*?\\\\\", budget: 20,"
                      " indicators: [{name: 培训人数, target: \"≥ 人 100\"}]}\n"
                      "  - {id: \"2\", name: " + long_name + ", budget: 10,"
                      " indicators: [{name: 培训人数, target: \"≥ 人 100\"}]}\n"
                      "  - {id: \"3\", name: " + long_name + ", budget: 10,"
                      " indicators: [{name: 培训人数, target: \"≥ 人 100\"}]}\n"
                      "  - {id: \"'4'\", name: x, budget: 5, indicators: [{name: 培训人数, target: \"≥ 人 100\"}]}\n"
                      "  - {id: x, name: y, budget: 5, indicators: [{name: 培训人数, target: \"≥ 人 100\"}]}\n"
                      "  - {id: X, name: Y, budget: 5, indicators: [{name: 培训人数, target: \"≥ 人 100\"}]}\n");
  testing::write_file(dir + "/actuals.yaml",
                      "year: 2023\nprojects:\n  \"1\": {spent: 18, indicators: {培训人数: 120}}\n"
                      "  \"2\": {spent: 10, indicators: {培训人数: 90}}\n");
  const auto r = testing::run_cli(
      {"--lang", "en", "score", dir + "/targets.yaml", dir + "/actuals.yaml", "--format", "xlsx", "-o", dir + "/report.xlsx"});
  ASSERT_EQ(0, r.status) << r.err;
  const xlsx_workbook book(dir + "/report.xlsx");
  const std::vector<std::string> expected = {
      "Summary",
      "1 设备_购置_经费_2023____",
      "2 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九",
      "3 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九",
      "4' x",
      "x y",
      "X Y (2)",
      "Findings"};
  EXPECT_EQ(expected, book.sheet_names());
  std::set<std::string> unique;
  for (const std::string& name : book.sheet_names()) {
    EXPECT_LE(engine::utf16_length(name), 31u) << name;
    EXPECT_EQ(std::string::npos, name.find_first_of("[]:*?/\\")) << name;
    unique.insert(name);
  }
  EXPECT_EQ(book.sheet_names().size(), unique.size());
}

TEST(SheetNames, ForbiddenCharactersBecomeUnderscores) {
  EXPECT_EQ("a_b_c_d_e_f_g_h", engine::valid_sheet_name("a[b]c:d*e?f/g\\h"));
}

TEST(SheetNames, CutTo31Utf16Units) {
  // 40 Chinese characters: 31 kept. An emoji is two UTF-16 units: 30 letters + 😀 is
  // 32 units, so the emoji goes.
  EXPECT_EQ(31u, engine::utf16_length(engine::valid_sheet_name(std::string(40, 'x'))));
  EXPECT_EQ("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一",
            engine::valid_sheet_name("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"));
  EXPECT_EQ(std::string(30, 'a'), engine::valid_sheet_name(std::string(30, 'a') + "😀"));
  EXPECT_EQ(std::string(29, 'a') + "😀", engine::valid_sheet_name(std::string(29, 'a') + "😀b"));
}

TEST(SheetNames, ApostrophesSpacesAndEmptyNames) {
  EXPECT_EQ("it's", engine::valid_sheet_name("'it's'"));
  EXPECT_EQ("a b", engine::valid_sheet_name("  a\tb \n"));
  EXPECT_EQ("Sheet", engine::valid_sheet_name(""));
  EXPECT_EQ("Sheet", engine::valid_sheet_name("''"));
  EXPECT_EQ("a\xEF\xBF\xBD" "b", engine::valid_sheet_name("a\xFF" "b"));  // invalid UTF-8 -> U+FFFD
}

TEST(SheetNames, CollisionsGetANumberIgnoringCase) {
  engine::sheet_namer names;
  EXPECT_EQ("汇总", names.add("汇总"));
  EXPECT_EQ("汇总 (2)", names.add("汇总"));
  EXPECT_EQ("汇总 (3)", names.add("汇总"));
  EXPECT_EQ("Budget", names.add("Budget"));
  EXPECT_EQ("BUDGET (2)", names.add("BUDGET"));
  EXPECT_EQ("Ärger", names.add("Ärger"));
  EXPECT_EQ("äRGER (2)", names.add("äRGER"));
  EXPECT_EQ("history (2)", names.add("history"));  // Excel keeps "History" for itself
  // A long name twice: the number replaces the end, still 31 units.
  const std::string long_name(40, 'n');
  EXPECT_EQ(std::string(31, 'n'), names.add(long_name));
  EXPECT_EQ(std::string(27, 'n') + " (2)", names.add(long_name));
}

// A minimal .xlsx written by hand, as other programs write them: inline strings,
// rich-text shared strings with a phonetic run, booleans, errors, a formula's cached
// string, escaped characters, prefixed elements, rows and cells without references.
std::string write_zip(const std::string& dir, const std::map<std::string, std::string>& parts) {
  const std::string path = dir + "/hand.xlsx";
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    ADD_FAILURE() << "cannot create " << path;
    return path;
  }
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    EXPECT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0);
  }
  EXPECT_EQ(0, zip_close(archive));
  return path;
}

TEST(XlsxReader, ReadsWhatOtherProgramsWrite) {
  const std::string dir = testing::scratch_dir("xlsx_reader");
  const std::string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const std::string path = write_zip(
      dir,
      {{"_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                       "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"/xl/book.xml\"/>"
                       "</Relationships>"},
       {"xl/book.xml", "<x:workbook xmlns:x=\"" + ns + "\" xmlns:r=\"" + rel + "\"><x:sheets>"
                       "<x:sheet name=\"目标表\" sheetId=\"1\" r:id=\"rId7\"/>"
                       "<x:sheet name=\"Second\" sheetId=\"2\" r:id=\"rId8\"/></x:sheets></x:workbook>"},
       {"xl/_rels/book.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId7\" Type=\"" + rel + "/worksheet\" Target=\"sheets/../worksheets/a.xml\"/>"
        "<Relationship Id=\"rId8\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/b.xml\"/>"
        "<Relationship Id=\"rId9\" Type=\"" + rel + "/sharedStrings\" Target=\"strings.xml\"/>"
        "</Relationships>"},
       {"xl/strings.xml", "<sst xmlns=\"" + ns + "\"><si><t>项目名称</t></si>"
                          "<si><r><t>设备</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">购置 </t></r>"
                          "<rPh><t>しない</t></rPh></si><si><t xml:space=\"preserve\"> </t></si>"
                          "<si><t>a_x000D__x005F_x000D_</t></si></sst>"},
       {"xl/worksheets/a.xml",
        "<worksheet xmlns=\"" + ns + "\"><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
        "<row r=\"3\"><c r=\"A3\"><v>98.5</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>≥ % 98</t></is></c>"
        "<c r=\"C3\" t=\"b\"><v>1</v></c><c r=\"D3\" t=\"e\"><v>#N/A</v></c>"
        "<c r=\"E3\" t=\"str\"><f>A1</f><v>项目名称</v></c><c r=\"F3\" s=\"0\"/><c r=\"G3\" t=\"s\"><v>2</v></c></row>"
        "<row><c><v>1E3</v></c><c t=\"s\"><v>3</v></c></row>"
        "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B2\"/></mergeCells></worksheet>"},
       {"xl/worksheets/b.xml", "<worksheet xmlns=\"" + ns + "\"><sheetData/></worksheet>"}});

  const xlsx_workbook book(path);
  EXPECT_EQ((std::vector<std::string>{"目标表", "Second"}), book.sheet_names());
  const xlsx_sheet s = book.sheet(0);
  EXPECT_EQ("项目名称", s.at(0, 0)->text);
  EXPECT_EQ("设备购置 ", s.at(0, 2)->text);  // runs joined, the phonetic run left out
  EXPECT_EQ(nullptr, s.at(0, 1));
  EXPECT_EQ(xlsx_cell_type::number, s.at(2, 0)->type);
  EXPECT_EQ(98.5, *s.at(2, 0)->number);
  EXPECT_EQ("98.5", s.at(2, 0)->text);
  EXPECT_EQ("≥ % 98", s.at(2, 1)->text);
  EXPECT_EQ(xlsx_cell_type::boolean, s.at(2, 2)->type);
  EXPECT_EQ("TRUE", s.at(2, 2)->text);
  EXPECT_EQ(xlsx_cell_type::error, s.at(2, 3)->type);
  EXPECT_EQ("#N/A", s.at(2, 3)->text);
  EXPECT_EQ("项目名称", s.at(2, 4)->text);  // the formula's cached value
  EXPECT_EQ(nullptr, s.at(2, 5));            // styled but empty
  EXPECT_EQ(" ", s.at(2, 6)->text);
  EXPECT_EQ(1000, *s.at(3, 0)->number);    // row 4 and its cells have no references
  EXPECT_EQ("a\r_x000D_", s.at(3, 1)->text);
  EXPECT_EQ(4, s.row_count());
  ASSERT_EQ(1u, s.merged.size());
  EXPECT_EQ(1, s.merged[0].last_row);
  EXPECT_EQ(1, s.merged[0].last_column);
  EXPECT_TRUE(book.sheet("Second").cells.empty());
}

TEST(XlsxReader, CellReferences) {
  EXPECT_EQ(std::make_pair(11, 1), *engine::parse_cell_ref("B12"));
  EXPECT_EQ(std::make_pair(2, 26), *engine::parse_cell_ref("$AA$3"));
  EXPECT_EQ(std::make_pair(1048575, 16383), *engine::parse_cell_ref("XFD1048576"));
  EXPECT_FALSE(engine::parse_cell_ref("XFE1"));
  EXPECT_FALSE(engine::parse_cell_ref("A0"));
  EXPECT_FALSE(engine::parse_cell_ref("A1048577"));
  EXPECT_FALSE(engine::parse_cell_ref("12"));
  EXPECT_FALSE(engine::parse_cell_ref("A1B"));
}

TEST(XlsxReader, NotAWorkbookIsAnError) {
  const std::string dir = testing::scratch_dir("xlsx_reader_bad");
  testing::write_file(dir + "/text.xlsx", "department: 不是表格\n");
  try {
    xlsx_workbook book(dir + "/text.xlsx");
    FAIL() << "no error";
  } catch (const engine::xlsx_error& e) {
    EXPECT_EQ(0u, std::string(e.what()).find(dir + "/text.xlsx: cannot open as an .xlsx (zip) file: ")) << e.what();
  }
  EXPECT_THROW(xlsx_workbook(dir + "/absent.xlsx"), engine::xlsx_error);
  const xlsx_workbook seed_book(seed().workbook);
  EXPECT_THROW(seed_book.sheet("不存在"), engine::xlsx_error);
  EXPECT_THROW(seed_book.sheet(99), engine::xlsx_error);
}

}  // namespace
}  // namespace jixiao
