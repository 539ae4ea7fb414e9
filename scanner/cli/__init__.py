"""The `daicho` command: thin click commands that parse, call one function of the
application layer (scanner.app), render its result in the reader's language
(scanner.cli.translated), and exit with its code. Nothing outside this package
imports it."""

from __future__ import annotations

import logging
import sys

import click

from reports.catalogue import LANGS
from scanner.cli.job_commands import nightly, schedule, watch
from scanner.cli.ledger_commands import ledger, reconcile
from scanner.cli.officer_commands import report, show, triage
from scanner.cli.people_commands import impact, locate
from scanner.cli.pms_commands import pms
from scanner.cli.scan_commands import check, export, scan, status
from scanner.cli.translated import PathParam, TranslatedGroup, current_lang, option, set_lang
from scanner.config import default_map, load_config

COMMANDS = (scan, check, export, status, ledger, reconcile, report, triage, show, locate, impact, pms, nightly, schedule, watch)


def _logging(verbose: bool) -> None:
    console = logging.StreamHandler(sys.stderr)
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
        ctx.default_map = default_map(config)
    set_lang(lang or config.get("lang") or current_lang())
    ctx.ensure_object(dict).update(config=config, config_path=config_path)
    _logging(verbose)


for command in COMMANDS:
    cli.add_command(command)


def main() -> None:
    cli(obj={})
