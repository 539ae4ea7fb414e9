"""Issue 18 items 3 and 4: the report says what to do today, first; old problems
stay as visible as new ones, with their age; per-store and per-entry summaries
with risk and people; the trend of the last 30 scans; unreadable objects listed
with reasons in the officer's language (never a library's English, never
Japanese in the English report); every time in one labelled zone."""

from __future__ import annotations

import html as html_lib
import re
from datetime import datetime, timedelta, timezone

from click.testing import CliRunner

from reports.catalogue import CATALOGUE
from scanner.cli import cli
from tests.officer.conftest import Share, found, record_scan

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
REASON_CODES = ("corrupt", "encrypted", "too_large", "unsupported", "decode_error", "permission", "io_error",
                "no_text_layer")


def html_of(db, tmp_path, *extra: str) -> str:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, [*extra[:2], "report", "--db", str(db), "--html", str(out), *extra[2:]], obj={})
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def _section(html: str, testid: str) -> str:
    return re.search(rf'data-testid="{testid}".*?</(?:section|table)>', html, re.S).group(0)


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_report_opens_with_todays_actions(office_db, tmp_path):
    html = html_of(office_db, tmp_path, "--lang", "ja")
    headings = re.findall(r"<h2[^>]*>(.*?)</h2>", html)
    assert headings[0].startswith("今日の対応事項") and headings.index("保管場所ごとの状況 (4)") < headings.index("台帳の項目ごと")
    actions = [_text(a) for a in re.findall(r'<li class="action.*?</li>(?=\n)', html, re.S)]
    memo = next(a for a in actions if "営業/メモ.txt" in a)
    assert "未登録 新規" in memo and "個人番号" in memo and "本人 1 人" in memo and "台帳になし" in memo
    assert "台帳に登録するか" in memo
    archive = next(a for a in actions if "アーカイブ/2019年度_名簿.csv" in a)
    assert re.search(r"保管期限超過: [\d,]+日超過", archive) and "1日前から (2026-11-20)" in archive  # old, not new
    assert "台帳3行目「旧名簿アーカイブ」" in archive
    health = next(a for a in actions if "総務/健診結果.xlsx" in a)
    assert "要配慮: 病歴" in health and "漏えい時報告対象" in health
    assert not any("総務/社員名簿.xlsx" in a for a in actions)  # registered, declared, kept forever: no decision
    stores = _text(_section(html, "stores"))
    assert "高 総務/社員名簿.xlsx 12" in stores and "2: 社員名簿" in stores
    entries = _text(_section(html, "entries"))
    assert "2: 社員名簿 高 1 12" in entries and "(台帳になし) 高 1 1" in entries
    details = re.findall(r"<details[^>]*>", html)
    assert len(details) >= 8 and not any("open" in d for d in details)  # the long tables start collapsed
    assert html.index('id="new"') > html.index('data-testid="unreadable"')


def test_old_problems_keep_their_look_and_show_their_age(office_db, tmp_path):
    html = html_of(office_db, tmp_path)
    archive = next(a for a in re.findall(r'<li class="action.*?</li>(?=\n)', html, re.S) if "2019年度" in a)
    ages = re.findall(r'<span class="age( new)?">([^<]*)</span>', archive)
    assert ages and all(not new and "日前から" in text for new, text in ages)
    assert 'class="action risk-' in archive and "grey" not in html and "gray" not in html


def test_times_are_in_one_labelled_zone(office_db, tmp_path):
    tokyo = html_of(office_db, tmp_path)
    assert "スキャン #2 (2026-11-21 02:00)" in tokyo and "#1 (2026-11-20 02:00)" in tokyo
    assert "時刻はすべて JST (Asia/Tokyo)" in tokyo and "+00:00" not in tokyo and "T17:00" not in tokyo
    utc = html_of(office_db, tmp_path, "--lang", "ja", "--timezone", "UTC")
    assert "スキャン #2 (2026-11-20 17:00)" in utc and "(UTC)" in utc


def test_unreadable_objects_are_listed_with_reasons_in_the_officers_language(office_db, tmp_path):
    japanese = _text(_section(html_of(office_db, tmp_path, "--lang", "ja"), "unreadable"))
    assert "共有/壊れた.pdf" in japanese and "共有/パスワード付き.xlsx パスワードで保護されています" in \
        japanese.replace("暗号化 ", "")
    assert re.search(r"PSEOF|corrupt pdf|password-protected|Unexpected", japanese) is None
    english = _section(html_of(office_db, tmp_path, "--lang", "en"), "unreadable")
    cells = [_text(c) for c in re.findall(r"<td>(.*?)</td>", english)]  # status, reason, what to do
    assert "password-protected" in english and cells and not [c for c in cells if JAPANESE.search(c)]


def test_every_reason_code_reads_in_both_languages():
    from reports.object_reasons import unreadable_reason, unreadable_todo

    for code in REASON_CODES:
        for prefix in ("reason", "reason_todo"):
            ja, en = CATALOGUE[f"{prefix}.{code}"]
            assert JAPANESE.search(ja) and not JAPANESE.search(en), code
    assert unreadable_reason({"reason": "corrupt", "status": "unreadable"}, "ja") == "ファイルが壊れています"
    assert unreadable_reason({"reason": "permission", "status": "unreadable"}, "en") == "no permission to read it"
    assert unreadable_reason({"reason": None, "status": "encrypted"}, "ja") == "パスワードで保護されています"
    assert unreadable_todo({"status": "unreadable"}, "en") == "Check its content by hand."


def test_the_english_report_has_no_japanese_sentences(office_db, tmp_path):
    english = html_of(office_db, tmp_path, "--lang", "en")
    actions = _text(_section(english, "actions"))
    for path in ("営業/メモ.txt", "アーカイブ/2019年度_名簿.csv", "総務/健診結果.xlsx", "共有/壊れた.pdf"):
        actions = actions.replace(path, "")
    quoted = re.sub(r"「[^」]*」|\"[^\"]*\"|個人情報の項目", "", html_lib.unescape(actions))  # the ledger's own words
    leftover = JAPANESE.findall(quoted)
    assert leftover == [], actions


def test_the_trend_shows_the_last_30_scans_by_type(tmp_path):
    db, start = tmp_path / "inv.db", datetime(2026, 10, 1, 17, tzinfo=timezone.utc)
    for day in range(32):
        people = [found("PERSON", f"人{i}", f"人{i}**", f"A{i}") for i in range(day + 1)]
        phones = [found("PHONE", f"0312340{i:03d}", "03-****-**00", f"B{i}") for i in range(day % 3)]
        record_scan(db, Share(files={"名簿.csv": people + phones}), start + timedelta(days=day))
    svg = re.search(r'<svg.*?</svg>', html_of(db, tmp_path), re.S).group(0)
    scans = [int(s) for s in re.findall(r'data-scan="(\d+)"', svg)]
    assert scans == list(range(3, 33))
    last = re.search(r'<g data-scan="32">.*?</g>', svg, re.S).group(0)
    assert ">+2<" in last and ">−0<" in last and ">33<" in last  # a name and a phone new: 32 names + 1 phone
    assert "<title>#32 氏名: 現在 32、新規 1、解消 0</title>" in last
    assert "<title>#30 電話番号: 現在 2、新規 1、解消 0</title>" in svg
    assert re.search(r'<g data-scan="31">.*?>−2<', svg, re.S)  # the two phones of scan 30 resolved
