"""The command line in the reader's language: command and option help from the
catalogue (reports.catalogue, [command] and [option] keys), and click's own
messages (usage, errors, help sections) from its [click] table.

click looks its messages up through `gettext`, a name each of its modules binds
at import (`from gettext import gettext as _`); `install_click_messages` rebinds
that name to the catalogue. tests/scanner/test_cli_language.py checks that those
modules and messages are still click's, so an upgrade that moves them fails
loudly instead of turning the help English again.

The language is decided before click parses anything (so that a usage error is
already in it): --lang, else DAICHO_LANG, else `lang` of the --config file, else
Japanese.
"""

from __future__ import annotations

import contextvars
import importlib
import os
import sqlite3
import sys
import tomllib
from collections.abc import Sequence
from typing import Any

import click

from reports.catalogue import CATALOGUE, DEFAULT_LANG, LANGS, lang_index, t
from inventory.errors import InventoryError
from scanner.app.errors import AppError, UsageProblem, inventory_problem

_LANG: contextvars.ContextVar[str] = contextvars.ContextVar("daicho_lang", default=DEFAULT_LANG)
CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "types", "termui", "utils")


def current_lang() -> str:
    return _LANG.get()


def set_lang(lang: str | None) -> None:
    _LANG.set(lang if lang in LANGS else DEFAULT_LANG)


def click_text(message: str) -> str:
    """click's English message in the current language (as a template: click fills it)."""
    key = f"click.{message}"
    return CATALOGUE[key][lang_index(current_lang())] if key in CATALOGUE else message


def _ngettext(singular: str, plural: str, count: int) -> str:
    return click_text(singular if count == 1 else plural)


def install_click_messages() -> None:
    for name in CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = click_text
        if hasattr(module, "ngettext"):
            module.ngettext = _ngettext


def _flag_value(args: Sequence[str], flag: str) -> str | None:
    for i, arg in enumerate(args):
        if arg == flag and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith(flag + "="):
            return arg.partition("=")[2]
    return None


def _config_lang(path: str | None) -> str | None:
    try:
        with open(path or "", "rb") as handle:
            return tomllib.load(handle).get("lang")
    except (OSError, tomllib.TOMLDecodeError):
        return None  # reported properly when the group reads the config


def requested_lang(args: Sequence[str]) -> str:
    lang = _flag_value(args, "--lang") or os.environ.get("DAICHO_LANG") or \
        _config_lang(_flag_value(args, "--config") or os.environ.get("DAICHO_CONFIG"))
    return lang if lang in LANGS else DEFAULT_LANG


class _FromCatalogue:
    """Command help from `command.<help_key>`; usage and --help in the current language."""

    help_key: str

    @property
    def help(self) -> str:
        return t(f"command.{self.help_key}", current_lang())

    @help.setter
    def help(self, value: str | None) -> None:
        """click stores the docstring here: the catalogue is the source."""

    def get_short_help_str(self, limit: int = 45) -> str:
        """The first sentence (click finds an English one only: it ends at ". ")."""
        first = self.help.split("\n\n", 1)[0]
        end = first.find("。")
        return first[:end + 1] if 0 <= end else super().get_short_help_str(limit)  # type: ignore[misc]

    @property
    def options_metavar(self) -> str:
        return t("usage.options", current_lang())

    @options_metavar.setter
    def options_metavar(self, value: str | None) -> None:
        """The catalogue's, always."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:  # click builds it once, in the language of that moment
            option.help = click_text("Show this message and exit.")
        return option

    def invoke(self, ctx: click.Context) -> Any:
        """Domain errors of the application layer become a message and their exit code."""
        try:
            return super().invoke(ctx)  # type: ignore[misc]
        except UsageProblem as error:
            lines = [t(note, current_lang()) for note in (error.note, *error.details)]
            raise click.UsageError("\n".join(lines), ctx) from error
        except AppError as error:
            _explain(ctx, error)
        except (InventoryError, sqlite3.Error) as error:  # the database or key needs a person
            explained = inventory_problem(error, ctx.params.get("db_path"))
            if explained is None:
                raise
            _explain(ctx, explained)


def _explain(ctx: click.Context, error: AppError) -> None:
    for note in (error.note, *error.details):
        click.echo(t(note, current_lang()), err=True)
    ctx.exit(int(error.code))


class TranslatedCommand(_FromCatalogue, click.Command):
    def __init__(self, *args: Any, help_key: str, **kwargs: Any) -> None:
        self.help_key = help_key
        super().__init__(*args, **kwargs)


class TranslatedGroup(_FromCatalogue, click.Group):
    command_class = TranslatedCommand
    group_class = type  # subgroups are TranslatedGroups too

    def __init__(self, *args: Any, help_key: str, **kwargs: Any) -> None:
        self.help_key = help_key
        super().__init__(*args, **kwargs)

    def main(self, args: Sequence[str] | None = None, *rest: Any, **kwargs: Any) -> Any:
        """The language is set before click parses (help and usage errors use it)."""
        args = list(sys.argv[1:] if args is None else args)
        install_click_messages()
        token = _LANG.set(requested_lang(args))
        try:
            return super().main(args, *rest, **kwargs)
        finally:
            _LANG.reset(token)


class TranslatedOption(click.Option):
    """Option help from `option.<help_key>`."""

    def __init__(self, *args: Any, help_key: str, **kwargs: Any) -> None:
        self.help_key = help_key
        super().__init__(*args, **kwargs)

    @property
    def help(self) -> str:
        return t(f"option.{self.help_key}", current_lang())

    @help.setter
    def help(self, value: str | None) -> None:
        """The catalogue is the source."""


class PathParam(click.Path):
    """click.Path, named (in its messages) in the current language."""

    @property
    def kind(self) -> str:
        return "file" if self.file_okay and not self.dir_okay else \
            "directory" if self.dir_okay and not self.file_okay else "path"

    @property
    def name(self) -> str:
        return click_text(self.kind)

    @name.setter
    def name(self, value: str) -> None:
        """Decided by file_okay and dir_okay, as click does."""

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str | None:
        """An option's placeholder in ASCII (help columns stay aligned); an argument
        keeps its own name."""
        return self.kind.upper() if isinstance(param, click.Option) else None


def option(*declarations: str, help_key: str, **kwargs: Any):
    return click.option(*declarations, cls=TranslatedOption, help_key=help_key, **kwargs)
