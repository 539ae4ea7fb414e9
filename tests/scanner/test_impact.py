"""`daicho impact`: the items of 第9条3 the inventory answers and the verdicts of
第9条2 for a folder, a file list and an earlier scan; the draft 漏えい等報告書."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from detectors.name_forms import NameReader
from inventory import Inventory, load_or_create_key, open_inventory
from inventory.headcount import Headcount
from inventory.impact import APPLIES, NOT_APPLICABLE, POSSIBLE, verdicts
from inventory.ledger.active import save_ledger
from inventory.ledger.model import parse_entry
from inventory.records import FindingRecord, ObjectRecord
from inventory.store import Scope
from scanner.cli import cli
from scanner.subjects import subjects_of
from scanner.workers.sealing import seal

ROOT = "/srv/share"
RAW = ("山田", "佐藤", "taro@example.jp", "123456789018", "0001-001-1234567")


def f(kind, value, row, category=None):
    return FindingRecord(kind, value, "*", 1.0, "t", f"B{row}", category=category, text=value,
                         record=("t:", str(row), str(row)))


FIRST = {
    "総務/名簿.csv": [f("PERSON", "山田太郎", 2), f("EMAIL", "taro@example.jp", 2), f("MY_NUMBER", "123456789018", 2),
                    f("PERSON", "佐藤花子", 3), f("EMAIL", "hanako@example.jp", 3)],
    "総務/memo.txt": [f("PERSON", "山田太郎", 1), f("EMAIL", "taro@example.jp", 1)],
    "健康/健診.xlsx": [f("PERSON", "佐藤花子", 2), f("SENSITIVE", "病歴:糖尿病", 2, "病歴"),
                     f("EMAIL", "hanako@example.jp", 2)],
}
SECOND = {"経理/口座.csv": [f("PERSON", "鈴木一郎", 2), f("BANK_ACCOUNT", "0001-001-1234567", 2)]}


def scan(inventory, objects, reader):
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    with inventory.batch():
        for uri, findings in objects.items():
            inventory.record(scan_id, ROOT, seal(ObjectRecord(uri=uri, kind="file", size=1, mtime=1.0, findings=findings,
                                                         subjects=subjects_of(findings, reader)), inventory.key))
        inventory.record(scan_id, ROOT, ObjectRecord(uri="総務/壊れた.xlsx", kind="file", status="unreadable",
                                                     error="corrupt"))
    inventory.finish_scan(scan_id, [Scope(ROOT)])


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "inventory.db"
    inventory = Inventory(open_inventory(path), load_or_create_key())
    reader = NameReader()
    scan(inventory, FIRST, reader)
    scan(inventory, {**FIRST, **SECOND}, reader)
    source = tmp_path / "ledger.xlsx"
    source.write_bytes(b"ledger")
    save_ledger(inventory.db, [parse_entry(2, {"個人情報名": "社員名簿", "保管部所": "総務", "件数": "2件",
                                              "保管期間": "永年"}, {}, ("総務/**",), None)], source)
    return str(path)


def impact(args, db_path):
    result = CliRunner().invoke(cli, ["impact", "--db", db_path, *args], obj={})
    assert result.exit_code == 0, result.output
    return result


def answer(args, db_path):
    return json.loads(impact([*args, "--format", "json"], db_path).output)


def status(found):
    return {v["article"]: v["status"] for v in found["report_triggers"]}


def test_a_folder(db_path):
    found = answer([f"{ROOT}/総務"], db_path)
    assert found["objects"] == 3 and found["unread_objects"] == 1 and found["objects_with_personal_data"] == 2
    assert found["items"] == {"EMAIL": 2, "MY_NUMBER": 1, "PERSON": 2}
    assert found["people"]["estimate"] == 2 and found["people"]["with_my_number"] == 1  # 山田 twice: one person
    assert status(found) == {"9-2-1": "not_applicable", "9-2-2": "not_applicable", "9-2-3": "unknown",
                             "9-2-4": "not_applicable"}
    assert found["ledger_entries"] == [{"row": 2, "name": "社員名簿", "department": "総務", "count": "2件",
                                        "retention": "永年", "files": 3}]


def test_the_share_as_of_each_scan_and_a_stolen_laptops_list(db_path, tmp_path):
    now = answer([ROOT], db_path)
    assert now["people"]["estimate"] == 3 and now["people"]["with_financial"] == 1
    assert status(now)["9-2-1"] == "applies" and status(now)["9-2-2"] == "applies" and now["reportable"]
    before = answer([ROOT, "--as-of", "1"], db_path)
    assert "BANK_ACCOUNT" not in before["items"] and status(before)["9-2-2"] == "not_applicable"
    listing = tmp_path / "laptop.txt"
    listing.write_text(f"{ROOT}/健康/健診.xlsx\n経理/口座.csv\n/home/user/Desktop/unknown.xlsx\n\n", encoding="utf-8")
    laptop = answer(["--list", str(listing)], db_path)
    assert laptop["objects"] == 2 and laptop["unmatched_places"] == 1 and laptop["people"]["estimate"] == 2
    assert not [raw for raw in RAW if raw in json.dumps(laptop, ensure_ascii=False)]


def test_more_than_a_thousand_people():
    items = {"PERSON": 5}
    assert verdicts(items, Headcount(1001, 990, 1100))[3].status == APPLIES
    assert verdicts(items, Headcount(980, 950, 1200))[3].status == POSSIBLE
    assert verdicts(items, Headcount(980, 950, 1000))[3].status == NOT_APPLICABLE


def test_the_draft_report(db_path, tmp_path):
    xlsx, html = tmp_path / "漏えい等報告書.xlsx", tmp_path / "report.html"
    result = impact([ROOT, "--known-date", "2026-12-01", "--xlsx", str(xlsx), "--html", str(html)], db_path)
    assert "第9条第2項(1) 該当" in result.output and "個人番号を含みます" in result.output
    book = load_workbook(xlsx)
    report = book.worksheets[0]
    rows = {row[1].value: row[2] for row in report.iter_rows() if row[1].value}
    for matter in ("概要", "原因", "二次被害またはそのおそれの有無およびその内容", "本人への対応の実施状況", "公表の実施状況",
                   "再発防止のための措置"):
        assert rows[matter].value is None and rows[matter].fill.fgColor.rgb.endswith("FFF2CC"), matter
    assert "推定 3 人" in rows["当該事故に係る本人の数"].value and "要配慮個人情報(病歴)" in rows["当該事故に係る個人データの項目"].value
    assert len(book.worksheets) == 4 and report.page_setup.orientation == "landscape"
    page = html.read_text(encoding="utf-8")
    assert "2026-12-31" in page and "該当のおそれ" not in page and "(4) 個人データに係る本人の数が千人を超える漏えい等" in page
    cells = " ".join(str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value)
    assert not [raw for raw in RAW if raw in cells or raw in page]


def test_errors_are_sentences(db_path, tmp_path):
    result = CliRunner().invoke(cli, ["impact", "--db", db_path], obj={})
    assert result.exit_code == 2 and "場所を 1 つ以上" in result.output
    result = CliRunner().invoke(cli, ["impact", "--db", db_path, ROOT, "--as-of", "99"], obj={})
    assert result.exit_code == 1 and "スキャン #99 はありません" in result.output
