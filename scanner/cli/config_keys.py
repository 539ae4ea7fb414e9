"""What a config section may hold: the options of the command of that name (as
click declares them), under the names the config uses."""

from __future__ import annotations

import click

from scanner.config import COMMANDS_WITH_DB, RENAMES
from scanner.config_schema import TOP, Field, Schema

_CONFIG_NAME = {option: key for key, option in RENAMES.items()}


def _field(param: click.Parameter) -> Field:
    if param.multiple:
        return Field(list)
    if isinstance(param, click.Option) and param.is_flag:
        return Field(bool)
    kind = {click.INT: int, click.FLOAT: float, click.BOOL: bool}.get(param.type, str)
    choices = tuple(param.type.choices) if isinstance(param.type, click.Choice) else ()
    return Field(kind, choices)


def config_schema(group: click.Group) -> Schema:
    schema: Schema = {TOP: {}}
    for name in COMMANDS_WITH_DB:
        command = group.commands[name]
        schema[name] = {_CONFIG_NAME.get(p.name, p.name): _field(p) for p in command.params
                        if isinstance(p, click.Option) and p.name}
    return schema
