#include "engine/writers.hpp"

namespace jixiao::engine {

void write_text_report(const report& r, const std::string& format, std::ostream& out) {
  if (format == "json") write_json(r, out);
  else if (format == "csv") write_csv(r, out);
  else if (format == "markdown") write_markdown(r, out);
  else if (format == "html") write_html(r, out);
  else write_table(r, out);
}

}  // namespace jixiao::engine
