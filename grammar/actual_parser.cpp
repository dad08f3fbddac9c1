// The actual-value grammar (实际完成值), instantiated once here.
#include "grammar/target_parser.hpp"
#include "grammar/tokens_def.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::grammar::parser {

namespace {

struct tier_symbols : x3::symbols_parser<boost::spirit::char_encoding::standard_wide, ast::grade_tier> {
  tier_symbols() {
    add(L"达成", ast::grade_tier::achieved)(L"已达成", ast::grade_tier::achieved)
       (L"达成年度指标", ast::grade_tier::achieved)(L"达成预期指标", ast::grade_tier::achieved)
       (L"部分达成", ast::grade_tier::partly)(L"部分达成年度指标并具有一定效果", ast::grade_tier::partly)
       (L"部分达成年度指标", ast::grade_tier::partly)
       (L"未达成", ast::grade_tier::not_achieved)(L"未达成年度指标且效果较差", ast::grade_tier::not_achieved)
       (L"未达成年度指标", ast::grade_tier::not_achieved);
  }
};

struct level_symbols : x3::symbols_parser<boost::spirit::char_encoding::standard_wide, ast::grade_level> {
  level_symbols() {
    add(L"好", ast::grade_level::good)(L"较好", ast::grade_level::fairly_good)(L"一般", ast::grade_level::fair)
       (L"较差", ast::grade_level::fairly_poor)(L"差", ast::grade_level::poor);
  }
};

struct not_applicable_symbols : x3::symbols_parser<boost::spirit::char_encoding::standard_wide> {
  not_applicable_symbols() {
    for (const wchar_t* w : {L"不适用", L"N/A", L"n/a", L"NA", L"na", L"N/a", L"无此项"}) add(w);
  }
};

// A bound written where the value achieved was asked (≥95%, 不低于95%, 超过98%); `=` is read
// as no bound.
struct bound_symbols : x3::symbols_parser<boost::spirit::char_encoding::standard_wide, ast::op_kind> {
  bound_symbols() {
    add(L"=", ast::op_kind::eq)(L"═", ast::op_kind::eq)(L"﹦", ast::op_kind::eq)
       (L"≥", ast::op_kind::ge)(L">=", ast::op_kind::ge)(L"≧", ast::op_kind::ge)(L"⩾", ast::op_kind::ge)
       (L"≤", ast::op_kind::le)(L"<=", ast::op_kind::le)(L"≦", ast::op_kind::le)(L"⩽", ast::op_kind::le)
       (L">", ast::op_kind::gt)(L"<", ast::op_kind::lt)(L"不低于", ast::op_kind::ge)(L"不少于", ast::op_kind::ge)
       (L"不小于", ast::op_kind::ge)(L"大于等于", ast::op_kind::ge)(L"不超过", ast::op_kind::le)
       (L"不高于", ast::op_kind::le)(L"不多于", ast::op_kind::le)(L"不大于", ast::op_kind::le)
       (L"小于等于", ast::op_kind::le)(L"超过", ast::op_kind::gt)(L"高于", ast::op_kind::gt)(L"大于", ast::op_kind::gt)
       (L"低于", ast::op_kind::lt)(L"小于", ast::op_kind::lt)(L"至少", ast::op_kind::ge);
  }
};

tier_symbols const tier_words;
bound_symbols const bound_words;
level_symbols const level_words;
not_applicable_symbols const not_applicable_words;

auto const clear = [](auto& ctx) { state(ctx).actual = ast::actual{}; };
auto const set_negative = [](auto& ctx) { state(ctx).actual.negative = true; };
template <typename Symbols>
auto bound_action(Symbols const& table) {
  return [&table](auto& ctx) {
    const auto& range = x3::_attr(ctx);
    state(ctx).actual.bound = make_op(table, std::wstring(range.begin(), range.end()), span_of(ctx, range), written(ctx, range));
  };
}
auto const set_tier = [](auto& ctx) {
  state(ctx).actual.shape = ast::actual_shape::grade;
  state(ctx).actual.tier = x3::_attr(ctx);
};
auto const set_level = [](auto& ctx) {
  state(ctx).actual.shape = ast::actual_shape::grade;
  state(ctx).actual.level = x3::_attr(ctx);
};
auto const set_not_applicable = [](auto& ctx) { state(ctx).actual.shape = ast::actual_shape::not_applicable; };
auto const set_value = [](auto& ctx) {
  state(ctx).actual.shape = ast::actual_shape::number;
  state(ctx).actual.value = state(ctx).quantity;
};
auto const set_date = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  ast::date d = date_from_text(std::wstring(range.begin(), range.end()));
  d.where = span_of(ctx, range);
  state(ctx).actual.shape = ast::actual_shape::date;
  state(ctx).actual.when = d;
};
auto const set_phrase = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  std::string text = written(ctx, range);
  while (!text.empty() && text.back() == ' ') text.pop_back();
  state(ctx).actual.shape = ast::actual_shape::phrase;
  state(ctx).actual.phrase = text;
};

x3::rule<class actual_class> const actual = N_("a value");
x3::rule<class end_class> const end = N_("the end of the value");

auto const at_end = &x3::eoi;
auto const numeral_word = x3::lexeme[+cn_numeral >> -unit_words >> (about_after | !(cjk | latin))];
auto const phrase_char = wide::char_ - digit - L' ';
auto const phrase = !numeral_word >> x3::raw[x3::lexeme[phrase_char >> *(phrase_char | L' ')]][set_phrase];

auto const bound_before = x3::raw[bound_words][bound_action(bound_words)];
auto const bound_after = x3::raw[suffix_words][bound_action(suffix_words)];
// 200余人: more than 200, a bound.
auto const set_more = [](auto& ctx) {
  auto& a = state(ctx).actual;
  if (a.value && a.value->more && !a.bound) a.bound = ast::op_token{ast::op_kind::gt, "余", a.value->value.where};
};
auto const value = quantity[set_value] >> -bound_after >> x3::eps[set_more];
auto const date_lead = wide::lit(L"完成时间为") | L"完成时间" | L"完成于" | L"于";
// A month alone (10月) is the month's last day; a year alone (2020年, 2020年全年) its 31 December.
auto const month_alone = x3::lexeme[month_day_digits >> L'月' >> !unit_char];

auto const actual_def =
    x3::eps[clear] >>
    ((bound_before >> value) |
     (x3::eps[clear] >> -wide::lit(L'-')[set_negative] >>
      ((-date_lead >> x3::raw[date_text | x3::lexeme[whole_year] | month_alone][set_date] >>
        -(wide::lit(L"完成") | L"前")) |
       (not_applicable_words[set_not_applicable] >> at_end) | (tier_words[set_tier] >> at_end) |
       (level_words[set_level] >> at_end) | value | phrase))) >> -wide::lit(L'。') > end;
auto const end_def = x3::eoi;

BOOST_SPIRIT_DEFINE(actual, end)

}  // namespace

std::variant<ast::actual, syntax_failure> parse_actual_text(const std::wstring& original,
                                                            const std::wstring& folded) {
  return run_parser(actual, original, folded, N_("a value"), [](parse_state& s) { return std::move(s.actual); });
}

}  // namespace jixiao::grammar::parser
