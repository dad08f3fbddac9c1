// libFuzzer harness: an actual value (实际完成值) through the grammar and the actual
// reader, then scored against a few rules. Any crash, sanitizer report or escaping
// exception is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "grammar/parse.hpp"
#include "rules/actual.hpp"
#include "rules/policy.hpp"
#include "rules/rule.hpp"
#include "rules/score.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace jixiao;
  static const rules::scoring_policy policy;
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  const auto parsed = grammar::parse_actual(text);
  if (parsed.error) (void)grammar::format_syntax_error(text, *parsed.error);

  const auto actual = rules::read_actual(text, policy.synonyms);
  if (!actual.value) return 0;
  static const char* const targets[] = {"≥ % 98", "= 台 5", "个 8个左右", "有效提升", "≤ 万元 2", "% 90-95",
                                        "2023年11月底前", "≤ 天 0"};
  for (const char* written : targets) {
    const auto compiled = rules::compile_target(written, policy.synonyms, 2023);
    if (compiled.rule) (void)rules::score_indicator(*compiled.rule, &*actual.value, 10.0, policy, 2023);
  }
  return 0;
}
