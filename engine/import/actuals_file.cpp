#include "engine/import/actuals_file.hpp"

#include "engine/import/xlsx_actuals.hpp"
#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "engine/io/sha256.hpp"
#include "engine/yaml/yaml_document.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace {

// Microsoft's compound file: an .xls, or an .xlsx encrypted with a password to open it.
bool is_compound_file(std::string_view bytes) { return bytes.substr(0, 8) == "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"; }

}  // namespace

bool is_zip(std::string_view bytes) { return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

actual_table load_actuals_file(const std::string& path, const rules::scoring_policy& policy,
                               const input_limits& limits, std::string* sha256) {
  std::string bytes = read_input_file(path, limits);
  if (is_zip(bytes)) {
    if (sha256) *sha256 = sha256_hex(bytes);
    return read_xlsx_actuals(path, std::move(bytes), policy, limits);
  }
  if (is_compound_file(bytes)) {
    throw input_error(path, 0, 0, "",
                      text::message(N_("a password-protected (encrypted) workbook or an old .xls file: jixiao reads .xlsx only; remove the "
                                       "password to open (File > Info > Protect Workbook > Encrypt with Password) and save it as "
                                       ".xlsx")));
  }
  const yaml_document doc = yaml_document::parse(std::move(bytes), path, limits);
  if (sha256) *sha256 = sha256_hex(doc.text());  // as before: the text parsed, after a BOM is dropped
  return load_actuals(doc, policy);
}

}  // namespace jixiao::engine
