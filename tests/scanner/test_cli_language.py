"""Every --help text and click usage error in Japanese by default and in English
with --lang en or DAICHO_LANG=en, from the one catalogue (issue 18, item 6)."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from reports.catalogue import CATALOGUE
from scanner.cli import cli
from scanner.cli.translated import CLICK_MODULES, TranslatedOption

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _commands(group: click.Group, path: tuple[str, ...] = ()):
    yield path, group
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, (*path, name))
        else:
            yield (*path, name), command


def invoke(*args: str, **env: str):
    return CliRunner().invoke(cli, list(args), obj={}, env=env or None)


def test_every_command_and_option_has_help_in_both_languages():
    for path, command in _commands(cli):
        assert f"command.{command.help_key}" in CATALOGUE, path
        for param in command.params:
            if isinstance(param, click.Option):
                assert isinstance(param, TranslatedOption) and f"option.{param.help_key}" in CATALOGUE, \
                    (path, param.name)
        ja, en = invoke(*path, "--help"), invoke("--lang", "en", *path, "--help")
        assert ja.exit_code == en.exit_code == 0, path
        assert ja.output.startswith("使い方:") and "オプション:" in ja.output and "このヘルプを表示" in ja.output, path
        assert en.output.startswith("Usage:") and "Options:" in en.output and "Show this message" in en.output, path
        english_lines = [line for line in en.output.splitlines() if JAPANESE.search(line)
                         and not re.search(r"daicho |台帳|[(（]|要配慮|未登録", line)]
        assert english_lines == [], (path, english_lines)


def test_the_language_comes_from_the_flag_the_environment_or_the_config(tmp_path):
    assert invoke("scan", "--help").output.startswith("使い方:")
    assert invoke("scan", "--help", DAICHO_LANG="en").output.startswith("Usage:")
    config = tmp_path / "daicho.toml"
    config.write_text('lang = "en"\n', encoding="utf-8")
    assert invoke("--config", str(config), "scan", "--help").output.startswith("Usage:")
    assert invoke("--config", str(config), "--lang", "ja", "scan", "--help").output.startswith("使い方:")


@pytest.mark.parametrize("args, japanese, english", [
    (("scna",), "'scna' というコマンドはありません。", "No such command 'scna'."),
    (("export",), "指定のないオプション: '--format'", "Missing option '--format'"),
    (("export", "--format", "xml"), "'xml' は指定できません", "'xml' is not one of 'jsonl', 'csv'."),
    (("scan", "--max-size", "lots", "."), "サイズとして読めません: lots", "not a size: lots"),
    (("ledger", "import", "/nonexistent.xlsx"), "がありません。", "does not exist."),
    (("report", "--bogus"), "'--bogus' というオプションはありません。", "No such option '--bogus'."),
    (("triage", "x"), "--verdict を指定してください", "--verdict is required"),
])
def test_usage_errors_in_japanese_and_english(args, japanese, english):
    ja, en = invoke(*args), invoke("--lang", "en", *args)
    assert ja.exit_code == en.exit_code == 2
    assert "エラー: " in ja.output and japanese in ja.output and "詳しくは" in ja.output, ja.output
    assert "Error: " in en.output and english in en.output, en.output


def _click_messages() -> set[str]:
    """The strings click passes to gettext, read from its own source."""
    found = set()
    for path in Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
                found |= {a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return found


def test_the_click_messages_translated_are_still_clicks():
    """A click release that rewords or moves a message fails here, not in front of an officer."""
    ours = {key.removeprefix("click.") for key in CATALOGUE if key.startswith("click.")}
    assert ours - _click_messages() == set()
    for name in CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        assert hasattr(module, "_") or hasattr(module, "ngettext"), name


@pytest.mark.parametrize("args, japanese, english", [
    (("show", "0123456789ab"), "見つかりません: 0123456789ab", "Not found: 0123456789ab"),
    (("report",), "完了したスキャンがまだありません", "No complete scan yet"),
    (("reconcile",), "まだスキャンがありません", "No scan yet"),
    (("triage", "営業/なし.csv", "--verdict", "accepted"), "見つかりません: 営業/なし.csv", "Not found: 営業/なし.csv"),
])
def test_domain_errors_in_japanese_and_english(tmp_path, args, japanese, english):
    """An application-layer error is a sentence on stderr and exit 1, never a traceback."""
    from inventory import open_inventory

    open_inventory(tmp_path / "inv.db")  # an empty inventory: these commands refuse a missing one
    db = ("--db", str(tmp_path / "inv.db"))
    ja, en = invoke(*args, *db), invoke("--lang", "en", *args, *db)
    assert ja.exit_code == en.exit_code == 1
    assert isinstance(ja.exception, SystemExit) and isinstance(en.exception, SystemExit)  # no traceback
    assert japanese in ja.output and english in en.output, (ja.output, en.output)
