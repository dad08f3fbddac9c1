// Input limits (engine/io/limits.hpp) and what yaml_document makes of odd but valid
// text: a BOM, CRLF and CR line ends read the same as plain LF.
#include <gtest/gtest.h>

#include "engine/io/input_error.hpp"
#include "engine/io/limits.hpp"
#include "engine/load/load.hpp"
#include "tests/test_util.hpp"

namespace jixiao::engine {
namespace {

TEST(Limits, SizesAreReadWithBinarySuffixes) {
  EXPECT_EQ(100u, parse_size("100"));
  EXPECT_EQ(64u * 1024, parse_size("64K"));
  EXPECT_EQ(16u * 1024 * 1024, parse_size("16M"));
  EXPECT_EQ(16u * 1024 * 1024, parse_size("16MiB"));
  EXPECT_EQ(3u * 512 * 1024 * 1024, parse_size("1.5g"));
  EXPECT_EQ(std::nullopt, parse_size("lots"));
  EXPECT_EQ(std::nullopt, parse_size("0"));
  EXPECT_EQ(std::nullopt, parse_size("-5M"));
  EXPECT_EQ(std::nullopt, parse_size("1.2.3M"));
  EXPECT_EQ(std::nullopt, parse_size("9999999T"));
}

// Sizes over a limit round up, so a file just over it never reads as the limit.
TEST(Limits, SizesAreWrittenForPeople) {
  EXPECT_EQ("1 byte", format_size(1));
  EXPECT_EQ("900 bytes", format_size(900));
  EXPECT_EQ("16 MiB", format_size(16u * 1024 * 1024));
  EXPECT_EQ("16.1 MiB", format_size(16u * 1024 * 1024 + 1));
  EXPECT_EQ("1.3 GiB", format_size(1395864371));  // 1.2999… GiB, rounded up
  EXPECT_EQ("1,000", format_count(1000));
  EXPECT_EQ("12,345,678", format_count(12345678));
}

TEST(Limits, DefaultsAndOptions) {
  const input_limits defaults;
  EXPECT_EQ(16u * 1024 * 1024, defaults.max_file_size);
  EXPECT_EQ(64, defaults.max_depth);
  EXPECT_EQ(1000u, defaults.max_expression_length);
  EXPECT_EQ(10000u, defaults.max_text_length);
  input_limits raised;
  raised.max_expression_length = 50000;
  EXPECT_EQ(50000u, raised.text_limit());  // raising the expression limit raises the text limit with it
  const auto r = testing::run_cli({"--lang", "en", "score", "--help"});
  EXPECT_NE(std::string::npos, r.out.find("--max-file-size SIZE"));
  EXPECT_NE(std::string::npos, r.out.find("--max-depth N"));
  EXPECT_NE(std::string::npos, r.out.find("--max-expression-length N"));
  EXPECT_NE(std::string::npos, r.out.find("--max-text-length N"));
}

// A length counts characters, not bytes: 1,000 Chinese characters are 3,000 bytes.
TEST(Limits, ExpressionLengthCountsCharacters) {
  std::string phrase;
  for (int i = 0; i < 500; ++i) phrase += "有效";
  const std::string yaml = "projects:\n  - id: \"1\"\n    name: 设备\n    budget: 5\n    indicators:\n"
                           "      - {name: 效果, target: " + phrase + "}\n";
  EXPECT_NO_THROW(load_targets(yaml_document::parse(yaml, "t.yaml"), rules::scoring_policy{}));
  input_limits tight;
  tight.max_expression_length = 999;
  try {
    load_targets(yaml_document::parse(yaml, "t.yaml", tight), rules::scoring_policy{});
    FAIL() << "no error";
  } catch (const input_error& e) {
    // "      - {name: 效果, target: " is 27 characters: the value starts in column 28.
    EXPECT_EQ("t.yaml:6:28: projects.\"1\".indicators.效果.target: the expression is 1,000 characters long, over the "
              "limit of 999 (raise it with --max-expression-length)",
              std::string(e.what()));
  }
}

TEST(Limits, DepthCountsTheDocumentAsLevelOne) {
  input_limits limits;
  limits.max_depth = 2;
  EXPECT_NO_THROW(yaml_document::parse("a: [1, 2]\n", "d.yaml", limits));
  try {
    yaml_document::parse("a: [[1]]\n", "d.yaml", limits);
    FAIL() << "no error";
  } catch (const input_error& e) {
    EXPECT_EQ("d.yaml:1:5: nested 3 levels deep, over the limit of 2 (raise it with --max-depth)", std::string(e.what()));
  }
}

// Past --max-depth's ceiling yaml-cpp's own guard throws YAML::DeepRecursion: caught
// and reported like any YAML error, never a crash.
TEST(Limits, YamlCppsOwnDepthGuardIsReported) {
  input_limits unbounded;
  unbounded.max_depth = 1000000;
  const std::string deep = "a: " + std::string(5000, '[') + std::string(5000, ']') + "\n";
  try {
    yaml_document::parse(deep, "deep.yaml", unbounded);
    FAIL() << "no error";
  } catch (const input_error& e) {
    EXPECT_EQ("deep.yaml:1:501: nested too deep for the YAML reader (500 levels)", std::string(e.what()));
  }
}

// The ok/ files of the corpus with a BOM, CRLF or CR line ends load to the same table.
TEST(YamlText, BomCrlfAndCrReadAsLf) {
  const std::string lf = testing::read_file(testing::source_path("tests/bad_input/ok/targets.yaml"));
  std::string crlf;
  std::string cr;
  for (char c : lf) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  const rules::scoring_policy policy;
  const target_table expected = load_targets(yaml_document::parse(lf, "t.yaml"), policy);
  for (const std::string& text : {"\xEF\xBB\xBF" + lf, crlf, cr, "\xEF\xBB\xBF" + crlf}) {
    const target_table got = load_targets(yaml_document::parse(text, "t.yaml"), policy);
    ASSERT_EQ(expected.projects.size(), got.projects.size());
    EXPECT_EQ(expected.department, got.department);
    const auto& a = expected.projects[0];
    const auto& b = got.projects[0];
    EXPECT_EQ(a.name, b.name);
    ASSERT_EQ(a.indicators.size(), b.indicators.size());
    for (std::size_t i = 0; i < a.indicators.size(); ++i) {
      EXPECT_EQ(a.indicators[i].name, b.indicators[i].name);
      EXPECT_EQ(a.indicators[i].target_text, b.indicators[i].target_text);
      EXPECT_EQ(a.indicators[i].target_mark.line, b.indicators[i].target_mark.line);
      EXPECT_EQ(a.indicators[i].target_mark.column, b.indicators[i].target_mark.column);
    }
  }
}

// Keys are compared as text: "1" and 1 name the same project.
TEST(YamlText, DuplicateKeysNameBothPlaces) {
  try {
    yaml_document::parse("projects:\n  \"1\": {spent: 1}\n  1: {spent: 2}\n", "a.yaml");
    FAIL() << "no error";
  } catch (const input_error& e) {
    EXPECT_EQ("a.yaml:3:3: duplicate key '1', first given at line 2, column 3", std::string(e.what()));
  }
  // The same key in two different maps is fine.
  EXPECT_NO_THROW(yaml_document::parse("a: {x: 1}\nb: {x: 1}\n", "a.yaml"));
}

}  // namespace
}  // namespace jixiao::engine
