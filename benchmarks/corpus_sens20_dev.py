"""Development corpus of sens20 (issue 12): 要配慮 in the shapes corpus 20's SENSITIVE errors
generalise to, as a school nurse's office, a community centre and a city volunteer desk write
them — a disease with its care in brackets in a nurse's notes, a family's disease given as a
reason, a conviction ruling a way of life named as a noun, a cause's group with a regional seat,
a volunteer roster whose duty column names an aid, a check-up sheet with a legend of grades and
a title naming a list of people, a headerless class list with a bare illness in its last cell.
No template, label or word list is shared with benchmarks/corpus_sens20_check.py. Rules were
tuned on it. Synthetic people. Run: `PYTHONPATH=. python benchmarks/corpus_sens20_dev.py`."""

from __future__ import annotations

import random

from benchmarks.sens20_score import Doc, report
from samples import writers as w

SURNAMES = ["水越", "坂巻", "野々村", "曽我", "梶谷", "仁科", "宇佐美", "柳生"]
GIVEN = ["光希", "奈緒", "悠斗", "咲良", "拓真", "美羽", "颯太", "結菜"]
CARED = [("気管支喘息", "吸入ステロイド"), ("てんかん", "抗てんかん薬内服"), ("アレルギー性鼻炎", "点鼻"),
         ("1型糖尿病", "インスリン注射"), ("尋常性ざ瘡", "外用薬"), ("緑内障", "点眼治療中")]
REASONED = [("母", "関節リウマチ"), ("父", "慢性腎臓病"), ("祖父", "パーキンソン病"), ("妻", "メニエール病")]
WAYS = [("動物愛護の信念から", "ヴィーガン"), ("環境保護の信条から", "ベジタリアン"), ("非暴力の信条から", "完全菜食")]
SEATS = [("原発再稼働反対の会の", "県代表"), ("死刑廃止を求める団体の", "支部幹事"), ("反戦ネットワークの", "地区世話人")]
DUTIES = ["車いすの押し", "車椅子の清掃・点検", "車いす介助", "白杖の方の誘導", "配膳", "図書の整理"]
RESULTS = ["要精密検査", "要再検査", "要治療"]


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + " " + rng.choice(GIVEN)


def _nurse_notes(rng: random.Random, i: int) -> Doc:
    lines, expected = ["保健室 個別配慮メモ", f"作成：養護教諭 {_name(rng)}", ""], []
    for disease, care in rng.sample(CARED, 3):
        lines += [f"□{_name(rng)}さん（{rng.randint(1, 6)}年）", f"　{disease}（{care}）。校外学習は要相談。"]
        expected.append(f"{disease}（{care}）")
    return Doc(f"nurse_{i:03d}.txt", "\n".join(lines).encode("utf-8"), {"病歴": expected})


def _family_note(rng: random.Random, i: int) -> Doc:
    relation, disease = REASONED[i % len(REASONED)]
    text = (f"公民館 講座係 御中\n{_name(rng)}です。\n{relation}は{disease}なので、次回の講座は欠席します。\n"
            f"連絡は090-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}までお願いします。\n")
    return Doc(f"family_{i:03d}.txt", text.encode("utf-8"), {"病歴": [disease]})


def _minutes(rng: random.Random, i: int) -> Doc:
    reason, way = WAYS[i % len(WAYS)]
    group, seat = SEATS[i % len(SEATS)]
    text = (f"地区センター 運営会議 記録\n1. 会場：第2会議室\n2. {_name(rng)}さんから、{reason}{way}との申し出。昼食を別に手配。\n"
            f"3. {_name(rng)}さんは{group}{seat}。広報紙への寄稿は見送る。\n")
    return Doc(f"minutes_{i:03d}.txt", text.encode("utf-8"), {"信条": [f"{reason}{way}", seat]})


def _volunteers(rng: random.Random, i: int) -> Doc:
    rows, expected = [["市ボランティアセンター 登録者"], ["氏名", "電話", "協力できること", "配慮事項"]], []
    for k in range(rng.randint(4, 7)):
        own = k == 1 and (i // 6) % 2 == 0
        rows.append([_name(rng), f"080-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}", rng.choice(DUTIES),
                     "本人が車いすを使用" if own else ""])
        expected += ["車いすを使用"] if own else []
    return Doc(f"volunteers_{i:03d}.xlsx", w.xlsx_bytes({"登録": rows}), {"障害": expected})


def _checkup(rng: random.Random, i: int) -> Doc:
    rows, expected = [["要再検者リスト（職員健診）"], ["氏名", "判定", "備考"]], []
    for _ in range(rng.randint(3, 5)):
        result = rng.choice(RESULTS)
        rows.append([_name(rng), result, ""])
        expected.append(result)
    rows += [[], ["判定の見方"], ["A（異常なし）", "", ""], ["B（軽度）", "軽度の所見あり", ""], ["C", "要経過観察", ""],
             ["D", "要医療", ""]]
    return Doc(f"checkup_{i:03d}.xlsx", w.xlsx_bytes({"結果": rows}), {"健康診断結果": expected})


def _class_list(rng: random.Random, i: int) -> Doc:
    lines, expected = [], []
    for k in range(6):
        note = ""
        if k in (1, 4):
            disease = rng.choice(["気管支喘息", "食物アレルギー", "てんかん", "アトピー性皮膚炎"])
            note, expected = disease, expected + [disease]
        lines.append(f"{_name(rng)},{rng.randint(1, 6)}年,{_name(rng)}（母）,090-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)},{note}")
    return Doc(f"classlist_{i:03d}.csv", "\n".join(lines).encode("utf-8"), {"病歴": expected})


def documents(count: int = 36, seed: int = 2020) -> list[Doc]:
    rng = random.Random(seed)
    makers = (_nurse_notes, _family_note, _minutes, _volunteers, _checkup, _class_list)
    return [makers[i % len(makers)](rng, i) for i in range(count)]


if __name__ == "__main__":
    print(report("sens20 dev", documents()))
