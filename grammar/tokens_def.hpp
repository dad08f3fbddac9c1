// X3 definitions shared by the target and the actual-value parsers: character
// classes, word tables, numbers, units, quantities and dates. Included only by
// target_parser.cpp and actual_parser.cpp, which instantiate the grammars.
//
// The parsers run over the folded wide text (fold_width) with spaces skipped, and
// build their result through semantic actions into a parse_state reached from the
// context, so every part records its code-point offset.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include <functional>
#include <string>
#include <utility>
#include <variant>

#include "grammar/ast.hpp"
#include "grammar/dates.hpp"
#include "grammar/target_parser.hpp"
#include "grammar/text/text.hpp"

namespace jixiao::grammar::parser {

namespace x3 = boost::spirit::x3;
namespace wide = x3::standard_wide;
using iterator = std::wstring::const_iterator;

/// What the semantic actions build. `original` is the text before folding, used
/// for the words kept as written (phrases, units, operator spellings).
struct parse_state {
  const std::wstring* original = nullptr;
  iterator begin;
  ast::target target;
  ast::actual actual;
  ast::quantity quantity;  // the quantity being read
};

struct state_tag;

template <typename Context>
parse_state& state(Context const& ctx) {
  return x3::get<state_tag>(ctx).get();
}

template <typename Context, typename Range>
ast::span span_of(Context const& ctx, Range const& range) {
  const auto& s = state(ctx);
  return {static_cast<std::size_t>(range.begin() - s.begin),
          static_cast<std::size_t>(range.end() - range.begin())};
}

/// The text of `range` as written in the original (unfolded) input, UTF-8.
template <typename Context, typename Range>
std::string written(Context const& ctx, Range const& range) {
  const auto& s = state(ctx);
  const auto where = span_of(ctx, range);
  return encode_utf8(std::wstring_view(*s.original).substr(where.offset, where.length));
}

// ---- character classes -----------------------------------------------------

inline auto const digit = wide::char_(L'0', L'9');
inline auto const cjk = wide::char_(L'\x3400', L'\x9FFF') | wide::char_(L'\xF900', L'\xFAFF');
inline auto const latin = wide::char_(L'a', L'z') | wide::char_(L'A', L'Z');
inline auto const cn_numeral = wide::char_(L"零一二三四五六七八九十百千万两");
inline auto const operator_char = wide::char_(L"=<>≥≤≧≦⩾⩽═﹦");

// ---- word tables -------------------------------------------------------------

struct operator_symbols : x3::symbols_parser<boost::spirit::char_encoding::standard_wide, ast::op_kind> {
  operator_symbols() {
    add(L"=", ast::op_kind::eq)(L"==", ast::op_kind::eq)(L"═", ast::op_kind::eq)(L"﹦", ast::op_kind::eq)
       (L"≥", ast::op_kind::ge)(L">=", ast::op_kind::ge)(L"≧", ast::op_kind::ge)(L"⩾", ast::op_kind::ge)
       (L"≤", ast::op_kind::le)(L"<=", ast::op_kind::le)(L"≦", ast::op_kind::le)(L"⩽", ast::op_kind::le)
       (L">", ast::op_kind::gt)(L"<", ast::op_kind::lt);
  }
};

// Bound words that can only begin a bound: after them a number must follow.
struct strict_prefix_symbols : x3::symbols_parser<boost::spirit::char_encoding::standard_wide, ast::op_kind> {
  strict_prefix_symbols() {
    add(L"不低于", ast::op_kind::ge)(L"不少于", ast::op_kind::ge)(L"不小于", ast::op_kind::ge)
       (L"不得低于", ast::op_kind::ge)(L"不得少于", ast::op_kind::ge)(L"大于等于", ast::op_kind::ge)
       (L"大于或等于", ast::op_kind::ge)(L"不超过", ast::op_kind::le)(L"不高于", ast::op_kind::le)
       (L"不多于", ast::op_kind::le)(L"不大于", ast::op_kind::le)(L"不得超过", ast::op_kind::le)
       (L"不得高于", ast::op_kind::le)(L"小于等于", ast::op_kind::le)(L"小于或等于", ast::op_kind::le)
       (L"不超出", ast::op_kind::le)(L"未超过", ast::op_kind::le)(L"未超出", ast::op_kind::le)
       (L"低于或等于", ast::op_kind::le)(L"高于或等于", ast::op_kind::ge)(L"大于或者等于", ast::op_kind::ge)
       (L"小于或者等于", ast::op_kind::le);
  }
};

// Bound words that also begin ordinary phrases (高于预期): a number may not follow.
struct loose_prefix_symbols : x3::symbols_parser<boost::spirit::char_encoding::standard_wide, ast::op_kind> {
  loose_prefix_symbols() {
    add(L"至少", ast::op_kind::ge)(L"达到", ast::op_kind::ge)(L"最少", ast::op_kind::ge)
       (L"最多", ast::op_kind::le)(L"控制在", ast::op_kind::le)(L"低于", ast::op_kind::lt)
       (L"小于", ast::op_kind::lt)(L"少于", ast::op_kind::lt)(L"大于", ast::op_kind::gt)
       (L"高于", ast::op_kind::gt)(L"超过", ast::op_kind::gt)(L"多于", ast::op_kind::gt)
       (L"不足", ast::op_kind::lt)(L"至多", ast::op_kind::le)(L"最低", ast::op_kind::ge)(L"最高", ast::op_kind::le);
  }
};

struct suffix_symbols : x3::symbols_parser<boost::spirit::char_encoding::standard_wide, ast::op_kind> {
  suffix_symbols() {
    add(L"以上", ast::op_kind::ge)(L"及以上", ast::op_kind::ge)(L"或以上", ast::op_kind::ge)
       (L"及其以上", ast::op_kind::ge)(L"或其以上", ast::op_kind::ge)(L"及更高", ast::op_kind::ge)
       (L"以下", ast::op_kind::le)(L"及以下", ast::op_kind::le)(L"或以下", ast::op_kind::le)
       (L"及其以下", ast::op_kind::le)(L"或其以下", ast::op_kind::le)(L"及以内", ast::op_kind::le)
       (L"以内", ast::op_kind::le)(L"之内", ast::op_kind::le)(L"内", ast::op_kind::le);
  }
};

// Units common in 绩效目标表; any other short word is accepted where a unit is due.
struct unit_symbols : x3::symbols_parser<boost::spirit::char_encoding::standard_wide> {
  unit_symbols() {
    for (const wchar_t* u :
         {L"%", L"‰", L"台", L"辆", L"人", L"人次", L"名", L"个", L"次", L"期", L"批", L"卷", L"条",
          L"家", L"场", L"册", L"分", L"万元", L"元", L"亿元", L"天", L"日", L"个月", L"月", L"年",
          L"小时", L"分钟", L"周", L"项", L"件", L"套", L"本", L"篇", L"份", L"所", L"座", L"处",
          L"户", L"间", L"平方米", L"米", L"公里", L"千米", L"亩", L"吨", L"张", L"部", L"门", L"幅",
          L"棵", L"株", L"只", L"头", L"万人次", L"万人", L"万册", L"起", L"宗", L"例", L"箱", L"课时",
          L"学时", L"节", L"期次", L"班", L"届", L"轮", L"个百分点", L"百分点", L"座次", L"处次",
          L"户次", L"单", L"笔", L"支", L"队", L"村", L"所次", L"GB", L"TB", L"M", L"Mbps", L"km", L"百分比",
          L"百分率", L"千克", L"千瓦", L"千瓦时", L"千伏", L"千字", L"立方米", L"公顷", L"平方公里"}) {
      add(u);
    }
  }
};

// Magnitudes a unit may start with (万株, 亿元, 万): rules::split_magnitude reads them.
struct magnitude_symbols : x3::symbols_parser<boost::spirit::char_encoding::standard_wide> {
  magnitude_symbols() {
    for (const wchar_t* m : {L"万", L"亿", L"十万", L"百万", L"千万", L"万亿"}) add(m);
  }
};

// Words before a tolerance: 误差±2%, 偏差控制在±5%以内.
struct tolerance_symbols : x3::symbols_parser<boost::spirit::char_encoding::standard_wide> {
  tolerance_symbols() {
    for (const wchar_t* w : {L"误差", L"偏差", L"误差率", L"偏差率", L"误差范围", L"偏差范围", L"浮动", L"上下浮动",
                             L"波动", L"波动范围", L"允许误差", L"允许偏差", L"精度"}) {
      add(w);
    }
  }
};

// 每年2次, 每人500元: the unit is per what follows 每.
struct per_symbols : x3::symbols_parser<boost::spirit::char_encoding::standard_wide> {
  per_symbols() {
    for (const wchar_t* w : {L"每年", L"每月", L"每季度", L"每季", L"每周", L"每天", L"每日", L"每人", L"每户", L"每次",
                             L"每场", L"每期", L"每亩", L"每个"}) {
      add(w);
    }
  }
};

inline operator_symbols const op_words;
inline per_symbols const per_words;
inline strict_prefix_symbols const strict_prefix_words;
inline loose_prefix_symbols const loose_prefix_words;
inline suffix_symbols const suffix_words;
inline unit_symbols const unit_words;
inline magnitude_symbols const magnitude_words;
inline tolerance_symbols const tolerance_words;

// ---- actions ----------------------------------------------------------------

template <typename Symbols>
ast::op_token make_op(Symbols const& table, std::wstring const& key, ast::span where, std::string text) {
  return {*table.find(key), std::move(text), where};
}

inline auto op_action(ast::op_kind default_kind, std::optional<ast::op_token> ast::target::*field) {
  return [default_kind, field](auto& ctx) {
    const auto& range = x3::_attr(ctx);
    const std::wstring key(range.begin(), range.end());
    ast::op_token op{default_kind, written(ctx, range), span_of(ctx, range)};
    if (const auto* k = op_words.find(key)) op.kind = *k;
    else if (const auto* k2 = strict_prefix_words.find(key)) op.kind = *k2;
    else if (const auto* k3 = loose_prefix_words.find(key)) op.kind = *k3;
    else if (const auto* k4 = suffix_words.find(key)) op.kind = *k4;
    state(ctx).target.*field = op;
  };
}

inline auto const begin_quantity = [](auto& ctx) { state(ctx).quantity = ast::quantity{}; };
inline auto const mark_about = [](auto& ctx) { state(ctx).quantity.about = true; };
inline auto const mark_more = [](auto& ctx) { state(ctx).quantity.more = true; };
inline auto const set_number = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  std::string digits;
  for (wchar_t c : range) {
    if (c != L',') digits.push_back(static_cast<char>(c));
  }
  state(ctx).quantity.value = ast::number{digits, span_of(ctx, range)};
};
inline auto const set_quantity_unit = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  state(ctx).quantity.unit = ast::unit_word{written(ctx, range), span_of(ctx, range)};
};

// ---- tokens -------------------------------------------------------------------

inline auto const reserved_word = wide::lit(L"左右") | L"上下" | L"以上" | L"以下" | L"以内" | L"之内" |
                                  L"及" | L"或" | L"且" | L"并" | L"至" | L"到" | L"前" | L"约" | L"和" | L"余" | L"内";
inline auto const unit_char = cjk | latin | wide::char_(L"²³‰℃㎡");
inline auto const plain_unit_char = unit_char - reserved_word - cn_numeral;
// A unit word may start with 千 or 百 (千米, 百分比) when a unit character follows.
inline auto const free_unit = -(wide::char_(L"千百") >> &plain_unit_char) >> x3::repeat(1, 6)[plain_unit_char];
// A known unit word, unless more unit characters follow it (个工作日 is one unit, not 个).
inline auto const simple_unit = (unit_words >> !plain_unit_char) | free_unit | unit_words;
inline auto const unit_join = wide::char_(L"/·・*×");
// 台, 万株, 万 (a bare magnitude), 元/株, 万元/年, /吨 (per ton, the currency left out).
inline auto const unit_head = (magnitude_words >> -simple_unit) | simple_unit | (wide::lit(L'/') >> simple_unit);
inline auto const unit_text = x3::lexeme[unit_head >> *(unit_join >> simple_unit)];
// A unit known as a whole word (= 台 5, ≥ 万亩 12, ≤ 元/株 35.5, ≥ 万 80).
inline auto const known_unit = x3::lexeme[(-magnitude_words >> unit_words >> *(unit_join >> simple_unit)) |
                                          (magnitude_words >> !unit_char)];

inline auto const integer_part = (x3::repeat(1, 3)[digit] >> +(L',' >> x3::repeat(3)[digit])) | +digit;
inline auto const number_token = x3::raw[x3::lexeme[integer_part >> -(L'.' >> *digit)]][set_number];

inline auto const about_before = wide::lit(L"大约") | L"约为" | L"约";
inline auto const about_after = wide::lit(L"左右") | L"上下";

/// `约50人`, `8个左右`, `98 %`, `1.2万`: the parts go to parse_state::quantity.
inline auto const quantity =
    x3::eps[begin_quantity] >> -about_before[mark_about] >> number_token >> -wide::lit(L'余')[mark_more] >>
    -x3::raw[unit_text][set_quantity_unit] >> -about_after[mark_about];

/// Dates: 2023-12-31, 2023.12.31, 2023/12/31, 2023年11月30日, 11月30日, 12月底, 2023年底, 年底.
inline auto const date_separator = wide::char_(L"-./");
inline auto const year_digits = x3::repeat(4)[digit];
inline auto const month_day_digits = x3::repeat(1, 2)[digit];
// One separator throughout, and no digit after the day: 2024.03-2024.09 is a period.
inline auto const iso_date = year_digits >>
                             ((L'-' >> month_day_digits >> L'-' >> month_day_digits) |
                              (L'.' >> month_day_digits >> L'.' >> month_day_digits) |
                              (L'/' >> month_day_digits >> L'/' >> month_day_digits)) >>
                             !digit;
inline auto const month_end = wide::lit(L'底') | L'末';
inline auto const chinese_date =
    (-(year_digits >> L'年') >> month_day_digits >> L'月' >> ((month_day_digits >> (wide::lit(L'日') | L'号')) | month_end)) |
    (year_digits >> L'年' >> (month_end | (month_day_digits >> L'月'))) | (wide::lit(L'年') >> month_end);
inline auto const date_text = x3::lexeme[iso_date | chinese_date];
// Targets only: a month (2024.03, read as its last day) and a year (2024年, 2024年全年,
// 2024年度, read as 31 December), which elsewhere would be numbers.
inline auto const year_month = year_digits >> date_separator >> month_day_digits >> !digit;
inline auto const whole_year = year_digits >> L'年' >> -(wide::lit(L"全年") | L"度" | L"内") >> !digit;


inline auto const set_date_in_target = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  ast::date d = date_from_text(std::wstring(range.begin(), range.end()));
  d.where = span_of(ctx, range);
  state(ctx).target.deadline = d;
};

/// Runs `start` over the folded text, building into a parse_state; returns what
/// `result` takes from the state, or where the parse stopped and what it expected
/// there (`what` when it stopped without an expectation point).
template <typename Rule, typename Result>
auto run_parser(const Rule& start, const std::wstring& original, const std::wstring& folded, const char* what,
                Result result) -> std::variant<decltype(result(std::declval<parse_state&>())), syntax_failure> {
  parse_state s;
  s.original = &original;
  s.begin = folded.cbegin();
  auto first = folded.cbegin();
  const auto parser = x3::with<state_tag>(std::ref(s))[start];
  try {
    if (x3::phrase_parse(first, folded.cend(), parser, wide::space)) return result(s);
    return syntax_failure{0, what};
  } catch (const x3::expectation_failure<iterator>& failure) {
    return syntax_failure{static_cast<std::size_t>(failure.where() - folded.cbegin()), failure.which()};
  }
}

}  // namespace jixiao::grammar::parser
