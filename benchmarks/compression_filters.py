"""Time and size of HDF5's compression filters on a result file's variables (2-D and 3-D), written
with h5py in lmsim's chunks (12 steps): deflate level 1 with shuffle (lmsim's default) against
szip (libaec), which Debian's HDF5 also has. benchmarks/README.md ("Compression of the result
file") records its figures.
Usage: compression_filters.py RESULT.h5 (a file of lmsim run, e.g. with --compress 0)"""
import os
import sys
import tempfile
import time

import h5py

FILTERS = [("deflate 1 + shuffle", "gzip", 1, True), ("szip nn 32", "szip", ("nn", 32), False),
           ("szip nn 32 + shuffle", "szip", ("nn", 32), True)]


def main():
    with h5py.File(sys.argv[1], "r") as f:
        data = {k: f[k][()] for k in f
                if isinstance(f[k], h5py.Dataset) and f[k].dtype.kind == "f" and f[k].ndim > 1}
    print(f"{len(data)} variables, {sum(v.nbytes for v in data.values()) / 1e6:.2f} MB")
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "filtered.h5")
        for label, compression, options, shuffle in FILTERS:
            start = time.perf_counter()
            with h5py.File(out, "w") as g:
                for name, values in data.items():
                    chunks = (min(12, values.shape[0]),) + values.shape[1:]
                    g.create_dataset(name, data=values, chunks=chunks, compression=compression,
                                     compression_opts=options, shuffle=shuffle)
            seconds = time.perf_counter() - start
            print(f"{label:22s} {seconds:.3f} s  {os.path.getsize(out) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
