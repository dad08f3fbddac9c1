// jixiao import: CSV reading (RFC 4180, UTF-8 or GB18030), rows -> targets YAML, and
// the seed table's CSV twins importing to the hand-written targets.
#include <gtest/gtest.h>

#include "engine/import/csv_reader.hpp"
#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "tests/test_util.hpp"

namespace jixiao {
namespace {

using testing::run_cli;
using testing::source_path;

const std::string header = "序号,项目名称,项目概况,本年预算金额,年度绩效目标,指标名称,运算符,单位,年度目标值\n";

// Imports `csv` written to a scratch file; returns the run.
testing::cli_result import_text(const std::string& name, const std::string& csv, std::vector<std::string> extra = {}) {
  const std::string dir = testing::scratch_dir("import_" + name);
  testing::write_file(dir + "/table.csv", csv);
  std::vector<std::string> args = {"--lang", "en", "import", dir + "/table.csv"};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_cli(args);
}

std::string path_of(const std::string& name) { return testing::scratch_dir("import_" + name) + "/table.csv"; }

TEST(CsvReader, QuotedFieldsHoldCommasQuotesAndLineBreaks) {
  const auto table = engine::parse_csv("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",,x\n\nlast,", "t.csv");
  ASSERT_EQ(4u, table.rows.size());
  EXPECT_EQ((std::vector<std::string>{"a", "b,c", "say \"hi\""}), table.rows[0]);
  EXPECT_EQ((std::vector<std::string>{"two\nlines", "", "x"}), table.rows[1]);
  EXPECT_EQ((std::vector<std::string>{""}), table.rows[2]);
  EXPECT_EQ((std::vector<std::string>{"last", ""}), table.rows[3]);
  // Places: the line a field starts on, and its field number.
  EXPECT_EQ(1, table.positions[0][2].line);
  EXPECT_EQ(3, table.positions[0][2].column);
  EXPECT_EQ(2, table.positions[1][0].line);
  EXPECT_EQ(3, table.positions[1][2].line);
  EXPECT_EQ(3, table.positions[1][2].column);
  EXPECT_EQ(5, table.positions[3][1].line);
  EXPECT_EQ(2, table.positions[3][1].column);
}

TEST(CsvReader, BadQuotingNamesLineAndField) {
  try {
    engine::parse_csv("a,b\nc,\"open\nstill open", "t.csv");
    FAIL();
  } catch (const engine::input_error& e) {
    EXPECT_STREQ("t.csv:2:2: a quoted field is not closed: its '\"' has no match", e.what());
  }
  try {
    engine::parse_csv("a,\"b\"c\n", "t.csv");
    FAIL();
  } catch (const engine::input_error& e) {
    EXPECT_STREQ("t.csv:1:2: text after the closing quote of a quoted field; a quote inside one is written twice (\"\")",
                 e.what());
  }
}

TEST(CsvReader, DecodesUtf8WithBomAndGb18030) {
  EXPECT_EQ("序号,1", engine::decode_table_text("\xEF\xBB\xBF序号,1", "t.csv"));
  EXPECT_EQ("序号,1", engine::decode_table_text("序号,1", "t.csv"));
  EXPECT_EQ("序号,1", engine::decode_table_text("\xD0\xF2\xBA\xC5,1", "t.csv"));  // 序号 in GBK
  try {
    engine::decode_table_text("\xD0\xF2\xBA\xC5\n\xBA\xC5\x81\x20", "t.csv");  // 0x81 0x20: no GB18030 character
    FAIL();
  } catch (const engine::input_error& e) {
    EXPECT_STREQ("t.csv:2:2: neither UTF-8 nor GB18030: byte 0x81 at offset 7; save the sheet as CSV in UTF-8 (or in "
                 "the system's Chinese encoding)",
                 e.what());
  }
  EXPECT_THROW(engine::decode_table_text("\xFF\xFE\x41\x00", "t.csv"), engine::input_error);
}

// The columns found by name (spaces and full-width brackets tolerated, a title row
// above and an extra column ignored); a project's cells on its first row only.
TEST(ImportCommand, WritesTheTargetsYaml) {
  const auto r = import_text("small",
                             "2023年项目绩效目标表,,,,,,,,,\r\n"
                             "序 号, 项目名称 ,项目概况,本年预算金额（万元）,年度绩效目标,备注,指标名称,运算符,单位,年度目标值\r\n"
                             "1,设备购置经费,\"概况, 含逗号\",24,\"目标\n第二行\",,打印机购置数量,=,台,5\r\n"
                             ",,,,,,满意率,≥,%,98\r\n"
                             ",,,,,,,,,\r\n"
                             "2,\"培训\"\"经费\"\"\",,\"1,234.5\",,x,\"开发\n区银奖评定数\",,个,\"3\"\r\n"
                             ",,,,,,有效性,,,\"有效提升\"\r\n",
                             {"--department", "示例单位", "--year", "2023"});
  EXPECT_EQ(0, r.status) << r.err;
  EXPECT_EQ("department: 示例单位\n"
            "year: 2023\n"
            "projects:\n"
            "  - id: \"1\"\n"
            "    name: 设备购置经费\n"
            "    budget: 24\n"
            "    overview: \"概况, 含逗号\"\n"
            "    goal: \"目标\\n第二行\"\n"
            "    indicators:\n"
            "      - name: 打印机购置数量\n"
            "        target: \"= 台 5\"\n"
            "      - name: 满意率\n"
            "        target: \"≥ % 98\"\n"
            "\n"
            "  - id: \"2\"\n"
            "    name: \"培训\\\"经费\\\"\"\n"
            "    budget: 1234.5\n"
            "    indicators:\n"
            "      - name: 开发区银奖评定数\n"
            "        target: \"个 3\"\n"
            "      - name: 有效性\n"
            "        target: \"有效提升\"\n",
            r.out);
}

// Unit columns with a magnitude (万亩, 万立方米) and the equals glyphs ═ ﹦ ＝ import as
// written; the targets they make read as 12 万亩, 6 万立方米 and 5 台.
TEST(ImportCommand, MagnitudeUnitsAndEqualsGlyphs) {
  const auto r = import_text("magnitudes", header + "1,造林工程,,300,,造林面积,═,万亩,12\n"
                                                    ",,,,,蓄水量,﹦,万立方米,6\n"
                                                    ",,,,,设备数量,＝,台,5\n");
  EXPECT_EQ(0, r.status) << r.err;
  EXPECT_EQ("department: \"\"\nprojects:\n  - id: \"1\"\n    name: 造林工程\n    budget: 300\n    indicators:\n"
            "      - name: 造林面积\n        target: \"═ 万亩 12\"\n"
            "      - name: 蓄水量\n        target: \"﹦ 万立方米 6\"\n"
            "      - name: 设备数量\n        target: \"＝ 台 5\"\n",
            r.out);
  const rules::scoring_policy policy;
  const auto targets = engine::load_targets(engine::yaml_document::parse(r.out, "t.yaml"), policy);
  const auto& indicators = targets.projects.at(0).indicators;
  ASSERT_EQ(3u, indicators.size());
  EXPECT_EQ(12, indicators[0].rule->value);
  EXPECT_EQ("万亩", indicators[0].rule->unit);
  EXPECT_EQ(6, indicators[1].rule->value);
  EXPECT_EQ("万立方米", indicators[1].rule->unit);
  EXPECT_EQ(rules::comparison::eq, indicators[2].rule->op);
  EXPECT_EQ("台", indicators[2].rule->unit);
}

TEST(ImportCommand, DepartmentEmptyAndYearLeftOutByDefault) {
  const auto r = import_text("defaults", header + "1,经费,,5,,满意率,≥,%,98\n");
  EXPECT_EQ(0, r.status) << r.err;
  EXPECT_EQ("department: \"\"\nprojects:\n  - id: \"1\"\n    name: 经费\n    budget: 5\n    indicators:\n"
            "      - name: 满意率\n        target: \"≥ % 98\"\n",
            r.out);
}

TEST(ImportCommand, ErrorsNameFileLineAndColumn) {
  {
    const auto r = import_text("missing_column", "序号,项目名称,本年预算金额,指标名称,运算符\n1,x,5,y,=\n");
    EXPECT_EQ(2, r.status);
    EXPECT_EQ(path_of("missing_column") +
                  ":1:1: no column 年度目标值 in the header row (the columns are 序号, 项目名称, 项目概况, "
                  "本年预算金额, 年度绩效目标, 指标名称, 运算符, 单位, 年度目标值)\n",
              r.err);
  }
  {
    const auto r = import_text("no_project", header + ",,,,,满意率,≥,%,98\n");
    EXPECT_EQ(2, r.status);
    EXPECT_EQ(path_of("no_project") +
                  ":2:6: 指标名称: an indicator with no project: no row above it gives a 序号 and a 项目名称\n",
              r.err);
  }
  {
    const auto r = import_text("bad_budget", header + "1,经费,,\"1,2\",,满意率,≥,%,98\n");
    EXPECT_EQ(2, r.status);
    EXPECT_EQ(path_of("bad_budget") + ":2:4: 本年预算金额: expected a number (万元), found '1,2'\n", r.err);
  }
  {
    const auto r = import_text("no_name", header + "1,,,5,,满意率,≥,%,98\n");
    EXPECT_EQ(2, r.status);
    EXPECT_EQ(path_of("no_name") + ":2:2: 项目名称: a project (序号 1) with no 项目名称\n", r.err);
  }
  {
    const auto r = import_text("bad_target", header + "1,经费,,5,,满意率,≥,%,九十八\n");
    EXPECT_EQ(2, r.status);
    EXPECT_EQ(0u, r.err.find(path_of("bad_target") + ":2:9: 年度目标值: ")) << r.err;
  }
  {
    const auto r = import_text("bad_encoding", header + "1,\x81\x20,,5,,满意率,≥,%,98\n");
    EXPECT_EQ(2, r.status);
    EXPECT_EQ(0u, r.err.find(path_of("bad_encoding") + ":2:3: neither UTF-8 nor GB18030: byte 0x81")) << r.err;
  }
  {
    const auto r = import_text("no_header", "a,b\n1,2\n");
    EXPECT_EQ(2, r.status);
    EXPECT_EQ(path_of("no_header") + ":1: no header row: expected the columns 序号, 项目名称, 项目概况, 本年预算金额, "
                                     "年度绩效目标, 指标名称, 运算符, 单位, 年度目标值\n",
              r.err);
  }
  EXPECT_EQ(2, run_cli({"--lang", "en", "import", "no-such.csv"}).status);
  EXPECT_EQ(64, run_cli({"--lang", "en", "import"}).status);
}

// The seed table as a department keeps it: fixtures/seed/targets.csv (UTF-8 with BOM,
// CRLF, a title row, line breaks and commas inside quoted fields) and its GB18030 twin
// import to the same YAML, byte for byte, and load to the hand-written targets.
TEST(ImportCommand, SeedCsvTwinsImportToTheSeedTargets) {
  const std::string dir = testing::scratch_dir("import_seed");
  const auto utf8 = run_cli({"--lang", "en", "import", source_path("fixtures/seed/targets.csv"), "-o", dir + "/utf8.yaml",
                             "--department", "宁波市委组织部", "--year", "2023"});
  ASSERT_EQ(0, utf8.status) << utf8.err;
  const auto gb = run_cli({"--lang", "en", "import", source_path("fixtures/seed/targets.gb18030.csv"), "-o", dir + "/gb.yaml",
                           "--department", "宁波市委组织部", "--year", "2023"});
  ASSERT_EQ(0, gb.status) << gb.err;
  const std::string text = testing::read_file(dir + "/utf8.yaml");
  EXPECT_EQ(text, testing::read_file(dir + "/gb.yaml"));

  const rules::scoring_policy policy;
  const auto seed = engine::load_targets(engine::yaml_document::load(source_path("fixtures/seed/targets.yaml")), policy);
  const auto imported = engine::load_targets(engine::yaml_document::parse(text, dir + "/utf8.yaml"), policy);
  EXPECT_EQ(seed.department, imported.department);
  EXPECT_EQ(seed.year, imported.year);
  ASSERT_EQ(seed.projects.size(), imported.projects.size());
  // The CSV breaks two cells' text over lines, as a spreadsheet user does; the seed joined them.
  const auto joined = [](const std::optional<std::string>& s) {
    std::string out = s.value_or("");
    out.erase(std::remove(out.begin(), out.end(), '\n'), out.end());
    return out;
  };
  for (std::size_t p = 0; p < seed.projects.size(); ++p) {
    const auto& a = seed.projects[p];
    const auto& b = imported.projects[p];
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.budget, b.budget) << a.id;
    EXPECT_EQ(joined(a.overview), joined(b.overview)) << a.id;
    EXPECT_EQ(joined(a.goal), joined(b.goal)) << a.id;
    ASSERT_EQ(a.indicators.size(), b.indicators.size()) << a.id;
    for (std::size_t i = 0; i < a.indicators.size(); ++i) {
      EXPECT_EQ(a.indicators[i].name, b.indicators[i].name) << a.id;
      EXPECT_EQ(a.indicators[i].target_text, b.indicators[i].target_text) << a.id;
      EXPECT_EQ(a.indicators[i].category, b.indicators[i].category) << a.id;
      EXPECT_EQ(a.indicators[i].weight, b.indicators[i].weight) << a.id;
    }
  }
  EXPECT_NE(std::string::npos, text.find("    overview: \"做好中组部、省委组织部来宁波专项考察干部；\\n参照往年做法"));
  EXPECT_NE(std::string::npos, text.find("    budget: 1395\n"));  // "1,395" in the CSV
}

}  // namespace
}  // namespace jixiao
