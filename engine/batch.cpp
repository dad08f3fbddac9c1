#include "engine/batch.hpp"

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>

#include "engine/input_error.hpp"
#include "engine/load.hpp"
#include "engine/progress.hpp"
#include "engine/rule_cache.hpp"
#include "engine/score_files.hpp"
#include "engine/write_province.hpp"
#include "rules/rounding.hpp"

namespace jixiao::engine {

namespace fs = std::filesystem;


std::vector<department_input> find_departments(const std::string& path) {
  std::vector<department_input> out;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      if (!entry.is_directory()) continue;
      const fs::path dir = entry.path();
      // actuals.yaml, else a collection workbook actuals.xlsx
      const fs::path actuals =
          !fs::exists(dir / "actuals.yaml") && fs::exists(dir / "actuals.xlsx") ? dir / "actuals.xlsx" : dir / "actuals.yaml";
      if (fs::exists(dir / "targets.yaml") || fs::exists(actuals)) {
        out.push_back({dir.filename().string(), (dir / "targets.yaml").string(), actuals.string()});
      }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    if (out.empty()) throw input_error(path, 0, 0, "", "no department folders with targets.yaml and actuals.yaml");
    return out;
  }
  const yaml_document doc = yaml_document::load(path);
  const yaml_node& root = doc.root();
  if (!root.IsMap()) doc.fail(root, "", "expected a manifest: a map with departments, found " + describe(root));
  doc.check_keys(root, "", {"departments"});
  const yaml_node list = root["departments"];
  if (!list || !list.IsSequence()) doc.fail(list ? list : root, "departments", "expected a list of departments");
  const fs::path base = fs::path(path).parent_path();
  std::size_t index = 0;
  for (const yaml_node& item : list) {
    const std::string field = "departments[" + std::to_string(index++) + "]";
    if (!item.IsMap()) doc.fail(item, field, "expected a map with name, targets and actuals, found " + describe(item));
    doc.check_keys(item, field, {"name", "targets", "actuals"});
    for (const char* key : {"name", "targets", "actuals"}) {
      if (!item[key]) doc.fail(item, field, std::string("missing field '") + key + "'");
    }
    const auto resolve = [&](const std::string& p) { return fs::path(p).is_absolute() ? p : (base / p).string(); };
    out.push_back({doc.scalar(item["name"], field + ".name"), resolve(doc.scalar(item["targets"], field + ".targets")),
                   resolve(doc.scalar(item["actuals"], field + ".actuals"))});
  }
  return out;
}

namespace {

// Ascending by total; ties by department, then id, so that the list is the same
// whatever order the departments finish in.
bool ranks_lower(const ranked_project& a, const ranked_project& b) {
  return a.total != b.total ? a.total < b.total : a.department != b.department ? a.department < b.department : a.id < b.id;
}

// Keeps the `count` lowest of `list`, sorted.
void keep_lowest(std::vector<ranked_project>& list, std::size_t count) {
  if (list.size() > count) {
    std::partial_sort(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(count), list.end(), ranks_lower);
    list.resize(count);
  } else {
    std::sort(list.begin(), list.end(), ranks_lower);
  }
}

}  // namespace

department_digest digest_of(const std::string& name, const report& r, std::size_t lowest_count) {
  department_digest d;
  d.line = {name, true, r.projects.size(), r.grade_counts, r.mean, r.budget_total, {}};
  d.totals.reserve(r.projects.size());
  // Only a project that may rank among the lowest is copied: none above the
  // highest kept at the last trim, when the list held that many.
  double ceiling = std::numeric_limits<double>::infinity();
  for (const auto& p : r.projects) {
    d.totals.emplace_back(p.total, p.budget);
    if (lowest_count == 0 || p.total > ceiling) continue;
    d.lowest.push_back({p.total, name, p.id.str(), p.name.str(), p.grade.str()});
    if (d.lowest.size() >= 2 * lowest_count) {
      keep_lowest(d.lowest, lowest_count);
      ceiling = d.lowest.back().total;
    }
  }
  keep_lowest(d.lowest, lowest_count);
  for (const auto& f : r.findings) {
    const auto counted = d.findings_by_kind.find(f.kind.view());
    if (counted != d.findings_by_kind.end()) {
      ++counted->second;
    } else {
      d.findings_by_kind.emplace(f.kind.str(), 1);
    }
  }
  return d;
}

department_digest failed_digest(const std::string& name, const std::string& error) {
  department_digest d;
  d.line.name = name;
  d.line.error = error;
  return d;
}

void province_summary::add(const department_digest& department) {
  departments.push_back(department.line);
  if (!department.line.ok) {
    ++failed;
    return;
  }
  const auto& department_grades = department.line.grades;
  for (std::size_t i = 0; i < grades.size() && i < department_grades.size(); ++i) {
    grades[i].second += department_grades[i].second;
  }
  for (const auto& [total, budget] : department.totals) {
    weighted_sum += total * budget;
    budget_total += budget;
  }
  lowest.insert(lowest.end(), department.lowest.begin(), department.lowest.end());
  keep_lowest(lowest, lowest_count);
  for (const auto& [kind, count] : department.findings_by_kind) findings_by_kind[kind] += count;
}

void province_summary::finish() { mean = budget_total > 0 ? rules::round_half_up(weighted_sum / budget_total) : 0; }

namespace {

// A department as its worker leaves it: digested, and either rendered or left
// for the writer to render.
struct outcome {
  department_digest digest;
  std::string rendered;          // its section, when the worker rendered it
  std::optional<report> scored;  // when the writer is to render it
};

outcome score_one(const department_input& d, const std::shared_ptr<const rules::scoring_policy>& policy, rule_cache& cache,
                  const batch_options& options, bool writer_renders) {
  outcome out;
  try {
    report r = score_department_files({d.targets, d.actuals, options.policy_path}, policy, options.limits, &cache);
    out.digest = digest_of(d.name, r, options.lowest);
    if (writer_renders) {
      out.scored = std::move(r);
    } else {
      write_department_section(d.name, r, options.format, out.rendered);
    }
  } catch (const input_error& e) {
    out.rendered.clear();
    write_failed_department_section(d.name, e.what(), options.format, out.rendered);
    out.digest = failed_digest(d.name, e.what());
  }
  return out;
}

}  // namespace

std::size_t score_province(const std::vector<department_input>& departments, const batch_options& options,
                           std::ostream& out, std::ostream& err) {
  const auto shared_policy = std::make_shared<const rules::scoring_policy>(
      options.policy_path.empty() ? rules::scoring_policy() : load_policy(yaml_document::load(options.policy_path, options.limits)));
  const rules::scoring_policy& policy = *shared_policy;
  rule_cache cache(policy.synonyms);

  const std::size_t total = departments.size();
  const std::size_t jobs = std::min(static_cast<std::size_t>(std::max(1, options.jobs)), std::max<std::size_t>(1, total));
  const std::size_t ahead = 4 * jobs;  // scored departments waiting to be written, at most
  // With a core left over, the writer renders each section straight into the report
  // while the worker scores the next department. With every core scoring, the worker
  // renders it, while the report is still in its cache.
  const bool writer_renders = jobs < std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::optional<outcome>> slots(total);
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next = 0;
  std::size_t written = 0;
  bool stop = false;

  const auto worker = [&] {
    for (;;) {
      std::size_t index = 0;
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return stop || next >= total || next < written + ahead; });
        if (stop || next >= total) return;
        index = next++;
      }
      outcome result = score_one(departments[index], shared_policy, cache, options, writer_renders);
      {
        std::lock_guard<std::mutex> lock(mutex);
        slots[index] = std::move(result);
      }
      changed.notify_all();
    }
  };

  province_summary summary;
  summary.lowest_count = options.lowest;
  write_province_header(policy.source, total, options.format, out);
  progress_bar progress(err, total, options.progress);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < jobs; ++i) threads.emplace_back(worker);
  for (; written < total;) {
    std::optional<outcome> ready;
    {
      std::unique_lock<std::mutex> lock(mutex);
      changed.wait(lock, [&] { return slots[written].has_value(); });
      ready = std::move(slots[written]);
      slots[written].reset();
    }
    if (written > 0) write_department_separator(options.format, out);
    if (ready->scored) {
      write_department_section(departments[written].name, *ready->scored, options.format, out);
      ready->scored.reset();  // freed at once: a department of 50,000 indicators holds tens of MB
    } else {
      out << ready->rendered;
    }
    summary.add(ready->digest);
    const bool failed = !ready->digest.line.ok;
    {
      std::lock_guard<std::mutex> lock(mutex);
      ++written;
      if (failed && options.fail_fast) stop = true;
    }
    changed.notify_all();
    progress.update(written);
    if (failed && options.fail_fast) break;
  }
  for (auto& t : threads) t.join();
  progress.finish();
  summary.finish();
  write_province_summary(summary, written, total, options.format, out);
  return summary.failed + (total - written);
}

}  // namespace jixiao::engine
