// The bad-input corpus: every case in tests/bad_input/ runs through the real jixiao
// binary, and its exit status and whole message must be the ones in <name>.expect.
//
// A case is <name>.yaml, <name>.txt, <name>.csv or <name>.xlsx beside <name>.expect. The name's prefix says
// what runs it (the working directory is the source tree):
//   targets_*  jixiao score <case> tests/bad_input/ok/actuals.yaml
//   actuals_*  jixiao score tests/bad_input/ok/targets.yaml <case>
//   policy_*   jixiao score tests/bad_input/ok/targets.yaml tests/bad_input/ok/actuals.yaml --policy <case>
//   expr_*     jixiao parse -           (standard input: the case)
//   actual_*   jixiao parse --actual -  (standard input: the case)
// A <name>.cmd gives the arguments instead, one a line; {case} is the case file and
// {tmp} a scratch directory made empty for the case (written {tmp} in the messages);
// a parse command ending in '-' reads the case, or /dev/zero when there is none.
// <name>.expect: the first line "exit: N", then exactly what the command prints on
// standard error (standard output for parse); a last line "..." asks only that the
// output start with the lines before it (usage errors, followed by the option list).
//
// Every targets_, actuals_ and policy_ case that score refuses (exit 2, no .cmd) runs
// through jixiao check as well, which must refuse it with the same message.
//
// The .expect files are English (--lang en). Every case runs in Chinese (--lang zh)
// as well: the same exit status; where the English message's first line starts with
// a place (`path:L:C: `, `path:L: `, `path: ` or a workbook's `path:sheet!cell: `),
// the Chinese first line starts with the same place; and the Chinese first line is
// not the English one and holds Chinese. A few cases also pin the whole Chinese
// message: tests/bad_input/zh/<name>.expect, in the format of <name>.expect.
// Each run must also end by itself within the time limit (JIXIAO_CASE_SECONDS,
// default 2), by exit and not by a signal, and leave no temporary file behind.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <poll.h>
#include <regex>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/test_util.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::testing {
namespace {

namespace fs = std::filesystem;

const char* const corpus_dir = "tests/bad_input";

struct run_result {
  int status = -1;    // exit status, or -1 when killed by a signal
  int signal = 0;     // the signal that ended it
  bool timed_out = false;
  double seconds = 0;
  std::string out;
  std::string err;
};

// Runs `args` with the source tree as working directory, standard input from
// `input` (or /dev/null), killing it after `timeout` seconds.
run_result run_binary(const std::vector<std::string>& args, const std::string& input, double timeout) {
  int out_pipe[2];
  int err_pipe[2];
  if (::pipe(out_pipe) != 0 || ::pipe(err_pipe) != 0) throw std::runtime_error("pipe failed");
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    if (::chdir(JIXIAO_SOURCE_DIR) != 0) ::_exit(125);
    const int in = ::open(input.empty() ? "/dev/null" : input.c_str(), O_RDONLY);
    if (in < 0) ::_exit(126);
    ::dup2(in, 0);
    ::dup2(out_pipe[1], 1);
    ::dup2(err_pipe[1], 2);
    ::close(out_pipe[0]);
    ::close(err_pipe[0]);
    std::vector<char*> argv;
    std::string binary = JIXIAO_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  run_result result;
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&result.out, &result.err};
  int open_pipes = 2;
  while (open_pipes > 0) {
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (elapsed > timeout && !result.timed_out) {
      result.timed_out = true;
      ::kill(pid, SIGKILL);
    }
    if (::poll(fds, 2, 100) < 0 && errno != EINTR) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
      char buffer[65536];
      const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        sinks[i]->append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open_pipes;
      }
    }
  }
  int wait_status = 0;
  ::waitpid(pid, &wait_status, 0);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (WIFEXITED(wait_status)) result.status = WEXITSTATUS(wait_status);
  if (WIFSIGNALED(wait_status)) result.signal = WTERMSIG(wait_status);
  return result;
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  if (from.empty()) return;
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

struct corpus_case {
  std::string name;
  std::string input;  // path of the case file, relative to the source tree; may be empty
};

std::vector<corpus_case> list_cases() {
  std::vector<corpus_case> cases;
  for (const auto& entry : fs::directory_iterator(source_path(corpus_dir))) {
    if (entry.path().extension() != ".expect") continue;
    corpus_case c;
    c.name = entry.path().stem().string();
    for (const char* ext : {".yaml", ".txt", ".csv", ".xlsx"}) {
      if (fs::exists(source_path(std::string(corpus_dir) + "/" + c.name + ext))) {
        c.input = std::string(corpus_dir) + "/" + c.name + ext;
      }
    }
    cases.push_back(c);
  }
  std::sort(cases.begin(), cases.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return cases;
}

std::string case_test_name(const ::testing::TestParamInfo<corpus_case>& info) {
  std::string name;
  bool upper = true;
  for (char c : info.param.name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      upper = true;
      continue;
    }
    name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return name;
}

// The command line of a case, its standard input and where its message goes.
struct case_command {
  std::vector<std::string> args;
  std::string input;  // standard input
  bool output_on_stdout = false;
};

case_command command_of(const corpus_case& c, bool check, const std::string& tmp) {
  const std::string base = std::string(corpus_dir) + "/" + c.name;
  const std::string ok_targets = std::string(corpus_dir) + "/ok/targets.yaml";
  const std::string ok_actuals = std::string(corpus_dir) + "/ok/actuals.yaml";
  case_command command;
  std::vector<std::string>& args = command.args;
  std::string& input = command.input;
  bool& output_on_stdout = command.output_on_stdout;
  if (fs::exists(source_path(base + ".cmd"))) {
    for (std::string line : read_lines(source_path(base + ".cmd"))) {
      replace_all(line, "{case}", c.input);
      replace_all(line, "{tmp}", tmp);
      args.push_back(line);
    }
    output_on_stdout = !args.empty() && args.front() == "parse";
    if (output_on_stdout && !args.empty() && args.back() == "-") input = c.input.empty() ? "/dev/zero" : source_path(c.input);
  } else if (check && starts_with(c.name, "targets_")) {
    args = {"check", c.input};
  } else if (check && starts_with(c.name, "actuals_")) {
    args = {"check", ok_targets, c.input};
  } else if (check && starts_with(c.name, "policy_")) {
    args = {"check", ok_targets, ok_actuals, "--policy", c.input};
  } else if (starts_with(c.name, "targets_")) {
    args = {"score", c.input, ok_actuals};
  } else if (starts_with(c.name, "actuals_")) {
    args = {"score", ok_targets, c.input};
  } else if (starts_with(c.name, "policy_")) {
    args = {"score", ok_targets, ok_actuals, "--policy", c.input};
  } else if (starts_with(c.name, "expr_")) {
    args = {"parse", "-"};
    input = source_path(c.input);
    output_on_stdout = true;
  } else if (starts_with(c.name, "actual_")) {
    args = {"parse", "--actual", "-"};
    input = source_path(c.input);
    output_on_stdout = true;
  } else {
    ADD_FAILURE() << c.name << ": no " << base << ".cmd and no known prefix";
  }
  return command;
}

struct expectation {
  int status = 0;
  std::string text;
};

expectation read_expect(const std::string& path) {
  const std::string expect = read_file(source_path(path));
  EXPECT_TRUE(starts_with(expect, "exit: ")) << path << " must start with 'exit: N'";
  const std::size_t newline = expect.find('\n');
  return {std::stoi(expect.substr(6, newline - 6)), newline == std::string::npos ? "" : expect.substr(newline + 1)};
}

// Runs case `c` in `lang` with the time limit; the message is the one the case prints
// (standard error, or standard output for parse), {tmp} written for its scratch folder.
run_result run_in(const corpus_case& c, const case_command& command, const std::string& tmp, const char* lang,
                  std::string& text) {
  const char* limit = std::getenv("JIXIAO_CASE_SECONDS");
  const double seconds = limit ? std::atof(limit) : 2.0;
  std::vector<std::string> args = command.args;
  args.insert(args.begin(), {"--lang", lang});
  run_result r = run_binary(args, command.input, seconds * 5);
  EXPECT_FALSE(r.timed_out) << c.name << " did not finish in " << seconds * 5 << " s";
  EXPECT_EQ(0, r.signal) << c.name << " was killed by signal " << r.signal << ":\n" << r.err;
  EXPECT_LT(r.seconds, seconds) << c.name << " took " << r.seconds << " s";
  text = command.output_on_stdout ? r.out : r.err;
  replace_all(text, tmp, "{tmp}");
  return r;
}

void expect_text(const std::string& expected_text, const std::string& text) {
  const std::string etc = "...\n";
  if (expected_text.size() >= etc.size() && expected_text.compare(expected_text.size() - etc.size(), etc.size(), etc) == 0) {
    const std::string head = expected_text.substr(0, expected_text.size() - etc.size());
    EXPECT_EQ(head, text.substr(0, head.size())) << "the message must start so";
  } else {
    EXPECT_EQ(expected_text, text);
  }
}

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

// The place a message starts with: "path:3:5: ", "path:3: ", "path:实际完成值!F3: " or
// "path: "; "" when it starts with none.
std::string place_of(const std::string& line) {
  static const std::regex place(R"(^(\{tmp\}/)?[^ :]+\.(yaml|yml|txt|csv|xlsx|json)(:[0-9]+(:[0-9]+)?|:[^ :!]+![A-Z]+[0-9]+)?: )");
  std::smatch match;
  return std::regex_search(line, match, place) ? match.str(0) : std::string();
}

bool has_chinese(const std::string& text) {
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0xE3 && b <= 0xE9) return true;  // U+3000 to U+9FFF: CJK punctuation and characters
    if (b == 0xEF && static_cast<unsigned char>(text[i + 1]) >= 0xBC) return true;  // full-width forms
  }
  return false;
}

// Runs case `c` through jixiao score (or its .cmd, or parse); with `check`, through
// jixiao check instead, which reads the files the same way and must say the same.
void run_case(const corpus_case& c, bool check) {
  const std::string base = std::string(corpus_dir) + "/" + c.name;
  const std::string tmp = scratch_dir(std::string(check ? "bad_input_check_" : "bad_input_") + c.name);
  const case_command command = command_of(c, check, tmp);
  const expectation expected = read_expect(base + ".expect");
  std::string text;
  const run_result r = run_in(c, command, tmp, "en", text);
  EXPECT_EQ(expected.status, r.status) << "stderr:\n" << r.err;
  expect_text(expected.text, text);
  if (expected.status != 0 && !command.output_on_stdout) {
    EXPECT_EQ("", r.out) << "a failed run prints no report";
  }
  for (const auto& entry : fs::directory_iterator(tmp)) {
    EXPECT_FALSE(starts_with(entry.path().filename().string(), ".jixiao-")) << "temporary file left: " << entry.path();
  }
}

// Runs case `c` in Chinese: the same status, the same place, other words; and the
// whole message when tests/bad_input/zh/<name>.expect gives it.
void run_case_in_chinese(const corpus_case& c) {
  const std::string base = std::string(corpus_dir) + "/" + c.name;
  const std::string tmp = scratch_dir("bad_input_zh_" + c.name);
  const case_command command = command_of(c, false, tmp);
  const expectation english = read_expect(base + ".expect");
  std::string text;
  const run_result r = run_in(c, command, tmp, "zh", text);
  EXPECT_EQ(english.status, r.status) << "stderr:\n" << r.err;
  if (english.text.empty()) return;
  const std::string english_line = first_line(english.text);
  const std::string chinese_line = first_line(text);
  EXPECT_EQ(place_of(english_line), place_of(chinese_line)) << "English: " << english_line << "\nChinese: " << chinese_line;
  // parse echoes an expression that parsed; every other message is translated.
  const bool echo = command.output_on_stdout && !starts_with(english_line, "error: ");
  if (!echo) {
    EXPECT_NE(english_line, chinese_line) << "the message is not translated";
    EXPECT_TRUE(has_chinese(chinese_line)) << chinese_line;
  }
  const std::string zh_expect = std::string(corpus_dir) + "/zh/" + c.name + ".expect";
  if (fs::exists(source_path(zh_expect))) {
    const expectation chinese = read_expect(zh_expect);
    EXPECT_EQ(chinese.status, r.status);
    expect_text(chinese.text, text);
  }
}

class BadInput : public ::testing::TestWithParam<corpus_case> {};

TEST_P(BadInput, GivesTheExpectedMessage) { run_case(GetParam(), false); }

TEST_P(BadInput, KeepsItsPlaceInChinese) { run_case_in_chinese(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Corpus, BadInput, ::testing::ValuesIn(list_cases()), case_test_name);

// The files `score` refuses (exit 2, no .cmd), `check` refuses with the same message.
std::vector<corpus_case> refused_files() {
  std::vector<corpus_case> out;
  for (const corpus_case& c : list_cases()) {
    const std::string base = source_path(std::string(corpus_dir) + "/" + c.name);
    const bool file_case = starts_with(c.name, "targets_") || starts_with(c.name, "actuals_") || starts_with(c.name, "policy_");
    if (file_case && !fs::exists(base + ".cmd") && starts_with(read_file(base + ".expect"), "exit: 2\n")) out.push_back(c);
  }
  return out;
}

class BadInputCheck : public ::testing::TestWithParam<corpus_case> {};

TEST_P(BadInputCheck, GivesTheSameMessage) { run_case(GetParam(), true); }

INSTANTIATE_TEST_SUITE_P(Corpus, BadInputCheck, ::testing::ValuesIn(refused_files()), case_test_name);

// The corpus is the issue's: at least 60 cases.
TEST(BadInputCorpus, HasAtLeastSixtyCases) { EXPECT_GE(list_cases().size(), 60u); }

// Files too large to keep in the corpus, made here: under the 4 MiB limit, but built
// so that comparing every name with every other ("did you mean", similar names)
// would take minutes. check and score must finish in seconds all the same: the bound
// (20 s, or JIXIAO_CASE_SECONDS) catches work that grows with the square of the input,
// not a slowdown; speed is measured in bench/.
class LargeInput : public ::testing::Test {
 protected:
  // A scratch folder of the test's own: CTest runs the tests at once.
  static std::string dir() {
    return scratch_dir(std::string("large_input_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
  }

  static void expect_quick(const std::vector<std::string>& args, int status) {
    const char* limit = std::getenv("JIXIAO_CASE_SECONDS");
    const double seconds = std::max(20.0, limit ? std::atof(limit) : 0.0);
    const run_result r = run_binary(args, "", seconds * 5);
    ASSERT_FALSE(r.timed_out);
    ASSERT_EQ(0, r.signal) << r.err;
    EXPECT_EQ(status, r.status) << r.err.substr(0, 2000);
    EXPECT_LT(r.seconds, seconds) << args[0] << " " << args[1];
  }
};

// 6,000 projects, each with three names it shares with one other project and one of
// its own: every own name is near thousands of shared ones.
TEST_F(LargeInput, ManySimilarNamesAcrossProjects) {
  const std::string d = dir();
  std::string yaml = "year: 2023\nprojects:\n";
  for (int p = 0; p < 6000; ++p) {
    const int q = p - p % 2;
    yaml += "  - id: \"" + std::to_string(p) + "\"\n    name: 项目名称" + std::to_string(p) + "\n    budget: 1\n    indicators:\n";
    for (int k = 0; k < 3; ++k) yaml += "      - {name: 指标名称" + std::to_string(q) + "x" + std::to_string(k) + ", target: \"≥ % 98\"}\n";
    yaml += "      - {name: 独有指标名称" + std::to_string(p) + ", target: \"≥ % 98\"}\n";
  }
  write_file(d + "/targets.yaml", yaml);
  expect_quick({"check", d + "/targets.yaml"}, 0);
}

// One project of 40,000 indicators, and 40,000 actuals none of which it knows.
TEST_F(LargeInput, OneHugeProjectAndUnknownActuals) {
  const std::string d = dir();
  std::string targets = "year: 2023\nprojects:\n  - id: \"1\"\n    name: 项目\n    budget: 1\n    indicators:\n";
  std::string actuals = "year: 2023\nprojects:\n  \"1\":\n    spent: 1\n    indicators:\n";
  for (int k = 0; k < 40000; ++k) {
    targets += "      - {name: 指标" + std::to_string(k) + ", target: \"≥ % 98\"}\n";
    actuals += "      未知" + std::to_string(k) + ": 99%\n";
  }
  write_file(d + "/targets.yaml", targets);
  write_file(d + "/actuals.yaml", actuals);
  expect_quick({"score", d + "/targets.yaml", d + "/actuals.yaml", "-o", d + "/report.json", "--format", "json"}, 0);
  expect_quick({"check", d + "/targets.yaml", d + "/actuals.yaml"}, 1);
}

// 3,000 projects in the targets, 20,000 unknown ones in the actuals.
TEST_F(LargeInput, ManyUnknownProjects) {
  const std::string d = dir();
  std::string targets = "year: 2023\nprojects:\n";
  std::string actuals = "year: 2023\nprojects:\n";
  for (int p = 0; p < 3000; ++p) {
    targets += "  - {id: \"" + std::to_string(p) + "\", name: 项目" + std::to_string(p) +
               ", budget: 1, indicators: [{name: 指标, target: \"≥ % 98\"}]}\n";
  }
  for (int p = 0; p < 20000; ++p) actuals += "  \"u" + std::to_string(p) + "\": {spent: 1}\n";
  write_file(d + "/targets.yaml", targets);
  write_file(d + "/actuals.yaml", actuals);
  expect_quick({"score", d + "/targets.yaml", d + "/actuals.yaml", "-o", d + "/report.txt"}, 0);
  expect_quick({"check", d + "/targets.yaml", d + "/actuals.yaml"}, 1);
}

}  // namespace
}  // namespace jixiao::testing
