// Nothing lost: a report is written whole or not at all, even when the write fails
// half-way, and every indicator of the targets and every entry of the actuals is
// accounted for in the report.
#include <gtest/gtest.h>

#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <set>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "engine/load/load.hpp"
#include "engine/io/output_file.hpp"
#include "engine/score/scorer.hpp"
#include "tests/test_util.hpp"

namespace jixiao::testing {
namespace {

namespace fs = std::filesystem;

const std::string earlier = "an earlier report, to be kept\n";

// Files in `dir` other than `keep`: a temporary file left behind would show here.
std::vector<std::string> others_in(const std::string& dir, const std::string& keep) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename() != keep) names.push_back(entry.path().filename().string());
  }
  return names;
}

// Lowers the file-size limit of this process for its lifetime, so that a write()
// past `bytes` fails with EFBIG in the middle of the report; SIGXFSZ is ignored
// meanwhile (its default would end the test). Root is bound by it too, unlike
// permission bits.
class file_size_limit {
 public:
  explicit file_size_limit(rlim_t bytes) {
    ::getrlimit(RLIMIT_FSIZE, &saved_);
    old_handler_ = std::signal(SIGXFSZ, SIG_IGN);
    rlimit lowered = saved_;
    lowered.rlim_cur = bytes;
    ::setrlimit(RLIMIT_FSIZE, &lowered);
  }
  ~file_size_limit() {
    ::setrlimit(RLIMIT_FSIZE, &saved_);
    std::signal(SIGXFSZ, old_handler_);
  }
  file_size_limit(const file_size_limit&) = delete;
  file_size_limit& operator=(const file_size_limit&) = delete;

 private:
  rlimit saved_{};
  void (*old_handler_)(int) = nullptr;
};

// The seed report is some 30 KB; the write fails after the first 1,000 bytes.
TEST(NothingLost, AWriteFailingHalfWayKeepsTheEarlierReport) {
  const std::string dir = scratch_dir("nothing_lost_half_way");
  const std::string out = dir + "/report.txt";
  write_file(out, earlier);
  cli_result r;
  {
    file_size_limit limit(1000);
    r = run_cli({"--lang", "en", "score", source_path("fixtures/seed/targets.yaml"), source_path("fixtures/seed/actuals.yaml"), "-o", out});
  }
  EXPECT_EQ(3, r.status);
  EXPECT_EQ(out + ": cannot write the output: File too large\n", r.err);
  EXPECT_EQ(earlier, read_file(out));
  EXPECT_EQ(std::vector<std::string>{}, others_in(dir, "report.txt"));
}

TEST(NothingLost, AFailingWriteLeavesNoFileWhereThereWasNone) {
  const std::string dir = scratch_dir("nothing_lost_none");
  cli_result r;
  {
    file_size_limit limit(1000);
    r = run_cli({"--lang", "en", "score", source_path("fixtures/seed/targets.yaml"), source_path("fixtures/seed/actuals.yaml"), "--format",
                 "json", "-o", dir + "/report.json"});
  }
  EXPECT_EQ(3, r.status);
  EXPECT_EQ(std::vector<std::string>{}, others_in(dir, ""));
}

// A province report is written as the departments finish, through a stream.
TEST(NothingLost, AStreamedProvinceReportFailingHalfWayKeepsTheEarlierOne) {
  const std::string dir = scratch_dir("nothing_lost_province");
  const std::string out = dir + "/province.json";
  write_file(out, earlier);
  cli_result r;
  {
    file_size_limit limit(1000);
    r = run_cli({"--lang", "en", "score", source_path("fixtures/province/manifest.yaml"), "--format", "json", "-j", "1", "-o", out});
  }
  EXPECT_EQ(3, r.status) << r.err;
  EXPECT_EQ(earlier, read_file(out));
  EXPECT_EQ(std::vector<std::string>{}, others_in(dir, "province.json"));
}

// The library call, directly: the content is far over the limit.
TEST(NothingLost, WriteFileAtomicallyThrowsAndCleansUp) {
  const std::string dir = scratch_dir("nothing_lost_library");
  const std::string out = dir + "/out.txt";
  write_file(out, earlier);
  {
    file_size_limit limit(4096);
    EXPECT_THROW(engine::write_file_atomically(out, std::string(100000, 'x')), engine::output_error);
  }
  EXPECT_EQ(earlier, read_file(out));
  EXPECT_EQ(std::vector<std::string>{}, others_in(dir, "out.txt"));
}

// A run killed in the middle of writing: the child runs the real binary with the
// default SIGXFSZ action and a 1,000-byte file-size limit, so the kernel ends it
// half-way through the report. The earlier report is still whole: the new one goes
// to a temporary file, renamed into place only once complete. (A killed process
// cannot remove its temporary file: a hidden .jixiao-XXXXXX stays beside it.)
TEST(NothingLost, AKilledRunKeepsTheEarlierReport) {
  const std::string dir = scratch_dir("nothing_lost_killed");
  const std::string out = dir + "/report.txt";
  write_file(out, earlier);
  const std::string targets = source_path("fixtures/seed/targets.yaml");
  const std::string actuals = source_path("fixtures/seed/actuals.yaml");
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    std::signal(SIGXFSZ, SIG_DFL);
    rlimit limit{};
    ::getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = 1000;
    ::setrlimit(RLIMIT_FSIZE, &limit);
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    ::dup2(null, 2);
    ::execl(JIXIAO_BINARY, JIXIAO_BINARY, "score", targets.c_str(), actuals.c_str(), "-o", out.c_str(),
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "exit status " << WEXITSTATUS(status);
  EXPECT_EQ(SIGXFSZ, WTERMSIG(status));
  EXPECT_EQ(earlier, read_file(out));
}

// Every indicator of every project in the targets is in the report with a status,
// and every project and indicator of the actuals is used or named in a finding.
void expect_all_accounted_for(const std::string& targets_path, const std::string& actuals_path) {
  const rules::scoring_policy policy;
  const engine::target_table targets = engine::load_targets(engine::yaml_document::load(targets_path), policy);
  const engine::actual_table actuals = engine::load_actuals(engine::yaml_document::load(actuals_path), policy);
  const engine::report r = engine::score_department(targets, actuals, policy);

  const auto has_finding = [&r](const std::string& kind, const std::string& project, const std::string& indicator) {
    for (const auto& f : r.findings) {
      if (f.kind == kind && f.project == project && f.indicator == indicator) return true;
    }
    return false;
  };
  std::set<std::string> scored_ids;
  for (const auto& project : targets.projects) {
    if (!scored_ids.insert(project.id).second) {
      EXPECT_TRUE(has_finding("duplicate_project", project.id, "")) << "project " << project.id;
      continue;
    }
    const engine::project_entry* entry = nullptr;
    for (const auto& p : r.projects) {
      if (p.id == project.id) entry = &p;
    }
    ASSERT_NE(nullptr, entry) << "project " << project.id << " is not in the report";
    ASSERT_EQ(project.indicators.size(), entry->indicators.size()) << "project " << project.id;
    for (std::size_t i = 0; i < project.indicators.size(); ++i) {
      EXPECT_EQ(project.indicators[i].name, entry->indicators[i].name);
      EXPECT_FALSE(entry->indicators[i].explain().empty()) << project.id << " / " << project.indicators[i].name;
    }
  }
  for (const auto& project : actuals.projects) {
    if (!scored_ids.count(project.id)) {
      EXPECT_TRUE(has_finding("unknown_project", project.id, "")) << "actuals project " << project.id;
      continue;
    }
    const engine::project_target* target = nullptr;
    for (const auto& p : targets.projects) {
      if (p.id == project.id && !target) target = &p;
    }
    for (const auto& indicator : project.indicators) {
      bool used = false;
      for (const auto& t : target->indicators) used = used || t.name == indicator.name;
      EXPECT_TRUE(used || has_finding("unknown_indicator", project.id, indicator.name))
          << "actuals " << project.id << " / " << indicator.name << " is neither used nor reported";
    }
  }
}

TEST(NothingLost, TheSeedIsAllAccountedFor) {
  expect_all_accounted_for(source_path("fixtures/seed/targets.yaml"), source_path("fixtures/seed/actuals.yaml"));
}

TEST(NothingLost, AnUnknownIndicatorLeftEmptyIsReported) {
  const std::string dir = scratch_dir("nothing_lost_empty");
  write_file(dir + "/actuals.yaml", read_file(source_path("tests/bad_input/ok/actuals.yaml")) +
                                        "      服务对象满意度:\n      满意率x: 90%\n  \"9\":\n    spent: 1\n");
  expect_all_accounted_for(source_path("tests/bad_input/ok/targets.yaml"), dir + "/actuals.yaml");
  const cli_result r =
      run_cli({"--lang", "en", "score", source_path("tests/bad_input/ok/targets.yaml"), dir + "/actuals.yaml", "--format", "json"});
  EXPECT_NE(std::string::npos, r.out.find("no indicator '服务对象满意度' in project 1; the actual is not used"));
}

// A known indicator left empty is missing (缺失), scored 0, not dropped.
TEST(NothingLost, AKnownIndicatorLeftEmptyIsMissing) {
  const std::string dir = scratch_dir("nothing_lost_known_empty");
  std::string actuals = read_file(source_path("tests/bad_input/ok/actuals.yaml"));
  actuals.replace(actuals.find("满意率: \"95%\""), std::string("满意率: \"95%\"").size(), "满意率:");
  write_file(dir + "/actuals.yaml", actuals);
  const rules::scoring_policy policy;
  const auto targets = engine::load_targets(engine::yaml_document::load(source_path("tests/bad_input/ok/targets.yaml")), policy);
  const auto loaded = engine::load_actuals(engine::yaml_document::load(dir + "/actuals.yaml"), policy);
  const engine::report r = engine::score_department(targets, loaded, policy);
  ASSERT_EQ(1u, r.projects.size());
  ASSERT_EQ(4u, r.projects[0].indicators.size());
  EXPECT_EQ("满意率", r.projects[0].indicators[3].name);
  EXPECT_EQ(rules::indicator_status::missing, r.projects[0].indicators[3].status);
  EXPECT_EQ(0.0, r.projects[0].indicators[3].score);
}

}  // namespace
}  // namespace jixiao::testing
