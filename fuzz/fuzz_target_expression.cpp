// libFuzzer harness: a target expression (指标值) through the grammar, the rule
// builder and the scorer. Any crash, sanitizer report or escaping exception is a finding.
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

  const auto parsed = grammar::parse_target(text);
  if (parsed.error) (void)grammar::format_syntax_error(text, *parsed.error);

  for (const std::optional<int> year : {std::optional<int>(2023), std::optional<int>()}) {
    const auto compiled = rules::compile_target(text, policy.synonyms, year);
    if (!compiled.rule) continue;
    // Score the rule against a few kinds of actual, and against none.
    static const char* const actuals[] = {"0", "98%", "5台", "1000000000000", "达成", "部分达成", "较差", "不适用", "2023-11-30"};
    for (const char* written : actuals) {
      const auto actual = rules::read_actual(written, policy.synonyms);
      if (actual.value) (void)rules::score_indicator(*compiled.rule, &*actual.value, 10.0, policy, 2023);
    }
    (void)rules::score_indicator(*compiled.rule, nullptr, 10.0, policy, 2023);
  }
  return 0;
}
