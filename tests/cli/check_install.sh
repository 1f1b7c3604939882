#!/bin/bash
# An installed lmsim in a fresh prefix (README.md, "Install"): `cmake --install` puts the binary,
# the annex maker, the scenarios, the documentation and the manual page under PREFIX; the
# installed binary, run from outside the source and build trees with a bare environment, runs
# the shipped baseline, describes it, and makes a forecast annex with the system Python; moved
# to another prefix, it still finds its annex maker.
#
# Usage: check_install.sh CMAKE BUILD_DIR WORK_DIR
set -euo pipefail
cmake=$1
build=$2
work=$3
rm -rf "$work"
mkdir -p "$work"
fail() { echo "FAILED: $*"; exit 1; }

"$cmake" --install "$build" --prefix "$work/prefix" > "$work/install.log" || fail "cmake --install"
for file in bin/lmsim share/lmsim/report/annex.py share/lmsim/report/charts.py \
    share/lmsim/scenarios/baseline.toml share/lmsim/scenarios/data share/doc/lmsim/README.md \
    share/doc/lmsim/errors.md share/doc/lmsim/report.md share/man/man1/lmsim.1; do
  [ -e "$work/prefix/$file" ] || fail "$file is installed"
done

# Outside the trees, without the variables a developer may have set.
cd "$work"
bare=(env -i HOME="$work" PATH=/usr/bin:/bin LANG=C.UTF-8)
lmsim=$work/prefix/bin/lmsim
guard=(timeout 300)
"${bare[@]}" "${guard[@]}" "$lmsim" --version | grep -q '^lmsim ' || fail "lmsim --version"
"${bare[@]}" "${guard[@]}" "$lmsim" run "$work/prefix/share/lmsim/scenarios/baseline.toml" \
  --out base.h5 -q || fail "lmsim run of the installed baseline"
# Into a file, not a pipe to grep -q: grep would stop reading at the first match, and lmsim info
# would die of SIGPIPE writing the rest of its description.
"${bare[@]}" "${guard[@]}" "$lmsim" info base.h5 > info.txt || fail "lmsim info"
grep -q 'variables' info.txt || fail "lmsim info describes the file"
"${bare[@]}" LMSIM_PYTHON=/usr/bin/python3 "${guard[@]}" "$lmsim" report base.h5 --out annex \
  --lang en -q || fail "lmsim report with the system Python"
[ -s annex/index.html ] && [ -s annex/manifest.json ] && [ -s annex/annex_en.xlsx ] \
  || fail "the annex holds its page, manifest and workbook"

# The installed tree may be moved: the binary finds its annex maker relative to itself.
mv "$work/prefix" "$work/moved"
"${bare[@]}" "${guard[@]}" "$work/moved/bin/lmsim" report base.h5 --out annex_moved --lang nl -q \
  || fail "lmsim report from a moved prefix"
[ -s annex_moved/index.html ] || fail "the moved binary's annex has its page"

# Without its annex maker it says where it looked, and writes nothing.
rm -r "$work/moved/share/lmsim/report"
set +e
message=$("${bare[@]}" "${guard[@]}" "$work/moved/bin/lmsim" report base.h5 --out nothing 2>&1)
code=$?
set -e
[ "$code" -eq 1 ] || fail "a missing annex maker gives exit code 1 (got $code)"
echo "$message" | grep -q "cannot find the annex maker $work/moved/share/lmsim/report/annex.py" \
  || fail "a missing annex maker is named: $message"
[ ! -e nothing ] || fail "nothing written without an annex maker"
echo "installed lmsim: all checks passed"
