"""`daicho locate`: a person's objects found from values typed at a hidden prompt
or read from a file, spelling variants met, a homonym with another birth date
left out, values never echoed, the 開示等請求 対応記録 written masked."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from detectors.name_forms import NameReader
from inventory import Inventory, load_or_create_key, open_inventory
from inventory.ledger.active import save_ledger
from inventory.ledger.model import parse_entry
from inventory.records import FindingRecord, ObjectRecord
from inventory.store import Scope
from scanner.cli import cli
from scanner.subjects import subjects_of
from scanner.workers.sealing import seal

ROOT = "/srv/share"
RAW = ("髙橋", "高橋", "一郎", "ichiro@example.jp", "1980-04-01", "1975-12-24", "ﾀｶﾊｼ")


def f(kind, value, location, row, text=None):
    return FindingRecord(kind, value, "*", 1.0, "t", location, text=text or value, record=("t:", row, row))


OBJECTS = {
    "総務/社員名簿.xlsx": [f("PERSON", "髙橋一郎", "B2", "2", "髙橋 一郎"), f("EMAIL", "ichiro@example.jp", "C2", "2"),
                       f("DATE_OF_BIRTH", "1980-04-01", "D2", "2"), f("PERSON", "佐藤花子", "B3", "3"),
                       f("EMAIL", "hanako@example.jp", "C3", "3")],
    "メール/受信/1.eml": [f("PERSON", "高橋一郎", "header:L1", "h1"), f("EMAIL", "ichiro@example.jp", "header:L1", "h1")],
    "経理/振込.csv": [f("PERSON", "ﾀｶﾊｼｲﾁﾛｳ", "B5", "5", "ﾀｶﾊｼ ｲﾁﾛｳ"), f("BANK_ACCOUNT", "0001-001-1234567", "C5", "5")],
    "研修/名簿.txt": [f("PERSON", "高橋一郎", "L4", "4")],
    "営業/別人.csv": [f("PERSON", "高橋一郎", "A2", "2"), f("DATE_OF_BIRTH", "1975-12-24", "B2", "2")],
}


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "inventory.db"
    inventory = Inventory(open_inventory(path), load_or_create_key())
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    reader = NameReader()
    with inventory.batch():
        for uri, findings in OBJECTS.items():
            inventory.record(scan_id, ROOT, seal(ObjectRecord(uri=uri, kind="file", size=1, mtime=1.0, findings=findings,
                                                         subjects=subjects_of(findings, reader)), inventory.key))
    inventory.finish_scan(scan_id, [Scope(ROOT)])
    source = tmp_path / "ledger.xlsx"
    source.write_bytes(b"ledger")
    save_ledger(inventory.db, [parse_entry(2, {"個人情報名": "社員名簿", "利用目的": "社員管理", "保管期間": "永年",
                                              "個人情報の項目": "氏名.メール.生年月日"}, {}, ("総務/**",), None)], source)
    return str(path)


def run(args, text_input=None):
    return CliRunner().invoke(cli, ["locate", *args], input=text_input, obj={})


def hits(output):
    return {line.split("\t")[0].removeprefix(ROOT + "/"): line.split("\t")[1] for line in output.splitlines()
            if "\t" in line}


def test_typed_at_a_hidden_prompt_with_variants_and_a_homonym_left_out(db_path):
    result = run(["--db", db_path, "--name", "--birth"], "高橋　一郎\n昭和55年4月1日\n")
    assert result.exit_code == 0, result.output
    assert hits(result.output) == {"総務/社員名簿.xlsx": "本人と確認", "メール/受信/1.eml": "本人と確認",
                                   "経理/振込.csv": "氏名のみ一致 (要確認)", "研修/名簿.txt": "氏名のみ一致 (要確認)"}
    shown = result.output.split("\n", 2)[2]  # after the prompts (CliRunner echoes the input lines there)
    assert not [raw for raw in RAW if raw in shown] and "高 **" in result.output


def test_by_name_alone_the_homonym_is_a_second_candidate(db_path):
    result = run(["--db", db_path, "--name", "--format", "json"], "ﾀｶﾊｼ ｲﾁﾛｳ\n")
    answer = json.loads(result.output[result.output.index("{"):])
    assert len(answer["objects"]) == 5 and {o["match"] for o in answer["objects"]} == {"name"}  # any reading
    result = run(["--db", db_path, "--name", "--format", "json"], "髙橋一郎\n")
    answer = json.loads(result.output[result.output.index("{"):])
    persons = {o["path"]: o["person"] for o in answer["objects"]}
    assert len(persons) == 5 and persons["営業/別人.csv"] != persons["総務/社員名簿.xlsx"]
    assert answer["person"] == "髙 **" and "一郎" not in result.output.split("\n", 1)[1]


def test_from_a_file_and_the_record_sheet(db_path, tmp_path):
    request = tmp_path / "request.txt"
    request.write_text("氏名: 高橋 一郎\nメール: ICHIRO@example.jp\n", encoding="utf-8")
    out = tmp_path / "record.xlsx"
    result = run(["--db", db_path, "--from", str(request), "--format", "xlsx", "--out", str(out),
                  "--request-date", "2026-12-01"])
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out).active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "開示等請求 対応記録" in cells and "2026-12-01" in cells and "2026-12-31 (請求日から30日。規程の定める期限を確認してください)" in cells
    assert "開示" in cells and "利用停止" in cells  # 社員名簿: within purpose; the mail: no entry covers it
    assert not [raw for raw in RAW if any(raw in c for c in cells)]
    assert sheet.freeze_panes == "C10" and sheet.auto_filter.ref.startswith("A9")
    assert sheet.page_setup.orientation == "landscape"


def test_values_are_never_taken_from_the_command_line_nor_echoed(db_path, tmp_path):
    result = run(["--db", db_path, "--name", "高橋一郎"])
    assert result.exit_code == 2 and "高橋" not in result.output and "コマンドライン" in result.output
    bad = tmp_path / "bad.txt"
    bad.write_text("名前 高橋一郎\n", encoding="utf-8")
    result = run(["--db", db_path, "--from", str(bad)])
    assert result.exit_code == 2 and "高橋" not in result.output and "line 1" in result.output
    result = run(["--db", db_path, "--birth"], "not a date\n")
    assert result.exit_code == 2 and "生年月日" in result.output
    assert run(["--db", db_path]).exit_code == 2
