#!/usr/bin/env python3
"""Compares two lmsim result files dataset by dataset, bit for bit.

Usage: compare_results.py A.h5 B.h5 [--ignore-attribute NAME ...]

Every dataset must exist in both files with the same shape, type and bytes; every attribute
(of the file, groups and datasets) must be equal, except the ones named with
--ignore-attribute (for example the creation time). For a dataset that differs, the script
prints how many values differ and the largest absolute and relative difference, so that a
difference can be explained to the last bit. Exit 0 when the files agree, 1 otherwise."""
import argparse
import sys

import h5py
import numpy as np


# Attributes of dimension scales that hold object references: their values are addresses in the
# file, which differ between two files with the same content.
REFERENCES = {"DIMENSION_LIST", "REFERENCE_LIST"}


def collect(path):
    items = {}
    with h5py.File(path, "r") as f:
        def visit(name, obj):
            if isinstance(obj, h5py.Dataset):
                items["dataset " + name] = obj[()]
            for key, value in obj.attrs.items():
                if key not in REFERENCES:
                    items[f"attribute {name}@{key}"] = value
        for key, value in f.attrs.items():
            items[f"attribute /@{key}"] = value
        f.visititems(visit)
    return items


def same(a, b):
    a, b = np.asarray(a), np.asarray(b)
    if a.shape != b.shape or a.dtype != b.dtype:
        return False
    if a.dtype.kind in "fc":
        return a.tobytes() == b.tobytes()
    return np.array_equal(a, b)


def describe(a, b):
    a, b = np.asarray(a), np.asarray(b)
    if a.shape != b.shape or a.dtype.kind not in "fiu":
        return f"shapes {a.shape} and {b.shape}" if a.shape != b.shape else "values differ"
    d = np.abs(a.astype(float) - b.astype(float))
    scale = np.maximum(np.abs(a.astype(float)), 1e-300)
    return (f"{int(np.count_nonzero(a != b))} of {a.size} values differ; largest absolute "
            f"difference {d.max():.3g}, relative {np.max(d / scale):.3g}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--ignore-attribute", action="append", default=[])
    args = parser.parse_args()
    a, b = collect(args.a), collect(args.b)
    ignored = lambda key: key.startswith("attribute ") and key.split("@", 1)[1] in args.ignore_attribute
    differences = 0
    for key in sorted(set(a) | set(b)):
        if ignored(key):
            continue
        if key not in a or key not in b:
            print(f"{key}: only in {args.a if key in a else args.b}")
            differences += 1
        elif not same(a[key], b[key]):
            print(f"{key}: {describe(a[key], b[key])}")
            differences += 1
    datasets = sum(1 for key in a if key.startswith("dataset "))
    print(f"{datasets} datasets compared; {differences} differences")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
