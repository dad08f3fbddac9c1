#include <iostream>
#include <string>
#include <vector>

#include "engine/cli.hpp"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  return jixiao::engine::run(args, std::cin, std::cout, std::cerr);
}
