"""The cram school's pre-placement health sheet: antibody titres and check-up results
the hospitals ask of students before their clinical practice."""

from __future__ import annotations

import random

from benchmarks.corpus14 import office, plain
from benchmarks.corpus14.births import other_date
from benchmarks.corpus14.kit import who
from benchmarks.corpus14.model import Lines, Mark, Table
from benchmarks.corpus14.sensitive import notice

TITRES = (("麻疹", "EIA", 16.0), ("風疹", "HI", 32.0), ("水痘", "EIA", 4.0), ("ムンプス", "EIA", 4.0))
PLACEMENTS = ("市民病院", "県立こども医療センター", "老健ひだまり", "訪問看護ST")


def _titre(rng: random.Random) -> Mark | str:
    disease, method, line = rng.choice(TITRES)
    value = round(rng.uniform(line * 0.3, line * 2.5), 1)
    text = f"{disease}{method} {value}" + ("（基準未満・要接種）" if value < line else "（陽性）")
    return Mark("SENSITIVE", text, category="健康診断結果") if value < line else Mark(
        "SENSITIVE", text, category="健康診断結果", optional=True)


def checkup_xlsx(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    rows = []
    for _ in range(rng.randint(10, 14)):
        w = who(rng, 1990, 2005, 0.08)
        chest = Mark("SENSITIVE", "胸部X線 異常なし", category="健康診断結果", optional=True)
        if rng.random() < 0.3:
            chest = Mark("SENSITIVE", rng.choice(("胸部X線 右上肺野に結節影（要精査）", "胸部X線 陳旧性胸膜炎 判定C")),
                         category="健康診断結果")
        rows.append([w.name(), w.born("slash"), rng.choice(PLACEMENTS), _titre(rng), _titre(rng), chest,
                     Mark("SENSITIVE", rng.choice(("HBs抗体 陰性（要ワクチン3回接種）", "ツベルクリン反応 強陽性 要精査",
                                                   "IGRA 判定保留（再検）")), category="健康診断結果")])
    table = Table(["氏名", "生年月日", "実習先", "抗体価1", "抗体価2", "胸部X線", "その他所見"], rows, title="実習前健診")
    return f"看護国試予備校/健診/実習前健康診断_{n:02d}.xlsx", *office.xlsx([table], {"実習前健診": "実習前 健康診断・抗体価一覧"})


def nurse_note_txt(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    lines = Lines().add("保健室対応記録（学校看護師）").add("")
    for _ in range(rng.randint(3, 5)):
        w = who(rng, 1990, 2005, 0.1)
        lines.add("{}　{}", other_date(rng, "visit_date", "slash"), w.name("tight"))
        lines.add("　授業中に気分不良。定期健診で{}を指摘済み、受診を勧奨。", Mark(
            "SENSITIVE", rng.choice(("血圧 162/100（要医療）", "空腹時血糖 138 mg/dL 判定D", "ヘモグロビン 8.9 g/dL 要精密検査")),
            category="健康診断結果"))
    lines.add("掲示物：{}", notice(rng))
    return f"看護国試予備校/保健室/対応記録_{n:02d}.txt", *plain.txt(lines)


WRITERS = ((checkup_xlsx, 5), (nurse_note_txt, 6))
