"""Where per-article work runs: in process, in worker processes or on Dask, with the cache."""
