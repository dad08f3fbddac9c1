// Whole reports of the bundled example, byte for byte, in every format and both
// languages (Chinese, the default: seed.<format>; English: seed.en.<format>), and
// with its review file. A workbook is compared as the text of its sheets and cells
// (seed.xlsx.txt): the file itself carries its creation time. To regenerate on
// purpose: JIXIAO_UPDATE_GOLDEN=1 ctest -R Golden, then review the diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <tuple>

#include "engine/import/xlsx_reader.hpp"
#include "tests/test_util.hpp"

namespace jixiao {
namespace {

// "汇总!A1\t…" for every cell of every sheet, in order.
std::string workbook_text(const std::string& path) {
  const engine::xlsx_workbook book(path);
  std::string out;
  for (std::size_t i = 0; i < book.sheet_names().size(); ++i) {
    const engine::xlsx_sheet sheet = book.sheet(i);
    for (const auto& cell : sheet.cells) {
      out += book.sheet_names()[i] + "!" + std::to_string(cell.row + 1) + ":" + std::to_string(cell.column + 1) +
             "\t" + cell.text + "\n";
    }
  }
  return out;
}

// The report of the bundled example in `format` and `lang`, with `extra` arguments.
std::string seed_report(const std::string& format, const std::string& lang, const std::vector<std::string>& extra) {
  // Relative paths, so the source block does not depend on where the tree is.
  std::vector<std::string> args = {"--lang", lang, "score", "fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml",
                                   "--format", format};
  args.insert(args.end(), extra.begin(), extra.end());
  std::string path;
  if (format == "xlsx") {
    path = testing::scratch_dir("golden_" + lang + std::to_string(extra.size())) + "/seed.xlsx";
    args.insert(args.end(), {"-o", path});
  }
  const auto r = testing::run_cli(args);
  EXPECT_EQ(0, r.status) << r.err;
  return format == "xlsx" ? workbook_text(path) : r.out;
}

void expect_golden(const std::string& name, const std::string& actual) {
  const std::string path = testing::source_path("tests/golden/" + name);
  if (std::getenv("JIXIAO_UPDATE_GOLDEN")) testing::write_file(path, actual);
  EXPECT_EQ(testing::read_file(path), actual);
}

std::string golden_name(const std::string& stem, const std::string& format, const std::string& lang) {
  return stem + (lang == "en" ? ".en." : ".") + format + (format == "xlsx" ? ".txt" : "");
}

class Golden : public ::testing::TestWithParam<std::tuple<std::string, std::string>> {};

TEST_P(Golden, SeedReportMatches) {
  const auto& [format, lang] = GetParam();
  expect_golden(golden_name("seed", format, lang), seed_report(format, lang, {}));
}

// The same example with the finance bureau's review (复核, fixtures/seed/review.yaml).
TEST_P(Golden, SeedReportWithReviewMatches) {
  const auto& [format, lang] = GetParam();
  expect_golden(golden_name("seed-review", format, lang),
                seed_report(format, lang, {"--review", "fixtures/seed/review.yaml"}));
}

INSTANTIATE_TEST_SUITE_P(Formats, Golden,
                         ::testing::Combine(::testing::Values("table", "markdown", "csv", "json", "html", "xlsx"),
                                            ::testing::Values("zh", "en")),
                         [](const auto& info) {
                           return std::get<0>(info.param) + "_" + std::get<1>(info.param);
                         });

}  // namespace
}  // namespace jixiao
