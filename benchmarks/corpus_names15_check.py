"""Check corpus of issue 12's names15 work on PERSON (another hand; never tuned on): firms,
inns, teams and facilities named after a family or by their kind where a person's name
could go; given names of one character that end a place. Nothing in common with
corpus_names15_dev.py (tests/benchmarks/test_names15_corpora.py): a delivery TSV (配送先 |
受取人), a Word letter addressed to a firm with 様, an inn association's XML, a league's
workbook (チーム名 | 監督), a key-value list of a town's groups named by their kind, a
residents' JSON whose given names are 都, a Word application with a Latin-script label.
Clean files: a delivery TSV to firms only, a league's fixtures.

Truth: PERSON; a firm's, an inn's, a team's or a group's name is `~PERSON`.
"""

from __future__ import annotations

import json
import random
import re
import tempfile
from pathlib import Path

from benchmarks.corpus import Doc
from samples import writers as w

TRADERS = ["大野工務店", "中川製作所", "原田酒店", "小川薬局", "竹内物産", "松井興業", "菅野産業", "平田電設"]
INNS = ["西村館", "久保亭", "内田庵", "上田館", "西村荘"]
TEAMS = ["竹内ファイターズ", "平田ブレーブス", "チーム菅野", "大野レッズ"]
GROUPS = ["みなみ幼稚園 たんぽぽ", "わかば教室 きらり", "あさひ学童 ほし", "ひかりこども園 こすもす"]
CAPITAL = ["大和都", "相川都", "米倉都", "栗林都"]
STAFF = ["大西 健", "今井 さやか", "坂口 智也", "中西 真理子", "野口 翔", "服部 千尋", "浅野 陽介", "桑原 咲"]
SCORED = {("*", "PERSON")}


def truth_of(people, things=()) -> set:
    return {("PERSON", _key(p)) for p in people} | {("~PERSON", _key(t)) for t in things} | SCORED


def _key(name: str) -> str:
    return re.sub(r"[\s・]+", "", name)


def _docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "d.docx"
        w.write_docx(path, paragraphs, table)
        return path.read_bytes()


class CheckNames15:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 83 + 150)

    def one(self, items):
        return self.rng.choice(items)

    def delivery_tsv(self, i: int) -> Doc:
        traders, staff = self.rng.sample(TRADERS, 3), self.rng.sample(STAFF, 3)
        rows = ["伝票番号\t配送先\t受取人"] + [f"D{i:03d}{n}\t{t}\t{s}" for n, (t, s) in enumerate(zip(traders, staff))]
        return Doc(f"n15c_delivery{i:03d}.tsv", "\n".join(rows).encode("utf-8"), truth_of(staff, traders))

    def letter_docx(self, i: int) -> Doc:
        trader, writer = self.one(TRADERS), self.one(STAFF)
        paragraphs = [f"{trader}様", "拝啓 時下ますますご清栄のこととお慶び申し上げます。", "見積書をお送りいたします。",
                      f"購買部 {writer}"]
        return Doc(f"n15c_letter{i:03d}.docx", _docx(paragraphs), truth_of([writer], [trader]))

    def inns_xml(self, i: int) -> Doc:
        inns, staff = self.rng.sample(INNS, 2), self.rng.sample(STAFF, 2)
        items = "".join(f"<宿><名称>{n}</名称><女将>{s}</女将><客室数>{12 + k}</客室数></宿>"
                        for k, (n, s) in enumerate(zip(inns, staff)))
        data = f"<?xml version='1.0' encoding='UTF-8'?><組合員>{items}</組合員>".encode()
        return Doc(f"n15c_inns{i:03d}.xml", data, truth_of(staff, inns))

    def league_xlsx(self, i: int) -> Doc:
        teams, staff = self.rng.sample(TEAMS, 3), self.rng.sample(STAFF, 3)
        rows = [["チーム名", "監督", "登録人数"]] + [[t, s, 18 + n] for n, (t, s) in enumerate(zip(teams, staff))]
        return Doc(f"n15c_league{i:03d}.xlsx", w.xlsx_bytes({"登録": rows}), truth_of(staff, teams))

    def groups_txt(self, i: int) -> Doc:
        group, person = self.one(GROUPS), self.one(STAFF)
        lines = ["【利用団体】", f"氏名：{group}", "区分：団体", "", "【連絡担当】", f"氏名：{person}", "区分：個人"]
        return Doc(f"n15c_groups{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of([person], [group]))

    def residents_json(self, i: int) -> Doc:
        people = self.rng.sample(CAPITAL, 2)
        rows = [{"room": f"3{n}2", "name": p, "moved_in": "2025/04/01"} for n, p in enumerate(people)]
        return Doc(f"n15c_residents{i:03d}.json", json.dumps(rows, ensure_ascii=False).encode("utf-8"), truth_of(people))

    def entry_docx(self, i: int) -> Doc:
        person = self.one(STAFF)
        table = [["氏名", person], ["Name (Alphabet)", "-"], ["所属", "総務課"]]
        return Doc(f"n15c_entry{i:03d}.docx", _docx(["参加申込書"], table), truth_of([person]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.delivery_tsv, self.letter_docx, self.inns_xml, self.league_xlsx, self.groups_txt,
                 self.residents_json, self.entry_docx]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def traders_tsv(self, i: int) -> Doc:
        rows = ["配送先\t個数"] + [f"{t}\t{n + 2}" for n, t in enumerate(self.rng.sample(TRADERS, 3))]
        return Doc(f"n15c_clean_traders{i:03d}.tsv", "\n".join(rows).encode("utf-8"))

    def fixtures_txt(self, i: int) -> Doc:
        home, away = self.rng.sample(TEAMS, 2)
        return Doc(f"n15c_clean_fixtures{i:03d}.txt", f"第3節 {home} 対 {away}（市民球場）\n".encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.traders_tsv, self.fixtures_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
