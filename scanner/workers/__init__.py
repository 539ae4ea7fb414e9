"""Where extraction and detection run: in this process, in worker processes under
a memory and time budget, or as Dask tasks; the scan's single writer stays in
the parent (scanner.pipeline)."""
