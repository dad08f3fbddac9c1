// The Chinese message catalog, compiled by msgfmt at build time from po/zh_CN/*.po
// and embedded in the binary (the definition is generated: cmake/embed_catalog.cmake).
#pragma once

#include <string_view>

namespace jixiao::text {

/// The bytes of the compiled catalog (a .mo file).
std::string_view zh_catalog();

}  // namespace jixiao::text
