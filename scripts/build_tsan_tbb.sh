#!/usr/bin/env bash
# Builds oneTBB with ThreadSanitizer for the `tsan` preset (CMakePresets.json), which links it
# from build-tsan-tbb/prefix. ThreadSanitizer only sees the synchronisation of code it
# instruments; Debian's libtbb is not instrumented, so against it every parallel_for boundary is
# reported as a race (docs/testing.md, "Sanitizers"). This builds the version Debian installed
# (libtbb-dev) from Debian's own source package with oneTBB's TBB_SANITIZE=thread option.
#
# The source package comes through the machine's own apt configuration: the enabled `deb`
# entries are copied as `deb-src` entries into a private list, so the system's configuration is
# not touched and no package source is written into this repository.
#
# The build is kept outside the clone, keyed by the oneTBB and compiler versions
# ($LMSIM_CACHE_DIR, default ${XDG_CACHE_HOME:-~/.cache}/lmsim), and build-tsan-tbb/prefix links
# to it: a second clone on the same machine reuses it, a fresh machine builds it (about 20 s).
set -euo pipefail
cd "$(dirname "$0")/.."

tbb_version=$(dpkg-query -W -f='${Version}' libtbb-dev)
compiler_version=$(c++ -dumpfullversion)
cache_root=${LMSIM_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/lmsim}
key="onetbb-${tbb_version//[^A-Za-z0-9.+-]/_}-tsan-gcc-$compiler_version"
prefix=$cache_root/$key/prefix
link=$PWD/build-tsan-tbb/prefix

link_prefix() {
  mkdir -p "$(dirname "$link")"
  ln -sfn "$prefix" "$link"
}

if [ -f "$prefix/lib/cmake/TBB/TBBConfig.cmake" ]; then
  link_prefix
  exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/lmsim-tsan-tbb.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "lmsim: building oneTBB $tbb_version with ThreadSanitizer into $cache_root/$key (once)" >&2

# deb-src twins of the enabled package sources, in both of apt's formats.
eval "$(apt-config shell source_list Dir::Etc::sourcelist/f source_parts Dir::Etc::sourceparts/d)"
mkdir -p "$work/apt/sources.list.d" "$work/apt/lists/partial" "$work/apt/cache/archives/partial"
if [ -f "$source_list" ]; then
  sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' "$source_list" > "$work/apt/sources.list"
else
  : > "$work/apt/sources.list"
fi
for f in "$source_parts"*.list; do
  [ -f "$f" ] && sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' "$f" >> "$work/apt/sources.list"
done
for f in "$source_parts"*.sources; do
  [ -f "$f" ] && sed 's/^Types:.*$/Types: deb-src/' "$f" > "$work/apt/sources.list.d/$(basename "$f")"
done
apt_options=(-o "Dir::Etc::SourceList=$work/apt/sources.list"
             -o "Dir::Etc::SourceParts=$work/apt/sources.list.d"
             -o "Dir::State::Lists=$work/apt/lists" -o "Dir::Cache=$work/apt/cache")
apt-get "${apt_options[@]}" update -qq
(cd "$work" && apt-get "${apt_options[@]}" source --download-only -qq "onetbb=$tbb_version")
tar -C "$work" -xf "$work"/onetbb_*.orig.tar.*
source_dir=$(find "$work" -maxdepth 1 -type d -name 'oneTBB-*' | head -n 1)

# ThreadSanitizer does not model std::atomic_thread_fence (GCC warns so while compiling oneTBB),
# and oneTBB's arena and sleep/wake monitor order their hand-offs with seq_cst fences, so every
# hand-off of a task to another thread would look like a race. In this build each such fence is
# also a seq_cst read-modify-write of one shared atomic, which ThreadSanitizer does see as
# ordering; the fence itself stays.
python3 - "$source_dir/include/oneapi/tbb/detail/_machine.h" <<'PY'
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

# Built in the scratch folder and moved into the cache only when complete, so an interrupted
# build never leaves a prefix that looks finished.
staging=$work/prefix
cmake -S "$source_dir" -B "$work/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTBB_SANITIZE=thread -DTBB_TEST=OFF -DTBB_STRICT=OFF -DTBBMALLOC_BUILD=OFF \
  -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_INSTALL_LIBDIR=lib >/dev/null
cmake --build "$work/build" -j "$(nproc 2>/dev/null || echo 2)"
DESTDIR=$staging cmake --install "$work/build" >/dev/null
mkdir -p "$cache_root/$key"
rm -rf "$prefix"
mv "$staging$prefix" "$prefix"
link_prefix
