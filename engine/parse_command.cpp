#include <boost/program_options.hpp>

#include <iostream>

#include "engine/cli.hpp"
#include "engine/command_line.hpp"
#include "engine/exit_status.hpp"
#include "engine/rule_json.hpp"
#include "rules/policy.hpp"

namespace jixiao::engine {

namespace po = boost::program_options;

namespace {

// Parses one expression and prints it; returns false when it did not parse.
bool parse_one(const std::string& input, bool json, bool actual, std::optional<int> year,
               const rules::unit_synonyms& synonyms, std::ostream& out) {
  constexpr auto replace = nlohmann::json::error_handler_t::replace;
  if (actual) {
    const auto result = rules::read_actual(input, synonyms);
    if (json) {
      out << (result.value ? actual_to_json(input, *result.value) : syntax_error_to_json(input, *result.error))
                 .dump(-1, ' ', false, replace)
          << "\n";
    } else if (result.value) {
      out << input << "\n  → " << describe_actual(*result.value) << "\n";
    } else {
      out << grammar::format_syntax_error(input, *result.error) << "\n";
    }
    return result.value.has_value();
  }
  const auto result = rules::compile_target(input, synonyms, year);
  if (json) {
    out << (result.rule ? rule_to_json(input, *result.rule) : syntax_error_to_json(input, *result.error))
               .dump(-1, ' ', false, replace)
        << "\n";
  } else if (result.rule) {
    out << input << "\n  → " << describe_rule(*result.rule) << "\n";
    for (const auto& f : result.rule->findings) out << "  ! " << f.kind << ": " << f.message << "\n";
  } else {
    out << grammar::format_syntax_error(input, *result.error) << "\n";
  }
  return result.rule != nullptr;
}

}  // namespace

int run_parse(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  po::options_description options("jixiao parse [--json] [--actual] [--year YEAR] EXPR... | -");
  options.add_options()
      ("help", "show this help")
      ("json", "one JSON object per line")
      ("actual", "parse actual values (实际完成值) instead of targets")
      ("year", po::value<int>(), "the table's year, for deadlines written without one (12月底前)")
      ("expression", po::value<std::vector<std::string>>(), "target expressions; '-' reads them from standard input");
  po::positional_options_description positional;
  positional.add("expression", -1);
  po::variables_map vm;
  // No short options: an expression such as "-5" or "-" is an argument, not a flag.
  const int style = po::command_line_style::unix_style ^ po::command_line_style::allow_short;
  if (const auto done = read_command_line("parse", args, options, positional, vm, out, err, style)) return *done;
  if (!vm.count("expression")) {
    err << "jixiao parse: give expressions, or '-' to read them from standard input\n" << options;
    return exit_usage;
  }
  const bool json = vm.count("json") > 0;
  const bool actual = vm.count("actual") > 0;
  const std::optional<int> year = vm.count("year") ? std::optional<int>(vm["year"].as<int>()) : std::nullopt;
  const rules::scoring_policy policy;
  bool all_parsed = true;
  for (const auto& expression : vm["expression"].as<std::vector<std::string>>()) {
    if (expression != "-") {
      all_parsed = parse_one(expression, json, actual, year, policy.synonyms, out) && all_parsed;
      continue;
    }
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) continue;
      all_parsed = parse_one(line, json, actual, year, policy.synonyms, out) && all_parsed;
    }
  }
  return all_parsed ? exit_ok : exit_findings;
}

}  // namespace jixiao::engine
