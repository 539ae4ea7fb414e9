"""Check corpus of coop18b (issue 12), written apart from the dev one (no template, label or
word list shared): a co-operative's members in CSV and in text blocks — a 信用組合's, a
森林組合's, a 事業協同組合's, a 生協 told by its trade or its brand — and an insurer's own list
with its staff; a labour union's notice and its roster as controls. Not tuned on.
Synthetic people and numbers. Run: `PYTHONPATH=. python benchmarks/corpus_coop18b_check.py`."""

from __future__ import annotations

import random

from stdnum import luhn

from benchmarks.coop18b_score import CoopDoc, report

FAMILY = ["大江", "椎名", "真野", "日下部", "辻", "綾部"]
FIRST = ["朋子", "大輔", "千尋", "悟", "奈央", "義男"]


def _number(rng: random.Random) -> str:
    body = rng.choice(["02", "07", "32", "33"]) + f"{rng.randint(1, 47):02d}{rng.randint(0, 999):03d}"
    return body + luhn.calc_check_digit(body)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(FIRST)}"


def _csv_members(rng: random.Random, i: int) -> CoopDoc:
    head = rng.choice([("会員", "出資口"), ("加入者", "利用分量配当"), ("被保険者氏名", "購買品代金")])
    lines, numbers = [f"{head[0]},{head[1]},保険者No"], set()
    for _ in range(4):
        numbers.add(number := _number(rng))
        lines.append(f"{_person(rng)},{rng.randint(1, 9)},{number}")
    return CoopDoc(f"members_{i:03d}.csv", ("\n".join(lines) + "\n").encode(), False, numbers)


def _block(rng: random.Random, i: int) -> CoopDoc:
    body = rng.choice(["いわて森林組合", "みちのく信用組合", "北上印刷事業協同組合", "CO-OPあおば"])
    number = _number(rng)
    text = (f"{body}\n組合員の異動届\n\n組合員: {_person(rng)}\n住所: 奥州市水沢大町2-5\n"
            f"保険者No.: {number}\n異動事由: 転居\n")
    return CoopDoc(f"notice_{i:03d}.txt", text.encode(), False, {number})


def _insurers(rng: random.Random, i: int) -> CoopDoc:
    lines = ["保険者名,保険者番号,担当者"] + [f"北奥{k}健康保険組合,{_number(rng)},適用課 {_person(rng)}" for k in "一二三"]
    return CoopDoc(f"insurers_{i:03d}.csv", ("\n".join(lines) + "\n").encode(), False)


def _union_notice(rng: random.Random, i: int) -> CoopDoc:
    text = f"釜石港湾ユニオン\n組合員 {_person(rng)} さん\n本年度の組合費は給与から控除します。\n"
    return CoopDoc(f"union_{i:03d}.txt", text.encode(), True)


def documents(count: int = 40, seed: int = 1812) -> list[CoopDoc]:
    rng = random.Random(seed)
    makers = [_csv_members, _block, _csv_members, _insurers, _union_notice]
    return [makers[i % len(makers)](rng, i) for i in range(count)]


if __name__ == "__main__":
    print(report("coop18b check", documents()))
