"""Sources, text extraction, the scan pipeline and the `daicho` CLI."""
