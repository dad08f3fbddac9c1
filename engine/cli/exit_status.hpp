// Exit codes of the jixiao command, named once.
#pragma once

namespace jixiao::engine {

enum exit_status : int {
  exit_ok = 0,
  exit_findings = 1,      // parse: an expression failed; score/check: --strict and findings
  exit_bad_input = 2,     // an input file is missing or wrong
  exit_cannot_write = 3,  // the output file could not be written
  exit_usage = 64,        // the command line is wrong
};

}  // namespace jixiao::engine
