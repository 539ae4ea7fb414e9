"""Shared by the CLI modules: exit codes and options."""

from __future__ import annotations

import functools

import click

EXIT_OK = 0
EXIT_ERROR = 1  # a domain error, explained on stderr (bad ledger, no scan yet)
EXIT_UNREADABLE = 3  # the scan finished, but some objects could not be read
EXIT_NEW_ALERTS = 4  # new unregistered stores, or new My Number / 要配慮 findings
EXIT_ALREADY_RUNNING = 75  # EX_TEMPFAIL: try again later
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it (also after SIGTERM)


def db_option(function):
    @click.option("--db", "db_path", default="inventory.db", show_default=True,
                  envvar="DAICHO_DB", type=click.Path(dir_okay=False),
                  help="Inventory database (created 0600).")
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs)
    return wrapper
