#include "engine/cli/batch.hpp"

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <limits>
#include <mutex>
#include <optional>
#include <ostream>
#include <string_view>
#include <thread>

#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "engine/load/named_policy.hpp"
#include "engine/cli/progress.hpp"
#include "engine/load/rule_cache.hpp"
#include "engine/score/score_files.hpp"
#include "engine/report/write_province.hpp"
#include "rules/rounding.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace {

// A department as its worker leaves it: digested, and either rendered or left
// for the writer to render.
struct outcome {
  department_digest digest;
  std::string rendered;          // its section, when the worker rendered it
  std::optional<report> scored;  // when the writer is to render it
};

void failed(outcome& out, const std::string& name, const std::string& error, report_format format) {
  out.scored.reset();
  out.rendered.clear();
  write_failed_department_section(name, error, format, out.rendered);
  out.digest = failed_digest(name, error);
}

outcome score_one(const department_input& d, const std::shared_ptr<const rules::scoring_policy>& policy, rule_cache& cache,
                  const batch_options& options, const std::string& policy_file, bool writer_renders) {
  outcome out;
  try {
    report r = score_department_files({d.targets, d.actuals, policy_file, d.review}, policy, options.limits, &cache);
    out.digest = digest_of(d.name, r, options.lowest);
    if (writer_renders) {
      out.scored = std::move(r);
    } else {
      write_department_section(d.name, r, options.format, out.rendered);
    }
  } catch (const input_error& e) {
    failed(out, d.name, e.what(), options.format);
  } catch (const std::exception& e) {
    // Not a bad input but a fault of ours, or memory running out: the department
    // fails with the reason, and the others are still scored.
    failed(out, d.name, text::trf("internal error: {1}", e.what()), options.format);
  } catch (...) {
    failed(out, d.name, text::tr("internal error"), options.format);
  }
  return out;
}

// Names each department that could not be scored, with the first line of its error.
void name_failed(const province_summary& summary, std::ostream& err) {
  for (const auto& department : summary.departments) {
    if (department.ok) continue;
    const std::string& error = department.error;
    err << text::trf("jixiao score: department '{1}' not scored: {2}", department.name,
                     std::string_view(error).substr(0, error.find('\n')))
        << "\n";
  }
}

}  // namespace

std::size_t score_province(const std::vector<department_input>& departments, const batch_options& options,
                           std::ostream& out, std::ostream& err) {
  std::string policy_file;  // the policy's path when it is a file, not a name
  const auto shared_policy = std::make_shared<const rules::scoring_policy>(
      options.policy_path.empty() ? rules::scoring_policy() : resolve_policy(options.policy_path, options.limits, policy_file));
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
      outcome result = score_one(departments[index], shared_policy, cache, options, policy_file, writer_renders);
      {
        std::lock_guard<std::mutex> lock(mutex);
        slots[index] = std::move(result);
      }
      changed.notify_all();
    }
  };

  province_summary summary;
  summary.lowest_count = options.lowest;
  summary.use_policy(policy);
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
  name_failed(summary, err);
  summary.finish();
  write_province_summary(summary, written, total, options.format, out);
  return summary.failed + (total - written);
}

}  // namespace jixiao::engine
