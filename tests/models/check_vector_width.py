"""The loops with an AVX2 copy (models/vector_width.hpp) give the same results, bit for bit, as
their baseline copies: the baseline scenario and the defence expansion (with its levers) run
once as the processor allows and once with LMSIM_NO_AVX2=1, and every dataset is compared
(skipped, exit code 77, on a processor without AVX2).
Usage: check_vector_width.py LMSIM SCENARIO_DIR WORK_DIR"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "outputs"))
from checks import check, datasets, run, summary  # noqa: E402


def processor_has_avx2():
    with open("/proc/cpuinfo") as cpuinfo:
        return any(line.startswith("flags") and " avx2" in line for line in cpuinfo)


def main():
    binary, scenarios, work_dir = sys.argv[1:4]
    if not processor_has_avx2():
        print("skipped: this processor has no AVX2, so both runs would take the baseline copies")
        sys.exit(77)
    for name in ("baseline", "defence_expansion"):
        scenario = os.path.join(scenarios, name + ".toml")
        wide = os.path.join(work_dir, f"vector_width_{name}.h5")
        narrow = os.path.join(work_dir, f"vector_width_{name}_no_avx2.h5")
        common = ["run", scenario, "--overwrite", "--quiet", "--compress", "0"]
        run([binary] + common + ["--out", wide])
        run([binary] + common + ["--out", narrow], env=dict(os.environ, LMSIM_NO_AVX2="1"))
        a, b = datasets(wide), datasets(narrow)
        check(a.keys() == b.keys(), f"{name}: the same datasets")
        for key in sorted(a):
            check(a[key] == b[key], f"{name}: {key} is the same bit for bit with and without AVX2")
    summary()


if __name__ == "__main__":
    main()
