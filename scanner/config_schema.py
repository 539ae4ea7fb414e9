"""The configuration file checked against what daicho reads: a key that nothing
reads (`exlude`) is an error with a suggestion, not a setting silently ignored,
and a value of the wrong kind is an error before anything runs.

The options of each command come from the commands themselves (scanner.cli
builds that part); the keys read by code alone are listed here.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from inventory.notes import Note
from scanner.app.errors import UsageProblem


@dataclass(frozen=True)
class Field:
    kind: type  # str, int, float, bool or list (of strings)
    choices: tuple[str, ...] = ()


TOP = ""  # the keys above every [section]
# Read by code, not by an option: section -> key -> field.
CONFIG_ONLY: dict[str, dict[str, Field]] = {
    TOP: {"db": Field(str), "lang": Field(str, ("ja", "en")), "timezone": Field(str)},
    "scan": {"roots": Field(list), "ledger": Field(str), "ocr": Field(bool)},
    "report": {"dir": Field(str)},
    "watch": {"roots": Field(list)},
    "schedule": {"at": Field(str), "log_file": Field(str), "user": Field(str)},
}
Schema = dict[str, dict[str, Field]]


def _kind_ok(value: Any, field: Field) -> bool:
    if field.kind is list:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if field.kind is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if field.kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if field.kind is str:
        return isinstance(value, (str, int)) and not isinstance(value, bool)  # 200MB or 1048576
    return isinstance(value, field.kind)


def _suggest(name: str, known) -> Note | str:
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return Note.of("config.did_you_mean", name=close[0]) if close else ""


def _value_problem(where: str, key: str, value: Any, field: Field) -> Note | None:
    if not _kind_ok(value, field):
        return Note.of("config.wrong_type", where=where, key=key, kind=Note.of(f"config.kind_{field.kind.__name__}"))
    if field.choices and value not in field.choices:
        return Note.of("config.bad_choice", where=where, key=key, value=value, choices=list(field.choices))
    if key == "timezone":
        try:
            ZoneInfo(str(value))
        except (ZoneInfoNotFoundError, ValueError):
            return Note.of("config.bad_timezone", where=where, value=value)
    return None


def _section_problems(name: str, section: dict, fields: dict[str, Field]) -> list[Note]:
    where = f"[{name}] " if name else ""
    problems = []
    for key, value in section.items():
        if name == TOP and isinstance(value, dict):
            continue  # a section, checked on its own
        field = fields.get(key)
        problem = _value_problem(where, key, value, field) if field else \
            Note.of("config.unknown_key", where=where, key=key, suggestion=_suggest(key, fields))
        if problem:
            problems.append(problem)
    return problems


def validate_config(config: dict, schema: Schema, path: str) -> None:
    """Raise a UsageProblem listing every unknown key, section or wrong value."""
    schema = {name: {**schema.get(name, {}), **CONFIG_ONLY.get(name, {})} for name in {*schema, *CONFIG_ONLY}}
    problems = _section_problems(TOP, config, schema[TOP])
    for name, section in config.items():
        if not isinstance(section, dict):
            continue
        if name not in schema or name == TOP:
            problems.append(Note.of("config.unknown_section", name=name, suggestion=_suggest(name, schema)))
        else:
            problems += _section_problems(name, section, schema[name])
    if problems:
        raise UsageProblem(Note.of("config.problems", path=path), problems)
