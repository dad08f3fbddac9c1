// libFuzzer harness: a spreadsheet's CSV through jixiao import (decode, parse,
// import_targets); what the import writes must then load as a targets file. An
// engine::input_error, written in both languages, is the expected way to refuse a
// sheet; anything else escaping, a crash, a sanitizer report, or written YAML that
// does not load is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "engine/import/csv_reader.hpp"
#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "fuzz/fuzz_fixture.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace jixiao;
  static const rules::scoring_policy policy;
  std::string yaml;
  try {
    const std::string text = engine::decode_table_text(std::string(reinterpret_cast<const char*>(data), size), "fuzz.csv");
    const engine::cell_table table = engine::parse_csv(text, "fuzz.csv");
    yaml = engine::import_targets(table, engine::import_options{"测试单位", 2023});
  } catch (const engine::input_error& e) {
    fuzz::write_in_both_languages(e);
    return 0;
  }
  try {
    engine::input_limits generous;
    generous.max_expression_length = generous.max_text_length = 100'000'000;
    (void)engine::load_targets(engine::yaml_document::parse(yaml, "imported.yaml", generous), policy);
  } catch (const engine::input_error& e) {
    std::fprintf(stderr, "the imported targets do not load: %s\n--- imported:\n%s\n", e.what(), yaml.c_str());
    std::abort();
  }
  return 0;
}
