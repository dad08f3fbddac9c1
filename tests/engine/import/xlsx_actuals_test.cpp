// Actuals collected in Excel: the collection workbook `jixiao template --format xlsx`
// writes (its sheets, locks, drop-downs, checks), and actuals read back from filled
// workbooks (fixtures/seed/actuals.xlsx, filled by tools/fill_collection.py; one written
// by openpyxl), which must score exactly as the same actuals in YAML. The errors of
// broken and hostile workbooks are in the bad-input corpus (tests/bad_input/actuals_xlsx_*).
#include <gtest/gtest.h>
#include <zip.h>

#include <stdexcept>

#include <pugixml.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <sstream>

#include "engine/import/actuals_file.hpp"
#include "engine/import/xlsx_actuals.hpp"
#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "engine/report/write_collection_xlsx.hpp"
#include "engine/score/score_files.hpp"
#include "engine/report/writers.hpp"
#include "engine/import/xlsx_reader.hpp"
#include "engine/yaml/yaml_document.hpp"
#include "tests/test_util.hpp"

namespace jixiao {
namespace {

using engine::report;

const std::string seed_targets = "fixtures/seed/targets.yaml";
const std::string seed_yaml = "fixtures/seed/actuals.yaml";
const std::string seed_xlsx = "fixtures/seed/actuals.xlsx";
const std::string other_dir = "tests/data/xlsx_actuals/";

// A path of the source tree, or an absolute one (a scratch file).
std::string at(const std::string& path) { return path.rfind('/', 0) == 0 ? path : testing::source_path(path); }

report score(const std::string& targets, const std::string& actuals) {
  return engine::score_department_files({at(targets), at(actuals), "", ""},
                                        std::make_shared<const rules::scoring_policy>(), {});
}

// The report of the workbook with what may differ from the YAML's made the same: the
// actuals' name and hash, and the findings' places (cells, not lines). Everything else
// (every figure, word, finding and its order) must be equal first.
report as_yaml(report x, const report& y) {
  EXPECT_EQ(x.findings.size(), y.findings.size());
  for (std::size_t k = 0; k < x.findings.size() && k < y.findings.size(); ++k) {
    auto& f = x.findings[k];
    const auto& g = y.findings[k];
    EXPECT_EQ(f.kind, g.kind) << k;
    EXPECT_EQ(f.project, g.project) << k;
    EXPECT_EQ(f.indicator, g.indicator) << k;
    EXPECT_EQ(f.message, g.message) << k;
    EXPECT_EQ(f.level, g.level) << k;
    if (f.file == x.inputs[1].path) {
      EXPECT_TRUE(f.sheet != nullptr || f.line == 0) << k << " " << f.kind;
      f.file = g.file;
      f.line = g.line;
      f.column = g.column;
      f.sheet = g.sheet;
    }
  }
  x.inputs[1] = y.inputs[1];
  return x;
}

std::string render(const report& r, const std::string& format) {
  std::ostringstream out;
  if (format == "table") engine::write_table(r, out);
  if (format == "markdown") engine::write_markdown(r, out);
  if (format == "csv") engine::write_csv(r, out);
  if (format == "json") engine::write_json(r, out);
  if (format == "html") engine::write_html(r, out);
  return out.str();
}

void expect_same_reports(const std::string& targets, const std::string& yaml, const std::string& xlsx) {
  const report y = score(targets, yaml);
  const report x = as_yaml(score(targets, xlsx), y);
  for (const char* format : {"table", "markdown", "csv", "json", "html"}) {
    EXPECT_EQ(render(y, format), render(x, format)) << format;
  }
}

const engine::finding_entry* find(const report& r, const std::string& kind, const std::string& project,
                                  const std::string& indicator = "") {
  for (const auto& f : r.findings) {
    if (f.kind == kind && f.project == project && f.indicator == indicator) return &f;
  }
  return nullptr;
}

TEST(XlsxActuals, SeedWorkbookScoresAsTheYaml) { expect_same_reports(seed_targets, seed_yaml, seed_xlsx); }

TEST(XlsxActuals, SeedFindingsPointAtCells) {
  const report x = score(seed_targets, seed_xlsx);
  // Project 1's first indicator is the first row under the header; project 21 the 21st project.
  const auto* over = find(x, "over_achievement", "1", "打印机购置数量");
  ASSERT_NE(nullptr, over);
  EXPECT_EQ("实际完成值!F2", engine::finding_cell(*over));
  const auto* spent = find(x, "missing_spent", "21");
  ASSERT_NE(nullptr, spent);
  EXPECT_EQ("预算执行!E22", engine::finding_cell(*spent));
  const std::string json = render(x, "json");
  EXPECT_NE(std::string::npos, json.find("\"line\": null,\n      \"column\": null,\n      \"cell\": \"实际完成值!F2\""));
  EXPECT_NE(std::string::npos, render(x, "table").find(testing::source_path(seed_xlsx) + ":预算执行!E22: project 21: spending not reported"));
}

TEST(XlsxActuals, WorkbookFilledByOpenpyxlScoresAsTheYaml) {
  const report x = score(other_dir + "targets.yaml", other_dir + "openpyxl.xlsx");
  ASSERT_EQ(2u, x.projects.size());
  // 1: 购置数量 "4台" 20×4/5 = 16; 完成时间 a date cell 2023-11-20 before 11-30: 10; 单位成本 1.8 ≤ 2: 20;
  //    使用效益 部分达成 30×70% = 21; 满意率 "92%" ≥ 90: 10; budget 10×9.5/10 = 9.5: 86.50.
  EXPECT_DOUBLE_EQ(86.5, x.projects[0].total);
  // 2: 培训人次 "3,000人次": 40; 会议次数 3 of planned 4: 10×3/4 = 7.5; 慰问覆盖面 不适用 (30 leaves);
  //    满意度 0.96 under the format 0%, so 96% ≥ 95: 10; budget 10×18/20 = 9; 100×66.5/70 = 95.00.
  EXPECT_DOUBLE_EQ(95.0, x.projects[1].total);
  EXPECT_EQ("96%", x.projects[1].indicators[3].actual);
  EXPECT_EQ("2023-11-20", x.projects[0].indicators[1].actual);
  EXPECT_DOUBLE_EQ(92.17, x.mean);  // (86.5×10 + 95×20) / 30
  expect_same_reports(other_dir + "targets.yaml", other_dir + "actuals.yaml", other_dir + "openpyxl.xlsx");
}

// The same actuals written by openpyxl into the workbook jixiao template made, by header
// (the date cell holds 15:30 too: the day counts).
TEST(XlsxActuals, TemplateFilledByOpenpyxlScoresAsTheYaml) {
  const report x = score(other_dir + "targets.yaml", other_dir + "openpyxl_template.xlsx");
  ASSERT_EQ(2u, x.projects.size());
  EXPECT_DOUBLE_EQ(86.5, x.projects[0].total);
  EXPECT_DOUBLE_EQ(95.0, x.projects[1].total);
  expect_same_reports(other_dir + "targets.yaml", other_dir + "actuals.yaml", other_dir + "openpyxl_template.xlsx");
}

TEST(XlsxActuals, ReadByContentNotByName) {
  const std::string dir = testing::scratch_dir("xlsx_actuals_named");
  testing::write_file(dir + "/actuals.yaml", testing::read_file(testing::source_path(seed_xlsx)));
  const auto r = testing::run_cli({"--lang", "en", "score", testing::source_path(seed_targets), dir + "/actuals.yaml", "-f", "json"});
  EXPECT_EQ(0, r.status) << r.err;
  EXPECT_NE(std::string::npos, r.out.find("\"cell\": \"实际完成值!F2\""));
}

// tests/bad_input/ok/actuals.xlsx with rows 6 to 1,048,576 of its 实际完成值 sheet written
// blank: made here, since the workbook packs to 2.5 MiB (17 MiB unpacked).
std::string million_blank_rows_workbook() {
  const std::string path = testing::scratch_dir("xlsx_million_rows") + "/million_blank_rows.xlsx";
  testing::write_file(path, testing::read_file(testing::source_path("tests/bad_input/ok/actuals.xlsx")));
  int error = 0;
  zip_t* z = zip_open(path.c_str(), 0, &error);
  if (z == nullptr) throw std::runtime_error("cannot open " + path);
  const char* const sheet = "xl/worksheets/sheet2.xml";
  zip_stat_t st;
  zip_file_t* f = zip_stat(z, sheet, 0, &st) == 0 ? zip_fopen(z, sheet, 0) : nullptr;
  if (f == nullptr) throw std::runtime_error(std::string("no ") + sheet + " in " + path);
  std::string xml(st.size, '\0');
  const bool read = zip_fread(f, xml.data(), st.size) == static_cast<zip_int64_t>(st.size);
  zip_fclose(f);
  if (!read) throw std::runtime_error(std::string("cannot read ") + sheet);
  std::string rows;
  for (int r = 6; r <= 1048576; ++r) rows += "<row r=\"" + std::to_string(r) + "\"/>";
  xml.insert(xml.find("</sheetData>"), rows);
  zip_source_t* source = zip_source_buffer(z, xml.data(), xml.size(), 0);
  if (source == nullptr || zip_file_replace(z, static_cast<zip_uint64_t>(st.index), source, 0) != 0 ||
      zip_close(z) != 0) {
    throw std::runtime_error("cannot write " + path);
  }
  return path;
}

// A million rows: the blank ones are ignored, the four filled ones read as
// tests/bad_input/ok/actuals.yaml.
TEST(XlsxActuals, MillionBlankRowsAreIgnored) {
  const engine::actual_table a = engine::load_actuals_file(million_blank_rows_workbook(), {}, {});
  ASSERT_EQ(1u, a.projects.size());
  ASSERT_EQ(4u, a.projects[0].indicators.size());
  EXPECT_EQ("满意率", a.projects[0].indicators[3].name);
  EXPECT_EQ("95%", a.projects[0].indicators[3].value.written);
  EXPECT_EQ(9.5, a.projects[0].spent);
}

// check names the cell of a workbook's finding, in text and in JSON.
TEST(XlsxActuals, CheckPointsAtCells) {
  const std::string targets = "tests/bad_input/ok/targets.yaml";
  const std::string workbook = "tests/bad_input/actuals_xlsx_unknown_indicator.xlsx";  // C5 renamed 满意度
  auto r = testing::run_cli({"--lang", "en", "check", testing::source_path(targets), testing::source_path(workbook)});
  EXPECT_EQ(1, r.status) << r.err;
  EXPECT_NE(std::string::npos,
            r.out.find(testing::source_path(workbook) +
                       ":实际完成值!C5: error: project 1 / 满意度: no indicator '满意度' in project 1; the actual is not "
                       "used; did you mean '满意率'? [unknown indicator]\n"))
      << r.out;
  r = testing::run_cli({"--lang", "en", "check", testing::source_path(targets), testing::source_path(workbook), "--format", "json"});
  EXPECT_NE(std::string::npos, r.out.find("\"cell\": \"实际完成值!C5\"")) << r.out;
}

TEST(XlsxActuals, ProvinceFolderTakesActualsXlsx) {
  const std::string dir = testing::scratch_dir("xlsx_actuals_province");
  std::filesystem::create_directories(dir + "/示例单位");
  testing::write_file(dir + "/示例单位/targets.yaml", testing::read_file(testing::source_path(seed_targets)));
  testing::write_file(dir + "/示例单位/actuals.xlsx", testing::read_file(testing::source_path(seed_xlsx)));
  const auto r = testing::run_cli({"--lang", "en", "score", dir, "-f", "json"});
  EXPECT_EQ(0, r.status) << r.err;
  EXPECT_NE(std::string::npos, r.out.find("示例单位/actuals.xlsx")) << r.out.substr(0, 2000);
  EXPECT_NE(std::string::npos, r.out.find("\"cell\": \"预算执行!E22\""));
}

TEST(XlsxActuals, ImportConvertsToYamlThatScoresTheSame) {
  const std::string dir = testing::scratch_dir("xlsx_actuals_import");
  const auto r = testing::run_cli({"--lang", "en", "import", "--actuals", testing::source_path(seed_xlsx), "-o", dir + "/actuals.yaml"});
  ASSERT_EQ(0, r.status) << r.err;
  const std::string yaml = testing::read_file(dir + "/actuals.yaml");
  EXPECT_NE(std::string::npos, yaml.find("year: 2023\nprojects:\n  \"1\":\n    spent: 23.6\n    indicators:\n"
                                         "      打印机购置数量: 8\n      提高工作效率: 达成\n      满意率: \"99%\"\n"));
  EXPECT_NE(std::string::npos, yaml.find("      培训人员知识储备:\n        value: 部分达成\n        ratio: 0.75\n"));
  EXPECT_NE(std::string::npos, yaml.find("      制作宣传视频:\n        value: 12\n        cause: target_too_low\n"));
  EXPECT_NE(std::string::npos, yaml.find("  \"22\":\n    spent: 251.3\n    budget: 260\n"));
  EXPECT_NE(std::string::npos, yaml.find("      机关年轻同志增长:\n"));  // left empty: missing, as in the YAML
  const report y = score(seed_targets, seed_yaml);
  const report back = engine::score_department_files({testing::source_path(seed_targets), dir + "/actuals.yaml", "", ""},
                                                     std::make_shared<const rules::scoring_policy>(), {});
  ASSERT_EQ(y.projects.size(), back.projects.size());
  for (std::size_t k = 0; k < y.projects.size(); ++k) EXPECT_EQ(y.projects[k].total, back.projects[k].total) << k;
}

// A part of a workbook, parsed.
std::unique_ptr<pugi::xml_document> part(const std::string& path, const std::string& name) {
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &error);
  EXPECT_NE(nullptr, z);
  zip_stat_t st;
  EXPECT_EQ(0, zip_stat(z, name.c_str(), 0, &st)) << name;
  std::string data(st.size, '\0');
  zip_file_t* f = zip_fopen(z, name.c_str(), 0);
  EXPECT_EQ(static_cast<zip_int64_t>(st.size), zip_fread(f, data.data(), st.size));
  zip_fclose(f);
  zip_discard(z);
  auto doc = std::make_unique<pugi::xml_document>();
  EXPECT_TRUE(doc->load_buffer(data.data(), data.size()));
  return doc;
}

TEST(CollectionWorkbook, SheetsLocksChecksAndDropDowns) {
  const std::string path = testing::scratch_dir("collection_workbook") + "/实际完成值.xlsx";
  const auto r = testing::run_cli({"--lang", "zh", "template", testing::source_path(seed_targets), "--format", "xlsx", "-o", path});
  ASSERT_EQ(0, r.status) << r.err;
  EXPECT_EQ("", r.out);
  const engine::xlsx_workbook book(path);
  EXPECT_EQ((std::vector<std::string>{"填报说明", "实际完成值", "预算执行"}), book.sheet_names());
  const engine::xlsx_sheet values = book.sheet(std::string("实际完成值"));
  const std::vector<std::string> header = {"项目编号", "项目名称", "指标名称", "指标类别", "年度指标值",
                                           "实际完成值", "偏差原因分析及改进措施", "年中确定值", "档内得分比例", "超额原因"};
  for (std::size_t c = 0; c < header.size(); ++c) EXPECT_EQ(header[c], values.at(0, static_cast<int>(c))->text);
  // 129 indicators, one row each, in table order; the first and the last.
  EXPECT_EQ(130, values.row_count());
  EXPECT_EQ("打印机购置数量", values.at(1, 2)->text);
  EXPECT_EQ("= 台 5", values.at(1, 4)->text);
  const engine::xlsx_sheet budget = book.sheet(std::string("预算执行"));
  EXPECT_EQ("全年执行数（万元）", budget.at(0, 4)->text);
  EXPECT_EQ(26, budget.row_count());  // 25 projects
  EXPECT_DOUBLE_EQ(24, *budget.at(1, 2)->number);

  const auto sheet = part(path, "xl/worksheets/sheet2.xml");
  const pugi::xml_node ws = sheet->child("worksheet");
  const pugi::xml_node protection = ws.child("sheetProtection");
  ASSERT_TRUE(protection);
  EXPECT_FALSE(protection.attribute("password"));  // no password: nobody locked out
  EXPECT_STREQ("1", protection.attribute("sheet").value());
  EXPECT_STREQ("1", ws.child("sheetViews").child("sheetView").child("pane").attribute("ySplit").value());
  EXPECT_STREQ("containsBlanks", ws.child("conditionalFormatting").child("cfRule").attribute("type").value());
  EXPECT_STREQ("F2:F130", ws.child("conditionalFormatting").attribute("sqref").value());
  EXPECT_STREQ("9", ws.child("pageSetup").attribute("paperSize").value());
  int lists = 0;
  bool quantitative_message = false;
  for (const pugi::xml_node v : ws.child("dataValidations").children("dataValidation")) {
    const std::string sqref = v.attribute("sqref").value();
    if (sqref == "F3") {  // 提高工作效率: 有效提升
      EXPECT_STREQ("list", v.attribute("type").value());
      EXPECT_STREQ("\"达成,部分达成,未达成,不适用,好,较好,一般,较差,差\"", v.child_value("formula1"));
      ++lists;
    }
    if (sqref == "F2") {  // 打印机购置数量: = 台 5
      EXPECT_STREQ("年度指标值：= 台 5\n计量单位：台\n填写实际完成数，可带单位，如 5台。", v.attribute("prompt").value());
      quantitative_message = true;
    }
  }
  EXPECT_EQ(1, lists);
  EXPECT_TRUE(quantitative_message);
  const auto budget_sheet = part(path, "xl/worksheets/sheet3.xml");
  bool amount_checked = false;
  for (const pugi::xml_node v : budget_sheet->child("worksheet").child("dataValidations").children("dataValidation")) {
    if (std::string(v.attribute("sqref").value()) != "E2") continue;
    EXPECT_STREQ("decimal", v.attribute("type").value());
    EXPECT_STREQ("greaterThanOrEqual", v.attribute("operator").value());
    amount_checked = true;
  }
  EXPECT_TRUE(amount_checked);
  // Targets locked (the default), inputs unlocked: the styles of A2 and F2.
  const auto styles = part(path, "xl/styles.xml");
  std::vector<pugi::xml_node> xfs;
  for (const pugi::xml_node xf : styles->child("styleSheet").child("cellXfs").children("xf")) xfs.push_back(xf);
  const auto style_of = [&](const char* ref) {
    for (const pugi::xml_node row : ws.child("sheetData").children("row")) {
      for (const pugi::xml_node c : row.children("c")) {
        if (std::string(c.attribute("r").value()) == ref) return xfs.at(c.attribute("s").as_uint());
      }
    }
    return pugi::xml_node();
  };
  EXPECT_FALSE(style_of("A2").child("protection"));
  EXPECT_STREQ("0", style_of("F2").child("protection").attribute("locked").value());
}

// The sheet names and column heads in Chinese and in English, as the two workbooks have them.
const std::vector<std::pair<std::string, std::string>> sheet_names = {
    {"填报说明", "How to fill in"}, {"实际完成值", "Actual values"}, {"预算执行", "Budget execution"}};
const std::vector<std::pair<std::string, std::string>> value_heads = {
    {"项目编号", "Project ID"},
    {"项目名称", "Project name"},
    {"指标名称", "Indicator name"},
    {"指标类别", "Indicator category"},
    {"年度指标值", "Annual target value"},
    {"实际完成值", "Actual value"},
    {"偏差原因分析及改进措施", "Analysis of the deviation and improvements"},
    {"年中确定值", "Target fixed during the year"},
    {"档内得分比例", "Score ratio within the grade"},
    {"超额原因", "Cause of over-achievement"}};
const std::vector<std::pair<std::string, std::string>> budget_heads = {{"项目编号", "Project ID"},
                                                                       {"项目名称", "Project name"},
                                                                       {"全年预算数（万元）", "Annual budget (10,000 yuan)"},
                                                                       {"调整后预算数（万元）", "Adjusted budget (10,000 yuan)"},
                                                                       {"全年执行数（万元）", "Annual spending (10,000 yuan)"}};

TEST(CollectionWorkbook, InEnglishWithLangEn) {
  const std::string path = testing::scratch_dir("collection_workbook_en") + "/actuals.xlsx";
  const auto r = testing::run_cli({"--lang", "en", "template", testing::source_path(seed_targets), "--format", "xlsx", "-o", path});
  ASSERT_EQ(0, r.status) << r.err;
  const engine::xlsx_workbook book(path);
  EXPECT_EQ((std::vector<std::string>{"How to fill in", "Actual values", "Budget execution"}), book.sheet_names());
  const engine::xlsx_sheet guide = book.sheet(std::string("How to fill in"));
  EXPECT_EQ("宁波市委组织部: project spending performance self-evaluation, actual values to fill in", guide.at(0, 0)->text);
  EXPECT_EQ("Year reported", guide.at(1, 0)->text);
  EXPECT_EQ("Topic", guide.at(3, 0)->text);
  EXPECT_EQ("What to fill in", guide.at(4, 0)->text);
  const engine::xlsx_sheet values = book.sheet(std::string("Actual values"));
  for (std::size_t c = 0; c < value_heads.size(); ++c) {
    EXPECT_EQ(value_heads[c].second, values.at(0, static_cast<int>(c))->text);
  }
  const engine::xlsx_sheet budget = book.sheet(std::string("Budget execution"));
  for (std::size_t c = 0; c < budget_heads.size(); ++c) {
    EXPECT_EQ(budget_heads[c].second, budget.at(0, static_cast<int>(c))->text);
  }
  const auto sheet = part(path, "xl/worksheets/sheet2.xml");
  bool quantitative_message = false;
  for (const pugi::xml_node v : sheet->child("worksheet").child("dataValidations").children("dataValidation")) {
    if (std::string(v.attribute("sqref").value()) != "F2") continue;  // 打印机购置数量: = 台 5
    EXPECT_STREQ("Quantitative indicator", v.attribute("promptTitle").value());
    EXPECT_STREQ("Annual target value: = 台 5\nUnit: 台\nEnter the actual number, with or without its unit, such as 5台.",
                 v.attribute("prompt").value());
    quantitative_message = true;
  }
  EXPECT_TRUE(quantitative_message);
  // Unfilled, it reads back as the Chinese one does: the year, every project, every indicator missing.
  const engine::actual_table actuals = engine::load_actuals_file(path, rules::scoring_policy(), {});
  EXPECT_EQ(2023, actuals.year);
  ASSERT_EQ(25u, actuals.projects.size());
  EXPECT_EQ("Actual values", std::string(actuals.projects[0].indicators[0].mark.sheet));
  std::size_t count = 0;
  for (const auto& p : actuals.projects) {
    for (const auto& a : p.indicators) count += a.left_empty;
  }
  EXPECT_EQ(129u, count);
}

// `from` with its sheet names, heads, year label and cause values put in English, as a
// workbook made with --lang en and filled has them.
// `renamed` puts other texts in some cells.
void write_in_english(const std::string& from, const std::string& to,
                      const std::map<std::string, std::string>& renamed = {}) {
  std::map<std::string, std::string> texts = {{"填报年度", "Year reported"}, {"目标值设定偏低", "Target set too low"}};
  for (const auto& list : {value_heads, budget_heads}) {
    for (const auto& [zh, en] : list) texts[zh] = en;
  }
  for (const auto& [zh, other] : renamed) texts[zh] = other;
  std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing);
  int error = 0;
  zip_t* z = zip_open(to.c_str(), 0, &error);
  ASSERT_NE(nullptr, z);
  std::vector<std::unique_ptr<std::string>> parts;
  for (zip_int64_t i = 0, n = zip_get_num_entries(z, 0); i < n; ++i) {
    const std::string name = zip_get_name(z, i, 0);
    if (name.rfind("xl/", 0) != 0 || name.size() < 4 || name.substr(name.size() - 4) != ".xml") continue;
    const auto doc = part(from, name);
    struct walker : pugi::xml_tree_walker {
      std::map<std::string, std::string>* texts;
      bool for_each(pugi::xml_node& node) override {
        if (node.type() == pugi::node_element && std::string(node.name()) == "sheet") {
          for (const auto& [zh, en] : sheet_names) {
            if (zh == node.attribute("name").value()) node.attribute("name").set_value(en.c_str());
          }
        }
        if (node.type() != pugi::node_pcdata) return true;
        std::string value = node.value();
        if (const auto found = texts->find(value); found != texts->end()) value = found->second;
        for (const auto& [zh, en] : sheet_names) {  // defined names: '实际完成值'!$A$1:$J$130
          const std::string quoted = "'" + zh + "'!";
          if (value.rfind(quoted, 0) == 0) value = "'" + en + "'!" + value.substr(quoted.size());
        }
        node.set_value(value.c_str());
        return true;
      }
    } walk;
    walk.texts = &texts;
    doc->traverse(walk);
    std::ostringstream out;
    doc->save(out, "", pugi::format_raw);
    parts.push_back(std::make_unique<std::string>(out.str()));
    zip_source_t* source = zip_source_buffer(z, parts.back()->data(), parts.back()->size(), 0);
    ASSERT_EQ(0, zip_file_replace(z, static_cast<zip_uint64_t>(i), source, 0)) << name;
  }
  ASSERT_EQ(0, zip_close(z));
}

// The seed's filled workbook (Chinese) and the same in English score alike, and
// `jixiao import --actuals` and `jixiao score` read both, in either language, to the same.
TEST(CollectionWorkbook, EnglishWorkbookReadsBackAsTheChinese) {
  const std::string dir = testing::scratch_dir("collection_round_trip");
  write_in_english(testing::source_path(seed_xlsx), dir + "/actuals.xlsx");
  {
    const engine::xlsx_workbook book(dir + "/actuals.xlsx");
    ASSERT_EQ((std::vector<std::string>{"How to fill in", "Actual values", "Budget execution"}), book.sheet_names());
    EXPECT_EQ("Annual spending (10,000 yuan)", book.sheet(std::string("Budget execution")).at(0, 4)->text);
  }
  expect_same_reports(seed_targets, seed_yaml, dir + "/actuals.xlsx");
  for (const char* lang : {"zh", "en"}) {
    const auto zh = testing::run_cli({"--lang", lang, "import", "--actuals", testing::source_path(seed_xlsx)});
    const auto en = testing::run_cli({"--lang", lang, "import", "--actuals", dir + "/actuals.xlsx"});
    ASSERT_EQ(0, zh.status) << zh.err;
    ASSERT_EQ(0, en.status) << en.err;
    EXPECT_NE(std::string::npos, en.out.find("      制作宣传视频:\n        value: 12\n        cause: target_too_low\n"));
    const auto without_first_line = [](const std::string& text) { return text.substr(text.find('\n') + 1); };
    EXPECT_EQ(without_first_line(zh.out), without_first_line(en.out)) << lang;  // the first names the file
    const auto scored_zh = testing::run_cli({"--lang", lang, "score", testing::source_path(seed_targets),
                                             testing::source_path(seed_xlsx), "-f", "csv"});
    const auto scored_en =
        testing::run_cli({"--lang", lang, "score", testing::source_path(seed_targets), dir + "/actuals.xlsx", "-f", "csv"});
    ASSERT_EQ(0, scored_zh.status) << scored_zh.err;
    ASSERT_EQ(0, scored_en.status) << scored_en.err;
    // Alike but for the actuals' line (path, hash) and the sheets the findings name (实际完成值!F17, Actual values!F17).
    const auto normalized = [](std::string csv) {
      const std::size_t at = csv.find("actuals.xlsx sha256=");
      if (at != std::string::npos) {
        const std::size_t line = csv.rfind('\n', at) + 1;
        csv.erase(line, csv.find('\n', at) + 1 - line);
      }
      for (const auto& [zh, en] : sheet_names) {
        for (std::size_t at = csv.find(en + "!"); at != std::string::npos; at = csv.find(en + "!", at)) {
          csv.replace(at, en.size(), zh);
        }
      }
      return csv;
    };
    EXPECT_EQ(normalized(scored_zh.out), normalized(scored_en.out)) << lang;
  }
  // Its findings name the English sheets: 22 has its adjusted budget in E22 of Budget execution.
  const auto json = testing::run_cli({"--lang", "en", "score", testing::source_path(seed_targets), dir + "/actuals.xlsx",
                                      "-f", "json"});
  EXPECT_NE(std::string::npos, json.out.find("\"cell\": \"Budget execution!E22\""));
}

// A message about an English workbook names its columns as it has them.
TEST(CollectionWorkbook, EnglishWorkbookErrorsNameEnglishColumns) {
  const std::string dir = testing::scratch_dir("collection_english_error");
  write_in_english(testing::source_path(seed_xlsx), dir + "/actuals.xlsx", {{"实际完成值", "Actual"}});
  try {
    engine::load_actuals_file(dir + "/actuals.xlsx", rules::scoring_policy(), {});
    ADD_FAILURE() << "no error";
  } catch (const engine::input_error& e) {
    EXPECT_EQ("the header row has no column 'Actual value' (the row has: Project ID, Project name, Indicator name, "
              "Indicator category, Annual target value, Actual, Analysis of the deviation and improvements, Target "
              "fixed during the year, Score ratio within the grade, Cause of over-achievement)",
              e.message());
    EXPECT_NE(std::string::npos, std::string(e.what()).find("Actual values!A1")) << e.what();
  }
}

TEST(CollectionWorkbook, ReadBackUnfilledEveryIndicatorMissing) {
  const std::string path = testing::scratch_dir("collection_unfilled") + "/实际完成值.xlsx";
  const rules::scoring_policy policy;
  const engine::target_table targets =
      engine::load_targets(engine::yaml_document::load(testing::source_path(seed_targets)), policy);
  engine::write_collection_xlsx(targets, path);
  const engine::actual_table actuals = engine::load_actuals_file(path, policy, {});
  EXPECT_EQ(2023, actuals.year);
  ASSERT_EQ(25u, actuals.projects.size());
  std::size_t count = 0;
  for (std::size_t k = 0; k < 25; ++k) {
    EXPECT_EQ(targets.projects[k].id, actuals.projects[k].id);
    EXPECT_FALSE(actuals.projects[k].spent);
    for (const auto& a : actuals.projects[k].indicators) {
      EXPECT_TRUE(a.left_empty) << a.name;
      ++count;
    }
  }
  EXPECT_EQ(129u, count);
}

TEST(CollectionWorkbook, CommandLine) {
  auto r = testing::run_cli({"--lang", "en", "template", testing::source_path(seed_targets), "--format", "xlsx"});
  EXPECT_EQ(64, r.status);
  EXPECT_EQ("jixiao template: --format xlsx writes a workbook: give its file with -o (e.g. -o 实际完成值.xlsx)\n", r.err);
  r = testing::run_cli({"--lang", "en", "template", testing::source_path(seed_targets), "--format", "ods", "-o", "x.ods"});
  EXPECT_EQ(64, r.status);
  EXPECT_EQ("jixiao template: unknown format 'ods': expected yaml or xlsx\n", r.err);
  r = testing::run_cli({"--lang", "en", "import", "x.csv", "--actuals", "y.xlsx"});
  EXPECT_EQ(64, r.status);
  EXPECT_EQ("jixiao import: give either a target table or --actuals, not both\n", r.err);
  r = testing::run_cli({"--lang", "en", "template", testing::source_path(seed_targets), "--format", "xlsx", "-o", "/nonexistent/dir/a.xlsx"});
  EXPECT_EQ(3, r.status);
  EXPECT_EQ("", r.out);
}

}  // namespace
}  // namespace jixiao
