#include "engine/yaml/field_path.hpp"

#include <stdexcept>

#include "engine/yaml/yaml_document.hpp"

namespace jixiao::engine {

field_path::field_path(std::string_view whole) {
  if (!whole.empty()) parts_[count_++] = {part_kind::text, whole, 0};
}

field_path field_path::with(part next) const {
  if (count_ == max_parts) throw std::logic_error("field_path: more parts than a loader's path has");
  field_path out = *this;
  out.parts_[out.count_++] = next;
  return out;
}

field_path field_path::member(std::string_view name) const { return with({part_kind::member, name, 0}); }

field_path field_path::key(std::string_view name) const { return with({part_kind::key, name, 0}); }

field_path field_path::index(std::size_t position) const { return with({part_kind::index, {}, position}); }

std::string field_path::str() const {
  std::string out;
  for (std::size_t i = 0; i < count_; ++i) {
    const part& p = parts_[i];
    switch (p.kind) {
      case part_kind::text: out += p.text; break;
      case part_kind::member: out.append(".").append(p.text); break;
      case part_kind::key: out += "." + quoted_key(std::string(p.text)); break;
      case part_kind::index: out += "[" + std::to_string(p.position) + "]"; break;
    }
  }
  return out;
}

}  // namespace jixiao::engine
