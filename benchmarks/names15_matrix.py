"""Things written where names go that are not people × where a record places them: which
cells report the thing as a person, or lose the person beside it (issue 12, names15).

    .venv/bin/python benchmarks/names15_matrix.py [--only KIND]

Writes one real file per cell — shops, workshops and offices built on a surname (佐藤商店,
山田屋), places and stations that are surnames (大久保駅, 中野地区), buildings and rooms
(松本荘, 吉田寮), teams, delivery routes, a role alone (配達員, 管理人), a firm with 様 —
under the label of their own field × the places a record puts them (a CSV's and a
workbook's header row, a Word table, a key-value form, JSON, XML, a mail's display name,
a sentence) beside a person's own field, scans them through the real extractors and
detector, and prints each cell where a thing was reported or the person lost.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.names12_matrix import report  # noqa: E402
from samples import writers as w  # noqa: E402

# kind: (label of its own field, things)
THINGS = {
    "shop": ("取引先", ["佐藤商店", "山田屋", "鈴木モータース", "田中工務店", "高橋製作所", "中村事務所", "株式会社小林",
                     "伊藤電機", "渡辺建設", "加藤薬局", "吉田酒店", "山本クリーニング"]),
    "trade_name": ("屋号", ["山田屋", "井上堂", "木村庵", "林商会", "清水亭", "森田園"]),
    "station": ("最寄駅", ["大久保", "中野", "高田", "飯田橋", "小川町", "桜井"]),
    "area": ("配達地区", ["大久保地区", "中野地区", "高田地区", "石川町", "前田地区", "藤田コース"]),
    "building": ("建物名", ["松本荘", "吉田寮", "中島館", "小林ハイツ", "斎藤ビル", "岡田コーポ"]),
    "team": ("チーム名", ["山口ファイターズ", "松田ブルース", "チーム佐々木", "井上組", "木下班"]),
    "vehicle": ("車名", ["プリウス", "セレナ", "ハイエース", "カローラ", "アクア"]),
    "course": ("講座名", ["山田塾基礎", "田中式速読", "鈴木メソッド", "佐藤流書道"]),
    "role": ("担当", ["配達員", "管理人", "担当者", "事務局", "受付", "営業部"]),
    "firm_sama": ("宛名", ["佐藤商事様", "山田工業様", "鈴木建設御中", "株式会社田中様", "高橋電機様"]),
}
PERSON_LABEL, PERSON = "担当者名", "高橋 健一"


def _docx(table: list[list[str]]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.docx"
        w.write_docx(path, ["一覧"], table)
        return path.read_bytes()


def files(label: str, things: list[str]):
    """(place, extension, bytes) of every thing under its own label beside a person's field."""
    table = [["No", label, PERSON_LABEL, "電話番号"]] + [[str(n), t, PERSON, "03-1234-5678"]
                                                    for n, t in enumerate(things, 1)]
    yield "csv", "csv", "\n".join(",".join(row) for row in table).encode()
    yield "xlsx", "xlsx", w.xlsx_bytes({"一覧": table})
    yield "docx", "docx", _docx(table)
    yield "kv", "txt", "\n\n".join(f"{label}：{t}\n{PERSON_LABEL}：{PERSON}" for t in things).encode()
    yield "json", "json", json.dumps([{label: t, PERSON_LABEL: PERSON} for t in things], ensure_ascii=False).encode()
    items = "".join(f"<r><{label}>{t}</{label}><{PERSON_LABEL}>{PERSON}</{PERSON_LABEL}></r>" for t in things)
    yield "xml", "xml", f"<?xml version='1.0' encoding='UTF-8'?><list>{items}</list>".encode()
    yield "headerless", "csv", "\n".join(",".join(row) for row in table[1:]).encode()


# how a sentence or a mail names a thing of each kind (a shop writes as itself; a station is said with 駅)
SAID = {"shop": "{t}です。", "trade_name": "{t}です。", "building": "{t}の管理事務所です。", "team": "{t}の事務局です。",
        "firm_sama": "{t}\n\nいつもお世話になっております。", "station": "最寄りの{t}駅から徒歩5分です。",
        "area": "{t}の配達は火曜日です。", "vehicle": "社用車の{t}を点検に出しました。", "course": "{t}の受講料を納めました。",
        "role": "{t}が対応しました。"}
MAILING = ("shop", "trade_name", "building", "team")  # kinds that send mail under their own name


def mails(kind: str, things: list[str]):
    for n, t in enumerate(things):
        said = SAID[kind].format(t=t)
        if kind in MAILING:
            yield (kind, "mail-from", t), "eml", w.make_eml("ご連絡", f"{t} <info{n}@example.co.jp>", "a@example.jp",
                                                         f"お世話になっております。\n{said}\n\n{PERSON}\n")
        yield (kind, "prose", t), "txt", f"{said}\n本日、{PERSON}さんと打合せを行いました。\n".encode()


def cells(only: str | None):
    for kind, (label, things) in THINGS.items():
        if only and kind != only:
            continue
        for place, ext, data in files(label, things):
            yield (kind, place, label), ext, data
        yield from mails(kind, things)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only")
    report(list(cells(parser.parse_args().only)), PERSON)


if __name__ == "__main__":
    main()
