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


def test_every_module_and_file_named_in_the_architecture_page_exists():
    import importlib
    page = (REPO / "docs/ARCHITECTURE.md").read_text(encoding="utf-8")
    names = set(re.findall(r"`([a-z_]+(?:\.[A-Za-z_]+)+)`", page))
    named = [n for n in names if n.split(".")[0] in ("scanner", "reports", "inventory", "detectors")]
    assert len(named) > 30
    for name in named:
        parts = name.split(".")
        for cut in range(len(parts), 0, -1):  # the longest importable prefix, then attributes
            try:
                found = importlib.import_module(".".join(parts[:cut]))
                break
            except ModuleNotFoundError:
                continue
        for attribute in parts[cut:]:
            found = getattr(found, attribute)
    paths = set(re.findall(r"`?((?:tests|reports|scanner|detectors|inventory)/[\w/.]+\.(?:py|toml|j2))`?", page))
    assert paths and [p for p in paths if not (REPO / p).exists()] == []
    folders = set(re.findall(r"`((?:scanner|detectors)/[\w/]+/)`", page))
    assert folders and [f for f in folders if not (REPO / f).is_dir()] == []
