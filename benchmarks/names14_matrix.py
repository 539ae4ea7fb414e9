"""Animals named like people × where a record places their name × who else the record
names: which cells report an animal as a person, or lose its owner (issue 12, names14).

    .venv/bin/python benchmarks/names14_matrix.py

Writes one real file per cell — names animals are given (ポチ, but also names people have:
はな, さくら, 太郎, レオ, ココ, Max) × the label of their column or field (名前, 呼び名, 愛称 …)
× the animal's fields beside them (犬種, 毛色, 性別 オス/メス, 去勢, ワクチン, マイクロチップ)
× the places (a CSV's and a workbook's header row, a key-value form, JSON, XML, a Word
table) beside the adopter's or owner's name (飼い主, 里親, 申込者), then sentences that name
the animal (保護犬のハナちゃんは…) — scans them through the real extractors and detector and
prints each cell where an animal was reported or the person lost.
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

ANIMALS = ["はな", "さくら", "太郎", "レオ", "ココ", "モモ", "小太郎", "花子", "美咲", "ハナ", "チョコ", "マロン", "ソラ",
           "桜", "健太", "吉宗", "サクラ", "ジョン", "マリア", "銀次郎", "アンナ", "リキ"]
LABELS = ["名前", "呼び名", "愛称", "ニックネーム", "個体名", "仮名", "お名前", "名"]
BESIDE = [("犬種", "柴犬"), ("猫種", "雑種"), ("毛色", "茶白"), ("性別", "オス"), ("性別", "メス"), ("去勢", "済"),
          ("ワクチン", "接種済"), ("マイクロチップ番号", "392140000123456"), ("種類", "犬"), ("品種", "トイプードル"),
          ("推定年齢", "3歳"), ("保護日", "2026/04/01")]
OWNERS = ["飼い主", "里親", "申込者", "譲渡先", "担当獣医", "預け主", "オーナー", "担当"]
PERSON = "高橋 健一"


def _docx(table: list[list[str]]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.docx"
        w.write_docx(path, ["一覧"], table)
        return path.read_bytes()


def files(label: str, beside: tuple[str, str], owner: str):
    """(place, extension, bytes) of every animal under one label beside one field and its owner."""
    field, value = beside
    table = [[label, field, owner]] + [[a, value, PERSON] for a in ANIMALS]
    yield "csv", "csv", "\n".join(",".join(row) for row in table).encode()
    yield "xlsx", "xlsx", w.xlsx_bytes({"一覧": table})
    yield "docx", "docx", _docx(table)
    yield "kv", "txt", "\n\n".join(f"{label}：{a}\n{field}：{value}\n{owner}：{PERSON}" for a in ANIMALS).encode()
    yield "json", "json", json.dumps([{label: a, field: value, owner: PERSON} for a in ANIMALS], ensure_ascii=False).encode()
    items = "".join(f"<animal><{label}>{a}</{label}><{field}>{value}</{field}><{owner}>{PERSON}</{owner}></animal>"
                    for a in ANIMALS)
    yield "xml", "xml", f"<?xml version='1.0' encoding='UTF-8'?><list>{items}</list>".encode()


def sentences():
    for a in ANIMALS:
        yield ("shelter", a), "txt", f"{PERSON}様\n保護犬の{a}ちゃんは元気に過ごしています。\n".encode()
        yield ("adopted", a), "txt", f"里親の{PERSON}さんに、{a}（柴犬・オス・3歳）を譲渡しました。\n".encode()
        yield ("cat", a), "txt", f"{PERSON}様\n先日お預かりした猫の{a}ちゃんの体調は安定しています。\n".encode()
        yield ("named", a), "txt", f"{PERSON}さん宅の愛犬{a}は今年で10歳になります。\n".encode()
        yield ("horse", a), "txt", f"騎手の{PERSON}は{a}号に騎乗して優勝した。\n".encode()
        yield ("typhoon", a), "txt", f"{PERSON}\n台風{a}の接近に伴い、本日は休業します。\n".encode()


def main() -> None:
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    built = [((label, beside[0], owner, place), ext, data) for label in LABELS for beside in BESIDE
             for owner in OWNERS[:3] for place, ext, data in files(label, beside, owner)]
    built += [(("名前", "犬種", owner, place), ext, data) for owner in OWNERS[3:]
              for place, ext, data in files("名前", ("犬種", "柴犬"), owner)]
    built += list(sentences())
    with tempfile.TemporaryDirectory() as tmp:
        for n, (_, ext, data) in enumerate(built):
            (Path(tmp) / f"c{n:05d}.{ext}").write_bytes(data)
        found = {uri.rpartition("/")[2]: values for uri, values in found_in(scan(ObjectScanner(build_detector()), Path(tmp))).items()}
    wrong = lost = 0
    person = "".join(PERSON.split())
    for n, (cell, ext, _) in enumerate(built):
        got = {"".join(v.replace("・", " ").split()) for e, v in found.get(f"c{n:05d}.{ext}", set()) if e == "PERSON"}
        animals = sorted(got - {person})
        wrong += bool(animals)
        lost += person not in got
        if animals or person not in got:
            print("CELL", *cell, "animals:", animals, "" if person in got else "PERSON LOST")
    print(f"cells {len(built)}, an animal reported: {wrong}, the person lost: {lost}")


if __name__ == "__main__":
    main()
