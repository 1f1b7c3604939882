# Opens a result file of `lmsim run` with R's ncdf4 (netCDF-4 reader) and, where installed,
# hdf5r, with no extra arguments, and checks dimensions, coordinates, units and values against relations that must hold.
# Usage: Rscript check_result_file.R LMSIM_BINARY SCENARIO WORK_DIR
# Exits 77 (reported as skipped by ctest) where R's ncdf4 is not installed.
if (!requireNamespace("ncdf4", quietly = TRUE)) {
  cat("R package ncdf4 not installed (Debian: r-cran-ncdf4): skipped\n")
  quit(status = 77)
}
library(ncdf4)
args <- commandArgs(trailingOnly = TRUE)
out <- file.path(args[3], "check_r.h5")
status <- system2(args[1], c("run", args[2], "--out", out, "--overwrite", "--quiet"))
stopifnot(status == 0)
passed <- 0
check <- function(condition, message) {
  if (!isTRUE(condition)) {
    cat("FAILED:", message, "\n")
    quit(status = 1)
  }
  passed <<- passed + 1
}
nc <- nc_open(out)
employed <- ncvar_get(nc, "employed")  # R reverses the order: occupation x region x time
check(identical(dim(employed), c(14L, 35L, 192L)), "employed is occupation x region x time")
regions <- ncvar_get(nc, "region")
check(length(regions) == 35 && "AM13" %in% regions, "region codes")
check(ncvar_get(nc, "region_name")[regions == "AM13"] == "Midden-Utrecht", "region names")
check(ncatt_get(nc, "time", "units")$value == "days since 2025-01-01", "CF time units")
check(ncatt_get(nc, "employed", "units")$value == "persons", "units of employed")
check(nchar(ncatt_get(nc, "employed", "long_name_nl")$value) > 0, "Dutch long name")
target <- ncvar_get(nc, "target_demand")
shortage <- ncvar_get(nc, "shortage")
check(max(abs(shortage - (target - employed))) < 1e-6, "shortage = target demand - employed")
check(grepl("title = ", ncatt_get(nc, 0, "scenario")$value), "resolved scenario stored")
nc_close(nc)

# The same file through hdf5r (plain HDF5), where installed (Debian: r-cran-hdf5r).
if (requireNamespace("hdf5r", quietly = TRUE)) {
  f <- hdf5r::H5File$new(out, mode = "r")
  h5employed <- f[["employed"]]
  check(identical(h5employed$dims, c(14L, 35L, 192L)), "hdf5r: employed dimensions")
  check(hdf5r::h5attr(h5employed, "units") == "persons", "hdf5r: units")
  check(identical(h5employed[, , ], employed), "hdf5r: the same values as ncdf4")
  check(identical(f[["region"]][], as.vector(regions)), "hdf5r: region codes")
  f$close_all()
}
cat(passed, "passed, 0 failed\n")
