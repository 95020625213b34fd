// libFuzzer target: data in, diagnostics out; never a crash, a hang or unbounded memory.
// Build and run with fuzz/run.sh SECONDS (clang, -fsanitize=fuzzer,address,undefined).
#include <cstddef>
#include <cstdint>

#include "fuzz_one.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  mirage::fuzz::fuzz_one(data, size);
  return 0;
}
