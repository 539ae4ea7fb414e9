"""Check corpus of health22 (issue 12), written apart from benchmarks/corpus_health22_dev.py (no
template, label or word list shared) and not tuned on: a school's support-staff mail telling what
a pupil was diagnosed with, after the pupil's name and grade in brackets; a sports club's member
sheet (xlsx) whose 持病 column holds one member's check-up result; a day-service's stock list and
a purchase slip naming aids as goods, beside a user record naming the user's own aid.
Synthetic people. Run: `PYTHONPATH=. python benchmarks/corpus_health22_check.py`."""

from __future__ import annotations

import random

from benchmarks.sens20_score import Doc, report
from samples import writers as w

FAMILY = ["八木沢", "早乙女", "小田切", "西園寺", "御厨", "千葉", "東雲", "綾瀬"]
FIRST = ["美桜", "大和", "心春", "朔", "琴葉", "悠真", "結衣", "海斗"]
CONDITIONS = ["自閉スペクトラム症", "聴覚障害（両耳70dB）", "療育手帳B1", "身体障害者手帳4級", "学習障害（LD）",
              "精神障害者保健福祉手帳3級"]
TOLD = ["と医師から診断されました", "と診断を受けました", "との判定を受けました", "と言われたそうです"]
ILLNESSES = ["若年性関節リウマチ", "1型糖尿病", "起立性調節障害"]
CHRONIC = ["喘息（吸入薬使用）", "てんかん（服薬中）", "心臓弁膜症の術後", "花粉症でアレルギー薬内服"]
RESULTS = ["尿酸 8.4mg/dL 要再検", "空腹時血糖 131mg/dL 要受診", "心電図 ST低下 要精査"]
STOCK = ["車椅子", "歩行器", "補聴器（貸出用）", "シルバーカー", "松葉杖"]
OWN = ["右片麻痺で車いすを使用", "白杖を使用（全盲）", "補聴器を装用"]


def _person(rng: random.Random) -> str:
    return rng.choice(FAMILY) + " " + rng.choice(FIRST)


def _school_mail(rng: random.Random, i: int) -> Doc:
    condition = CONDITIONS[i % len(CONDITIONS)]
    illness = ILLNESSES[i % len(ILLNESSES)]
    body = (f"特別支援コーディネーター各位\n\n{_person(rng)}です。共有です。\n"
            f"{rng.choice(FAMILY)} {rng.choice(FIRST)}さん（{rng.randint(1, 6)}年{rng.randint(1, 4)}組）が{condition}"
            f"{rng.choice(TOLD)}。\n{rng.choice(FAMILY)} {rng.choice(FIRST)}さん（{rng.randint(1, 6)}年）は{illness}"
            f"と診断されました。\n以上、よろしくお願いします。\n")
    mail = w.make_eml("支援情報の共有", "coord@school.example.jp", "staff@school.example.jp", body)
    return Doc(f"mail_{i:03d}.eml", mail, {"障害": [condition.split("（")[0]], "病歴": [illness]})


def _club_sheet(rng: random.Random, i: int) -> Doc:
    rows, expected = [["会員番号", "お名前", "携帯番号", "持病", "入会日"]], {"病歴": [], "健康診断結果": []}
    for k in range(7):
        if k == 2:
            value = rng.choice(RESULTS)
            expected["健康診断結果"].append(value)
        elif k in (4, 6):
            value = rng.choice(CHRONIC)
            expected["病歴"].append(value.split("（")[0])
        else:
            value = "なし"
        rows.append([f"C{i:02d}{k:02d}", _person(rng), f"+81-80-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
                     value, f"2025/{rng.randint(1, 12)}/{rng.randint(1, 28)}"])
    return Doc(f"club_{i:03d}.xlsx", w.xlsx_bytes({"会員": rows}), expected)


def _stock(rng: random.Random, i: int) -> Doc:
    own = OWN[i % len(OWN)]
    lines = ["デイサービスさくら 備品・購入記録", f"記入者：{_person(rng)}"]
    lines += [f"備品：{item} {rng.randint(1, 4)}台" for item in rng.sample(STOCK, 2)]
    lines += [f"購入品目：{rng.choice(STOCK)}（{rng.randint(1, 9) * 1000}円）", "",
              f"利用者記録　{_person(rng)} 様", f"ADL：{own}"]
    return Doc(f"stock_{i:03d}.txt", "\n".join(lines).encode("utf-8"), {"障害": [own]})


def documents(count: int = 36, seed: int = 2222) -> list[Doc]:
    rng = random.Random(seed)
    makers = (_school_mail, _club_sheet, _stock)
    return [makers[i % len(makers)](rng, i) for i in range(count)]


if __name__ == "__main__":
    print(report("health22 check", documents()))
