// libFuzzer harness: an actuals file through yaml_document and load_actuals with the
// default policy, then reviewed with the sample targets table as jixiao check does,
// scored against it and written in every text format. An engine::input_error,
// written in both languages, is the expected way to refuse; anything else escaping,
// a crash or a sanitizer report is a finding.
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
  static const engine::target_table targets =
      engine::load_targets(engine::yaml_document::parse(fuzz::sample_targets_yaml, "targets.yaml"), policy);
  try {
    const auto doc = engine::yaml_document::parse(std::string(reinterpret_cast<const char*>(data), size), "fuzz.yaml");
    const engine::actual_table actuals = engine::load_actuals(doc, policy);
    (void)engine::review(targets, &actuals, policy);
    const engine::report r = engine::score_department(targets, actuals, policy);
    fuzz::write_every_text_format(r);
  } catch (const engine::input_error& e) {
    fuzz::write_in_both_languages(e);
  }
  return 0;
}
