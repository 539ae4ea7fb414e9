"""The `daicho` command: thin click commands that parse, call one function of the
application layer (scanner.app), render its result in the reader's language
(scanner.cli.translated), and exit with its code. Nothing outside this package
imports it."""

from __future__ import annotations

import logging
import os
import sys

import click

from reports.catalogue import LANGS
from reports.terminal import TerminalSafeFormatter, TerminalSafeStream
from scanner.cli.job_commands import nightly, schedule, watch
from scanner.cli.ledger_commands import ledger, reconcile
from scanner.cli.officer_commands import report, show, triage
from scanner.cli.people_commands import impact, locate
from scanner.cli.pms_commands import pms
from scanner.cli.scan_commands import check, export, scan, status
from scanner.cli.translated import PathParam, TranslatedGroup, current_lang, option, set_lang
from scanner.cli.config_keys import config_schema
from scanner.config import default_map, load_config
from scanner.config_schema import validate_config

COMMANDS = (scan, check, export, status, ledger, reconcile, report, triage, show, locate, impact, pms, nightly, schedule, watch)


class JournalFormatter(TerminalSafeFormatter):
    """Under systemd (JOURNAL_STREAM set), a `<N>` prefix gives each line its
    priority in the journal: `journalctl -u daicho-nightly -p warning` lists
    every new item to act on."""

    PRIORITY = {logging.DEBUG: 7, logging.INFO: 6, logging.WARNING: 4, logging.ERROR: 3, logging.CRITICAL: 2}

    def format(self, record: logging.LogRecord) -> str:
        return f"<{self.PRIORITY.get(record.levelno, 6)}>{super().format(record)}"


def _logging(verbose: bool) -> None:
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(TerminalSafeFormatter("%(asctime)s %(levelname)s %(message)s"))
    if os.environ.get("JOURNAL_STREAM"):
        console.setFormatter(JournalFormatter("%(levelname)s %(message)s"))  # the journal adds the time
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s", handlers=[console])
    logging.getLogger("daicho").setLevel(logging.INFO if verbose else logging.WARNING)  # not the libraries


@click.group(cls=TranslatedGroup, help_key="daicho")
@option("--config", "config_path", type=PathParam(dir_okay=False), envvar="DAICHO_CONFIG", help_key="config")
@option("--lang", type=click.Choice(LANGS), envvar="DAICHO_LANG", help_key="lang")
@option("-v", "--verbose", is_flag=True, help_key="verbose")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, lang: str | None, verbose: bool) -> None:
    config = load_config(config_path) if config_path else {}
    if config_path:
        validate_config(config, config_schema(cli), config_path)
        ctx.default_map = default_map(config)
    set_lang(lang or config.get("lang") or current_lang())
    ctx.ensure_object(dict).update(config=config, config_path=config_path)
    _logging(verbose)


for command in COMMANDS:
    cli.add_command(command)


def main() -> None:
    sys.stdout = TerminalSafeStream(sys.stdout)  # file names and messages never drive the terminal
    cli(obj={})
