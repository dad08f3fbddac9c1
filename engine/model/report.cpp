#include "engine/model/report.hpp"


namespace jixiao::engine {

std::string finding_cell(const finding_entry& f) {
  return f.sheet ? cell_place(f.sheet, f.line, f.column) : std::string();
}

const char* severity_name(severity level) {
  switch (level) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::note: return "note";
  }
  return "";
}

}  // namespace jixiao::engine
