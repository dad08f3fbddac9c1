#include "engine/report.hpp"

namespace jixiao::engine {

const char* severity_name(severity level) {
  switch (level) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::note: return "note";
  }
  return "";
}

}  // namespace jixiao::engine
