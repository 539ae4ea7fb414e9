"""Seed 004's real ledger, imported from xlsx and from CP932 CSV: every row, every
retention rule and every item list parsed as intended."""

import csv
import io

import pytest

from inventory.ledger.read import read_ledger
from reports.catalogue import t
from samples.writers import write_xlsx
from tests.ledger.seed004 import EXPECTED_RETENTION, EXPECTED_TYPES, HEADER, ROWS

TITLE = [["個人情報管理台帳", "", "更新", "作成", "承認"], ["作成日", "年 月 日"], []]


@pytest.fixture(params=["xlsx", "csv"])
def seed_ledger(request, tmp_path):
    if request.param == "xlsx":
        path = tmp_path / "台帳.xlsx"
        write_xlsx(path, {"台帳": TITLE + [HEADER] + ROWS})
    else:
        out = io.StringIO()
        csv.writer(out).writerows(TITLE + [HEADER] + ROWS)
        path = tmp_path / "台帳.csv"
        path.write_bytes(out.getvalue().encode("cp932"))
    return path


def test_every_row_is_imported_with_its_wording(seed_ledger):
    entries = read_ledger(seed_ledger)
    assert [e.name for e in entries] == [row[2] for row in ROWS]
    assert [e.row for e in entries][:2] == [5, 6]  # spreadsheet row numbers below the title
    assert entries[0].values["個人情報の項目"] == "氏名、住所、本人履歴、賞罰、資格等"
    assert entries[0].extra == {"No.": "1"}  # extra columns are kept
    assert entries[17].values["対象外"] == "×"


def test_every_item_list_parses_as_intended(seed_ledger):
    for entry, expected in zip(read_ledger(seed_ledger), EXPECTED_TYPES):
        assert set(entry.items.types) == expected, entry.name
        assert entry.items.unknown == (), entry.name


def test_every_retention_rule_parses_as_intended(seed_ledger):
    for entry in read_ledger(seed_ledger):
        rule = entry.retention
        assert (rule.kind, rule.amount, rule.unit, rule.event) == EXPECTED_RETENTION[rule.text], rule.text


def test_typos_are_reported_with_a_suggestion_not_guessed(seed_ledger):
    warnings = {e.name: [t(w) for w in e.warnings] for e in read_ledger(seed_ledger)}
    assert warnings["社会保険関係書類"] == ["起算となる事由「人退職」が不明です (「本人退職」の誤記?)"]
    assert warnings["配送ラベル、控(配送)"] == ["起算となる事由「発想業務完了」が不明です (「発送業務完了」の誤記?)"]


def test_declared_counts(seed_ledger):
    counts = {e.name: e.count for e in read_ledger(seed_ledger)}
    assert counts["社員個人番号"].number == 80 and counts["社員個人番号"].comparable
    assert not counts["給与情報(データ)"].comparable  # 50件/月 is a flow, not a stock
    assert counts["アクセスログ"].number is None
