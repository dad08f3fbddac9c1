#include <boost/program_options.hpp>

#include <iostream>

#include "rules/finding_kinds.hpp"
#include "engine/cli/cli.hpp"
#include "engine/cli/command_line.hpp"
#include "engine/cli/exit_status.hpp"
#include "engine/io/limits.hpp"
#include "engine/report/rule_json.hpp"
#include "grammar/text/text.hpp"
#include "rules/policy.hpp"
#include "grammar/text/language.hpp"

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
    for (const auto& f : result.rule->findings) out << "  ! " << text::trf("{1}: {2}", f.kind.name(), f.message.str()) << "\n";
  } else {
    out << grammar::format_syntax_error(input, *result.error) << "\n";
  }
  return result.rule != nullptr;
}

// An expression over --max-expression-length: an error in the output, like a syntax error.
void print_too_long(const std::string& what, bool json, std::ostream& out) {
  if (json) {
    out << nlohmann::json{{"input", nullptr}, {"error", what}}.dump() << "\n";
  } else {
    out << text::trf("error: {1}", what) << "\n";
  }
}

std::string over_length(std::size_t length, std::size_t limit) {
  return text::trf("the expression is {1} characters long, over the limit of {2} (raise it with --max-expression-length)",
                   format_count(length), format_count(limit));
}

enum class line_status { line, end, too_long };

// One line of `in` without its '\n', read no further than `max_bytes`: a stream
// with no line end (/dev/zero) is not read into memory without end.
line_status read_line(std::istream& in, std::string& line, std::size_t max_bytes) {
  line.clear();
  std::streambuf* buffer = in.rdbuf();
  for (;;) {
    const int c = buffer->sbumpc();
    if (c == std::char_traits<char>::eof()) return line.empty() ? line_status::end : line_status::line;
    if (c == '\n') return line_status::line;
    line.push_back(static_cast<char>(c));
    if (line.size() > max_bytes) return line_status::too_long;
  }
}

}  // namespace

int run_parse(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  po::options_description options(text::tr("jixiao parse [--json] [--actual] [--year YEAR] EXPR... | -"), help_line_length());
  options.add_options()
      ("help", text::tr("show this help").c_str())
      ("json", text::tr("one JSON object per line").c_str())
      ("actual", text::tr("parse actual values instead of targets").c_str())
      ("year", po::value<int>(), text::trf("the table's year, for deadlines written without one ({1})", "12月底前").c_str())
      ("expression", po::value<std::vector<std::string>>(),
       text::tr("target expressions; '-' reads them from standard input").c_str());
  input_limits limits;
  options.add(limit_options(limits, expression_length_option));
  po::positional_options_description positional;
  positional.add("expression", -1);
  po::variables_map vm;
  // No short options: an expression such as "-5" or "-" is an argument, not a flag.
  const int style = po::command_line_style::unix_style ^ po::command_line_style::allow_short;
  if (const auto done = read_command_line("parse", args, options, positional, vm, out, err, style)) return *done;
  if (!vm.count("expression")) {
    err << text::tr("jixiao parse: give expressions, or '-' to read them from standard input") << "\n" << options;
    return exit_usage;
  }
  const bool json = vm.count("json") > 0;
  const bool actual = vm.count("actual") > 0;
  const std::optional<int> year = vm.count("year") ? std::optional<int>(vm["year"].as<int>()) : std::nullopt;
  const rules::scoring_policy policy;
  bool all_parsed = true;
  const std::size_t limit = limits.max_expression_length;
  for (const auto& expression : vm["expression"].as<std::vector<std::string>>()) {
    if (expression != "-") {
      if (grammar::code_point_count(expression) > limit) {
        print_too_long(over_length(grammar::code_point_count(expression), limit), json, out);
        all_parsed = false;
        continue;
      }
      all_parsed = parse_one(expression, json, actual, year, policy.synonyms, out) && all_parsed;
      continue;
    }
    std::string line;
    std::size_t number = 0;
    for (;;) {
      const line_status status = read_line(in, line, 4 * limit + 1);  // a character is at most 4 bytes, and a '\r'
      if (status == line_status::end) break;
      ++number;
      if (status == line_status::too_long) {
        print_too_long(text::trf("line {1} of the input is over the limit of {2} characters (raise it with "
                                  "--max-expression-length); reading stops there",
                                  std::to_string(number), format_count(limit)),
                       json, out);
        all_parsed = false;
        break;
      }
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) continue;
      if (grammar::code_point_count(line) > limit) {
        print_too_long(over_length(grammar::code_point_count(line), limit), json, out);
        all_parsed = false;
        continue;
      }
      all_parsed = parse_one(line, json, actual, year, policy.synonyms, out) && all_parsed;
    }
  }
  return all_parsed ? exit_ok : exit_findings;
}

}  // namespace jixiao::engine
