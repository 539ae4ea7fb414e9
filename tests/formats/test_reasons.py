"""Every reason the new readers store has its sentence in the catalogue, in both
languages (reports/catalogue/reasons.toml)."""

from __future__ import annotations

import ast
from pathlib import Path

from reports.catalogue import CATALOGUE, t
from scanner.extract import kinds

EXTRACT = Path(__file__).resolve().parents[2] / "scanner/extract"


def _asked() -> set[str]:
    keys = set()
    for path in EXTRACT.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args \
                    and isinstance(node.args[0], ast.Constant):
                if node.func.id == "reason":
                    keys.add(f"reason.{node.args[0].value}")
                elif node.func.id == "binary_kind_reason":
                    keys.add(f"reason.binary_kind.{node.args[0].value}")
    return keys


def test_every_reason_and_binary_kind_is_in_the_catalogue():
    asked = _asked() | {f"reason.binary_kind.{kind}" for *_, kind in kinds._MAGIC} \
        | {f"reason.binary_kind.{kind}" for kind in kinds._RIFF.values()}
    assert len(asked) > 20 and sorted(asked - CATALOGUE.keys()) == []


def test_stored_reasons_are_english_and_shown_in_japanese_too():
    assert kinds.reason("ocr_budget", read=2, total=3) == "OCR read 2 of 3 pages (page budget)"
    assert t("reason.ocr_budget", "ja", read=2, total=3) == "OCR は 3 ページ中 2 ページまで読みました (ページ上限)"
