"""Issue 18 item 2: re-importing the re-issued ledger as it stands does not hide
未登録. Its proposed rows ("(要登録) <path>") are skipped with a warning until the
officer gives the entry its own name; then the row is imported like any other."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from inventory import open_inventory
from inventory.outcomes import stored_outcomes
from inventory.queries import latest_scan
from reports.catalogue import t
from scanner.cli import cli


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), obj={})


def _unregistered(db) -> list[str]:
    assert invoke("reconcile", "--db", str(db)).exit_code == 0
    inventory = open_inventory(db)
    return [o["uri"] for o in stored_outcomes(inventory, latest_scan(inventory)["id"]) if o["kind"] == "unregistered"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_proposed_row_is_named_with_a_marker_the_import_knows(lang):
    from inventory.ledger.columns import PROPOSAL_MARKERS
    from inventory.ledger.read import is_proposal

    name = t("ledger_doc.proposed_name", lang, uri="営業/メモ.txt")
    assert name.startswith(PROPOSAL_MARKERS) and is_proposal(name)
    assert is_proposal("（要登録） 営業/メモ.txt") and not is_proposal("営業メモ (要登録済み)")


def test_reimporting_the_reissued_ledger_as_it_stands_keeps_unregistered(office_db, tmp_path):
    assert _unregistered(office_db) == ["営業/メモ.txt"]
    reissued = tmp_path / "台帳_再発行.xlsx"
    assert invoke("ledger", "refresh", "--db", str(office_db), "--out", str(reissued)).exit_code == 0
    imported = invoke("ledger", "import", str(reissued), "--db", str(office_db))
    assert imported.exit_code == 0 and "3 件" in imported.output  # the three real entries
    assert "「(要登録) 営業/メモ.txt」: daicho の登録提案のため取り込みませんでした" in imported.output
    assert "正式な名前に書き換え" in imported.output
    assert _unregistered(office_db) == ["営業/メモ.txt"]  # not silently registered


def test_a_proposal_the_officer_named_is_registered(office_db, tmp_path):
    reissued = tmp_path / "台帳_再発行.xlsx"
    invoke("ledger", "refresh", "--db", str(office_db), "--out", str(reissued))
    book = load_workbook(reissued)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[3]]
    row = next(r for r in sheet.iter_rows(min_row=4) if str(r[header.index("個人情報名")].value).startswith("(要登録)"))
    row[header.index("個人情報名")].value = "営業メモ"
    row[header.index("保管期間")].value = "1年間"
    row[header.index("個人情報の項目")].value = "氏名.個人番号"
    book.save(reissued)
    imported = invoke("ledger", "import", str(reissued), "--db", str(office_db))
    assert imported.exit_code == 0 and "4 件" in imported.output and "登録提案" not in imported.output
    assert _unregistered(office_db) == []
    again = tmp_path / "二回目.xlsx"  # and a second re-issue writes its found columns once
    invoke("ledger", "refresh", "--db", str(office_db), "--out", str(again))
    header = [c.value for c in load_workbook(again).worksheets[0][3]]
    assert header.count("検出人数") == 1 and header.count("判定") == 1
