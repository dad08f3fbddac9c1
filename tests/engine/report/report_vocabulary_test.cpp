// Every format a person opens speaks one language: the bundled example (with its
// review) in Chinese holds no English word, and in English no Chinese word, outside
// what is data: the input's own text, file paths, hashes, the program's name and
// version. JSON is machine-readable and not searched.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "engine/import/xlsx_reader.hpp"
#include "tests/test_util.hpp"

namespace jixiao {
namespace {

const std::vector<std::string> inputs = {"fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml",
                                         "fixtures/seed/review.yaml"};

// What the report may repeat as data: the inputs' text.
const std::string& input_text() {
  static const std::string text = [] {
    std::string all;
    for (const auto& path : inputs) all += testing::read_file(testing::source_path(path)) + "\n";
    return all;
  }();
  return text;
}

// The report of the bundled example in `format` and `lang`, as the text a person
// reads: an HTML page's text without its markup, a workbook's sheet names and cells.
std::string report_text(const std::string& format, const std::string& lang) {
  std::vector<std::string> args = {"--lang", lang, "score", inputs[0], inputs[1], "--review", inputs[2],
                                   "--format", format};
  if (format != "xlsx") {
    const auto r = testing::run_cli(args);
    EXPECT_EQ(0, r.status) << r.err;
    if (format != "html") return r.out;
    std::string text = std::regex_replace(r.out, std::regex("<(style|script)[^>]*>[\\s\\S]*?</\\1>"), " ");
    text = std::regex_replace(text, std::regex("<[^>]*>"), " ");
    return std::regex_replace(text, std::regex("&[a-z]+;|&#[0-9]+;"), " ");
  }
  const std::string path = testing::scratch_dir("language_" + lang) + "/report.xlsx";
  args.insert(args.end(), {"-o", path});
  const auto r = testing::run_cli(args);
  EXPECT_EQ(0, r.status) << r.err;
  std::string text;
  const engine::xlsx_workbook book(path);
  for (std::size_t i = 0; i < book.sheet_names().size(); ++i) {
    text += book.sheet_names()[i] + "\n";
    for (const auto& cell : book.sheet(i).cells) text += cell.text + "\n";
  }
  return text;
}

// The text without what is data: paths, hashes, the version.
std::string without_data(std::string text) {
  text = std::regex_replace(text, std::regex("[A-Za-z0-9_./-]+\\.(yaml|xlsx|csv)"), " ");
  text = std::regex_replace(text, std::regex("sha256=[0-9a-f]{64}|[0-9a-f]{64}"), " ");
  text = std::regex_replace(text, std::regex("jixiao " JIXIAO_VERSION "|jixiao"), " ");
  return text;
}

// Words of `pattern` in `text` that the inputs do not hold.
std::set<std::string> foreign_words(const std::string& text, const std::string& pattern) {
  std::set<std::string> out;
  const std::regex word(pattern);
  const std::string cleaned = without_data(text);
  for (auto it = std::sregex_iterator(cleaned.begin(), cleaned.end(), word); it != std::sregex_iterator(); ++it) {
    if (input_text().find(it->str()) == std::string::npos) out.insert(it->str());
  }
  return out;
}

std::string listed(const std::set<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += " '" + w + "'";
  return out;
}

class ReportVocabulary : public ::testing::TestWithParam<std::string> {};

TEST_P(ReportVocabulary, ChineseHasNoEnglishWord) {
  const auto words = foreign_words(report_text(GetParam(), "zh"), "[A-Za-z]{2,}");
  EXPECT_TRUE(words.empty()) << GetParam() << ":" << listed(words);
}

// A run of Chinese characters (and their punctuation) that is not the inputs' text.
TEST_P(ReportVocabulary, EnglishHasNoChineseWord) {
  const auto words = foreign_words(report_text(GetParam(), "en"), "[\\xE3-\\xE9][\\x80-\\xBF]{2}(?:[\\xE3-\\xE9][\\x80-\\xBF]{2})*");
  EXPECT_TRUE(words.empty()) << GetParam() << ":" << listed(words);
}

INSTANTIATE_TEST_SUITE_P(Formats, ReportVocabulary, ::testing::Values("table", "markdown", "csv", "html", "xlsx"));

}  // namespace
}  // namespace jixiao
