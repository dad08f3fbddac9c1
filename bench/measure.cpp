// Runs a command and prints its wall time (s) and peak resident memory (MiB):
//   measure CMD ARGS...   ->   "wall_s=1.234 peak_mib=56.7 status=0" on stderr
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: measure CMD ARGS...\n");
    return 64;
  }
  const auto start = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child == 0) {
    execvp(argv[1], argv + 1);
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(child, &status, 0, &usage);
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "wall_s=%.3f peak_mib=%.1f status=%d\n", wall, usage.ru_maxrss / 1024.0,
               WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
  return 0;
}
