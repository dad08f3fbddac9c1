#include "engine/report/rule_json.hpp"

#include <cmath>

#include "grammar/dates.hpp"
#include "grammar/text/language.hpp"
#include "rules/rounding.hpp"

namespace jixiao::engine {

namespace {

template <typename T>
nlohmann::json or_null(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

}  // namespace

std::string format_calendar_date(const rules::calendar_date& date) {
  if (date.year) {
    const int day = date.day == 0 ? grammar::days_in_month(*date.year, date.month) : date.day;
    return grammar::format_date(*date.year, date.month, day);
  }
  char text[16];
  std::snprintf(text, sizeof text, "--%02d-%02d", date.month, date.day == 0 ? grammar::days_in_month(2001, date.month) : date.day);
  return text;
}

nlohmann::json rule_to_json(const std::string& input, const rules::rule& rule) {
  nlohmann::json j;
  j["input"] = input;
  j["kind"] = rules::to_string(rule.kind);
  const bool qualitative = rule.kind == rules::rule_kind::qualitative;
  j["op"] = rule.op && !qualitative ? nlohmann::json(rules::to_string(*rule.op)) : nlohmann::json(nullptr);
  j["value"] = or_null(rule.value);
  j["low"] = or_null(rule.low);
  j["high"] = or_null(rule.high);
  j["unit"] = or_null(rule.unit);
  j["approximate"] = rule.approximate;
  j["phrase"] = or_null(rule.phrase);
  j["date"] = rule.deadline ? nlohmann::json(format_calendar_date(*rule.deadline)) : nlohmann::json(nullptr);
  j["note"] = or_null(rule.note);
  j["findings"] = nlohmann::json::array();
  j["finding_kinds"] = nlohmann::json::array();
  for (const auto& f : rule.findings) {
    j["findings"].push_back(f.message.str());
    j["finding_kinds"].push_back(f.kind.code());
  }
  return j;
}

nlohmann::json actual_to_json(const std::string& input, const rules::actual_value& actual) {
  static const char* const kinds[] = {"number", "grade", "na", "date", "phrase"};
  nlohmann::json j;
  j["input"] = input;
  j["kind"] = kinds[static_cast<int>(actual.kind)];
  j["value"] = actual.kind == rules::actual_kind::number ? nlohmann::json(actual.number) : nlohmann::json(nullptr);
  j["unit"] = or_null(actual.unit);
  j["tier"] = actual.tier ? nlohmann::json(rules::tier_name(*actual.tier)) : nlohmann::json(nullptr);
  j["level"] = actual.level ? nlohmann::json(rules::level_name(*actual.level)) : nlohmann::json(nullptr);
  j["date"] = actual.date ? nlohmann::json(format_calendar_date(*actual.date)) : nlohmann::json(nullptr);
  j["phrase"] = or_null(actual.phrase);
  j["bound"] = !actual.bound.empty();
  return j;
}

nlohmann::json syntax_error_to_json(const std::string& input, const grammar::syntax_error& error) {
  nlohmann::json j;
  j["input"] = input;
  j["kind"] = nullptr;
  j["error"] = error.message.str();
  j["column"] = error.column;
  return j;
}

namespace {

// " 个", " 万元 (10^4 元)", " 万 (10^4, of no unit)": a unit as the rule holds it.
std::string unit_text(const std::optional<std::string>& unit) {
  if (!unit) return {};
  const rules::unit_parts parts = rules::split_magnitude(*unit);
  if (parts.magnitude.empty()) return " " + *unit;
  const std::string power = std::to_string(static_cast<int>(std::lround(std::log10(parts.factor))));
  return " " + *unit +
         (parts.base.empty() ? text::trf(" (10^{1}, of no unit)", power)
                             : text::trf(" (10^{1} {2})", power, std::string(parts.base)));
}

}  // namespace

std::string describe_rule(const rules::rule& rule) {
  std::string out;
  const std::string unit = unit_text(rule.unit);
  switch (rule.kind) {
    case rules::rule_kind::quantitative:
      if (rule.op == rules::comparison::between) {
        out = text::trf("quantitative between {1} and {2}{3}", rules::format_number(*rule.low),
                        rules::format_number(*rule.high), unit);
      } else if (rule.approximate) {
        out = text::trf("quantitative {1} {2}{3} (approximate)", rules::to_symbol(*rule.op),
                        rules::format_number(*rule.value), unit);
      } else {
        out = text::trf("quantitative {1} {2}{3}", rules::to_symbol(*rule.op), rules::format_number(*rule.value), unit);
      }
      break;
    case rules::rule_kind::qualitative:
      out = text::trf("qualitative \"{1}\"", *rule.phrase);
      break;
    case rules::rule_kind::deferred:
      out = rule.op ? text::trf("deferred \"{1}\", then {2} the planned value", *rule.phrase, rules::to_symbol(*rule.op))
                    : text::trf("deferred \"{1}\"", *rule.phrase);
      if (rule.unit) out += text::trf(" in {1}", unit.substr(1));
      break;
    case rules::rule_kind::deadline:
      out = text::trf("deadline {1} {2}", rules::to_symbol(*rule.op), format_calendar_date(*rule.deadline));
      break;
  }
  if (rule.note) out += text::trf(", note \"{1}\"", *rule.note);
  return out;
}

std::string describe_actual(const rules::actual_value& actual) {
  switch (actual.kind) {
    case rules::actual_kind::number: {
      const std::string number = rules::format_number(actual.number) + unit_text(actual.unit);
      return actual.bound.empty() ? text::trf("number {1}", number)
                                  : text::trf("number {1}, given as a bound '{2}'", number, actual.bound);
    }
    case rules::actual_kind::grade:
      return text::trf("grade {1}", actual.tier ? rules::tier_name(*actual.tier) : rules::level_name(*actual.level));
    case rules::actual_kind::not_applicable: return text::tr("not applicable (N/A)");
    case rules::actual_kind::date: return text::trf("date {1}", format_calendar_date(*actual.date));
    case rules::actual_kind::phrase: return text::trf("phrase \"{1}\"", *actual.phrase);
  }
  return "";
}

}  // namespace jixiao::engine
