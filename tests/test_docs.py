"""The README documents every command, and CI runs the README's test command."""

import re
from pathlib import Path

from scanner.cli import cli

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix=""):
    for name, command in group.commands.items():
        yield f"{prefix}{name}", command
        if hasattr(command, "commands"):
            yield from _commands(command, f"{prefix}{name} ")


def test_every_command_and_option_is_in_the_readme():
    for name, command in _commands(cli):
        assert f"`daicho {name}" in README, name
        for param in command.params:
            for opt in [*param.opts, *getattr(param, "secondary_opts", [])]:
                if opt.startswith("--") and opt != "--help":
                    assert opt in README, f"{name} {opt}"
    for param in cli.params:
        for opt in param.opts:
            if opt.startswith("--"):
                assert opt in README, opt


def test_quickstart_is_two_commands_and_ci_runs_the_test_one():
    block = re.search(r"## Quickstart\s+```sh\n(.*?)```", README, re.S).group(1)
    commands = [line for line in block.splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
    assert "make test" in (REPO / ".ci/run").read_text()
