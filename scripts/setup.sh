#!/usr/bin/env bash
# Installs what lmsim needs (Debian 12 packages) and builds it in ./build (Release).
# Idempotent: packages already present are skipped, an existing build is reused.
# Chromium prints the report's page to PDF (lmsim report), so it is in the base list. With
# --tests it also installs what only the tests need (pypdf to read that PDF, the tools that
# fetch oneTBB's source for the ThreadSanitizer build).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake make g++ pkg-config
  libeigen3-dev libtbb-dev libboost-program-options-dev libhdf5-dev hdf5-tools
  catch2 libtomlplusplus-dev librandom123-dev netcdf-bin libopenmpi-dev openmpi-bin
  libxlsxwriter-dev
  python3 python3-numpy python3-h5py python3-xarray python3-netcdf4 python3-h5netcdf
  python3-matplotlib python3-openpyxl python3-pil fonts-dejavu-core chromium
)
if [ "${1:-}" = "--tests" ]; then
  # pypdf reads the report's PDF (tests/outputs/report_checks_page.py); dpkg-dev and xz-utils
  # fetch and unpack oneTBB's source for the ThreadSanitizer build (scripts/build_tsan_tbb.sh).
  packages+=(python3-pypdf dpkg-dev xz-utils)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "lmsim setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# One compile job more than cores: while one job waits on the disk or the linker, the cores
# stay busy (memory is not the limit: a job takes under 1 GiB).
jobs=$(( $(nproc 2>/dev/null || echo 2) + 1 ))
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$jobs"
