#include "rules/rule.hpp"

#include <charconv>
#include <cmath>

#include "grammar/dates.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::rules {

using text::message;
using text::message_arg;
using text::message_chain;

namespace ast = grammar::ast;

namespace {

comparison comparison_of(ast::op_kind kind) {
  switch (kind) {
    case ast::op_kind::eq: return comparison::eq;
    case ast::op_kind::ge: return comparison::ge;
    case ast::op_kind::le: return comparison::le;
    case ast::op_kind::gt: return comparison::gt;
    case ast::op_kind::lt: return comparison::lt;
  }
  return comparison::eq;
}

bool is_deferred_phrase(const std::string& phrase) {
  for (const char* mark : {"待定", "另行确定", "另定", "视情况", "视实际"}) {
    if (phrase.find(mark) != std::string::npos) return true;
  }
  return phrase.rfind("根据", 0) == 0;
}

compile_result failure(std::size_t offset, text::message message) {
  return {nullptr, grammar::syntax_error{offset + 1, std::move(message)}};
}

// The unit of a quantity from the unit column and the value's own unit. A magnitude
// on the value completes the column (人次 with 1.2万: 万人次; 万元 with 35万: 万元); the
// same base with another magnitude is the value's (元 with 3.5万元); any other
// disagreement is a finding.
std::optional<std::string> unit_of(const ast::target& t, const std::optional<ast::unit_word>& value_unit,
                                   const unit_synonyms& synonyms, rule& out) {
  std::optional<std::string> column;
  if (t.unit_column) column = normalise_unit(t.unit_column->text, synonyms);
  std::optional<std::string> own;
  if (value_unit) own = normalise_unit(value_unit->text, synonyms);
  if (!column || !own || *column == *own) return column ? column : own;
  const unit_parts c = split_magnitude(*column);
  const unit_parts o = split_magnitude(*own);
  const auto disagree = [&] {
    out.findings.push_back({finding_kind::unit_mismatch,
                            message(N_("the value's unit '{1}' disagrees with the unit column '{2}'"),
                                    value_unit->text, t.unit_column->text)});
  };
  if (o.base.empty()) {  // the value's magnitude on the column's base
    if (!c.magnitude.empty() && c.magnitude != o.magnitude) disagree();
    return std::string(o.magnitude).append(c.base);
  }
  if (c.base.empty()) {  // a bare magnitude in the column, on the value's base
    if (!o.magnitude.empty() && o.magnitude != c.magnitude) disagree();
    return o.magnitude.empty() ? std::string(c.magnitude).append(o.base) : own;
  }
  if (c.base == o.base) return own;
  disagree();
  // The 单位 column before the number (= 人次 6个) is the table's unit; a unit after a
  // value that has its own (35万元 %) is a template's default: the value's unit is read.
  return t.unit_column->where.offset > value_unit->where.offset ? own : column;
}

}  // namespace

std::optional<double> number_value(const ast::number& number) {
  double value = 0;
  const char* first = number.digits.data();
  const char* last = first + number.digits.size();
  std::string trimmed;
  if (!number.digits.empty() && number.digits.back() == '.') {
    trimmed = number.digits.substr(0, number.digits.size() - 1);
    first = trimmed.data();
    last = first + trimmed.size();
  }
  const auto [end, error] = std::from_chars(first, last, value);
  if (error != std::errc() || end != last || !std::isfinite(value) || value > 1e12) return std::nullopt;
  return value;
}

compile_result build_rule(const ast::target& t, const unit_synonyms& synonyms, std::optional<int> year) {
  auto out = std::make_shared<rule>();
  auto value_of = [&](const ast::quantity& q) -> std::optional<double> { return number_value(q.value); };

  switch (t.shape) {
    case ast::target_shape::comparison: {
      const auto value = value_of(*t.value);
      if (!value) return failure(t.value->value.where.offset, text::message(N_("the number is out of range (at most 10^12)")));
      out->kind = rule_kind::quantitative;
      out->value = value;
      out->approximate = t.value->about;
      out->unit = unit_of(t, t.value->unit, synonyms, *out);
      comparison op = t.op ? comparison_of(t.op->kind) : t.value->more ? comparison::gt : comparison::eq;
      if (t.suffix) {
        const comparison bound = comparison_of(t.suffix->kind);
        if (t.op && op != bound && !(op == comparison::gt && bound == comparison::ge) &&
            !(op == comparison::lt && bound == comparison::le)) {
          return failure(t.suffix->where.offset, text::message(N_("the bound word '{1}' contradicts the operator '{2}'"),
                                                               t.suffix->text, t.op->text));
        }
        if (!t.op) op = bound;
      }
      out->op = op;
      break;
    }
    case ast::target_shape::range: {
      auto low = value_of(*t.value);
      auto high = value_of(*t.high);
      if (!low) return failure(t.value->value.where.offset, text::message(N_("the number is out of range (at most 10^12)")));
      if (!high) return failure(t.high->value.where.offset, text::message(N_("the number is out of range (at most 10^12)")));
      if (t.plus_minus) low = -*low;  // ±5%: from −5 to 5
      if (*low > *high) std::swap(low, high);
      out->kind = rule_kind::quantitative;
      out->op = comparison::between;
      out->low = low;
      out->high = high;
      // 5万-8万元: a bare magnitude on the low bound takes the high bound's unit.
      const bool low_bare = t.value->unit && t.high->unit && is_bare_magnitude(t.value->unit->text) &&
                            split_magnitude(t.high->unit->text).magnitude == t.value->unit->text;
      const auto& unit_word = t.value->unit && !low_bare ? t.value->unit : t.high->unit;
      out->unit = unit_of(t, unit_word, synonyms, *out);
      if (!t.plus_minus && !low_bare && t.value->unit && t.high->unit &&
          normalise_unit(t.value->unit->text, synonyms) != normalise_unit(t.high->unit->text, synonyms)) {
        out->findings.push_back({finding_kind::unit_mismatch,
                                 message(N_("the range's bounds have different units '{1}' and '{2}'"),
                                         t.value->unit->text, t.high->unit->text)});
      }
      break;
    }
    case ast::target_shape::phrase: {
      out->phrase = t.phrase;
      if (is_deferred_phrase(*t.phrase)) {
        out->kind = rule_kind::deferred;
        if (t.op) out->op = comparison_of(t.op->kind);  // scored as ≥ the planned value either way
        if (t.unit_column) out->unit = normalise_unit(t.unit_column->text, synonyms);
        out->findings.push_back(
            {finding_kind::deferred, message(N_("no value was fixed in advance: '{1}'"), *t.phrase)});
      } else {
        out->kind = rule_kind::qualitative;
        const bool meaningless_op = t.op && t.op->kind != ast::op_kind::eq;
        if (meaningless_op || t.unit_column) {
          message text;
          if (meaningless_op && t.unit_column) {
            text = message(N_("the operator '{1}' and unit '{2}' on the qualitative phrase '{3}' carry no meaning"),
                                t.op->text, t.unit_column->text, *t.phrase);
          } else if (meaningless_op) {
            text = message(N_("the operator '{1}' on the qualitative phrase '{2}' carries no meaning"), t.op->text,
                                *t.phrase);
          } else {
            text = message(N_("the unit '{1}' on the qualitative phrase '{2}' carries no meaning"), t.unit_column->text,
                                *t.phrase);
          }
          out->findings.push_back({finding_kind::operator_on_phrase, std::move(text)});
        }
      }
      break;
    }
    case ast::target_shape::deadline: {
      const auto& d = *t.deadline;
      const int y = d.year.value_or(year.value_or(2000));
      if (d.month < 1 || d.month > 12) return failure(d.where.offset, text::message(N_("expected a month from 1 to 12")));
      const int last_day = grammar::days_in_month(y, d.month);
      if (d.day < 0 || d.day > last_day) {
        return failure(d.where.offset, text::message(N_("expected a day from 1 to {1}"), std::to_string(last_day)));
      }
      out->kind = rule_kind::deadline;
      out->op = t.op && t.op->kind == ast::op_kind::lt ? comparison::lt : comparison::le;
      calendar_date date;
      date.year = d.year ? d.year : year;
      date.month = d.month;
      // Day 0 (月底) stays open until the year is known: February's end depends on it.
      date.day = d.day == 0 && date.year ? grammar::days_in_month(*date.year, d.month) : d.day;
      out->deadline = date;
      break;
    }
  }
  if (t.per && out->kind == rule_kind::quantitative) out->unit = out->unit.value_or("") + "/" + *t.per;
  out->note = t.note;
  return {out, std::nullopt};
}

compile_result compile_target(std::string_view text, const unit_synonyms& synonyms, std::optional<int> year) {
  auto parsed = grammar::parse_target(text);
  if (!parsed.target) return {nullptr, parsed.error};
  return build_rule(*parsed.target, synonyms, year);
}

const char* to_string(rule_kind kind) {
  switch (kind) {
    case rule_kind::quantitative: return "quantitative";
    case rule_kind::qualitative: return "qualitative";
    case rule_kind::deferred: return "deferred";
    case rule_kind::deadline: return "deadline";
  }
  return "";
}

const char* to_string(comparison op) {
  switch (op) {
    case comparison::eq: return "=";
    case comparison::ge: return ">=";
    case comparison::le: return "<=";
    case comparison::gt: return ">";
    case comparison::lt: return "<";
    case comparison::between: return "between";
  }
  return "";
}

const char* to_symbol(comparison op) {
  switch (op) {
    case comparison::eq: return "=";
    case comparison::ge: return "≥";
    case comparison::le: return "≤";
    case comparison::gt: return ">";
    case comparison::lt: return "<";
    case comparison::between: return "between";
  }
  return "";
}

}  // namespace jixiao::rules
