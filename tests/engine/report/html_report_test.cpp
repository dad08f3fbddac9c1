// The HTML report (--format html) of the bundled example: well-formed (parsed as
// XML with pugixml), self-contained, and showing every figure of the JSON report;
// its charts, the category shares they draw, and the escaping of text.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <string>
#include <string_view>

#include "rules/finding_kinds.hpp"
#include "engine/report/format_util.hpp"
#include "engine/report/markup_text.hpp"
#include "engine/report/report_view.hpp"
#include "engine/report/svg_chart.hpp"
#include "grammar/text/language.hpp"
#include "rules/policy.hpp"
#include "rules/score.hpp"
#include "tests/test_util.hpp"

namespace jixiao {
namespace {

using json = nlohmann::ordered_json;  // keys in the report's order

// The text of an element and all its descendants.
std::string text_of(const pugi::xml_node& node) {
  std::string out;
  for (const pugi::xpath_node& n : node.select_nodes(".//text()")) out += n.node().value();
  return out;
}

std::string text_at(const pugi::xml_node& root, const std::string& xpath) {
  const pugi::xpath_node found = root.select_node(xpath.c_str());
  return found ? text_of(found.node()) : "(" + xpath + " not found)";
}

struct html_run {
  json report;
  std::string html;
  pugi::xml_document doc;
  pugi::xml_parse_result parsed;
};

const html_run& seed() {
  static const html_run& run = *[] {
    auto* out = new html_run;
    const auto j = testing::run_cli({"--lang", "en", "score", "fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml", "--format", "json"});
    EXPECT_EQ(0, j.status) << j.err;
    out->report = json::parse(j.out);
    const auto h = testing::run_cli({"--lang", "en", "score", "fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml", "--format", "html"});
    EXPECT_EQ(0, h.status) << h.err;
    out->html = h.out;
    out->parsed = out->doc.load_string(out->html.c_str());
    return out;
  }();
  return run;
}

// The grade and the status as the report shows them: JSON carries their codes.
std::string grade_label(const json& code) { return rules::grade_label(code.get<std::string>()); }

std::string status_label(const json& code) {
  for (const auto status : {rules::indicator_status::met, rules::indicator_status::not_met, rules::indicator_status::exceeded,
                            rules::indicator_status::not_applicable, rules::indicator_status::missing}) {
    if (code == rules::status_name(status)) return rules::status_label(status);
  }
  return code.get<std::string>();
}

TEST(HtmlReport, IsWellFormed) {
  const html_run& r = seed();
  ASSERT_TRUE(r.parsed) << r.parsed.description() << " at byte " << r.parsed.offset << ": "
                        << r.html.substr(static_cast<std::size_t>(r.parsed.offset), 80);
  EXPECT_EQ(0u, r.html.find("<!DOCTYPE html>\n"));
  EXPECT_STREQ("html", r.doc.document_element().name());
  EXPECT_STREQ("en", r.doc.document_element().attribute("lang").value());
  EXPECT_STREQ("utf-8", r.doc.select_node("/html/head/meta[@charset]").node().attribute("charset").value());
  EXPECT_EQ("宁波市委组织部 FY 2023 project expenditure performance self-evaluation report",
            text_at(r.doc, "/html/head/title"));
  // Every '&' starts one of the five escapes the writer uses (XML parsers let others through).
  for (std::size_t at = r.html.find('&'); at != std::string::npos; at = r.html.find('&', at + 1)) {
    const std::string_view rest = std::string_view(r.html).substr(at + 1);
    const bool escape = rest.rfind("amp;", 0) == 0 || rest.rfind("lt;", 0) == 0 || rest.rfind("gt;", 0) == 0 ||
                        rest.rfind("quot;", 0) == 0 || rest.rfind("#39;", 0) == 0;
    EXPECT_TRUE(escape) << "a stray '&' at byte " << at << ": " << r.html.substr(at, 20);
  }
}

TEST(HtmlReport, IsSelfContained) {
  const html_run& r = seed();
  for (const char* tag : {"script", "link", "img", "iframe", "object", "embed", "image", "use"}) {
    EXPECT_TRUE(r.doc.select_nodes((std::string("//") + tag).c_str()).empty()) << tag;
  }
  for (const pugi::xpath_node& n : r.doc.select_nodes("//*")) {
    for (const pugi::xml_attribute& a : n.node().attributes()) {
      const std::string name = a.name();
      if (name == "xmlns") continue;
      EXPECT_NE("src", name);
      EXPECT_EQ(std::string::npos, std::string(a.value()).find("//")) << name << "=" << a.value();
      if (name == "href") {
        EXPECT_EQ('#', a.value()[0]) << a.value();
      }
    }
  }
  const std::string css = text_at(r.doc, "/html/head/style");
  for (const char* external : {"url(", "@import", "@font-face", "http"}) {
    EXPECT_EQ(std::string::npos, css.find(external)) << external;
  }
}

TEST(HtmlReport, ReadableOnAPhoneAndPrintable) {
  const html_run& r = seed();
  EXPECT_STREQ("width=device-width, initial-scale=1",
               r.doc.select_node("/html/head/meta[@name='viewport']").node().attribute("content").value());
  const std::string css = text_at(r.doc, "/html/head/style");
  EXPECT_NE(std::string::npos, css.find("@media (max-width: 600px)"));
  EXPECT_NE(std::string::npos, css.find("@media print"));
  EXPECT_NE(std::string::npos, css.find("@page { size: A4 landscape"));
  // Every table sits in a box that scrolls sideways on a narrow screen.
  const auto tables = r.doc.select_nodes("//table");
  ASSERT_FALSE(tables.empty());
  for (const pugi::xpath_node& t : tables) EXPECT_STREQ("scroll", t.node().parent().attribute("class").value());
}

TEST(HtmlReport, SummaryShowsEveryProject) {
  const html_run& r = seed();
  const json& j = r.report;
  const auto rows = r.doc.select_nodes("//table[@class='summary']/tbody/tr");
  ASSERT_EQ(j["projects"].size(), rows.size());
  std::size_t k = 0;
  for (const json& p : j["projects"]) {
    const pugi::xml_node row = rows[k++].node();
    EXPECT_EQ(p["id"], text_at(row, "td[1]"));
    EXPECT_EQ(p["name"], text_at(row, "td[2]"));
    EXPECT_EQ(engine::format_score(p["total"]), text_at(row, "td[6]"));
    EXPECT_EQ(grade_label(p["grade"]), text_at(row, "td[7]"));
    EXPECT_EQ("#p-" + std::to_string(k), std::string(row.select_node("td[2]/a").node().attribute("href").value()));
  }
  EXPECT_EQ(engine::format_score(j["summary"]["mean"]), text_at(r.doc, "//span[contains(@class,'mean')]"));
  EXPECT_EQ("25", text_at(r.doc, "//span[contains(@class,'project-count')]"));
  for (const auto& [grade, count] : j["summary"]["grades"].items()) {
    EXPECT_EQ(std::to_string(count.get<int>()),
              text_at(r.doc, "//div[@class='card'][span[@class='k']='Grade " + rules::grade_label(grade) + "']/span[2]"));
  }
}

TEST(HtmlReport, EveryProjectShowsItsFigures) {
  const html_run& r = seed();
  const json& j = r.report;
  std::size_t k = 0;
  int indicators = 0;
  for (const json& p : j["projects"]) {
    const std::string id = "p-" + std::to_string(++k);
    SCOPED_TRACE(id);
    const pugi::xml_node article = r.doc.select_node(("//article[@id='" + id + "']").c_str()).node();
    ASSERT_TRUE(article);
    EXPECT_EQ(p["id"].get<std::string>() + " " + p["name"].get<std::string>() + " " + grade_label(p["grade"]),
              text_at(article, "h3"));
    EXPECT_EQ(engine::format_score(p["total"]), text_at(article, ".//td[contains(@class,'project-total')]"));
    EXPECT_EQ(grade_label(p["grade"]), text_at(article, ".//tr[@class='total']/td[3]"));
    EXPECT_EQ(p["total_explain"], text_at(article, ".//tr[@class='total']/td[4]"));
    const auto rows = article.select_nodes(".//table[@class='indicators']/tbody/tr[not(@class)]");
    ASSERT_EQ(p["indicators"].size(), rows.size());
    std::size_t n = 0;
    for (const json& i : p["indicators"]) {
      const pugi::xml_node row = rows[n++].node();
      EXPECT_EQ(i["name"], text_at(row, "td[3]"));
      EXPECT_EQ(i["target"], text_at(row, "td[4]"));
      EXPECT_EQ(engine::format_score(i["weight"]), text_at(row, "td[6]"));
      EXPECT_EQ(engine::format_score(i["score"]), text_at(row, "td[7]"));
      EXPECT_EQ(status_label(i["status"]), text_at(row, "td[8]"));
      EXPECT_EQ(i["explain"], text_at(row, "td[9]"));
      // The department's note alone, then the engine's findings by kind name in a cell of their own.
      EXPECT_EQ(i["note"].is_null() ? std::string() : i["note"].get<std::string>(), text_at(row, "td[10]"));
      const std::string notes = text_at(row, "td[11]");
      for (const json& f : j["findings"]) {
        if (f["project"] != p["id"] || f["indicator"] != i["name"] || f["kind"] == "category_inferred") continue;
        EXPECT_NE(std::string::npos,
                  notes.find(engine::finding_kind_name(f["kind"].get<std::string>()) + ": " + f["message"].get<std::string>()))
            << notes;
      }
      ++indicators;
    }
  }
  EXPECT_EQ(129, indicators);
}

TEST(HtmlReport, FindingsAreListed) {
  const html_run& r = seed();
  const json& findings = r.report["findings"];
  const auto rows = r.doc.select_nodes("//table[@class='findings']/tbody/tr");
  ASSERT_EQ(findings.size(), rows.size());
  std::size_t k = 0;
  for (const json& f : findings) {
    const pugi::xml_node row = rows[k++].node();
    EXPECT_EQ(f["severity"], text_at(row, "td[1]"));
    EXPECT_EQ(engine::finding_kind_name(f["kind"].get<std::string>()), text_at(row, "td[5]"));
    EXPECT_EQ(f["message"], text_at(row, "td[6]"));
  }
  EXPECT_EQ("Findings (" + std::to_string(findings.size()) + ")", text_at(r.doc, "//section[@id='findings']/h2"));
}

// The page in Chinese (the default): its language, title, headings, and the findings by
// kind name and severity word; the seed's first finding is the over-achievement warning
// about 打印机购置数量 (actual 8 against the target 5).
TEST(HtmlReport, ChineseByDefault) {
  const auto h = testing::run_cli({"--lang", "zh", "score", "fixtures/seed/targets.yaml", "fixtures/seed/actuals.yaml", "--format", "html"});
  ASSERT_EQ(0, h.status) << h.err;
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(h.out.c_str()));
  EXPECT_STREQ("zh-CN", doc.document_element().attribute("lang").value());
  EXPECT_EQ("宁波市委组织部 2023年度项目支出绩效自评报告", text_at(doc, "/html/head/title"));
  EXPECT_EQ("汇总", text_at(doc, "//section[@id='summary']/h2"));
  EXPECT_EQ("偏差原因分析及改进措施", text_at(doc, "//article[@id='p-1']//table[@class='indicators']/thead/tr/th[10]"));
  EXPECT_EQ("审核提示", text_at(doc, "//article[@id='p-1']//table[@class='indicators']/thead/tr/th[11]"));
  EXPECT_EQ("警告", text_at(doc, "//table[@class='findings']/tbody/tr[1]/td[1]"));
  EXPECT_EQ("超额完成", text_at(doc, "//table[@class='findings']/tbody/tr[1]/td[5]"));
  EXPECT_EQ(0u, text_at(doc, "//article[@id='p-1']//table[@class='indicators']/tbody/tr[1]/td[11]").find("超额完成: "));
  EXPECT_EQ(std::string::npos, h.out.find("over_achievement"));
}

TEST(HtmlReport, SourceBlockComesFirst) {
  const html_run& r = seed();
  const json& source = r.report["source"];
  const pugi::xml_node block = r.doc.select_node("//header/div[@id='source']").node();
  ASSERT_TRUE(block);
  EXPECT_NE(std::string::npos, text_of(block).find("jixiao " + source["version"].get<std::string>()));
  for (const json& input : source["inputs"]) {
    EXPECT_NE(std::string::npos, text_of(block).find(input["sha256"].get<std::string>()));
    EXPECT_NE(std::string::npos, text_of(block).find(input["path"].get<std::string>()));
  }
}

TEST(HtmlReport, TotalsChartHasABarPerProjectAndTheGradeBands) {
  const html_run& r = seed();
  const auto charts = r.doc.select_nodes("//svg");
  ASSERT_EQ(2u, charts.size());
  const pugi::xml_node totals = charts[0].node();
  const auto bars = totals.select_nodes("g[@class='bars']/g");
  ASSERT_EQ(r.report["projects"].size(), bars.size());
  std::size_t k = 0;
  for (const json& p : r.report["projects"]) {
    const pugi::xml_node bar = bars[k++].node();
    EXPECT_EQ(engine::format_score(p["total"]), text_at(bar, "text[@class='value']"));
    const std::string css = bar.select_node("rect").node().attribute("class").value();
    const std::string grade = p["grade"];
    EXPECT_EQ(grade == "优" ? "bar g-a" : grade == "良" ? "bar g-b" : grade == "中" ? "bar g-c" : "bar g-d", css);
  }
  const auto marks = totals.select_nodes("g[@class='marks']/text");
  ASSERT_EQ(3u, marks.size());
  EXPECT_EQ("excellent 90", text_of(marks[0].node()));
  EXPECT_EQ("good 80", text_of(marks[1].node()));
  EXPECT_EQ("fair 60", text_of(marks[2].node()));
  const auto categories = charts[1].node().select_nodes("g[@class='bars']/g/text[@class='label']");
  ASSERT_EQ(4u, categories.size());
  EXPECT_EQ("output", text_of(categories[0].node()));
  EXPECT_EQ("Budget execution", text_of(categories[3].node()));
}

TEST(HtmlReport, TextIsEscaped) {
  const std::string dir = testing::scratch_dir("html_escape");
  testing::write_file(dir + "/targets.yaml",
                      "department: \"A&B <部门>\"\nyear: 2023\nprojects:\n"
                      "  - id: \"1\"\n    name: \"<script>alert('x')</script> & \\\"q\\\"\"\n    budget: 20\n"
                      "    goal: \"a\\u0001b\"\n"
                      "    indicators:\n      - {name: \"人数 <i>\", target: \"≥ 人 100\"}\n");
  testing::write_file(dir + "/actuals.yaml",
                      "year: 2023\nprojects:\n  \"1\":\n    spent: 18\n    summary: \"]]> & <!-- -->\"\n"
                      "    indicators:\n      \"人数 <i>\": {value: 90, note: \"延期 & <b>\"}\n");
  const auto r = testing::run_cli({"--lang", "en", "score", dir + "/targets.yaml", dir + "/actuals.yaml", "--format", "html"});
  ASSERT_EQ(0, r.status) << r.err;
  EXPECT_EQ(std::string::npos, r.out.find("<script"));
  EXPECT_EQ(std::string::npos, r.out.find("<i>"));
  EXPECT_EQ(std::string::npos, r.out.find('\x01'));
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_string(r.out.c_str());
  ASSERT_TRUE(parsed) << parsed.description() << " at " << parsed.offset;
  EXPECT_EQ(0u, text_at(doc, "//article/h3").find("1 <script>alert('x')</script> & \"q\" "));
  EXPECT_EQ("人数 <i>", text_at(doc, "//table[@class='indicators']/tbody/tr[1]/td[3]"));
  EXPECT_EQ(0u, text_at(doc, "//table[@class='indicators']/tbody/tr[1]/td[10]").find("延期 & <b>"));
  EXPECT_EQ("A&B <部门> FY 2023 project expenditure performance self-evaluation report", text_at(doc, "/html/head/title"));
  EXPECT_EQ("ab", text_at(doc, "//dl[@class='facts']/dd[5]"));  // the control character dropped
  EXPECT_EQ("]]> & <!-- -->", text_at(doc, "//dl[@class='facts']/dd[6]"));
}

// Two projects, hand-computed. A: 产出/数量 40 of 50, 效益 30 of 30, 满意度 N/A
// (weight 10, left out), budget 9 of 10. B: 产出/质量 45 of 50, 效益 15 of 30,
// 满意度 10 of 10, budget 10 of 10.
// 产出 (40 + 45) / (50 + 50) = 85.00%; 效益 (30 + 15) / 60 = 75.00%;
// 满意度 10 / 10 = 100.00% (A's N/A not counted); 预算执行 19 / 20 = 95.00%.
TEST(CategoryShares, SumsEarnedAgainstAvailablePerFirstLevel) {
  using rules::indicator_status;
  using engine::text_ref;
  const auto line = [](const char* name, const char* category, double weight, double score, indicator_status status) {
    engine::indicator_entry i;
    i.name = text_ref::borrow(name);
    i.category = text_ref::borrow(category);
    i.weight = weight;
    i.score = score;
    i.status = status;
    return i;
  };
  const std::vector<engine::indicator_entry> lines = {
      line("数量", "产出/数量", 50, 40, indicator_status::not_met), line("效益", "效益", 30, 30, indicator_status::met),
      line("满意", "满意度", 10, 0, indicator_status::not_applicable),
      line("质量", "产出/质量", 50, 45, indicator_status::not_met), line("效益", "效益", 30, 15, indicator_status::not_met),
      line("满意", "满意度", 10, 10, indicator_status::met)};
  engine::report r;
  engine::project_entry a;
  a.id = text_ref::borrow("A");
  a.indicators = {lines.data(), lines.data() + 3};
  a.budget_weight = 10;
  a.budget_score = 9;
  engine::project_entry b;
  b.id = text_ref::borrow("B");
  b.indicators = {lines.data() + 3, lines.data() + 6};
  b.budget_weight = 10;
  b.budget_score = 10;
  r.projects = {a, b};
  const auto shares = engine::category_shares(r);
  ASSERT_EQ(4u, shares.size());
  EXPECT_EQ("产出", shares[0].category);
  EXPECT_EQ("85.00", engine::format_score(shares[0].percent));
  EXPECT_EQ("85.00", engine::format_score(shares[0].earned));
  EXPECT_EQ("100.00", engine::format_score(shares[0].available));
  EXPECT_EQ("效益", shares[1].category);
  EXPECT_EQ("75.00", engine::format_score(shares[1].percent));
  EXPECT_EQ("满意度", shares[2].category);
  EXPECT_EQ("100.00", engine::format_score(shares[2].percent));
  EXPECT_EQ("10.00", engine::format_score(shares[2].available));
  EXPECT_EQ("Budget execution", shares[3].category);
  EXPECT_EQ("95.00", engine::format_score(shares[3].percent));
  EXPECT_TRUE(engine::category_shares(engine::report{}).empty());
}

TEST(CategoryLevels, SplitAtTheSlashAndMarkInferred) {
  engine::indicator_entry i;
  i.category = engine::text_ref::borrow("产出/数量");
  // The test program is in English: the built-in policy's levels are translated.
  EXPECT_EQ(std::make_pair(std::string("output"), std::string("quantity")), engine::category_levels(i));
  i.category_inferred = true;
  EXPECT_EQ(std::make_pair(std::string("output"), std::string("quantity*")), engine::category_levels(i));
  {
    const text::language_scope chinese(text::language::zh);
    EXPECT_EQ(std::make_pair(std::string("产出"), std::string("数量*")), engine::category_levels(i));
  }
  i.category = engine::text_ref::borrow("效益");
  EXPECT_EQ(std::make_pair(std::string("effect*"), std::string()), engine::category_levels(i));
}

// Geometry: bars start at x 260 and span 476 units (800 - 64 - 260) for 0 to 100;
// 50 -> 238 wide, a mark at 90 -> x 260 + 428.4 = 688.4; values past the maximum are clamped.
TEST(SvgChart, BarsAndMarksArePlacedToScale) {
  engine::bar_chart chart;
  chart.title = "t & <t>";
  chart.ticks = {0, 50, 100};
  chart.bars = {{"半 & <half>", 50, "50.00", "g-a", ""}, {"over", 120, "120.00", "g-b", "tip"}};
  chart.marks = {{90, "优 90"}};
  const std::string svg = engine::horizontal_bar_svg(chart);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(svg.c_str())) << svg;
  EXPECT_STREQ("0 0 800 96", doc.child("svg").attribute("viewBox").value());  // 26 + 2 × 24 + 22
  const auto rects = doc.select_nodes("//rect");
  ASSERT_EQ(2u, rects.size());
  EXPECT_STREQ("260", rects[0].node().attribute("x").value());
  EXPECT_STREQ("238", rects[0].node().attribute("width").value());
  EXPECT_STREQ("476", rects[1].node().attribute("width").value());
  EXPECT_STREQ("688.4", doc.select_node("//g[@class='marks']/line").node().attribute("x1").value());
  EXPECT_EQ("半 & <half>", text_at(doc, "//g[@class='bars']/g[1]/text[@class='label']"));
  EXPECT_EQ("tip", text_at(doc, "//g[@class='bars']/g[2]/title"));
  EXPECT_EQ("t & <t>", text_at(doc, "/svg/title"));
}

TEST(SvgChart, LongLabelsAreCutWithAnEllipsis) {
  engine::bar_chart chart;
  chart.bars = {{std::string(20, 'x') + "一二三四五六七八九十一二三四五六七八九十", 10, "10", "", ""}};
  const std::string svg = engine::horizontal_bar_svg(chart);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(svg.c_str()));
  // 36 display columns: 20 x, 7 characters of two columns (34), then the ellipsis.
  EXPECT_EQ(std::string(20, 'x') + "一二三四五六七…", text_at(doc, "//text[@class='label']"));
  EXPECT_EQ(chart.bars[0].label, text_at(doc, "//g[@class='bars']/g/title"));
}

TEST(MarkupText, SafeForXml) {
  EXPECT_EQ("a\xEF\xBF\xBD" "b", engine::xml_safe("a\xFF" "b"));
  EXPECT_EQ("a\xEF\xBF\xBD\xEF\xBF\xBD", engine::xml_safe("a\xC0\xAF"));  // an overlong '/'
  EXPECT_EQ("a\nb\nc\td", engine::xml_safe("a\r\nb\rc\td\x01\x7F"));
  EXPECT_EQ("&amp;&lt;&gt;&quot;&#39;", engine::escape_xml("&<>\"'"));
  EXPECT_EQ(2u, engine::utf16_length("😀"));
  EXPECT_EQ(3u, engine::utf16_length("一二三"));
  EXPECT_EQ("一二", engine::cut_utf16("一二三", 2));
  EXPECT_EQ("a", engine::cut_utf16("a😀", 2));
}

}  // namespace
}  // namespace jixiao
