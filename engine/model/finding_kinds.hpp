// Every kind of finding, declared once: its stable code (what JSON and --strict
// carry) and its name, which the writers of the formats a person opens print
// instead of the code (docs/language.md).
#pragma once

#include <string>
#include <string_view>

namespace jixiao::engine {

struct finding_kind {
  std::string_view code;  // over_achievement, …: never changes with the language
  const char* name;       // English source of the name, translated when written
};

/// The kind with `code`; null for a code no table row declares.
const finding_kind* find_finding_kind(std::string_view code);

/// The kind's name in the current language (超额完成 / over-achievement); the code
/// itself for an undeclared kind.
std::string finding_kind_name(std::string_view code);

}  // namespace jixiao::engine
