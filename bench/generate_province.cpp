// Writes a deterministic province for benchmarks: D departments, each a folder with
// targets.yaml and actuals.yaml (P projects of 3–8 indicators), plus manifest.yaml.
// The same arguments give the same bytes: the generator uses its own integer
// mixing, not the standard distributions, whose results vary between libraries.
//
//   generate_province --departments 200 --projects 900 --seed 1 --out DIR [--findings-heavy]
//
// --findings-heavy: most actuals miss their target without a note or beat it far, so
// most indicators carry a finding (the shape that costs the most to report).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

struct rng {
  std::uint64_t state;
  std::uint64_t next() {  // splitmix64
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }
};

// One indicator form: its name, target text, and how to write an actual for it.
struct form {
  const char* name;
  const char* category;  // "" = inferred from the name
  std::string target;
  enum kind { percent_ge, count_eq, approx, phrase, phrase_op, deferred, cost_le, range, deadline, zero } k;
  double t;
};

std::vector<form> forms_for(rng& r) {
  const int n = 3 + r.below(6);
  static const char* const count_names[] = {"设备购置数量", "培训班次", "会议次数", "服务器运维数量", "慰问人数", "宣传资料数量"};
  static const char* const units[] = {"台", "次", "期", "个", "人", "册"};
  std::vector<form> out;
  for (int i = 0; i < n; ++i) {
    const int u = r.below(6);
    const int pick = r.below(100);
    form f{};
    if (pick < 22) {
      const int t = 90 + r.below(11);
      f = {"满意率", "", "≥ % " + std::to_string(t), form::percent_ge, double(t)};
    } else if (pick < 44) {
      const int t = 1 + r.below(50);
      f = {count_names[u], "", std::string("= ") + units[u] + " " + std::to_string(t), form::count_eq, double(t)};
    } else if (pick < 52) {
      const int t = 5 + r.below(30);
      f = {"引进人才数量", "产出/数量", std::string(units[u]) + " " + std::to_string(t) + units[u] + "左右", form::approx, double(t)};
    } else if (pick < 64) {
      f = {"工作效率提升", "", "= 有效提升 有效提升", form::phrase, 0};
    } else if (pick < 70) {
      f = {"社会经济效益提升率", "", "≥ % 不断提升", form::phrase_op, 0};
    } else if (pick < 74) {
      f = {"活动举行次数", "产出/数量", "= 次 根据实际情况举行", form::deferred, 0};
    } else if (pick < 82) {
      const int t = 10 + r.below(90);
      f = {"项目运行成本", "", "≤ 万元 " + std::to_string(t), form::cost_le, double(t)};
    } else if (pick < 88) {
      f = {"系统正常运行率", "", "90%-95%", form::range, 90};
    } else if (pick < 94) {
      f = {"资金拨付及时性", "", "12月底前完成", form::deadline, 0};
    } else {
      f = {"安全事故数", "产出/质量", "= 起 0", form::zero, 0};
    }
    out.push_back(f);
  }
  return out;
}

// Unique names within a project: a suffix on repeats.
std::string unique_name(const std::string& base, std::vector<std::string>& used) {
  std::string name = base;
  for (int k = 2; std::find(used.begin(), used.end(), name) != used.end(); ++k) name = base + std::to_string(k);
  used.push_back(name);
  return name;
}

bool findings_heavy = false;

// A shortfall without a note or a far over-achievement, for the quantitative forms.
std::string heavy_actual_for(const form& f, rng& r) {
  switch (f.k) {
    case form::percent_ge: return std::to_string(static_cast<int>(f.t) - 10 - r.below(20)) + "%";
    case form::count_eq:
      return std::to_string(r.chance(50) ? static_cast<int>(f.t * 2) + 1 : static_cast<int>(f.t / 2));
    case form::approx: return std::to_string(static_cast<int>(f.t / 2));
    case form::phrase: return "部分达成";
    case form::cost_le: return std::to_string(static_cast<int>(f.t * 1.5) + 1);
    default: return "";
  }
}

std::string actual_for(const form& f, rng& r) {
  if (findings_heavy && r.chance(95)) {
    std::string heavy = heavy_actual_for(f, r);
    if (!heavy.empty()) return heavy;
  }
  if (r.chance(2)) return "";          // missing
  if (r.chance(2)) return "不适用";     // N/A
  switch (f.k) {
    case form::percent_ge: return std::to_string(static_cast<int>(f.t) - 5 + r.below(10)) + "%";
    case form::count_eq: {
      const int a = r.chance(10) ? static_cast<int>(f.t * 2) : static_cast<int>(f.t) - r.below(2);
      return r.chance(5) ? "{value: " + std::to_string(a) + ", cause: target_too_low}" : std::to_string(a < 0 ? 0 : a);
    }
    case form::approx: return std::to_string(static_cast<int>(f.t * (0.8 + 0.05 * r.below(8))));
    case form::phrase: return r.chance(70) ? "达成" : (r.chance(50) ? "部分达成" : "{grade: 部分达成, ratio: 0.75}");
    case form::phrase_op: return r.chance(50) ? "较好" : "一般";
    case form::deferred: return r.chance(50) ? "{planned: 4, value: " + std::to_string(2 + r.below(4)) + "}" : "达成";
    case form::cost_le: return std::to_string(static_cast<int>(f.t * (0.8 + 0.1 * r.below(5))));
    case form::range: return std::to_string(85 + r.below(15)) + "%";
    case form::deadline: return r.chance(80) ? "2023-12-" + std::to_string(10 + r.below(20)) : "2024-01-" + std::to_string(10 + r.below(20));
    case form::zero: return r.chance(90) ? "0" : "1";
  }
  return "";
}

void write_department(const std::filesystem::path& dir, int department, int projects, rng& r) {
  std::filesystem::create_directories(dir);
  std::ofstream targets(dir / "targets.yaml", std::ios::binary);
  std::ofstream actuals(dir / "actuals.yaml", std::ios::binary);
  targets << "department: 部门" << department << "\nyear: 2023\nprojects:\n";
  actuals << "year: 2023\nprojects:\n";
  for (int p = 1; p <= projects; ++p) {
    const int budget = 5 + r.below(500);
    targets << "  - id: \"" << p << "\"\n    name: 项目" << p << "经费\n    budget: " << budget
            << "\n    indicators:\n";
    actuals << "  \"" << p << "\":\n";
    if (!r.chance(1)) actuals << "    spent: " << budget * (80 + r.below(21)) / 100.0 << "\n";
    actuals << "    indicators:\n";
    std::vector<std::string> used;
    for (const form& f : forms_for(r)) {
      const std::string name = unique_name(f.name, used);
      targets << "      - name: " << name << "\n        target: \"" << f.target << "\"\n";
      if (*f.category) targets << "        category: " << f.category << "\n";
      const std::string actual = actual_for(f, r);
      if (!actual.empty()) actuals << "      " << name << ": " << actual << "\n";
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  int departments = 10, projects = 100;
  std::uint64_t seed = 1;
  std::string out;
  for (int i = 1; i < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--findings-heavy") {
      findings_heavy = true;
      --i;
      continue;
    }
    if (i + 1 >= argc) break;
    if (flag == "--departments") departments = std::atoi(argv[i + 1]);
    else if (flag == "--projects") projects = std::atoi(argv[i + 1]);
    else if (flag == "--seed") seed = std::strtoull(argv[i + 1], nullptr, 10);
    else if (flag == "--out") out = argv[i + 1];
  }
  if (out.empty() || departments < 1 || projects < 1) {
    std::fprintf(stderr, "usage: generate_province --departments D --projects P --seed S --out DIR [--findings-heavy]\n");
    return 64;
  }
  std::filesystem::create_directories(out);
  std::ofstream manifest(std::filesystem::path(out) / "manifest.yaml", std::ios::binary);
  manifest << "departments:\n";
  for (int d = 1; d <= departments; ++d) {
    rng r{seed * 1000003u + static_cast<std::uint64_t>(d)};
    char name[32];
    std::snprintf(name, sizeof name, "d%04d", d);
    write_department(std::filesystem::path(out) / name, d, projects, r);
    manifest << "  - name: " << name << "\n    targets: " << name << "/targets.yaml\n    actuals: " << name
             << "/actuals.yaml\n";
  }
  return 0;
}
