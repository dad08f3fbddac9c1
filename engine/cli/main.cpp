#include <iostream>
#include <string>
#include <vector>

#include "engine/cli/allocator.hpp"
#include "engine/cli/cli.hpp"

int main(int argc, char** argv) {
  jixiao::engine::keep_freed_memory();
  const std::vector<std::string> args(argv + 1, argv + argc);
  return jixiao::engine::run(args, std::cin, std::cout, std::cerr);
}
