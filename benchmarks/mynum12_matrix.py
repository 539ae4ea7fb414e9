"""The matrix of issue 12's mynum12 work: twelve-digit numbers that pass the My Number
check, written in one real file per cell of format × where the label stands × the
shape of the value × whether the record is a person's (name, birth, address beside
it), read by the real extractors and detector. Business keys (契約番号, 証券No.,
需要家番号, policy_no, 個人年金保険 証券番号 …) should find nothing; a My Number's own
labels (個人番号, マイナンバー, kojin_bango …) everything. Prints the cells that find a
business key and the cells that miss a My Number, then the totals.

    .venv/bin/python benchmarks/mynum12_matrix.py [--cells]
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.corpus import _docx, _pdf  # noqa: E402
from benchmarks.ids5_formats import Numbers  # noqa: E402
from benchmarks.quality import found_in, scan  # noqa: E402
from samples import writers as w  # noqa: E402

OTHER_LABELS = [
    "契約番号", "証券番号", "受付番号", "管理番号", "会員番号", "顧客番号", "お客様番号", "供給地点特定番号", "検針番号",
    "送り状番号", "追跡番号", "注文番号", "予約番号", "発券番号", "加入者番号", "利用者番号", "契約No", "証券No.",
    "Contract ID", "policy_no", "contractNo", "個人年金保険 証券番号", "個人賠償 契約番号", "個人会員番号", "ご契約",
    "お問合せ番号", "工事番号", "案件番号", "共済証書番号", "需要家番号", "契約者番号", "登録番号", "整理番号", "申込番号",
    "取引番号", "請求書番号", "お客さまコード", "使用者番号", "個人顧客ID", "個人契約番号", "保険契約", "証書番号",
    "口座振替 お客様番号", "個人事業主 登録番号", "個人向け 契約ID"]
OWN_LABELS = ["個人番号", "マイナンバー", "個人番号（マイナンバー）", "my_number", "kojin_bango", "本人個人番号",
              "配偶者の個人番号", "扶養親族 個人番号", "個人No.", "マイナンバー（12桁）", "個人番号カード番号"]
SHAPES = ("bare", "hyphen", "space", "wide")
PEOPLE = [("山田 太郎", "1975/04/12", "東京都練馬区豊玉北5-3-2"), ("佐藤 花子", "1982/11/03", "大阪府堺市北区百舌鳥1-2-3"),
          ("鈴木 一郎", "1968/02/27", "愛知県名古屋市中区栄2-9-1"), ("高橋 美咲", "1990/07/19", "福岡県福岡市博多区住吉4-1-7"),
          ("田中 健", "1979/09/30", "北海道札幌市中央区北3条西2-5"), ("伊藤 由美", "1985/12/08", "宮城県仙台市青葉区一番町1-1-1")]
HEADS = ["氏名", "生年月日", "住所"]


def shaped(value: str, shape: str) -> str:
    if shape == "hyphen":
        return f"{value[:4]}-{value[4:8]}-{value[8:]}"
    if shape == "space":
        return f"{value[:4]} {value[4:8]} {value[8:]}"
    return value.translate(str.maketrans("0123456789", "０１２３４５６７８９")) if shape == "wide" else value


def _cp932_cell(value: str, width: int) -> str:
    return value + " " * (width - len(value.encode("cp932")))


def _fixed_width(label: str, people: list, values: list[str]) -> bytes:
    rows = [p[:2] if p else (f"A0{n}", "2026/04/01") for n, p in enumerate(people)]
    head = HEADS[:2] if people[0] else ["区分", "登録日"]
    lines = [_cp932_cell(head[0], 16) + _cp932_cell(head[1], 12) + _cp932_cell(label, 26) + "備考"]
    lines += [_cp932_cell(r[0], 16) + _cp932_cell(r[1], 12) + _cp932_cell(v, 26) + "なし" for r, v in zip(rows, values)]
    return "\r\n".join(lines).encode("cp932")


def _tables(label: str, people: list, values: list[str], heads: list[str]) -> dict[str, bytes]:
    rows = [list(p) + [v] for p, v in zip(people, values)]
    html = "<table><tr>" + "".join(f"<th>{h}</th>" for h in heads + [label]) + "</tr>" + "".join(
        "<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>" for row in rows) + "</table>"
    return {"hdr.csv": "\n".join([",".join(heads + [label, "備考"])] + [",".join(r + ["-"]) for r in rows]).encode(),
            "nohdr.csv": "\n".join(",".join(r + ["-"]) for r in rows).encode(),
            "hdr.xlsx": w.xlsx_bytes({"S": [["一覧"], heads + [label, "備考"]] + [r + ["-"] for r in rows]}),
            "tbl.docx": _docx(["台帳"], [heads + [label]] + rows), "tbl.html": html.encode()}


def cell_files(label: str, people: list, values: list[str]) -> dict[str, bytes]:
    """One file per format for a label, the records (a person's fields or none) and the values."""
    heads = HEADS if people[0] else []
    fields = [list(zip(heads, p)) for p in people]
    files = _tables(label, people, values, heads)
    files["kv.txt"] = "\n\n".join("\n".join([f"{h}：{x}" for h, x in f] + [f"{label}：{v}"])
                                  for f, v in zip(fields, values)).encode()
    files["left.xlsx"] = w.xlsx_bytes({"S": [r for f, v in zip(fields, values) for r in ([list(x) for x in f] + [[label, v], []])]})
    keys = ["name", "birth_date", "address"] if people[0] else []
    files["obj.json"] = json.dumps([dict(zip(keys, p)) | {label: v} for p, v in zip(people, values)],
                                   ensure_ascii=False, indent=1).encode()
    files["above.pdf"] = _pdf([line for f, v in zip(fields, values) for line in [f"{h} {x}" for h, x in f] + [label, v]])
    files["prose.txt"] = "\n".join(f"{p[0] if p else 'お客'}様の{label}は{v}です。" for p, v in zip(people, values)).encode()
    files["fixed.txt"] = _fixed_width(label, people, values)
    return files


def write_matrix(root: Path, seed: int = 12) -> dict[str, tuple[bool, list[str]]]:
    """Every cell's files under root: {file name: (a My Number's own label, its values)}."""
    numbers, truth = Numbers(random.Random(seed)), {}
    for own, labels in ((False, OTHER_LABELS), (True, OWN_LABELS)):
        for li, label in enumerate(labels):
            for shape in SHAPES:
                for with_person in (True, False):
                    values = [numbers.my_number() for _ in PEOPLE]
                    people = PEOPLE if with_person else [()] * len(PEOPLE)
                    for kind, data in cell_files(label, people, [shaped(v, shape) for v in values]).items():
                        name = f"{'own' if own else 'other'}{li:02d}_{shape}_{int(with_person)}_{kind}"
                        (root / name).write_bytes(data)
                        truth[name] = (own, values, label)
    return truth


def main() -> None:
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    with tempfile.TemporaryDirectory() as tmp:
        truth = write_matrix(Path(tmp))
        found = {uri.rpartition("/")[2]: v for uri, v in found_in(scan(ObjectScanner(build_detector()), Path(tmp))).items()}
    totals, by_format = Counter(), Counter()
    for name, (own, values, label) in sorted(truth.items()):
        hits = sum(1 for v in values if ("MY_NUMBER", v) in found.get(name, set()))
        wrong = hits if not own else len(values) - hits
        totals["own" if own else "other"] += len(values)
        totals["missed" if own else "flagged"] += wrong
        if wrong:
            by_format[("missed " if own else "flagged ") + name.rpartition("_")[2]] += wrong
            if "--cells" in sys.argv:
                print(f"{'MISSED ' if own else 'FLAGGED'} {wrong}/{len(values)} {label} {name}")
    for key, count in sorted(by_format.items()):
        print(f"{key}: {count}")
    print(f"business keys flagged: {totals['flagged']} of {totals['other']}; "
          f"My Numbers missed: {totals['missed']} of {totals['own']}")


if __name__ == "__main__":
    main()
