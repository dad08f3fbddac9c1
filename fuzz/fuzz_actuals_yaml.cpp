// libFuzzer harness: an actuals file through yaml_document and load_actuals with the
// default policy, then reviewed with a small fixed targets table as jixiao check
// does, scored against it and written in every text format. An engine::input_error is the expected way to refuse; anything else
// escaping, a crash or a sanitizer report is a finding.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "engine/input_error.hpp"
#include "engine/load.hpp"
#include "engine/review.hpp"
#include "engine/scorer.hpp"
#include "engine/writers.hpp"

namespace {

const char* const targets_yaml = R"(year: 2023
projects:
  - id: "1"
    name: 设备购置
    budget: 10
    indicators:
      - {name: 购置数量, target: "= 台 5", category: 产出/数量}
      - {name: 单位成本, target: "≤ 万元 2", category: 产出/成本}
      - {name: 使用效益, target: 有效提升, category: 效益}
      - {name: 满意率, target: "≥ % 90", category: 满意度}
      - {name: 完成时间, target: 2023年11月底前}
      - {name: 培训人次, target: "人次 8个左右"}
  - id: "2"
    name: 培训
    budget: 0
    indicators:
      - {name: 覆盖率, target: "% 90-95"}
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace jixiao;
  static const rules::scoring_policy policy;
  static const engine::target_table targets =
      engine::load_targets(engine::yaml_document::parse(targets_yaml, "targets.yaml"), policy);
  try {
    const auto doc = engine::yaml_document::parse(std::string(reinterpret_cast<const char*>(data), size), "fuzz.yaml");
    const engine::actual_table actuals = engine::load_actuals(doc, policy);
    (void)engine::review(targets, &actuals, policy);
    const engine::report r = engine::score_department(targets, actuals, policy);
    std::ostringstream out;
    engine::write_json(r, out);
    engine::write_table(r, out);
    engine::write_markdown(r, out);
    engine::write_csv(r, out);
    engine::write_html(r, out);
  } catch (const engine::input_error&) {
  }
  return 0;
}
