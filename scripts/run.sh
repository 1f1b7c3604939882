#!/usr/bin/env bash
# Quick start, command 1: set up, build, and run the baseline scenario on the built-in data.
# Writes results/baseline.h5 (replacing the one an earlier quick start wrote).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p results
./build/cli/lmsim run scenarios/baseline.toml --out results/baseline.h5 --overwrite "$@"
