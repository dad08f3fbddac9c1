#include "engine/cli/allocator.hpp"

#include <malloc.h>

namespace jixiao::engine {

void keep_freed_memory() {
#ifdef M_TRIM_THRESHOLD
  constexpr int trim_above = 1 << 30;         // never trim the heap's top in practice
  constexpr int map_above = 32 * 1024 * 1024;  // the largest threshold glibc accepts on 64-bit
  mallopt(M_TRIM_THRESHOLD, trim_above);
  mallopt(M_MMAP_THRESHOLD, map_above);
#endif
}

}  // namespace jixiao::engine
