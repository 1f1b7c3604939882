#!/usr/bin/env bash
# Quick start, command 2: set up, build, and run the whole test suite through ctest; then build
# the tree again with AddressSanitizer and UndefinedBehaviorSanitizer (CMakePresets.json, preset
# asan, in build-asan/) and run the suite there too, and once more with ThreadSanitizer (preset
# tsan, in build-tsan/, against a oneTBB built with it by scripts/build_tsan_tbb.sh) on the tests
# of the parallel code. LMSIM_SANITIZERS=0 skips the sanitizer parts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
jobs=$(nproc 2>/dev/null || echo 2)
ctest --test-dir build --output-on-failure -j "$jobs"
if [ "${LMSIM_SANITIZERS:-1}" != "0" ]; then
  echo "lmsim tests: the suite again under AddressSanitizer and UndefinedBehaviorSanitizer" >&2
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j "$jobs"
  ctest --preset asan -j "$jobs"
  echo "lmsim tests: the parallel code again under ThreadSanitizer (with a oneTBB built for it)" >&2
  bash scripts/build_tsan_tbb.sh
  cmake --preset tsan >/dev/null
  cmake --build --preset tsan -j "$jobs"
  ctest --preset tsan -j "$jobs"
fi
