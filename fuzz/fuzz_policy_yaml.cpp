// libFuzzer harness: a policy file through yaml_document and load_policy, then the
// small targets and actuals of the bad-input corpus scored under it and written as
// JSON. An engine::input_error is the expected way to refuse; anything else escaping,
// a crash or a sanitizer report (a NaN cast to an integer, say) is a finding.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "engine/input_error.hpp"
#include "engine/load.hpp"
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
      - {name: 差错率, target: "≤ % 1"}
)";

const char* const actuals_yaml = R"(year: 2023
projects:
  "1":
    spent: 9.5
    indicators:
      购置数量: 9
      单位成本: 2.5
      使用效益: {grade: 部分达成, ratio: 0.7}
      满意率: 较好
      完成时间: 2023-12-20
      培训人次: 7
      差错率: 0
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace jixiao;
  try {
    const auto doc = engine::yaml_document::parse(std::string(reinterpret_cast<const char*>(data), size), "fuzz.yaml");
    const rules::scoring_policy policy = engine::load_policy(doc);
    const auto targets = engine::load_targets(engine::yaml_document::parse(targets_yaml, "targets.yaml"), policy);
    const auto actuals = engine::load_actuals(engine::yaml_document::parse(actuals_yaml, "actuals.yaml"), policy);
    const engine::report r = engine::score_department(targets, actuals, policy);
    std::ostringstream out;
    engine::write_json(r, out);
  } catch (const engine::input_error&) {
  }
  return 0;
}
