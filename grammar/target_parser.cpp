// The target-expression grammar (SCORING.md section 2), instantiated once here.
#include "grammar/target_parser.hpp"

#include "grammar/tokens_def.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::grammar::parser {

namespace {

// ---- actions ----------------------------------------------------------------

auto const clear_all = [](auto& ctx) { state(ctx).target = ast::target{}; };
auto const clear_body = [](auto& ctx) {
  auto& t = state(ctx).target;
  auto op = t.op;
  t = ast::target{};
  t.op = op;
};
auto const set_unit_column = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  state(ctx).target.unit_column = ast::unit_word{written(ctx, range), span_of(ctx, range)};
};
auto const store_value = [](auto& ctx) { state(ctx).target.value = state(ctx).quantity; };
auto const store_high = [](auto& ctx) {
  auto& t = state(ctx).target;
  t.high = state(ctx).quantity;
  t.shape = ast::target_shape::range;
};
auto const store_tolerance = [](auto& ctx) {
  auto& t = state(ctx).target;
  t.value = state(ctx).quantity;
  t.high = state(ctx).quantity;
  t.plus_minus = true;
  t.shape = ast::target_shape::range;
};
// The unit written after the value's own (35万元 %): a second column is not taken.
// On a phrase (应保尽保 %) it is kept for the finding operator_on_phrase.
auto const set_unit_after = [](auto& ctx) {
  auto& t = state(ctx).target;
  const bool quantity_shape = t.shape == ast::target_shape::comparison || t.shape == ast::target_shape::range;
  if (t.unit_column || !((quantity_shape && t.value) || t.shape == ast::target_shape::phrase)) {
    x3::_pass(ctx) = false;
    return;
  }
  const auto& range = x3::_attr(ctx);
  const auto where = span_of(ctx, range);
  const wchar_t before = where.offset > 0 ? (*state(ctx).original)[where.offset - 1] : L'\0';
  if (!(before == L' ' || before == L'\t' || before == 0x3000 || before == 0x00A0)) {  // apart, as columns are joined
    x3::_pass(ctx) = false;
    return;
  }
  t.unit_column = ast::unit_word{written(ctx, range), where};
};
auto const set_note = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  auto where = span_of(ctx, range);
  std::wstring_view text = std::wstring_view(*state(ctx).original).substr(where.offset + 1, where.length - 2);
  const auto blank = [](wchar_t c) { return c == L' ' || c == 0x3000 || c == L'\t'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  if (!text.empty()) state(ctx).target.note = encode_utf8(text);
};
auto const set_period_end = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  auto& t = state(ctx).target;
  ast::date d = date_from_text(std::wstring(range.begin(), range.end()));
  if (!d.year && t.deadline) d.year = t.deadline->year;
  d.where = span_of(ctx, range);
  t.deadline = d;
};
auto const set_per = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  state(ctx).target.per = written(ctx, range).substr(std::string("每").size());
};
auto const shape_deadline = [](auto& ctx) { state(ctx).target.shape = ast::target_shape::deadline; };
auto const shape_range = [](auto& ctx) { state(ctx).target.shape = ast::target_shape::range; };

// A phrase: trims, needs two letters or one Han character (有, 无, 良), and joins a
// phrase written twice (按时拨付 按时拨付) into one.
auto const set_phrase = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  auto where = span_of(ctx, range);
  const std::wstring_view text = std::wstring_view(*state(ctx).original).substr(where.offset, where.length);
  std::vector<std::wstring_view> words;
  std::size_t letters = 0;
  std::size_t han = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == L' ' || text[i] == 0x3000 || text[i] == L'\t')) ++i;
    std::size_t j = i;
    while (j < text.size() && !(text[j] == L' ' || text[j] == 0x3000 || text[j] == L'\t')) ++j;
    if (j > i) words.push_back(text.substr(i, j - i));
    i = j;
  }
  for (wchar_t c : text) {
    const bool is_han = (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
    if (is_han || (c >= L'a' && c <= L'z') || (c >= L'A' && c <= L'Z')) ++letters;
    if (is_han) ++han;
  }
  if (words.empty() || (letters < 2 && han == 0)) {
    x3::_pass(ctx) = false;
    return;
  }
  bool all_same = true;
  for (const auto& w : words) all_same = all_same && w == words.front();
  std::wstring joined(words.front());
  if (!all_same) {
    for (std::size_t k = 1; k < words.size(); ++k) joined.append(L" ").append(words[k]);
  }
  auto& t = state(ctx).target;
  t.shape = ast::target_shape::phrase;
  t.phrase = encode_utf8(joined);
  t.phrase_where = where;
};

// ---- rules with readable names (they name what was expected on failure) ------

x3::rule<class target_class> const target = N_("a target expression");
x3::rule<class after_operator_class> const after_operator = N_("a number or a unit");
x3::rule<class after_unit_class> const after_unit = N_("a number");
x3::rule<class after_bound_class> const after_bound = N_("a number");
x3::rule<class after_separator_class> const after_separator = N_("a number");
x3::rule<class second_bound_class> const second_bound = N_("a second bound");
x3::rule<class end_class> const end = N_("the end of the target");
x3::rule<class dangling_about_class> const dangling_about = N_("a number");
x3::rule<class after_plus_minus_class> const after_plus_minus = N_("a number");

auto const operator_token = x3::raw[op_words][op_action(ast::op_kind::eq, &ast::target::op)];
auto const strict_prefix = x3::raw[strict_prefix_words][op_action(ast::op_kind::ge, &ast::target::op)];
auto const loose_prefix = x3::raw[loose_prefix_words][op_action(ast::op_kind::ge, &ast::target::op)];
auto const suffix = x3::raw[suffix_words][op_action(ast::op_kind::ge, &ast::target::suffix)];
auto const high_operator =
    x3::raw[op_words | strict_prefix_words | loose_prefix_words][op_action(ast::op_kind::le, &ast::target::high_op)];

// The 单位 column: a known unit standing as a word of its own, or any short unit
// directly followed by a number (= 栋 5, ≥ 万株 5).
auto const unit_column =
    x3::raw[x3::lexeme[known_unit >> !(cjk - L'约')] | (unit_text >> &(-about_before >> digit))][set_unit_column];

// Deadlines: a date, or a period whose last day is the deadline (2024.1.1-2024.6.30,
// 2024年3月--2024年10月, 2024.03-2024.09, 2024年1-12月); the end takes the start's year
// when it has none.
auto const deadline_word = wide::lit(L"之前") | L"以前" | L"前" | L"止";
auto const deadline_lead = wide::lit(L"完成时间为") | L"完成时间" | L"完成时限" | L"每年" | L"截至" | L"截止到" | L"截止" |
                           L"于" | L"在";
auto const period_start = x3::lexeme[iso_date | year_month | chinese_date |
                                     (year_digits >> L'年' >> month_day_digits >> !digit >> !wide::lit(L'月')) |
                                     whole_year];
auto const period_end = x3::lexeme[iso_date | year_month | chinese_date | (month_day_digits >> L'月') |
                                   (month_day_digits >> date_separator >> month_day_digits >> !digit) | whole_year];
auto const period_separator = wide::lit(L"--") | L'-' | L'~' | L'至' | L'到';
auto const period = x3::raw[period_start][set_date_in_target] >> period_separator >> x3::raw[period_end][set_period_end];
auto const one_date = x3::raw[x3::lexeme[iso_date | chinese_date | (year_month >> &deadline_word) | whole_year]]
                             [set_date_in_target];
auto const deadline_body =
    -deadline_lead >> (period | one_date) >> -deadline_word >> -x3::lexeme[+(cjk | latin)] >> x3::eps[shape_deadline];

// A tolerance: ±5%以内, 误差±2%, 偏差控制在±3%.
auto const plus_minus = wide::lit(L'±') | L"+/-" | L"+-" | L"正负";
auto const tolerance_body = -(tolerance_words >> -(wide::lit(L"控制在") | L'在' | L'为')) >> plus_minus >
                            after_plus_minus;

// A gloss in brackets closing the target: ≥ 90 %(百分比), ≥ 85%（含）.
auto const gloss_text = (L'(' >> *(wide::char_ - L')') >> L')') | (L'[' >> *(wide::char_ - L']') >> L']') |
                        (L'【' >> *(wide::char_ - L'】') >> L'】');
auto const gloss = x3::raw[x3::lexeme[gloss_text]][set_note];
auto const unit_after = x3::raw[unit_text][set_unit_after];

auto const range_separator = wide::char_(L"-~至到");
auto const conjunction = wide::lit(L"并且") | L"且" | L"," | L"、" | L";" | L"，";
auto const range_body = quantity[store_value] >> range_separator > after_separator;
auto const pair_body = quantity[store_value] >> conjunction > second_bound;
auto const single_body = quantity[store_value] >> -suffix;
// 约 with no number after it (`约`, `约人`): an error, not a phrase.
auto const about_without_number = about_before >> &(x3::eoi | (unit_words >> x3::eoi)) > dangling_about;
auto const quantity_forms = tolerance_body | range_body | pair_body | single_body | about_without_number;

// Chinese numerals where a number is due (九十八, 八个左右, 十二期) are an error, not a phrase.
auto const numeral_word = x3::lexeme[+cn_numeral >> -unit_words >> (about_after | !(cjk | latin))];
auto const phrase_char = wide::char_ - digit - operator_char - L' ' - x3::lexeme[gloss_text >> *wide::space >> x3::eoi];
// A unit column after a phrase (应保尽保 %) is not part of it.
auto const unit_closing = x3::lexeme[+wide::space >> (known_unit | L'%') >> *wide::space >> x3::eoi];
auto const phrase_body =
    !numeral_word >> x3::raw[x3::lexeme[phrase_char >> *((phrase_char | L' ') - unit_closing)]][set_phrase];

auto const per_form = x3::raw[per_words][set_per] >> -(strict_prefix | loose_prefix) >> quantity_forms;

auto const after_operator_def =
    (x3::eps[clear_body] >> deadline_body) | (x3::eps[clear_body] >> per_form) |
    (x3::eps[clear_body] >> unit_column > after_unit) |
    (x3::eps[clear_body] >> quantity_forms) | (x3::eps[clear_body] >> phrase_body);

auto const after_unit_def = (strict_prefix >> quantity_forms) | quantity_forms | phrase_body;
auto const after_bound_def = (unit_column > after_unit) | quantity_forms;
auto const after_separator_def = quantity[store_high] >> x3::eps[shape_range];
auto const second_bound_def = high_operator > (quantity[store_high] >> x3::eps[shape_range]);
auto const end_def = x3::eoi;
auto const dangling_about_def = number_token;
auto const after_plus_minus_def =
    quantity[store_tolerance] >> -(wide::lit(L"以内") | L"之内" | L"范围内" | L'内');

auto const operator_form = operator_token > after_operator;
// The 单位 column before the operator column (米 = 3500, % ≥ 85).
auto const unit_before_operator =
    x3::raw[x3::lexeme[known_unit | unit_text] >> &operator_char][set_unit_column] >> operator_token >> quantity_forms;
auto const bare_form = (x3::eps[clear_all] >> deadline_body) | (x3::eps[clear_all] >> unit_before_operator) |
                       (x3::eps[clear_all] >> per_form) |
                       (x3::eps[clear_all] >> strict_prefix > after_bound) |
                       (x3::eps[clear_all] >> loose_prefix >> quantity_forms) |
                       (x3::eps[clear_all] >> unit_column > after_unit) |
                       (x3::eps[clear_all] >> quantity_forms) | (x3::eps[clear_all] >> phrase_body);

auto const target_def =
    x3::eps[clear_all] >> (operator_form | bare_form) >> -unit_after >> -gloss >> -wide::lit(L'。') > end;

BOOST_SPIRIT_DEFINE(target, after_operator, after_unit, after_bound, after_separator, second_bound, end,
                    dangling_about, after_plus_minus)

}  // namespace

std::variant<ast::target, syntax_failure> parse_target_text(const std::wstring& original,
                                                            const std::wstring& folded) {
  return run_parser(target, original, folded, N_("a target expression"), [](parse_state& s) { return std::move(s.target); });
}

}  // namespace jixiao::grammar::parser
