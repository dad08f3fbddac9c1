// JSON forms of a rule and of an actual value, as `jixiao parse --json` prints them.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "rules/actual.hpp"
#include "rules/rule.hpp"

namespace jixiao::engine {

nlohmann::json rule_to_json(const std::string& input, const rules::rule& rule);
nlohmann::json actual_to_json(const std::string& input, const rules::actual_value& actual);
nlohmann::json syntax_error_to_json(const std::string& input, const grammar::syntax_error& error);

/// One readable line for a rule: "quantitative ≥ 98 %".
std::string describe_rule(const rules::rule& rule);
std::string describe_actual(const rules::actual_value& actual);

/// "2023-12-31", or "--12-31" when the year is not known.
std::string format_calendar_date(const rules::calendar_date& date);

}  // namespace jixiao::engine
