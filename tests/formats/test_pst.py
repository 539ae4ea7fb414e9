"""Outlook PST files written by Aspose.Email (samples/pst.py) and read by libpff:
every message of every folder, attachments and attached messages below it, a
large PST streamed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from samples import writers as w
from samples.pst import Mail, write_pst
from samples.synth import make_people
from scanner.crawl import crawl
from scanner.extract.base import Limits
from scanner.extract.pst import extract_pst, extract_pst_bytes

P = make_people(4, seed=1990)
ROSTER = w.xlsx_bytes({"名簿": [["氏名", "個人番号"], [P[1].name, P[1].my_number]]})
FOLDERS = {
    "受信トレイ": [Mail("ご挨拶", f"{P[0].name}です。よろしくお願いします。")],
    "受信トレイ/人事/2024年度": [
        Mail("扶養控除申告書の提出", f"{P[0].name}様\n個人番号 {P[0].my_number_spaced} を受領しました。",
             attachments=(("名簿.xlsx", ROSTER),),
             attached=Mail("緊急連絡先", f"{P[2].name} 携帯 {P[2].mobile}")),
        Mail("面談日程", f"{P[3].name}さん 連絡先 {P[3].phone}"),
    ],
    "送信済みアイテム": [Mail("Re: ご挨拶", "承知しました。")],
}


@pytest.fixture(scope="module")
def pst(tmp_path_factory) -> Path:
    return write_pst(tmp_path_factory.mktemp("pst") / "山田.pst", FOLDERS)


def names(extraction) -> list[str]:
    return [child.name for child in extraction.children]


def test_every_message_of_every_folder_in_order(pst):
    assert names(extract_pst(str(pst), Limits())) == [
        "受信トレイ!0", "受信トレイ/人事/2024年度!0", "受信トレイ/人事/2024年度!1", "送信済みアイテム!0"]


def test_messages_with_japanese_headers_bodies_attachments_and_attached_message(pst):
    messages = {c.name: c.extraction for c in extract_pst(str(pst), Limits()).children}
    first = messages["受信トレイ/人事/2024年度!0"]
    text = {u.location: u.text for u in first.units}
    assert "扶養控除申告書の提出" in text["header:"] and P[0].my_number_spaced in text["body:"]
    attachments = {c.name: c for c in first.children}
    assert attachments["名簿.xlsx"].data == ROSTER
    attached = attachments["緊急連絡先"].extraction
    assert P[2].mobile in "\n".join(u.text for u in attached.units)


def test_attachments_over_the_size_limit_are_too_large(pst):
    first = next(c for c in extract_pst(str(pst), Limits(max_size=1000)).children if c.name.endswith("2024年度!0"))
    assert {c.name: c.error.status for c in first.extraction.children if c.error} == {
        "名簿.xlsx": "too_large", "緊急連絡先": "too_large"}


def test_a_pst_inside_an_archive_is_read_from_memory(pst):
    assert names(extract_pst_bytes(pst.read_bytes(), Limits()))[1] == "受信トレイ/人事/2024年度!0"


@pytest.mark.slow
def test_scan_records_each_message_and_attachment_with_findings(pst, scanner):
    entry = next(iter(crawl(pst)))
    record = scanner.scan_entry(entry)
    found = {(o.uri, f.entity_type) for o in record.walk() for f in o.findings}
    assert ("山田.pst!受信トレイ/人事/2024年度!0", "MY_NUMBER") in found
    assert ("山田.pst!受信トレイ/人事/2024年度!0!名簿.xlsx", "MY_NUMBER") in found
    assert ("山田.pst!受信トレイ/人事/2024年度!0!緊急連絡先", "PHONE") in found
    assert ("山田.pst!受信トレイ/人事/2024年度!1", "PHONE") in found
    assert {o.uri: o.status for o in record.walk()}["山田.pst!送信済みアイテム!0"] == "ok"
    assert record.sha256 and record.format == "pst"


@pytest.mark.slow
def test_a_pst_larger_than_the_size_limit_is_read_not_refused(pst, scanner):
    from scanner.crawl import CrawlOptions

    entry = next(iter(crawl(pst, CrawlOptions(limits=Limits(max_size=1000)))))
    assert entry.status == "ok"


@pytest.mark.slow
def test_a_pst_of_several_hundred_mb_streams_in_under_1_gb(tmp_path):
    script = Path(__file__).resolve().parents[2] / "benchmarks/pst_memory.py"
    done = subprocess.run([sys.executable, str(script), "--messages", "30", "--attachment-mb", "10"],
                          capture_output=True, text=True, check=True, env={**os.environ, "TMPDIR": str(tmp_path)})
    figures = json.loads(done.stdout)
    assert figures["pst_mb"] >= 300 and figures["peak_rss_mb"] < 1024
    assert figures["objects"] == 1 + 30 * 3  # the PST, each message and its two attachments
