// libFuzzer harness: a policy file through yaml_document and load_policy, then the
// sample targets and small actuals scored under it and written in every text format.
// An engine::input_error, written in both languages, is the expected way to refuse;
// anything else escaping, a crash or a sanitizer report (a NaN cast to an integer,
// say) is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "engine/score/scorer.hpp"
#include "fuzz/fuzz_fixture.hpp"

namespace {

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
    const auto targets = engine::load_targets(engine::yaml_document::parse(fuzz::sample_targets_yaml, "targets.yaml"), policy);
    const auto actuals = engine::load_actuals(engine::yaml_document::parse(actuals_yaml, "actuals.yaml"), policy);
    const engine::report r = engine::score_department(targets, actuals, policy);
    fuzz::write_every_text_format(r);
  } catch (const engine::input_error& e) {
    fuzz::write_in_both_languages(e);
  }
  return 0;
}
