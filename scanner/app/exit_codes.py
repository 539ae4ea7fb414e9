"""The documented exit codes of every command (README), for cron and systemd."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1  # a domain error, explained on stderr (bad ledger, no scan yet)
    USAGE = 2  # a usage error (click's)
    UNREADABLE = 3  # the scan finished, but some objects could not be read
    NEW_ALERTS = 4  # new unregistered stores, or new My Number / 要配慮 findings
    ALREADY_RUNNING = 75  # EX_TEMPFAIL: try again later
    INTERRUPTED = 130  # 128 + SIGINT, as shells report it (also after SIGTERM)
