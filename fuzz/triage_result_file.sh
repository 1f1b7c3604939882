#!/usr/bin/env bash
# Sorts the crashes fuzz_result_file found: replays each input in the fuzz build and reads the
# AddressSanitizer stack. A crash whose innermost frame outside the sanitizer runtime lies in the
# HDF5 library is HDF5's; any other is lmsim's and must be fixed. Every input is then given to
# the release `lmsim info`, which must refuse it with exit code 2 and a message naming the file
# (the child-process read of outputs/isolated_read.hpp), never crash.
#
# Usage: fuzz/triage_result_file.sh FUZZ_BINARY LMSIM_BINARY CRASH_FILE...
# Prints one line per input and exits 1 if any crash is lmsim's or lmsim info mishandles one.
set -uo pipefail
fuzzer=$1
lmsim=$2
shift 2
status=0
hdf5=0
ours=0
for input in "$@"; do
  report=$(LSAN_OPTIONS=detect_leaks=0 timeout 60 "$fuzzer" "$input" 2>&1)
  # The innermost stack frame that is not the sanitizer runtime or libc.
  frame=$(printf '%s\n' "$report" | grep -E '^ +#[0-9]+ 0x' |
    grep -v -E ' in (__asan|__sanitizer|__ubsan|__interceptor|fuzzer::)| in (free|malloc|calloc|realloc|operator delete|operator new)\b|libc\.so' |
    head -1)
  if [ -z "$frame" ]; then
    owner="none (no crash on replay)"
  elif printf '%s' "$frame" | grep -q 'libhdf5'; then
    owner="HDF5 library"
    hdf5=$((hdf5 + 1))
  else
    owner="lmsim: $frame"
    ours=$((ours + 1))
    status=1
  fi
  answer=$(timeout 60 "$lmsim" info "$input" 2>&1)
  code=$?
  if [ "$code" -ne 2 ] || ! printf '%s' "$answer" | grep -qF "$input"; then
    echo "$input: lmsim info gave exit $code: $answer"
    status=1
  fi
  echo "$input: crash in $owner; lmsim info: exit $code"
done
echo "triage: $# inputs, $hdf5 crashes in the HDF5 library, $ours in lmsim's code"
exit $status
