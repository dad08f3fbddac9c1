#include "fuzz/fuzz_fixture.hpp"

#include <sstream>

#include "engine/report/writers.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::fuzz {

const char* const sample_targets_yaml = R"(year: 2023
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
  - id: "2"
    name: 培训
    budget: 0
    indicators:
      - {name: 覆盖率, target: "% 90-95"}
)";

void write_every_text_format(const engine::report& r) {
  std::ostringstream out;
  engine::write_json(r, out);
  engine::write_table(r, out);
  engine::write_markdown(r, out);
  engine::write_csv(r, out);
  engine::write_html(r, out);
}

void write_in_both_languages(const engine::input_error& e) {
  for (const text::language lang : {text::language::zh, text::language::en}) {
    const text::thread_language_scope scope(lang);
    volatile std::size_t written = engine::format_input_error(e).size();
    (void)written;
  }
}

}  // namespace jixiao::fuzz
