#include "engine/report/write_review_template.hpp"

#include "engine/report/format_util.hpp"
#include "engine/yaml/yaml_scalar.hpp"

namespace jixiao::engine {

namespace {

const char* const header =
    "# Give each deduction by uncommenting its line: on the project total (deduct and\n"
    "# reason) or on an indicator ({deduct: 2, reason: 佐证材料不全}). A deduction may not\n"
    "# exceed the self-evaluated score it comes from; every deduction needs its reason.\n";

}  // namespace

std::string write_review_template(const report& r) {
  std::string out = "# 复核 (second-level review)";
  if (!r.department.empty()) out += " of " + comment_text(r.department);
  if (r.year) out += ", " + std::to_string(r.year);
  out += ": jixiao score TARGETS ACTUALS --review FILE.\n";
  out += header;
  out += r.year ? "year: " + std::to_string(r.year) + "\n" : "# year: (the targets give none)\n";
  out += "reviewer:    # 复核单位, e.g. 市财政局绩效管理处\n";
  out += "projects:\n";
  for (const project_entry& p : r.projects) {
    const int places = score_places(p.policy);
    out += "  " + yaml_quoted(p.id.str()) + ":   # " + comment_text(p.name.str()) + ": 自评总分 " +
           format_score(p.total, places) + (p.grade.empty() ? "" : ", " + p.grade) + "\n";
    out += "    # deduct:\n    # reason:\n";
    out += "    indicators:\n";
    for (const indicator_entry& i : p.indicators) {
      if (i.status == rules::indicator_status::not_applicable) {
        out += "      # " + comment_text(i.name.str()) + ": 不适用, no score to deduct from\n";
        continue;
      }
      out += "      # " + yaml_scalar(i.name.str()) + ": {deduct: , reason: }   # 自评得分 " +
             format_score(i.score, places) + " / " + format_score(i.weight) + "\n";
    }
  }
  return out;
}

}  // namespace jixiao::engine
