// The floor: a bare yaml-cpp event parse of the given files, doing nothing with
// the events. No program that reads these files with yaml-cpp can be faster.
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <fstream>
#include <iostream>

namespace {

class count_events : public YAML::EventHandler {
 public:
  std::size_t scalars = 0;
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { ++scalars; }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

}  // namespace

int main(int argc, char** argv) {
  count_events handler;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::cerr << argv[i] << ": cannot read\n";
      return 2;
    }
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(handler)) {
    }
  }
  std::cout << handler.scalars << " scalars\n";
  return 0;
}
