#include "engine/report/write_review_template.hpp"

#include "engine/report/format_util.hpp"
#include "engine/yaml/yaml_scalar.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace {

// Each line of `paragraph` as a YAML comment.
std::string comment_lines(const std::string& paragraph) {
  std::string out;
  std::size_t start = 0;
  while (start <= paragraph.size()) {
    const std::size_t end = std::min(paragraph.find('\n', start), paragraph.size());
    out += "# " + paragraph.substr(start, end - start) + "\n";
    start = end + 1;
  }
  return out;
}

std::string title(const report& r) {
  const std::string department = comment_text(r.department);
  const std::string year = std::to_string(r.year);
  if (!r.department.empty() && r.year) {
    return text::trf("Second-level review of {1} for {2}: jixiao score TARGETS ACTUALS --review FILE.", department, year);
  }
  if (!r.department.empty()) {
    return text::trf("Second-level review of {1}: jixiao score TARGETS ACTUALS --review FILE.", department);
  }
  if (r.year) return text::trf("Second-level review for {1}: jixiao score TARGETS ACTUALS --review FILE.", year);
  return text::tr("Second-level review: jixiao score TARGETS ACTUALS --review FILE.");
}

}  // namespace

std::string write_review_template(const report& r) {
  std::string out = comment_lines(title(r));
  out += comment_lines(text::trf(
      "Give each deduction by uncommenting its line: on the project total (deduct and\n"
      "reason) or on an indicator ({1}). A deduction may not\n"
      "exceed the self-evaluated score it comes from; every deduction needs its reason.",
      "{deduct: 2, reason: 佐证材料不全}"));
  out += r.year ? "year: " + std::to_string(r.year) + "\n" : "# year: " + text::tr("(the targets give none)") + "\n";
  out += "reviewer:    # " + text::trf("the reviewing office, e.g. {1}", "市财政局绩效管理处") + "\n";
  out += "projects:\n";
  for (const project_entry& p : r.projects) {
    const int places = score_places(p.policy);
    const std::string total = format_score(p.total, places);
    out += "  " + yaml_quoted(p.id.str()) + ":   # " +
           (p.grade.empty() ? text::trf("{1}: self-evaluated total {2}", comment_text(p.name.str()), total)
                            : text::trf("{1}: self-evaluated total {2}, {3}", comment_text(p.name.str()), total, p.grade)) +
           "\n";
    out += "    # deduct:\n    # reason:\n";
    out += "    indicators:\n";
    for (const indicator_entry& i : p.indicators) {
      if (i.status == rules::indicator_status::not_applicable) {
        out += "      # " + text::trf("{1}: not applicable, no score to deduct from", comment_text(i.name.str())) + "\n";
        continue;
      }
      out += "      # " + yaml_scalar(i.name.str()) + ": {deduct: , reason: }   # " +
             text::trf("self-evaluated score {1} / {2}", format_score(i.score, places), format_score(i.weight)) + "\n";
    }
  }
  return out;
}

}  // namespace jixiao::engine
