"""Issue 18 item 6: a ledger file that cannot be read is a sentence and exit 1,
never a traceback (password-protected, not a workbook, damaged); a .xls ledger
is imported like an .xlsx one."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from inventory import open_inventory
from inventory.ledger.active import load_ledger
from samples.writers import encrypt_office, write_xls, write_xlsx
from scanner.cli import cli

HEADER = ["個人情報名", "個人情報の項目", "保管期間", "件数", "対象パス", "起算日"]
ROWS = [["社員名簿", "氏名.住所.個人番号", "本人退職後7年間", "15件/累計", "総務/社員名簿.xlsx", dt.datetime(2025, 4, 1)],
        ["顧客リスト", "氏名.メール", "3年間", "120件/累計", "営業/**", None]]


def _import(path: Path, db: Path, *lang: str):
    return CliRunner().invoke(cli, [*lang, "ledger", "import", str(path), "--db", str(db)], obj={})


def _broken_xlsx(tmp_path: Path) -> Path:
    good = tmp_path / "good.xlsx"
    write_xlsx(good, {"台帳": [HEADER]})
    broken = tmp_path / "壊れた台帳.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for name in source.namelist():
            if name != "xl/workbook.xml":
                target.writestr(name, source.read(name))
    return broken


@pytest.mark.parametrize("make, japanese, english", [
    (lambda d: encrypt_office(_plain(d), d / "パスワード付き台帳.xlsx", "secret") or d / "パスワード付き台帳.xlsx",
     "パスワードで保護されています", "password-protected"),
    (lambda d: (d / "台帳.xlsx").write_text("氏名,住所\n", encoding="utf-8") and d / "台帳.xlsx",
     "Excel ブックではありません", "not an Excel workbook"),
    (_broken_xlsx, "ファイルが壊れています", "the file is damaged"),
], ids=["password", "not-a-zip", "damaged"])
def test_an_unreadable_ledger_is_a_clear_error(tmp_path, make, japanese, english):
    path, db = make(tmp_path), tmp_path / "inv.db"
    result = _import(path, db)
    assert result.exit_code == 1 and japanese in result.output and path.name in result.output, result.output
    assert isinstance(result.exception, SystemExit)  # handled, not raised
    assert "Traceback" not in result.output and "Error" not in result.output
    english_result = _import(path, db, "--lang", "en")
    assert english_result.exit_code == 1 and english in english_result.output
    assert load_ledger(open_inventory(db)) == []


def _plain(directory: Path) -> Path:
    path = directory / "plain.xlsx"
    write_xlsx(path, {"台帳": [HEADER, *ROWS]})
    return path


def test_an_xls_ledger_is_imported_like_an_xlsx_one(tmp_path):
    xls, db = tmp_path / "台帳.xls", tmp_path / "inv.db"
    write_xls(xls, {"表紙": [["個人情報管理台帳"]], "台帳": [["令和7年度"], HEADER, *ROWS]})
    result = _import(xls, db)
    assert result.exit_code == 0 and "2 件" in result.output, result.output
    first, second = (stored.entry for stored in load_ledger(open_inventory(db)))
    assert first.name == "社員名簿" and first.start == dt.date(2025, 4, 1) and first.count.number == 15
    assert first.paths == ("総務/社員名簿.xlsx",) and "MY_NUMBER" in first.items.types
    assert second.retention.amount == 3 and second.paths == ("営業/**",)
