"""The documented exit codes of every command (README), for cron and systemd."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1  # a domain error, explained on stderr (bad ledger, no scan yet)
    USAGE = 2  # a usage error (click's)
    UNREADABLE = 3  # the scan finished, but some objects could not be read
    NEW_ALERTS = 4  # new unregistered stores, or new My Number / 要配慮 findings
    INVENTORY_DAMAGED = 65  # EX_DATAERR: the database is damaged or not a database
    KEY_UNAVAILABLE = 73  # EX_CANTCREAT: the key file or its folder (DAICHO_HOME) cannot be written or read
    DISK_FULL = 74  # EX_IOERR: no room on the disk (or an I/O error) writing the database or key
    ALREADY_RUNNING = 75  # EX_TEMPFAIL: try again later
    INVENTORY_READ_ONLY = 77  # EX_NOPERM: the database or its folder may not be written
    INTERRUPTED = 130  # 128 + SIGINT, as shells report it (also after SIGTERM)
