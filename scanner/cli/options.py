"""What several commands share: options, the detector, rendering helpers."""

from __future__ import annotations

import functools
from zoneinfo import ZoneInfoNotFoundError

import click

from inventory.notes import Note
from reports.catalogue import t
from reports.times import zone
from scanner.app.lazy_detector import LazyDetector
from scanner.cli.translated import PathParam, current_lang, option
from scanner.limits import DEFAULT_LIMITS
from scanner.sizes import format_size, parse_size


def db_option(function):
    @option("--db", "db_path", default="inventory.db", show_default=True, envvar="DAICHO_DB",
            type=PathParam(dir_okay=False), help_key="db")
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs)
    return wrapper


def format_option(*choices: str, default: str | None = "text", help_key: str = "format"):
    """--format; without a default it must be given."""
    given = {"default": default, "show_default": True} if default else {"required": True}
    return option("--format", "fmt", type=click.Choice(choices), help_key=help_key, **given)


def _size(ctx, param, value: str) -> int:
    try:
        return parse_size(value)
    except ValueError as error:
        raise click.BadParameter(t("size.invalid", current_lang(), value=value)) from error


def zone_name(ctx, param, value: str) -> str:
    try:
        zone(value)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise click.BadParameter(t("timezone.unknown", current_lang(), value=value)) from error
    return value


def max_size_option(function):
    return option("--max-size", default=format_size(DEFAULT_LIMITS.max_size), show_default=True, callback=_size,
                  metavar="SIZE", help_key="max_size")(function)


def worker_memory_option(function):
    return option("--worker-memory", default=format_size(DEFAULT_LIMITS.worker_memory), show_default=True,
                  callback=_size, metavar="SIZE", help_key="worker_memory")(function)


def workers_option(function):
    """--workers N (also DAICHO_WORKERS): checked by scanner.app.work_plans."""
    return option("--workers", metavar="N", envvar="DAICHO_WORKERS", help_key="workers")(function)


def exclude_option(function):
    return option("--exclude", multiple=True, metavar="GLOB", help_key="exclude")(function)


def detector(ctx: click.Context):
    """Built once per process, on first use (tests pass a loaded one in)."""
    obj = ctx.ensure_object(dict)
    if "detector" not in obj:
        obj["detector"] = LazyDetector()
    return obj["detector"]


def say(note: Note | str, /, err: bool = False, **values) -> None:
    """Echo a note (or a catalogue key) in the current language."""
    click.echo(t(note, current_lang(), **values), err=err)
