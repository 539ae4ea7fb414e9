"""The application layer: one function for each thing a user does (scan, nightly,
a watch, the report, reveal, triage, ledger import/show/refresh, reconcile, status,
export, check, schedule). Each takes plain values, does the work through
inventory/, reports/ and the scanner's pipeline, and returns a result object with
an `ExitCode`, or raises an `AppError` holding notes for people. The CLI
(scanner/cli) only parses, calls one of these, renders, and exits; nothing here
imports it. A new command adds a module here and a thin command there.
"""
