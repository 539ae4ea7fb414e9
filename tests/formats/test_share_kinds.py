"""The sample share's files of every kind (samples/generate_kinds.py) through a
real scan: each read by the reader its content calls for, whatever its name, or
recorded with what it is; OCR'd pages counted in the scan."""

from __future__ import annotations

import pytest

from inventory.queries import status_summary
from reports.terminal import status_text
from scanner.crawl import CrawlOptions
from scanner.extract import Limits
from scanner.objects import ObjectScanner
from scanner.pipeline import ScanOptions, run_scan
from scanner.workers.runners import InlineRunner

pytestmark = pytest.mark.slow
ONE_MB = 1024 * 1024
MAILDIR_PLUS = "メール/Maildir/.Sent/cur/1760572900.M2P100.mx01:2,S"
PST = "メール/outlook/総務_2012.pst"

READ_AS = {
    "総務/社員名簿_コピー.dat": "xlsx", "営業/顧客一覧": "csv", "営業/顧客一覧_保存.txt": "csv",
    "ログ/会員_export.jsonl": "text", "ログ/dump.sql.1": "text", "共有/申告書_旧.bak": "doc",
    MAILDIR_PLUS: "eml", f"{MAILDIR_PLUS}!マイナンバー一覧.csv": "csv",
    "総務/旧文書/扶養控除申告書_2003.doc": "doc", "総務/旧文書/緊急連絡先_2003.ppt": "ppt",
    "総務/旧文書/扶養控除申告書.rtf": "rtf", "総務/旧文書/扶養控除申告書.odt": "odt",
    "総務/旧文書/職員名簿.ods": "ods", "総務/旧文書/緊急連絡先.odp": "odp",
    "アーカイブ/給与_2015.7z": "7z", "アーカイブ/2003年度_名簿.lzh": "lzh", "アーカイブ/旧システム.rar": "rar",
    PST: "pst", f"{PST}!受信トレイ/人事!0": "msg", f"{PST}!受信トレイ/人事!0!緊急連絡先": "msg",
    f"{PST}!送信済みアイテム!0": "msg", "採用/履歴書_スキャン_応募者B.pdf": "pdf",
    "総務/本人確認/マイナンバーカード写し.jpg": "jpeg", "共有/ロゴ.png": "png",
}


@pytest.fixture(scope="module")
def scanned(sample_share, tmp_path_factory, detector):
    from inventory import Inventory, load_or_create_key, open_inventory

    inventory = Inventory(open_inventory(tmp_path_factory.mktemp("db") / "i.db"), load_or_create_key())
    limits = Limits(max_size=ONE_MB)
    runner = InlineRunner(ObjectScanner(detector, limits), inventory.key)
    result = run_scan([str(sample_share.root)], inventory, runner, ScanOptions(CrawlOptions(limits=limits)))
    rows = {r["uri"]: r for r in inventory.db["objects"].rows}
    return inventory, result, rows


def test_each_kind_is_read_by_its_reader_whatever_its_name(scanned):
    _, _, rows = scanned
    assert {uri: (rows[uri]["status"], rows[uri]["format"]) for uri in READ_AS} == {
        uri: ("ok", kind) for uri, kind in READ_AS.items()}


def test_binaries_are_skipped_with_what_they_are(scanned):
    _, _, rows = scanned
    assert rows["共有/紹介動画.mp4"]["error"] == "not read: video file"
    assert rows["共有/setup.exe"]["error"] == "not read: Windows executable or DLL"


def test_scanned_paper_is_read_by_ocr_and_counted(scanned):
    inventory, result, rows = scanned
    resume, card = rows["採用/履歴書_スキャン_応募者B.pdf"], rows["総務/本人確認/マイナンバーカード写し.jpg"]
    assert resume["ocr_pages"] == 1 and card["ocr_pages"] == 1
    assert result.stats["ocr_pages"] == 3  # the résumé, the card and the logo
    marked = {(r["entity_type"], r["detector"].endswith("+ocr")) for r in inventory.db.query(
        "select f.entity_type, f.detector from findings f join objects o on o.id = f.object_id where o.uri = ?",
        [resume["uri"]])}
    assert {("PERSON", True), ("PHONE", True), ("ADDRESS", True), ("DATE_OF_BIRTH", True)} <= marked
    assert "OCR 3 ページ" in status_text(status_summary(inventory.db), "ja")
    assert "3 pages OCR'd" in status_text(status_summary(inventory.db), "en")
