#include "rules/finding_kinds.hpp"

#include <algorithm>
#include <iterator>

#include "grammar/text/language.hpp"

namespace jixiao::rules {

namespace {

struct kind_row {
  finding_kind::value kind;
  std::string_view code;
  const char* name;  // English source, translated when written
  severity level;
  check_stop stops_check;
  std::string_view arguments;
};

constexpr severity warning = severity::warning;
constexpr severity note = severity::note;
constexpr check_stop stops = check_stop::anywhere;
constexpr check_stop stops_in_actuals = check_stop::in_actuals;
constexpr check_stop reported = check_stop::never;

// In code order, one row per kind.
constexpr kind_row rows[] = {
    {finding_kind::actual_as_bound, "actual_as_bound", N_("actual written as a bound"), warning, reported,
     "actual, value read"},
    {finding_kind::actual_mismatch, "actual_mismatch", N_("actual does not fit the target"), warning, stops_in_actuals,
     "actual (and the grades or form expected)"},
    {finding_kind::ambiguous_fraction, "ambiguous_fraction", N_("ambiguous percentage"), warning, stops_in_actuals,
     "actual, as a percent, as written"},
    {finding_kind::bare_magnitude, "bare_magnitude", N_("magnitude without a unit"), warning, reported,
     "magnitude, likely unit or examples, indicator"},
    {finding_kind::category_inferred, "category_inferred", N_("category inferred from the name"), note, reported,
     "category"},
    {finding_kind::deferred, "deferred", N_("target not fixed in advance"), warning, reported, "target"},
    {finding_kind::duplicate_indicator, "duplicate_indicator", N_("duplicate indicator"), warning, stops,
     "project, first line"},
    {finding_kind::duplicate_project, "duplicate_project", N_("duplicate project"), warning, stops,
     "project, first line"},
    {finding_kind::duplicate_project_name, "duplicate_project_name", N_("duplicate project name"), note, reported,
     "earlier project, its line, name"},
    {finding_kind::magnitude_read, "magnitude_read", N_("magnitude converted"), note, reported,
     "value or magnitude, how it was read"},
    {finding_kind::missing_actual, "missing_actual", N_("actual not reported"), warning, reported, ""},
    {finding_kind::missing_project_actuals, "missing_project_actuals", N_("project not reported"), warning, reported,
     ""},
    {finding_kind::missing_spent, "missing_spent", N_("spending not reported"), warning, reported, ""},
    {finding_kind::name_variant, "name_variant", N_("name written differently"), note, reported,
     "name, common name, projects using it"},
    {finding_kind::no_cost_indicator, "no_cost_indicator", N_("no cost indicator"), note, reported, "category"},
    {finding_kind::no_effect, "no_effect", N_("no effect indicator"), warning, reported, "categories"},
    {finding_kind::no_indicators, "no_indicators", N_("no indicators"), warning, stops, ""},
    {finding_kind::no_output, "no_output", N_("no output indicator"), warning, reported, "categories"},
    {finding_kind::no_reason, "no_reason", N_("shortfall not explained"), warning, reported, ""},
    {finding_kind::no_satisfaction, "no_satisfaction", N_("no satisfaction indicator"), warning, reported,
     "categories"},
    {finding_kind::operator_on_phrase, "operator_on_phrase", N_("comparison sign on a qualitative target"), warning,
     reported, "sign, phrase"},
    {finding_kind::over_achievement, "over_achievement", N_("over-achievement"), warning, reported,
     "actual, target, deviation, threshold or deduction"},
    {finding_kind::phrase_for_number, "phrase_for_number", N_("words for a number"), warning, reported,
     "name's ending, phrase"},
    {finding_kind::qualitative_target, "qualitative_target", N_("qualitative target"), note, reported,
     "phrase, the three grades"},
    {finding_kind::review_cut_short, "review_cut_short", N_("review cut short"), note, reported, ""},
    {finding_kind::similar_names, "similar_names", N_("similar indicator names"), warning, reported,
     "name, other name, its line"},
    {finding_kind::similar_project_names, "similar_project_names", N_("similar project names"), warning, reported,
     "name, other project, its name, its line"},
    {finding_kind::unit_mismatch, "unit_mismatch", N_("unit does not match"), warning, stops_in_actuals,
     "actual, its unit, the target's unit"},
    {finding_kind::unknown_indicator, "unknown_indicator", N_("unknown indicator"), warning, stops_in_actuals,
     "indicator, project, nearest name"},
    {finding_kind::unknown_project, "unknown_project", N_("unknown project"), warning, stops_in_actuals,
     "project, nearest id"},
    {finding_kind::weights_partial, "weights_partial", N_("weights given for some indicators only"), warning,
     reported, "weighted, indicators, others, weight left, each"},
    {finding_kind::weights_sum, "weights_sum", N_("weights do not add up"), warning, stops,
     "sum, expected, budget execution weight, indicators without a weight"},
    {finding_kind::year_mismatch, "year_mismatch", N_("year does not match"), warning, stops_in_actuals,
     "actuals' year, targets' year"},
    {finding_kind::zero_budget, "zero_budget", N_("zero budget"), warning, reported, ""},
};

static_assert(std::size(rows) == finding_kind::count, "one row per kind");

constexpr bool rows_in_order() {
  for (std::size_t i = 0; i < std::size(rows); ++i) {
    if (rows[i].kind != static_cast<finding_kind::value>(i)) return false;
    if (i > 0 && !(rows[i - 1].code < rows[i].code)) return false;
  }
  return true;
}
static_assert(rows_in_order(), "rows in the enum's order, codes sorted");

const kind_row& row_of(finding_kind kind) { return rows[kind.get()]; }

}  // namespace

std::string_view finding_kind::code() const { return row_of(*this).code; }

std::string finding_kind::name() const { return text::tr(row_of(*this).name); }

severity finding_kind::severity() const { return row_of(*this).level; }

check_stop finding_kind::stops_check() const { return row_of(*this).stops_check; }

std::string_view finding_kind::arguments() const { return row_of(*this).arguments; }

std::optional<finding_kind> finding_kind::named(std::string_view code) {
  const auto at = std::lower_bound(std::begin(rows), std::end(rows), code,
                                   [](const kind_row& row, std::string_view c) { return row.code < c; });
  if (at == std::end(rows) || at->code != code) return std::nullopt;
  return finding_kind(at->kind);
}

std::string finding_kind_name(std::string_view code) {
  const auto kind = finding_kind::named(code);
  return kind ? kind->name() : std::string(code);
}

}  // namespace jixiao::rules
