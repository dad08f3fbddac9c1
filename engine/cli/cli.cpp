#include "engine/cli/cli.hpp"

#include <optional>
#include <ostream>

#include "engine/cli/exit_status.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace {

// {1}: the version.
const char* const usage_text = N_(
    "jixiao {1} - scores how far budget projects reached their performance targets\n"
    "\n"
    "usage:\n"
    "  jixiao score TARGETS ACTUALS [--format table|markdown|csv|json|html|xlsx] [-o FILE]\n"
    "                               [--policy NAME|FILE] [--review FILE] [--strict]\n"
    "      score every project of a department: an explained report; ACTUALS is YAML or the\n"
    "      filled collection workbook (.xlsx); --review adds the finance bureau's review\n"
    "  jixiao score PROVINCE_DIR|MANIFEST [-j N] [--fail-fast] [--lowest N] [--format F] [-o FILE]\n"
    "      score every department of a province in parallel, with a summary across them\n"
    "  jixiao parse [--json] [--actual] [--year YEAR] EXPR... | -\n"
    "      show the rule each target expression (or actual value) parses to;\n"
    "      '-' reads one expression per line from standard input\n"
    "  jixiao check TARGETS [ACTUALS] [--format text|json] [--policy NAME|FILE]\n"
    "      review a target table and its actuals before scoring:\n"
    "      one finding per line, error / warning / note; exit 1 when an error\n"
    "  jixiao template TARGETS [--format yaml|xlsx] [-o FILE]\n"
    "      write the actuals to fill in: YAML with the targets as comments, or (xlsx, with -o)\n"
    "      the collection workbook that offices fill in Excel or WPS\n"
    "  jixiao template --review TARGETS ACTUALS [--policy NAME|FILE] [-o FILE]\n"
    "      write the review YAML to fill in: each indicator with its self-evaluated score\n"
    "  jixiao import TABLE.csv|TABLE.xlsx [-o FILE] [--department NAME] [--year YEAR]\n"
    "      read the table as a spreadsheet saves it (CSV, UTF-8 or GB18030; or an .xlsx\n"
    "      workbook's first sheet) into targets YAML\n"
    "  jixiao import --actuals WORKBOOK.xlsx [-o FILE]\n"
    "      turn a filled collection workbook into actuals YAML\n"
    "  jixiao policy list | show NAME|FILE\n"
    "      the named policies shipped (national, hubei), or a policy in full as YAML\n"
    "  jixiao serve [--host 127.0.0.1] [--port 8080] [--open]\n"
    "      a web page on this computer (and an HTTP interface) for all of the above\n"
    "  jixiao --help | --version\n"
    "\n"
    "  jixiao COMMAND --help shows a command's options. Every command takes --lang zh|en:\n"
    "  the language of everything it writes (Chinese by default).\n"
    "exit status: 0 ok, 1 an expression failed to parse or --strict found findings,\n"
    "             2 bad input file, 3 output not written, 64 wrong command line\n");

// The value of --lang (or --lang=…) anywhere on the command line: every command
// takes it, and it must hold before the first word is written.
std::optional<std::string> lang_option(const std::vector<std::string>& args) {
  std::optional<std::string> value;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--") break;
    if (args[i] == "--lang" && i + 1 < args.size()) value = args[++i];
    else if (args[i].rfind("--lang=", 0) == 0) value = args[i].substr(7);
  }
  return value;
}

// The command and its arguments, without a --lang given before the command.
std::vector<std::string> without_leading_lang(const std::vector<std::string>& args) {
  std::size_t at = 0;
  while (at < args.size()) {
    if (args[at] == "--lang" && at + 1 < args.size()) at += 2;
    else if (args[at].rfind("--lang=", 0) == 0) at += 1;
    else break;
  }
  return {args.begin() + static_cast<std::ptrdiff_t>(at), args.end()};
}

int dispatch(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace

int run(const std::vector<std::string>& all_args, std::istream& in, std::ostream& out, std::ostream& err) {
  const std::optional<std::string> lang = lang_option(all_args);
  const std::optional<text::language> chosen = lang ? text::language_named(*lang) : text::language::zh;
  if (!chosen) {
    err << text::trf("jixiao: --lang {1}: expected zh or en", *lang) << '\n';
    return exit_usage;
  }
  const text::language_scope scope(*chosen);
  return dispatch(without_leading_lang(all_args), in, out, err);
}

namespace {

int dispatch(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  const std::string usage = text::trf(usage_text, JIXIAO_VERSION);
  if (args.empty()) {
    err << usage;
    return exit_usage;
  }
  const std::string& command = args.front();
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "--help" || command == "-h" || command == "help") {
    out << usage;
    return exit_ok;
  }
  if (command == "--version" || command == "-V") {
    out << "jixiao " JIXIAO_VERSION "\n";
    return exit_ok;
  }
  if (command == "parse") return run_parse(rest, in, out, err);
  if (command == "score") return run_score(rest, out, err);
  if (command == "check") return run_check(rest, out, err);
  if (command == "template") return run_template(rest, out, err);
  if (command == "import") return run_import(rest, out, err);
  if (command == "policy") return run_policy(rest, out, err);
  if (command == "serve") return run_serve(rest, out, err);
  err << text::trf("jixiao: unknown command '{1}'", command) << "\n\n" << usage;
  return exit_usage;
}

}  // namespace

}  // namespace jixiao::engine
