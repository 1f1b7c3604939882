#!/usr/bin/env bash
# Builds oneTBB with ThreadSanitizer into build-tsan-tbb/prefix, for the `tsan` preset
# (CMakePresets.json). ThreadSanitizer only sees the synchronisation of code it instruments;
# Debian's libtbb is not instrumented, so against it every parallel_for boundary is reported
# as a race (docs/testing.md, "Sanitizers"). This builds the same version from Debian 12's own
# source package (onetbb 2021.8.0, fetched with `apt-get source` into the build folder, without
# touching the system's apt configuration) with oneTBB's TBB_SANITIZE=thread option.
# Idempotent: an existing build is reused.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$PWD/build-tsan-tbb
prefix=$dir/prefix
if [ -f "$prefix/lib/cmake/TBB/TBBConfig.cmake" ]; then exit 0; fi
echo "lmsim: building oneTBB with ThreadSanitizer in $dir (once)" >&2
mkdir -p "$dir/apt/lists/partial" "$dir/apt/cache/archives/partial"
echo "deb-src http://deb.debian.org/debian bookworm main" > "$dir/apt/sources.list"
apt_options=(-o "Dir::Etc::SourceList=$dir/apt/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
             -o "Dir::State::Lists=$dir/apt/lists" -o "Dir::Cache=$dir/apt/cache")
apt-get "${apt_options[@]}" update -qq
(cd "$dir" && apt-get "${apt_options[@]}" source --download-only -qq onetbb=2021.8.0-2+deb12u1 \
   2>/dev/null || apt-get "${apt_options[@]}" source --download-only -qq onetbb)
rm -rf "$dir"/oneTBB-*
tar -C "$dir" -xf "$dir"/onetbb_2021.8.0.orig.tar.xz
# ThreadSanitizer does not model std::atomic_thread_fence (GCC warns so while compiling oneTBB),
# and oneTBB's arena and sleep/wake monitor order their hand-offs with seq_cst fences, so every
# hand-off of a task to another thread would look like a race. In this build each such fence is
# also a seq_cst read-modify-write of one shared atomic, which ThreadSanitizer does see as
# ordering; the fence itself stays.
machine="$dir/oneTBB-2021.8.0/include/oneapi/tbb/detail/_machine.h"
python3 - "$machine" <<'PY'
import sys
path = sys.argv[1]
text = open(path).read()
old = "static inline void atomic_fence_seq_cst() {\n"
new = old + ("#if defined(__SANITIZE_THREAD__)\n"
             "    tsan_fence_proxy.fetch_add(0, std::memory_order_seq_cst);\n"
             "#endif\n")
assert old in text, "oneTBB's atomic_fence_seq_cst not found"
text = text.replace(old, "#if defined(__SANITIZE_THREAD__)\n"
                         "inline std::atomic<unsigned> tsan_fence_proxy{0};\n"
                         "#endif\n" + new, 1)
open(path, "w").write(text)
PY
cmake -S "$dir/oneTBB-2021.8.0" -B "$dir/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTBB_SANITIZE=thread -DTBB_TEST=OFF -DTBB_STRICT=OFF -DTBBMALLOC_BUILD=OFF \
  -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_INSTALL_LIBDIR=lib >/dev/null
cmake --build "$dir/build" -j "$(nproc 2>/dev/null || echo 2)"
cmake --install "$dir/build" >/dev/null
