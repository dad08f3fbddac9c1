#include "rules/actual.hpp"

#include "grammar/dates.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::rules {

namespace ast = grammar::ast;

actual_result read_actual(std::string_view text, const unit_synonyms& synonyms) {
  auto parsed = grammar::parse_actual(text);
  if (!parsed.actual) return {std::nullopt, parsed.error};
  const ast::actual& a = *parsed.actual;
  actual_value out;
  out.written = std::string(text);
  if (a.negative && a.shape != ast::actual_shape::number) {
    return {std::nullopt, grammar::syntax_error{1, text::message(N_("expected a number after '-'"))}};
  }
  switch (a.shape) {
    case ast::actual_shape::number: {
      const auto value = number_value(a.value->value);
      if (!value) {
        return {std::nullopt, grammar::syntax_error{a.value->value.where.offset + 1,
                                                    text::message(N_("the number is out of range (at most 10^12)"))}};
      }
      if (a.negative && *value != 0) {
        return {std::nullopt, grammar::syntax_error{1, text::message(N_("a negative actual is not allowed"))}};
      }
      out.kind = actual_kind::number;
      out.number = *value;
      if (a.value->unit) out.unit = normalise_unit(a.value->unit->text, synonyms);
      if (a.bound && a.bound->kind != ast::op_kind::eq) out.bound = a.bound->text;
      break;
    }
    case ast::actual_shape::grade:
      out.kind = actual_kind::grade;
      out.tier = a.tier;
      out.level = a.level;
      break;
    case ast::actual_shape::not_applicable:
      out.kind = actual_kind::not_applicable;
      break;
    case ast::actual_shape::date: {
      const auto& d = *a.when;
      const int year = d.year.value_or(2000);
      if (d.month < 1 || d.month > 12) {
        return {std::nullopt, grammar::syntax_error{d.where.offset + 1, text::message(N_("expected a month from 1 to 12"))}};
      }
      const int last = grammar::days_in_month(year, d.month);
      if (d.day < 0 || d.day > last) {
        return {std::nullopt, grammar::syntax_error{d.where.offset + 1, text::message(N_("expected a day from 1 to {1}"), std::to_string(last))}};
      }
      out.kind = actual_kind::date;
      out.date = calendar_date{d.year, d.month, d.day == 0 && d.year ? last : d.day};
      break;
    }
    case ast::actual_shape::phrase:
      out.kind = actual_kind::phrase;
      out.phrase = a.phrase;
      break;
  }
  return {out, std::nullopt};
}

actual_value numeric_actual(double number, std::string written) {
  actual_value out;
  out.kind = actual_kind::number;
  out.number = number;
  out.written = std::move(written);
  return out;
}

const char* tier_name(grade_tier tier) {
  switch (tier) {
    case grade_tier::achieved: return "达成";
    case grade_tier::partly: return "部分达成";
    case grade_tier::not_achieved: return "未达成";
  }
  return "";
}

const char* level_name(grade_level level) {
  switch (level) {
    case grade_level::good: return "好";
    case grade_level::fairly_good: return "较好";
    case grade_level::fair: return "一般";
    case grade_level::fairly_poor: return "较差";
    case grade_level::poor: return "差";
  }
  return "";
}

const char* tier_label_source(grade_tier tier) {
  switch (tier) {
    case grade_tier::achieved: return N_("achieved");
    case grade_tier::partly: return N_("partly achieved");
    case grade_tier::not_achieved: return N_("not achieved");
  }
  return "";
}

const char* level_label_source(grade_level level) {
  switch (level) {
    case grade_level::good: return N_("very good");
    case grade_level::fairly_good: return N_("fairly good");
    case grade_level::fair: return N_("average");
    case grade_level::fairly_poor: return N_("fairly poor");
    case grade_level::poor: return N_("poor");
  }
  return "";
}

std::string tier_label(grade_tier tier) { return text::tr(tier_label_source(tier)); }

std::string level_label(grade_level level) { return text::tr(level_label_source(level)); }

}  // namespace jixiao::rules
