#include "engine/load/load_review.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace {

// {deduct, reason}: a number of 0 or more with a reason that is not empty.
review_deduction read_deduction(const yaml_document& doc, const yaml_node& node, const field_path& field) {
  const yaml_node deduct = node["deduct"];
  const yaml_node reason = node["reason"];
  if (!deduct) {
    doc.fail(reason ? reason : node, field, text::message(N_("missing field 'deduct': a review deduction gives its points")));
  }
  review_deduction out;
  out.points = doc.number(deduct, field.member("deduct"));
  out.mark = doc.mark_of(deduct);
  if (!reason) doc.fail(deduct, field.member("deduct"), text::message(N_("a review deduction needs its reason: add reason: …")));
  out.reason = doc.scalar(reason, field.member("reason"));
  if (out.reason.empty()) doc.fail(reason, field.member("reason"), text::message(N_("the reason for the deduction is empty")));
  return out;
}

}  // namespace

review_table load_review(const yaml_document& doc) {
  const yaml_node& root = doc.root();
  if (!root.IsMap()) doc.fail(root, "", text::message(N_("expected a review file: a map with reviewer and projects, found {1}"), describe(root)));
  doc.check_keys(root, "", {"year", "reviewer", "projects"});
  review_table table;
  table.path = doc.path();
  if (root["year"]) table.year = doc.integer(root["year"], "year", 1900, 2200);
  if (!root["reviewer"]) doc.fail(root, "", text::message(N_("missing field 'reviewer': who reviewed")));
  table.reviewer = doc.scalar(root["reviewer"], "reviewer");
  if (table.reviewer.empty()) doc.fail(root["reviewer"], "reviewer", text::message(N_("the reviewer is empty")));
  const yaml_node projects = root["projects"];
  if (!projects) doc.fail(root, "", text::message(N_("missing field '{1}'"), "projects"));
  if (projects.IsNull()) return table;
  if (!projects.IsMap()) doc.fail(projects, "projects", text::message(N_("expected a map from project id to deductions, found {1}"), describe(projects)));
  const field_path list("projects");
  for (const auto& entry : projects) {
    project_review project;
    project.id = doc.scalar(entry.first, list);
    project.mark = doc.mark_of(entry.first);
    const field_path field = list.key(project.id);
    const yaml_node& body = entry.second;
    if (body.IsNull()) {  // listed, nothing deducted
      table.projects.push_back(std::move(project));
      continue;
    }
    if (!body.IsMap()) doc.fail(body, field, text::message(N_("expected a map with deduct, reason or indicators, found {1}"), describe(body)));
    doc.check_keys(body, field, {"deduct", "reason", "indicators"});
    if (body["deduct"] || body["reason"]) project.deduction = read_deduction(doc, body, field);
    if (const yaml_node indicators = body["indicators"]; indicators && !indicators.IsNull()) {
      const field_path indicators_field = field.member("indicators");
      if (!indicators.IsMap()) {
        doc.fail(indicators, indicators_field, text::message(N_("expected a map from indicator name to {{deduct, reason}}, found {1}"), describe(indicators)));
      }
      for (const auto& item : indicators) {
        indicator_review indicator;
        indicator.name = doc.scalar(item.first, indicators_field);
        indicator.mark = doc.mark_of(item.first);
        const field_path at = indicators_field.key(indicator.name);
        if (!item.second.IsMap()) doc.fail(item.second.IsNull() ? item.first : item.second, at, text::message(N_("expected {{deduct, reason}}, found {1}"), describe(item.second)));
        doc.check_keys(item.second, at, {"deduct", "reason"});
        indicator.deduction = read_deduction(doc, item.second, at);
        project.indicators.push_back(std::move(indicator));
      }
    }
    table.projects.push_back(std::move(project));
  }
  return table;
}

}  // namespace jixiao::engine
