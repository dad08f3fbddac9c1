// The reports' words in the reader's language: the bundled example (fixtures/seed/) as a
// table and as CSV, in Chinese (the default) and with --lang en. The data (names,
// targets, units) is the input's own and stays as written; figures never change.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "tests/test_util.hpp"

namespace jixiao {
namespace {

const std::vector<std::string> seed_files = {"fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml"};

std::string seed_report(const std::string& lang, const std::string& format) {
  std::vector<std::string> args = {"--lang", lang, "score"};
  args.insert(args.end(), seed_files.begin(), seed_files.end());
  args.insert(args.end(), {"--format", format});
  const auto r = testing::run_cli(args);
  EXPECT_EQ(0, r.status) << r.err;
  return r.out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

bool has_line(const std::vector<std::string>& lines, const std::string& wanted) {
  for (const std::string& line : lines) {
    if (line == wanted) return true;
  }
  return false;
}

// The first line starting with `prefix`, or "".
std::string line_starting(const std::vector<std::string>& lines, const std::string& prefix) {
  for (const std::string& line : lines) {
    if (line.rfind(prefix, 0) == 0) return line;
  }
  return {};
}

std::vector<std::string> words_of(const std::string& line) {
  std::vector<std::string> words;
  std::istringstream in(line);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// Project 1 (设备购置经费) has a budget of 24 万元 and six indicators whose categories were
// all inferred; the seed has 25 projects and 184 findings (31 warnings, 153 notes), the
// first the over-achievement of 打印机购置数量 (actual 8 against 5).
TEST(ReportLanguage, TableInChinese) {
  const auto lines = lines_of(seed_report("zh", "table"));
  ASSERT_GT(lines.size(), 10u);
  EXPECT_EQ("评分政策: 内置政策", lines[1]);
  EXPECT_EQ("输入文件:", lines[2]);
  EXPECT_EQ(0u, lines[3].find("  目标表      fixtures/seed/targets.yaml  sha256=")) << lines[3];
  EXPECT_EQ(0u, lines[4].find("  实际完成值  fixtures/seed/actuals.yaml  sha256=")) << lines[4];
  EXPECT_EQ("部门: 宁波市委组织部", lines[5]);
  EXPECT_EQ("年度: 2023", lines[6]);
  EXPECT_TRUE(has_line(lines, "项目 1 设备购置经费  预算 24 万元"));
  EXPECT_TRUE(has_line(lines, "  指标            类别        目标                 实际   权重   得分  状态  计算"));
  EXPECT_TRUE(has_line(lines, "  * 类别由指标名称推断"));
  EXPECT_EQ(0u, line_starting(lines, "  预算执行: 23.6 / 24 万元, 执行率 98.33%, 得分 9.83 / 10.00 (").find("  预算执行"));
  EXPECT_EQ(0u, line_starting(lines, "  总分: 99.83 (").find("  总分"));
  EXPECT_TRUE(has_line(lines, "汇总"));
  EXPECT_TRUE(has_line(lines, "  项目数: 25"));
  EXPECT_EQ(0u, line_starting(lines, "  预算加权平均分: ").find("  预算加权平均分"));
  EXPECT_EQ(0u, line_starting(lines, "  预算合计: ").find("  预算合计"));
  EXPECT_TRUE(has_line(lines, "发现 (184: 0 个错误，31 个警告，153 个提示):"));
  EXPECT_EQ(0u, line_starting(lines, "  警告 fixtures/seed/actuals.yaml:11:16: 项目 1 / 打印机购置数量: 超额完成: ")
                    .find("  警告"));
  for (const std::string& line : lines) {
    EXPECT_EQ(std::string::npos, line.find("[warning]")) << line;
    EXPECT_EQ(std::string::npos, line.find("over_achievement")) << line;
  }
}

TEST(ReportLanguage, TableInEnglish) {
  const auto lines = lines_of(seed_report("en", "table"));
  ASSERT_GT(lines.size(), 10u);
  EXPECT_EQ("Scoring policy: built-in policy", lines[1]);
  EXPECT_EQ("Input files:", lines[2]);
  EXPECT_EQ(0u, lines[3].find("  targets  fixtures/seed/targets.yaml  sha256=")) << lines[3];
  EXPECT_EQ(0u, lines[4].find("  actuals  fixtures/seed/actuals.yaml  sha256=")) << lines[4];
  EXPECT_EQ("Department: 宁波市委组织部", lines[5]);
  EXPECT_EQ("Year: 2023", lines[6]);
  EXPECT_TRUE(has_line(lines, "Project 1 设备购置经费  budget 24 (10,000 yuan)"));
  EXPECT_EQ((std::vector<std::string>{"Indicator", "Category", "Target", "Actual", "Weight", "Score", "Status", "Computation"}),
            words_of(line_starting(lines, "  Indicator ")));
  EXPECT_TRUE(has_line(lines, "  * category inferred from the indicator's name"));
  EXPECT_EQ(0u, line_starting(lines, "  Budget execution: 23.6 / 24 (10,000 yuan), execution rate 98.33%, score 9.83 / 10.00 (")
                    .find("  Budget"));
  EXPECT_EQ(0u, line_starting(lines, "  Total: 99.83 (").find("  Total"));
  EXPECT_TRUE(has_line(lines, "Summary"));
  EXPECT_TRUE(has_line(lines, "  Projects: 25"));
  EXPECT_TRUE(has_line(lines, "Findings (184: 0 errors, 31 warnings, 153 notes):"));
  EXPECT_EQ(0u, line_starting(lines, "  warning fixtures/seed/actuals.yaml:11:16: project 1 / 打印机购置数量: over-achievement: ")
                    .find("  warning"));
  // No label of the Chinese report is left.
  for (const char* label : {"评分政策", "输入文件", "部门:", "年度:", "预算执行:", "总分:", "汇总", "发现 (", "类别由", "复核"}) {
    for (const std::string& line : lines) EXPECT_EQ(std::string::npos, line.find(label)) << label << " in: " << line;
  }
}

TEST(ReportLanguage, CsvInChinese) {
  const std::string csv = seed_report("zh", "csv");
  ASSERT_EQ(0u, csv.find("\xEF\xBB\xBF"));
  const auto lines = lines_of(csv.substr(3));
  ASSERT_GT(lines.size(), 10u);
  EXPECT_EQ("来源,版本,0.1.0", lines[0]);
  EXPECT_EQ("来源,评分政策,内置政策", lines[1]);
  EXPECT_EQ(0u, lines[2].find("来源,输入文件,目标表 fixtures/seed/targets.yaml sha256=")) << lines[2];
  EXPECT_EQ(0u, lines[3].find("来源,输入文件,实际完成值 fixtures/seed/actuals.yaml sha256=")) << lines[3];
  EXPECT_EQ("来源,部门,宁波市委组织部", lines[4]);
  EXPECT_EQ("来源,年度,2023", lines[5]);
  EXPECT_EQ("", lines[6]);
  EXPECT_EQ("项目编号,项目名称,指标,类别,类别为推断,目标,实际,权重,得分,状态,计算,备注", lines[7]);
  EXPECT_EQ(0u, lines[8].find("1,设备购置经费,打印机购置数量,产出/数量,是,'= 台 5,8,12.50,12.50,")) << lines[8];
  EXPECT_EQ(0u, lines[14].find("1,设备购置经费,预算执行率,预算执行率,否,,98.33%,10.00,9.83,,")) << lines[14];
  EXPECT_EQ(0u, lines[15].find("1,设备购置经费,总分,,否,,,,99.83,")) << lines[15];
}

TEST(ReportLanguage, CsvInEnglish) {
  const auto lines = lines_of(seed_report("en", "csv").substr(3));
  ASSERT_GT(lines.size(), 10u);
  EXPECT_EQ("Source,Version,0.1.0", lines[0]);
  EXPECT_EQ("Source,Scoring policy,built-in policy", lines[1]);
  EXPECT_EQ(0u, lines[2].find("Source,Input file,targets fixtures/seed/targets.yaml sha256=")) << lines[2];
  EXPECT_EQ("Source,Department,宁波市委组织部", lines[4]);
  EXPECT_EQ("Source,Year,2023", lines[5]);
  EXPECT_EQ("Project ID,Project name,Indicator,Category,Category inferred,Target,Actual,Weight,Score,Status,Computation,Note",
            lines[7]);
  EXPECT_EQ(0u, lines[8].find("1,设备购置经费,打印机购置数量,output/quantity,yes,'= 台 5,8,12.50,12.50,")) << lines[8];
  EXPECT_EQ(0u, lines[14].find("1,设备购置经费,Budget execution rate,Budget execution rate,no,,98.33%,10.00,9.83,,")) << lines[14];
  EXPECT_EQ(0u, lines[15].find("1,设备购置经费,Total,,no,,,,99.83,")) << lines[15];
}

// The province of fixtures/province/: a_seed (the seed: 25 projects, 优 21 良 2 中 2, mean
// 94.66), b_small, and c_broken, whose actuals file is broken; all three are written.
TEST(ReportLanguage, ProvinceSummaryInBothLanguages) {
  const std::string manifest = testing::source_path("fixtures/province/manifest.yaml");
  const auto zh = testing::run_cli({"--lang", "zh", "score", manifest, "-j", "1"});
  EXPECT_NE(std::string::npos, zh.out.find("\n全省汇总\n\n  部门: 已报告 3 / 3 个，出错 1 个\n")) << zh.out;
  EXPECT_NE(std::string::npos, zh.out.find("\n  a_seed                25      优 21  良 2  中 2  差 0   94.66   正常\n"));
  EXPECT_NE(std::string::npos, zh.out.find("══════ 部门 c_broken ══════\n错误: "));
  EXPECT_NE(std::string::npos, zh.out.find("\n  出错的部门:\n"));
  const auto en = testing::run_cli({"--lang", "en", "score", manifest, "-j", "1"});
  EXPECT_NE(std::string::npos, en.out.find("\nProvince summary\n\n  Departments: 3 / 3 reported, 1 with errors\n")) << en.out;
  EXPECT_NE(std::string::npos, en.out.find("══════ Department c_broken ══════\nError: "));
  EXPECT_NE(std::string::npos, en.out.find("\n  Departments with errors:\n"));
  EXPECT_EQ(std::string::npos, en.out.find("全省"));
}

}  // namespace
}  // namespace jixiao
