"""Where a person's name sits × how it is written: which cells find nothing (issue 12, names11).

    .venv/bin/python benchmarks/names11_matrix.py [--shapes kanji hira …]

Writes one real file per cell — the shapes of a made-up name (kanji with and without a
space or a full-width one, katakana, hiragana, romaji in both orders, Chinese, Korean,
Vietnamese, 旧字, rare surnames) × the labels a record gives it (氏名 … 面接官, English
and romanised keys) × the places (a CSV's and a workbook's header row, a key-value
line, a label on the line above, one line of JSON), then the places that need no label
(an attendees line, a signature block, a mail's display name, 姓 | 名 cells, prose) —
scans them through the real extractors and detector and prints each cell where the
name was not found, with what was found instead.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality import found_in, scan  # noqa: E402
from samples import writers as w  # noqa: E402

SHAPES = {"kanji_sp": "望月 恭平", "kanji": "望月恭平", "wide_sp": "望月\u3000恭平", "kata": "モチヅキ キョウヘイ",
          "hira": "もちづき きょうへい", "romaji_gf": "Kyohei Mochizuki", "caps": "MOCHIZUKI Kyohei",
          "chinese": "王 志強", "korean": "朴 敏俊", "viet": "グエン・ヴァン・ナム", "variant": "髙橋 惠子",
          "rare": "鬼頭 颯真", "kanji3": "東海林 澪"}
LABELS = ["氏名", "名前", "お名前", "受講者", "担当", "記入者", "作成者", "承認", "申請者", "受取人", "被保険者", "保護者",
          "緊急連絡先", "name", "full_name", "Name", "shimei", "customer_name", "参加者名", "依頼者", "契約者", "患者名",
          "利用者", "入居者", "宿泊者", "届出人", "世帯主", "施工担当", "対応者", "面接官"]


def labelled_files(label: str, name: str):
    """(place, bytes) of one name under one label, in each place a record gives it."""
    day = "2026/04/01"
    yield "csv", f"No,{label},受付日\n1,{name},{day}\n2,{name},{day}\n".encode()
    yield "xlsx", w.xlsx_bytes({"一覧": [["No", label, "受付日"], [1, name, day], [2, name, day]]})
    yield "txt_kv", f"{label}：{name}\n受付日：{day}\n".encode()
    yield "txt_above", f"{label}\n{name}\n\n受付日\n{day}\n".encode()
    yield "json", json.dumps([{"id": 1, label: name, "date": day}], ensure_ascii=False).encode()


def unlabelled_files(family: str, given: str):
    """(place, extension, bytes, the names to find) where no label names the value."""
    spaced = f"{family} {given}"
    yield "attendees", "txt", f"議事録\n出席：{family}、鈴木、佐藤\n議題：予算\n".encode(), [family]
    yield "signature", "txt", f"よろしくお願いいたします。\n\n--\n株式会社サンプル 総務部\n{spaced}\nTEL 03-1234-5678\n".encode(), [spaced]
    yield "display_name", "eml", w.make_eml("件名", f'"{spaced}" <a@example.jp>', "b@example.jp", "本文です。"), [spaced]
    yield "split_cells", "xlsx", w.xlsx_bytes({"s": [["姓", "名", "部署"], [family, given, "総務"]]}), [family + given]
    yield "prose", "txt", f"昨日、{spaced}が来社し、契約について説明した。\n".encode(), [spaced]


def _plain(value: str) -> str:
    return "".join(value.replace("・", " ").split())


def cells(shapes: list[str]) -> list[tuple[tuple, str, bytes, list[str]]]:
    """(cell, extension, bytes, names) of every cell of the chosen shapes."""
    built = []
    for shape, name in SHAPES.items():
        if shapes and shape not in shapes:
            continue
        for label in LABELS:
            built += [((shape, place, label), place.split("_")[0], data, [name]) for place, data in labelled_files(label, name)]
        family, _, given = name.replace("\u3000", " ").replace("・", " ").partition(" ")
        if given:
            built += [((shape, place, "-"), ext, data, names) for place, ext, data, names in unlabelled_files(family, given)]
    return built


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shapes", nargs="*", default=[], choices=sorted(SHAPES))
    args = parser.parse_args()
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    built = cells(args.shapes)
    with tempfile.TemporaryDirectory() as tmp:
        for n, (_, ext, data, _) in enumerate(built):
            (Path(tmp) / f"c{n:05d}.{ext}").write_bytes(data)
        found = {uri.rpartition("/")[2]: values for uri, values in found_in(scan(ObjectScanner(build_detector()), Path(tmp))).items()}
    empty = 0
    for n, (cell, ext, _, names) in enumerate(built):
        got = sorted(value for entity, value in found.get(f"c{n:05d}.{ext}", set()) if entity == "PERSON")
        if not all(_plain(name) in {_plain(g) for g in got} for name in names):
            empty += 1
            print("EMPTY", *cell, "found:", got)
    print(f"cells {len(built)}, finding nothing or something else: {empty}")


if __name__ == "__main__":
    main()
