"""One message catalogue: every sentence in both languages with the same values,
every key the code asks for present, and no language branch left in the code."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

from reports.catalogue import CATALOGUE, DEFAULT_LANG, LANGS, t

REPO = Path(__file__).resolve().parents[2]
PRODUCT = ("scanner", "detectors", "inventory", "reports")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_entry_has_both_languages_with_the_same_values():
    assert LANGS == ("ja", "en") and DEFAULT_LANG == "ja"
    for key, texts in CATALOGUE.items():
        assert len(texts) == len(LANGS) and all(text.strip() for text in texts), key
        assert _fields(texts[0]) == _fields(texts[1]), key


def _product_files():
    for package in PRODUCT:
        yield from (REPO / package).rglob("*.py")


def _asked_keys(path: Path):
    """Keys given as a literal to t(), Note.of(), say() or an AppError helper."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)):
            continue
        function = node.func
        name = function.id if isinstance(function, ast.Name) else function.attr if isinstance(
            function, ast.Attribute) else ""
        if name in ("t", "of", "say", "problem", "usage_problem") and isinstance(node.args[0].value, str):
            yield node.args[0].value


def test_every_key_the_code_asks_for_is_in_the_catalogue():
    asked = {(path.relative_to(REPO).as_posix(), key) for path in _product_files() for key in _asked_keys(path)}
    assert len(asked) > 100
    assert [pair for pair in asked if pair[1] not in CATALOGUE] == []


def test_no_language_branch_in_the_code():
    branch = re.compile(r"\blang(uage)?\s*[!=]=|[!=]=\s*lang\b|lang\s+(not\s+)?in\s*\(")
    templates = (REPO / "reports/templates").glob("*.j2")
    found = [f"{path.name}:{n}" for path in (*_product_files(), *templates)
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if branch.search(line)]
    assert found == []


def test_japanese_is_the_default():
    assert t("status.no_scans") == "まだスキャンがありません。" and t("status.no_scans", "en") == "No scans yet."
    assert t("status.no_scans", "fr") == t("status.no_scans")
