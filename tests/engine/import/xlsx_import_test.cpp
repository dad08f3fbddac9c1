// Importing the target table from an .xlsx workbook (engine/xlsx_import): the seed
// table written as a department keeps it in Excel (a project's own columns merged
// down its indicator rows, numbers stored as numbers, shared strings) imports to
// the same targets as its CSV; numbers shown as Excel shows them.
#include <gtest/gtest.h>

#include <xlsxwriter.h>

#include <cstdlib>

#include "engine/import/csv_reader.hpp"
#include "engine/io/input_error.hpp"
#include "engine/import/table_import.hpp"
#include "engine/import/xlsx_import.hpp"
#include "tests/test_util.hpp"

namespace jixiao {
namespace {

// Columns a project fills once (序号, 项目名称, 项目概况, 本年预算金额, 年度绩效目标): merged
// down its indicator rows in the workbook.
constexpr int project_columns = 5;

bool is_number(const std::string& text, double& value) {
  if (text.empty()) return false;
  char* end = nullptr;
  value = std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size();
}

// The CSV's rows written to a workbook: numbers as numbers, every other cell as a
// (shared) string, a project's own columns merged from its first row to its last.
void write_table_workbook(const engine::cell_table& table, const std::string& path) {
  lxw_workbook* book = workbook_new(path.c_str());
  ASSERT_NE(nullptr, book);
  lxw_worksheet* sheet = workbook_add_worksheet(book, "绩效目标表");
  const auto rows = static_cast<int>(table.rows.size());
  for (int r = 0; r < rows; ++r) {
    const auto& row = table.rows[static_cast<std::size_t>(r)];
    const bool project_row = r >= 2 && !row[0].empty();
    int last = r;  // the project's last row: the row before the next project's first
    if (project_row) {
      while (last + 1 < rows && table.rows[static_cast<std::size_t>(last + 1)][0].empty()) ++last;
    }
    for (int c = 0; c < static_cast<int>(row.size()); ++c) {
      const std::string& text = row[static_cast<std::size_t>(c)];
      const auto rr = static_cast<lxw_row_t>(r);
      const auto cc = static_cast<lxw_col_t>(c);
      if (project_row && c < project_columns && last > r) {
        worksheet_merge_range(sheet, rr, cc, static_cast<lxw_row_t>(last), cc, "", nullptr);
      }
      if (r >= 2 && c < project_columns && row[0].empty()) continue;  // inside a merged range
      double value = 0;
      if (text.empty()) continue;
      if (r >= 2 && is_number(text, value)) {
        worksheet_write_number(sheet, rr, cc, value, nullptr);
      } else {
        worksheet_write_string(sheet, rr, cc, text.c_str(), nullptr);
      }
    }
  }
  ASSERT_EQ(LXW_NO_ERROR, workbook_close(book));
}

TEST(XlsxImport, SeedWorkbookImportsLikeItsCsv) {
  const engine::cell_table csv = engine::read_csv_file(testing::source_path("fixtures/seed/targets.csv"));
  const std::string path = testing::scratch_dir("xlsx_import_seed") + "/targets.xlsx";
  write_table_workbook(csv, path);
  engine::import_options options;
  options.department = "宁波市委组织部";
  options.year = 2023;
  const std::string from_csv = engine::import_targets(csv, options);
  const std::string from_xlsx = engine::import_targets(engine::read_xlsx_table(path), options);
  EXPECT_EQ(from_csv, from_xlsx);
  EXPECT_NE(std::string::npos, from_xlsx.find("    budget: 24\n"));
}

TEST(XlsxImport, CommandReadsAWorkbook) {
  const engine::cell_table csv = engine::read_csv_file(testing::source_path("fixtures/seed/targets.csv"));
  const std::string dir = testing::scratch_dir("xlsx_import_cli");
  write_table_workbook(csv, dir + "/targets.xlsx");
  const auto from_xlsx = testing::run_cli({"--lang", "en", "import", dir + "/targets.xlsx", "--department", "宁波市委组织部", "--year", "2023"});
  ASSERT_EQ(0, from_xlsx.status) << from_xlsx.err;
  const auto from_csv = testing::run_cli(
      {"--lang", "en", "import", testing::source_path("fixtures/seed/targets.csv"), "--department", "宁波市委组织部", "--year", "2023"});
  ASSERT_EQ(0, from_csv.status) << from_csv.err;
  EXPECT_EQ(from_csv.out, from_xlsx.out);
  // And what it imports scores as the seed's targets do.
  testing::write_file(dir + "/targets.yaml", from_xlsx.out);
  const auto scored = testing::run_cli({"--lang", "en", "score", dir + "/targets.yaml", "fixtures/seed/actuals.yaml", "--format", "csv"});
  const auto seed = testing::run_cli({"--lang", "en", "score", "fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml", "--format", "csv"});
  ASSERT_EQ(0, scored.status) << scored.err;
  // Past the source rows (whose paths and hashes differ), the indicator rows are the same.
  const auto body = [](const std::string& report) { return report.substr(report.find("\r\n\r\n")); };
  EXPECT_EQ(body(seed.out), body(scored.out));
}

TEST(XlsxImport, NumbersAsExcelShowsThem) {
  EXPECT_EQ("24", engine::xlsx_number_text(24, 0, ""));
  EXPECT_EQ("23.6", engine::xlsx_number_text(23.6, 0, ""));
  EXPECT_EQ("0.30000000000000004", engine::xlsx_number_text(0.1 + 0.2, 0, ""));  // as stored
  EXPECT_EQ("98%", engine::xlsx_number_text(0.98, 9, ""));
  EXPECT_EQ("98.5%", engine::xlsx_number_text(0.985, 164, "0.0%"));
  EXPECT_EQ("0.98", engine::xlsx_number_text(0.98, 164, "0.00\"%\""));  // a quoted % is a literal
  // Serial 45260 is 2023-11-30 (45260 - 25569 = 19691 days after 1970-01-01).
  EXPECT_EQ("2023-11-30", engine::xlsx_number_text(45260, 14, ""));
  EXPECT_EQ("2023-11-30", engine::xlsx_number_text(45260.75, 165, "yyyy\"年\"m\"月\"d\"日\""));
  EXPECT_EQ("45260", engine::xlsx_number_text(45260, 0, "General"));
  EXPECT_EQ("2000-03-01", engine::xlsx_number_text(36586, 14, ""));
}

TEST(XlsxImport, NotAWorkbookIsAnInputError) {
  const std::string dir = testing::scratch_dir("xlsx_import_bad");
  testing::write_file(dir + "/table.xlsx", "序号,项目名称\n");
  try {
    engine::read_xlsx_table(dir + "/table.xlsx");
    FAIL() << "no error";
  } catch (const engine::input_error& e) {
    EXPECT_EQ(dir + "/table.xlsx", e.file());
    EXPECT_EQ(0u, e.message().find("cannot open as an .xlsx (zip) file")) << e.message();
  }
}

}  // namespace
}  // namespace jixiao
