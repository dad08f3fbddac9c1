// Microbenchmarks: the expression grammar per form, actual values, one rule's
// scoring, a department's scoring and aggregation, and each report writer.
#include <benchmark/benchmark.h>

#include <memory>
#include <sstream>

#include "engine/cli/allocator.hpp"
#include "engine/load/load.hpp"
#include "engine/score/scorer.hpp"
#include "engine/report/writers.hpp"
#include "rules/score.hpp"

namespace {

using namespace jixiao;

const char* const forms[] = {"= 台 5",     "≥ % 98",         "≥98%",          "个 8个左右",  "= 有效提升 有效提升",
                             "≥ % 不断提升", "= 次 根据实际情况举行", "90%-95%",       "≥90%且≤100%", "不低于95%",
                             "100人以上",  "12月底前完成",     "≤ 2023-12-31", "≥ 人次 3,000"};

void BM_ParseTarget(benchmark::State& state) {
  const std::string text = forms[state.range(0)];
  const rules::scoring_policy policy;
  for (auto _ : state) benchmark::DoNotOptimize(rules::compile_target(text, policy.synonyms, 2023));
  state.SetLabel(text);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseTarget)->DenseRange(0, sizeof(forms) / sizeof(forms[0]) - 1);

void BM_ParseActual(benchmark::State& state) {
  static const char* const values[] = {"97.5", "99%", "3,000人次", "部分达成", "不适用", "2023-11-30"};
  const std::string text = values[state.range(0)];
  const rules::scoring_policy policy;
  for (auto _ : state) benchmark::DoNotOptimize(rules::read_actual(text, policy.synonyms));
  state.SetLabel(text);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseActual)->DenseRange(0, 5);

// One rule scored: /0 as a report scores it (score, status, findings and explanation
// as data), /1 with the explanation and the finding rendered too, as a writer does.
void BM_ScoreRule(benchmark::State& state) {
  const rules::scoring_policy policy;
  const auto rule = rules::compile_target("≥ % 98", policy.synonyms, 2023).rule;
  const auto actual = *rules::read_actual("45%", policy.synonyms).value;
  const bool rendered = state.range(0) != 0;
  std::string text;
  for (auto _ : state) {
    const rules::score_result r = rules::score_indicator(*rule, &actual, 8, policy, 2023);
    if (rendered) {
      text.clear();
      r.explanation.append_to(text);
      for (const auto& f : r.findings) f.message.append_to(text);
      benchmark::DoNotOptimize(text.data());
    }
    benchmark::DoNotOptimize(r.score);
  }
  state.SetLabel(rendered ? "rendered" : "scored");
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ScoreRule)->Arg(0)->Arg(1);

struct seed_tables {
  std::shared_ptr<const rules::scoring_policy> policy = std::make_shared<const rules::scoring_policy>();
  std::shared_ptr<const engine::target_table> targets;
  std::shared_ptr<const engine::actual_table> actuals;
  std::size_t indicators = 0;
  seed_tables() {
    engine::keep_freed_memory();  // as the program does (engine/cli/allocator.cpp)
    targets = std::make_shared<const engine::target_table>(
        engine::load_targets(engine::yaml_document::load(JIXIAO_SOURCE_DIR "/fixtures/seed/targets.yaml"), *policy));
    actuals = std::make_shared<const engine::actual_table>(
        engine::load_actuals(engine::yaml_document::load(JIXIAO_SOURCE_DIR "/fixtures/seed/actuals.yaml"), *policy));
    for (const auto& p : targets->projects) indicators += p.indicators.size();
  }
};

const seed_tables& seed() {
  static const seed_tables tables;
  return tables;
}

// Rules built and actuals in memory: scoring and aggregating every project of the
// seed into its report (explanations are written by the writers, BM_Writer).
void BM_ScoreDepartment(benchmark::State& state) {
  const auto& s = seed();
  for (auto _ : state) benchmark::DoNotOptimize(engine::score_department(s.targets, s.actuals, s.policy));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * s.indicators));
  state.SetLabel("items = indicators");
}
BENCHMARK(BM_ScoreDepartment);

void BM_Writer(benchmark::State& state) {
  const auto& s = seed();
  const engine::report r = engine::score_department(s.targets, s.actuals, s.policy);
  using writer = void (*)(const engine::report&, std::ostream&);
  static const writer writers[] = {engine::write_table, engine::write_markdown, engine::write_csv, engine::write_json};
  static const char* const names[] = {"table", "markdown", "csv", "json"};
  for (auto _ : state) {
    std::ostringstream out;
    writers[state.range(0)](r, out);
    benchmark::DoNotOptimize(out.str().size());
  }
  state.SetLabel(names[state.range(0)]);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * s.indicators));
}
BENCHMARK(BM_Writer)->DenseRange(0, 3);

}  // namespace

BENCHMARK_MAIN();
