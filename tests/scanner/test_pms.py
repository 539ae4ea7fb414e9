"""`daicho pms survey|risks`: PMS Step 5 workbooks from the inventory, per
department and per store, with what was found filled in and the rest left."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from detectors.name_forms import NameReader
from inventory import Inventory, load_or_create_key, open_inventory
from inventory.ledger.active import save_ledger
from inventory.ledger.model import parse_entry
from inventory.outcomes import run_reconciliation
from inventory.pms import gather_stores
from inventory.pms_risks import factors, proposed_level
from inventory.records import FindingRecord, ObjectRecord
from inventory.store import Scope
from scanner.cli import cli
from scanner.subjects import subjects_of
from scanner.workers.sealing import seal

ROOT = "/srv/share"
OLD, RECENT = 1.5e9, 1.78e9  # 2017, 2026


def f(kind, value, row, category=None):
    return FindingRecord(kind, value, "*", 1.0, "t", f"B{row}", category=category, text=value,
                         record=("t:", str(row), str(row)))


OBJECTS = {  # uri -> (format, mtime, findings)
    "総務/名簿.csv": ("csv", RECENT, [f("PERSON", "山田太郎", 2), f("EMAIL", "taro@example.jp", 2),
                                   f("MY_NUMBER", "123456789018", 2)]),
    "健康/健診.xlsx": ("xlsx", RECENT, [f("PERSON", "佐藤花子", 2), f("SENSITIVE", "病歴:糖尿病", 2, "病歴")]),
    "メール/1.eml": ("eml", RECENT, [f("PERSON", "鈴木一郎", 2), f("EMAIL", "ichiro@example.jp", 2)]),
    "経理/口座.csv": ("csv", OLD, [f("PERSON", "田中次郎", 2), f("BANK_ACCOUNT", "0001-001-1234567", 2)]),
    "共有/案内.docx": ("docx", RECENT, []),
}
ENTRIES = [  # row, values, paths
    (2, {"個人情報名": "社員名簿", "保管部所": "総務", "個人情報の項目": "氏名", "保管期間": "永年", "件数": "50件"}, ("総務/**",)),
    (3, {"個人情報名": "給与振込口座", "保管部所": "経理", "個人情報の項目": "氏名.銀行口座", "保管期間": "1年間"}, ("経理/**",)),
]


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "inventory.db"
    inventory = Inventory(open_inventory(path), load_or_create_key())
    source = tmp_path / "ledger.xlsx"
    source.write_bytes(b"ledger")
    save_ledger(inventory.db, [parse_entry(row, values, {}, paths, None) for row, values, paths in ENTRIES], source)
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    reader = NameReader()
    with inventory.batch():
        for uri, (fmt, mtime, findings) in OBJECTS.items():
            inventory.record(scan_id, ROOT, seal(ObjectRecord(uri=uri, kind="file", format=fmt, size=1, mtime=mtime,
                                                         findings=findings, subjects=subjects_of(findings, reader)), inventory.key))
    inventory.finish_scan(scan_id, [Scope(ROOT)])
    inventory.db.execute("update objects set world_readable = 1 where uri = '健康/健診.xlsx'")
    run_reconciliation(inventory.db, scan_id)
    return str(path)


def by_name(db_path):
    return {store.name: store for store in gather_stores(open_inventory(db_path))}


def test_stores_by_department_with_their_risks(db_path):
    stores = by_name(db_path)
    assert set(stores) == {"社員名簿", "給与振込口座", "健康", "メール"}
    assert [stores[n].department for n in ("社員名簿", "給与振込口座", "健康", "メール")] == ["総務", "経理", "健康", "メール"]
    assert factors(stores["社員名簿"]) == ["my_number", "undeclared"]
    assert factors(stores["給与振込口座"]) == ["financial", "overdue"]
    assert factors(stores["健康"]) == ["sensitive", "world_readable", "unregistered"]
    assert factors(stores["メール"]) == ["unregistered", "in_mail"]
    assert {n: proposed_level(s, factors(s)) for n, s in stores.items()} == {
        "社員名簿": "high", "給与振込口座": "high", "健康": "high", "メール": "medium"}
    assert stores["社員名簿"].people.estimate == 1 and stores["社員名簿"].formats == {"csv"}


def cells(sheet):
    return [[c.value for c in row] for row in sheet.iter_rows()]


def test_the_survey_sheet(db_path, tmp_path):
    out = tmp_path / "特定調査シート.xlsx"
    result = CliRunner().invoke(cli, ["pms", "survey", "--db", db_path, "--out", str(out)], obj={})
    assert result.exit_code == 0 and "部門 4、保管場所 4" in result.output
    book = load_workbook(out)
    assert book.sheetnames == ["メール", "健康", "経理", "総務"]
    sheet = book["総務"]
    header = next(r for r in cells(sheet) if r[0] == "No")
    row = dict(zip(header, next(r for r in cells(sheet) if r[0] == 1)))
    assert row["個人情報名"] == "社員名簿" and row["台帳の行"] == 2 and row["保管場所"] == "総務"
    assert row["検出した項目"] == "氏名、メールアドレス、個人番号" and row["本人の数 (推定)"] == "1"
    assert row["保管期間 (台帳)"] == "永年" and row["件数 (台帳)"] == "50件" and row["台帳との相違"] == "項目外、件数乖離"
    assert row["利用目的"] is None and row["取得方法"] is None and row["委託・提供"] is None
    number = next(i for i, r in enumerate(cells(sheet), 1) if r[0] == 1)
    assert sheet.cell(number, header.index("利用目的") + 1).fill.fgColor.rgb.endswith("FFF2CC")
    assert sheet.freeze_panes == f"C{number}" and sheet.page_setup.orientation == "landscape"
    assert "(台帳未登録) メール" in [r[1] for r in cells(book["メール"])]


def test_the_risk_table(db_path, tmp_path):
    out = tmp_path / "リスク管理表.xlsx"
    result = CliRunner().invoke(cli, ["--lang", "en", "pms", "risks", "--db", db_path, "--out", str(out)], obj={})
    assert result.exit_code == 0, result.output
    rows = cells(load_workbook(out).active)
    header = next(r for r in rows if r[0] == "No")
    table = {r[2]: dict(zip(header, r)) for r in rows if isinstance(r[0], int)}
    mail = table["(not in the ledger) メール"]
    assert mail["Proposed level"] == "medium" and "Mail sent to the wrong address" in mail["Transfer, sending"]
    assert mail["Risk factors"] == "not in the ledger, in mail" and mail["Measures"] is None
    assert "Not erased though its retention period is over" in table["給与振込口座"]["Erasure, disposal"]
    assert "Staff without a need can read and copy it" in table["(not in the ledger) 健康"]["Use, processing"]


def test_an_empty_inventory_is_a_sentence(tmp_path):
    result = CliRunner().invoke(cli, ["pms", "risks", "--db", str(tmp_path / "none.db"), "--out",
                                      str(tmp_path / "x.xlsx")], obj={})
    assert result.exit_code == 1 and "先に daicho scan" in result.output
