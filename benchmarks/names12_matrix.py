"""Things named like people × where a record places their name: which cells report a thing
as a person, or lose the person beside it (issue 12, names12).

    .venv/bin/python benchmarks/names12_matrix.py

Writes one real file per cell — names of things a trade gives like people's (a pattern, a
cultivar, a sake, a room, a doll, a train; given names, surnames, katakana full names) ×
the label of their column or field (柄, 品種, 銘柄, 商品名, 部屋名, 愛称, 名称 …) × the fields
beside them (価格, 在庫, 素材, 品番, or a person's column 担当者) × the places (a CSV's and a
workbook's header row, a key-value block, a JSON line, an XML record, a Word table), then a
sentence naming the kind of thing (「…」という柄, 品種「…」) — scans them through the real
extractors and detector and prints each cell where a thing was reported or the person lost.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality import found_in, scan  # noqa: E402
from samples import writers as w  # noqa: E402

THINGS = ["撫子", "小町", "千鶴", "若菜", "紫苑", "久保田", "秋月", "あずさ", "花子", "美咲", "静香", "雪乃",
          "プリンセス・ミチコ", "マリア・カラス", "桜子", "千代", "小春", "菊姫", "北斗", "春香", "由美", "政宗", "義経"]
LABELS = ["柄", "柄名", "品名", "商品名", "銘柄", "品種", "品種名", "色名", "部屋名", "列車名", "花名", "菓子名", "愛称",
          "ニックネーム", "名称", "シリーズ"]
BESIDE = ["価格", "在庫", "素材", "品番", "定価", "入数"]
PERSON = "高橋 健一"


def _docx(table: list[list[str]]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.docx"
        w.write_docx(path, ["一覧"], table)
        return path.read_bytes()


def files(label: str, other: str):
    """(place, extension, bytes) of every thing under one label beside one goods field and a person."""
    table = [[label, other, "担当者"]] + [[t, "12", PERSON] for t in THINGS]
    yield "csv", "csv", "\n".join(",".join(row) for row in table).encode()
    yield "xlsx", "xlsx", w.xlsx_bytes({"一覧": table})
    yield "docx", "docx", _docx(table)
    yield "kv", "txt", "\n\n".join(f"{label}：{t}\n{other}：12\n担当者：{PERSON}" for t in THINGS).encode()
    yield "json", "json", json.dumps([{label: t, other: 12, "担当者": PERSON} for t in THINGS], ensure_ascii=False).encode()
    items = "".join(f"<item><{label}>{t}</{label}><{other}>12</{other}><担当者>{PERSON}</担当者></item>" for t in THINGS)
    yield "xml", "xml", f"<?xml version='1.0' encoding='UTF-8'?><list>{items}</list>".encode()


def sentences():
    for t in THINGS:
        yield ("says", t), "txt", f"{PERSON}様\nご注文の「{t}」という柄の反物が入荷しました。\n".encode()
        yield ("before", t), "txt", f"{PERSON}さんの畑で新品種「{t}」の出荷が始まった。\n".encode()


def main() -> None:
    built = [((label, other, place), ext, data) for label in LABELS for other in BESIDE for place, ext, data in files(label, other)]
    built += list(sentences())
    report(built, PERSON)


def report(built: list[tuple[tuple, str, bytes]], person_name: str) -> None:
    """Scans every cell's file and prints the cells where a thing was reported or the person lost."""
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    with tempfile.TemporaryDirectory() as tmp:
        for n, (_, ext, data) in enumerate(built):
            (Path(tmp) / f"c{n:05d}.{ext}").write_bytes(data)
        found = {uri.rpartition("/")[2]: values for uri, values in found_in(scan(ObjectScanner(build_detector()), Path(tmp))).items()}
    wrong = lost = 0
    person = "".join(person_name.split())
    for n, (cell, ext, _) in enumerate(built):
        got = {"".join(v.replace("・", " ").split()) for e, v in found.get(f"c{n:05d}.{ext}", set()) if e == "PERSON"}
        things = sorted(got - {person})
        wrong += bool(things)
        lost += person not in got
        if things or person not in got:
            print("CELL", *cell, "things:", things, "" if person in got else "PERSON LOST")
    print(f"cells {len(built)}, a thing reported: {wrong}, the person lost: {lost}")


if __name__ == "__main__":
    main()
