"""Check corpus of union19 (issue 12), written apart from the dev corpus and not tuned on:
other bodies, labels and layouts for the same classes — CSV exports of a mutual-aid
society's or a co-op insurer's members (組合員氏名 / 組合員 over the claimants, 掛金, 共済証書),
a labour bank's loan ledger with a 加入労組 or 組合名 column, a block form of a member's
loan (組合員: / 所属組合:), a staff list with 組合員区分 (非組合員), dispute seats said in a
sentence, and a 互助会's letter ending its addressee's block with 殿.
Run: `PYTHONPATH=. python benchmarks/corpus_union19_check.py`."""

from __future__ import annotations

import random

from benchmarks.union19_score import UNION, Doc, report

FAMILY = ["能登", "汐見", "宇津木", "鷲尾", "笠置", "那須野", "桐生", "漆間"]
PERSONAL = ["悠斗", "奈緒子", "秀明", "紗英", "匠", "由紀恵", "隼", "まどか"]
MUTUAL = [("さくら都民共済 医療共済金 請求明細", "組合員氏名,共済証書番号,請求額"),
          ("教職員共済生協 掛金払込状況", "組合員,掛金,払込月"),
          ("JA共済 建物更生共済 事故受付", "組合員,事故区分,受付日"),
          ("北町職員共済会 傷病見舞金", "組合員,事由,見舞金")]
MUTUAL_CELLS = ["C-4410231,38000", "2400,2026年4月", "台風被害,2026/09/02", "骨折,20000"]
LOCALS = ["東和精機労働組合", "港湾ユニオン南支部", "県教職員組合", "北部交通労組"]
POSTS = ["副委員長", "会計監査", "支部長", "職場委員"]


def _person(rng: random.Random, solid: bool = False) -> str:
    return rng.choice(FAMILY) + ("" if solid else rng.choice(["　", " "])) + rng.choice(PERSONAL)


def _mutual_csv(rng: random.Random, i: int) -> Doc:
    title, header = MUTUAL[i % len(MUTUAL)]
    cells = MUTUAL_CELLS[i % len(MUTUAL)]
    lines = [title, header] + [f"{_person(rng)},{cells}" for _ in range(rng.randint(3, 5))]
    return Doc(f"mutual_{i:03d}.csv", ("\r\n".join(lines) + "\r\n").encode("cp932"))


def _bank_csv(rng: random.Random, i: int) -> Doc:
    lines, expected = ["ろうきん 組合員貸付 審査状況", "組合員,加入労組,役職,申込額"], []
    for _ in range(rng.randint(3, 5)):
        local, post = rng.choice(LOCALS), rng.choice(POSTS)
        expected.append(local)
        lines.append(f"{_person(rng, solid=True)},{local},{post},1500000")
    return Doc(f"bank_{i:03d}.csv", ("\r\n".join(lines) + "\r\n").encode("cp932"), {UNION: expected})


def _loan_form(rng: random.Random, i: int) -> Doc:
    local = rng.choice(LOCALS)
    text = (f"教育ローン 申込書\n組合員: {_person(rng)}\n所属組合: {local}\n勤務先: 市立第三中学校\n"
            f"希望額: 1,200,000円\n")
    return Doc(f"form_{i:03d}.txt", text.encode("utf-8"), {UNION: [local]})


def _staff(rng: random.Random, i: int) -> Doc:
    lines = ["人事部 管理職一覧", "組合員\t組合員区分\t役職"]
    lines += [f"{_person(rng)}\t非組合員\t{rng.choice(['課長', '部長', '次長'])}" for _ in range(4)]
    return Doc(f"staff_{i:03d}.tsv", ("\n".join(lines) + "\n").encode("utf-8"))


def _dispute(rng: random.Random, i: int) -> Doc:
    a, b = _person(rng), _person(rng)
    said = rng.choice([("争議団の団長として", "争議団の団長"), ("スト権確立委員会の委員として", "スト権確立委員会の委員"),
                       ("闘争委員として", "闘争委員")])
    text = f"面談記録\n{a}さんは{said[0]}会社と交渉している。\n{b}さんとは別件。\n"
    return Doc(f"memo_{i:03d}.txt", text.encode("utf-8"), {UNION: [said[1]]})


def _letter(rng: random.Random, i: int) -> Doc:
    postal, address = rng.choice([("〒812-0011", "福岡県福岡市博多区博多駅前3丁目9番1号"),
                                  ("〒700-0822", "岡山県岡山市北区表町1-6-40 ハイツ桃園305")])
    text = (f"北町職員共済会 事務局\n〒700-0913 岡山県岡山市北区大供1丁目1番1号\n電話 086-803-1000\n"
            f"kyosai@kitamachi.example.lg.jp\n{postal}\n{address}\n{_person(rng)}　殿\n"
            "傷病見舞金の支給を決定しましたので通知します。\n")
    return Doc(f"notice_{i:03d}.txt", text.encode("utf-8"), {"ADDRESS": [address], "POSTAL_CODE": [postal]})


def documents(count: int = 36, seed: int = 7919) -> list[Doc]:
    rng = random.Random(seed)
    makers = (_mutual_csv, _bank_csv, _loan_form, _staff, _dispute, _letter)
    return [makers[i % len(makers)](rng, i) for i in range(count)]


if __name__ == "__main__":
    print(report("union19 check", documents()))
