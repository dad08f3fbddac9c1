// libFuzzer harness: a target expression (指标值) through the grammar, the rule
// builder and the scorer, and every message they make rendered in both languages, as
// the writers render them. Any crash, sanitizer report or escaping exception is a
// finding.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "grammar/parse.hpp"
#include "grammar/text/language.hpp"
#include "rules/actual.hpp"
#include "rules/policy.hpp"
#include "rules/rule.hpp"
#include "rules/score.hpp"

namespace {

// The explanation and the findings written out in Chinese and in English.
void render(const jixiao::rules::score_result& r) {
  using namespace jixiao;
  for (const text::language lang : {text::language::zh, text::language::en}) {
    const text::thread_language_scope scope(lang);
    std::string out;
    r.explanation.append_to(out);
    for (const auto& f : r.findings) f.message.append_to(out);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace jixiao;
  static const rules::scoring_policy policy;
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  const auto parsed = grammar::parse_target(text);
  if (parsed.error) (void)grammar::format_syntax_error(text, *parsed.error);

  for (const std::optional<int> year : {std::optional<int>(2023), std::optional<int>()}) {
    const auto compiled = rules::compile_target(text, policy.synonyms, year);
    if (!compiled.rule) continue;
    for (const auto& f : compiled.rule->findings) (void)f.message.str();
    // Score the rule against a few kinds of actual, and against none.
    static const char* const actuals[] = {"0", "98%", "5台", "1000000000000", "达成", "部分达成", "较差", "不适用", "2023-11-30"};
    for (const char* written : actuals) {
      const auto actual = rules::read_actual(written, policy.synonyms);
      if (actual.value) render(rules::score_indicator(*compiled.rule, &*actual.value, 10.0, policy, 2023));
    }
    render(rules::score_indicator(*compiled.rule, nullptr, 10.0, policy, 2023));
  }
  return 0;
}
