#!/usr/bin/env bash
# Quick start, command 2: set up, build, and run the whole test suite through ctest; then build
# the tree again with AddressSanitizer and UndefinedBehaviorSanitizer (CMakePresets.json, preset
# asan, in build-asan/) and once more with ThreadSanitizer (preset tsan, in build-tsan/, against
# a oneTBB built with it by scripts/build_tsan_tbb.sh), and run the tests labelled `sanitize`
# there: every parser, the atomic writers and the parallel engines at small scale
# (docs/testing.md, "Sanitizers").
#
# LMSIM_SANITIZERS=0 skips the sanitizer parts; LMSIM_SANITIZERS=full builds the whole tree in
# both sanitizer builds and runs the whole suite there (for before a release: about an hour on
# 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizers=${LMSIM_SANITIZERS:-1}
case "$sanitizers" in
  0 | 1 | full) ;;
  *) echo "lmsim tests: LMSIM_SANITIZERS must be 0, 1 or full, not '$sanitizers'" >&2; exit 2 ;;
esac
suffix=""
[ "$sanitizers" = "full" ] && suffix="-full"

bash scripts/setup.sh --tests
jobs=$(nproc 2>/dev/null || echo 2)
build_jobs=$((jobs + 1))  # as scripts/setup.sh: one compile job more than cores
ctest --test-dir build --output-on-failure -j "$jobs"
if [ "$sanitizers" != "0" ]; then
  echo "lmsim tests: under AddressSanitizer and UndefinedBehaviorSanitizer (preset asan$suffix)" >&2
  cmake --preset asan >/dev/null
  cmake --build --preset "asan$suffix" -j "$build_jobs"
  ctest --preset "asan$suffix" -j "$jobs"
  echo "lmsim tests: under ThreadSanitizer, with a oneTBB built for it (preset tsan$suffix)" >&2
  bash scripts/build_tsan_tbb.sh
  cmake --preset tsan >/dev/null
  cmake --build --preset "tsan$suffix" -j "$build_jobs"
  ctest --preset "tsan$suffix" -j "$jobs"
fi
