#include "engine/model/finding_kinds.hpp"

#include <algorithm>
#include <iterator>

#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace {

// In code order.
const finding_kind kinds[] = {
    {"actual_as_bound", N_("actual written as a bound")},
    {"actual_mismatch", N_("actual does not fit the target")},
    {"ambiguous_fraction", N_("ambiguous percentage")},
    {"bare_magnitude", N_("magnitude without a unit")},
    {"category_inferred", N_("category inferred from the name")},
    {"deferred", N_("target not fixed in advance")},
    {"duplicate_indicator", N_("duplicate indicator")},
    {"duplicate_project", N_("duplicate project")},
    {"duplicate_project_name", N_("duplicate project name")},
    {"magnitude_read", N_("magnitude converted")},
    {"missing_actual", N_("actual not reported")},
    {"missing_project_actuals", N_("project not reported")},
    {"missing_spent", N_("spending not reported")},
    {"name_variant", N_("name written differently")},
    {"no_cost_indicator", N_("no cost indicator")},
    {"no_effect", N_("no effect indicator")},
    {"no_indicators", N_("no indicators")},
    {"no_output", N_("no output indicator")},
    {"no_reason", N_("shortfall not explained")},
    {"no_satisfaction", N_("no satisfaction indicator")},
    {"operator_on_phrase", N_("comparison sign on a qualitative target")},
    {"over_achievement", N_("over-achievement")},
    {"phrase_for_number", N_("words for a number")},
    {"qualitative_target", N_("qualitative target")},
    {"review_cut_short", N_("review cut short")},
    {"similar_names", N_("similar indicator names")},
    {"similar_project_names", N_("similar project names")},
    {"unit_mismatch", N_("unit does not match")},
    {"unknown_indicator", N_("unknown indicator")},
    {"unknown_project", N_("unknown project")},
    {"weights_partial", N_("weights given for some indicators only")},
    {"weights_sum", N_("weights do not add up")},
    {"year_mismatch", N_("year does not match")},
    {"zero_budget", N_("zero budget")},
};

}  // namespace

const finding_kind* find_finding_kind(std::string_view code) {
  const auto at = std::lower_bound(std::begin(kinds), std::end(kinds), code,
                                   [](const finding_kind& k, std::string_view c) { return k.code < c; });
  return at != std::end(kinds) && at->code == code ? at : nullptr;
}

std::string finding_kind_name(std::string_view code) {
  const finding_kind* kind = find_finding_kind(code);
  return kind ? text::tr(kind->name) : std::string(code);
}

}  // namespace jixiao::engine
