#include "rules/units.hpp"

#include "grammar/text/text.hpp"

namespace jixiao::rules {

std::string normalise_unit(std::string_view written, const unit_synonyms& synonyms) {
  std::string unit = written.empty() ? std::string() : [&] {
    const auto decoded = grammar::decode_utf8(written);
    return decoded ? grammar::encode_utf8(grammar::fold_width(*decoded)) : std::string(written);
  }();
  if (const auto it = synonyms.find(unit); it != synonyms.end()) return it->second;
  return unit;
}

}  // namespace jixiao::rules
