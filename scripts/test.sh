#!/usr/bin/env bash
# Quick start, command 2: set up, build, and run the whole test suite through ctest; then build
# the tree again with AddressSanitizer and UndefinedBehaviorSanitizer (CMakePresets.json, preset
# asan, in build-asan/) and run the suite there too. LMSIM_SANITIZERS=0 skips the second part.
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
fi
