// libFuzzer harness: a targets file through yaml_document and load_targets with the
// default policy, then reviewed as jixiao check does, scored against no actuals and
// written in every text format. An engine::input_error, written in both languages,
// is the expected way to refuse; anything else escaping, a crash or a sanitizer
// report is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "engine/score/review.hpp"
#include "engine/score/scorer.hpp"
#include "fuzz/fuzz_fixture.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace jixiao;
  static const rules::scoring_policy policy;
  try {
    const auto doc = engine::yaml_document::parse(std::string(reinterpret_cast<const char*>(data), size), "fuzz.yaml");
    const engine::target_table targets = engine::load_targets(doc, policy);
    (void)engine::review(targets, nullptr, policy);
    engine::actual_table actuals;
    actuals.path = "none.yaml";
    const engine::report r = engine::score_department(targets, actuals, policy);
    fuzz::write_every_text_format(r);
  } catch (const engine::input_error& e) {
    fuzz::write_in_both_languages(e);
  }
  return 0;
}
