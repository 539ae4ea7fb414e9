"""Development corpus of union19 (issue 12): when 組合員 says 'union member'.

A mutual-aid body's claim sheets (県民共済, 教職員共済, 互助会, 共済会: 組合員 over the claimants),
a lender's member-loan lists whose 所属組合 / 役職 column gives each borrower's union, a union's
dues list with a role column, a union's plain roster (its 組合員 stay members), seats on a
strike's committee, and a mutual-aid body's payment letter (letterhead, then the reader's
〒 / 住所 / 氏名 様). No template, label or word list is shared with
benchmarks/corpus_union19_check.py. Rules were tuned on it. Synthetic people and places.
Run: `PYTHONPATH=. python benchmarks/corpus_union19_dev.py`."""

from __future__ import annotations

import random

from benchmarks.union19_score import UNION, Doc, report
from samples import writers as w

SURNAMES = ["政所", "木内", "坂東", "湊", "鬼頭", "三輪", "土肥", "葛西"]
GIVEN = ["和也", "晴美", "克也", "礼子", "莉子", "大輔", "千尋", "将太"]
AID_TITLES = ["ひかり県民共済 入院共済金 支払一覧", "教職員共済 災害見舞金 申請者", "市職員互助会 慶弔給付 一覧",
              "みなと共済会 手術給付 受付簿"]
AID_COLUMNS = [["傷病名", "給付額"], ["被害区分", "見舞金"], ["事由", "給付額"], ["手術名", "給付額"]]
AID_VALUES = [["虫垂炎", "50,000"], ["床上浸水", "100,000"], ["結婚", "30,000"], ["白内障手術", "60,000"]]
UNIONS = ["北上電機労働組合", "ユニオンかがやき", "三陸運輸労組", "市職員労働組合"]
SEATS = ["執行委員", "分会長", "書記長", "青年部長"]
DISPUTE = ["ストライキ実行委員会の委員", "争議対策委員会の副委員長", "闘争委員長"]
LETTER_TOWNS = [("〒399-0033", "長野県松本市笹賀3丁目12番4号 コーポ若葉202"), ("〒020-0866", "岩手県盛岡市本宮5丁目2番18号"),
                ("〒980-0811", "宮城県仙台市青葉区一番町2-7-3 リバーサイド三番館401")]


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice([" ", "　", ""]) + rng.choice(GIVEN)


def _aid(rng: random.Random, i: int) -> Doc:
    k = i % len(AID_TITLES)
    rows = [[AID_TITLES[k]], ["受付番号", "組合員", *AID_COLUMNS[k]]]
    rows += [[f"R{rng.randint(10000, 99999)}", _name(rng), *AID_VALUES[k]] for _ in range(rng.randint(3, 6))]
    return Doc(f"aid_{i:03d}.xlsx", w.xlsx_bytes({"給付": rows}))


def _loan(rng: random.Random, i: int) -> Doc:
    rows, expected = [["組合員ローン 申込一覧"], ["組合員", "所属組合・役職", "借入額"]], []
    for _ in range(rng.randint(3, 6)):
        cell = rng.choice([f"{rng.choice(UNIONS)}の{rng.choice(SEATS)}", rng.choice(DISPUTE), f"{rng.choice(UNIONS)}の組合員"])
        expected.append(cell)
        rows.append([_name(rng), cell, f"{rng.randint(10, 300)}0,000"])
    return Doc(f"loan_{i:03d}.xlsx", w.xlsx_bytes({"申込": rows}), {UNION: expected})


def _dues(rng: random.Random, i: int) -> Doc:
    rows, expected = [[f"{UNIONS[i % 4]} 組合費納入一覧"], ["組合員", "組合役職", "組合費"]], []
    for _ in range(rng.randint(3, 6)):
        seat = rng.choice(SEATS)
        expected += [seat, "2,800"]  # dues paid under 組合費 say membership too (labels.tsv: 組合費 any)
        rows.append([_name(rng), seat, "2,800"])
    return Doc(f"dues_{i:03d}.xlsx", w.xlsx_bytes({"組合費": rows}), {UNION: expected})


def _roster(rng: random.Random, i: int) -> Doc:
    names = [_name(rng) for _ in range(4)]
    rows = [[f"{UNIONS[i % 4]} 組合員名簿"], ["組合員", "生年月日", "職場"]] + [[n, "1984/05/12", "第二工場"] for n in names]
    return Doc(f"roster_{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), {UNION: names})


def _letter(rng: random.Random, i: int) -> Doc:
    postal, address = LETTER_TOWNS[i % len(LETTER_TOWNS)]
    name = rng.choice(SURNAMES) + "　" + rng.choice(GIVEN)
    text = (f"ひかり県民共済 給付課\n〒390-0811 長野県松本市中央2丁目5番8号\nTEL 0263-55-1200　FAX 0263-55-1201\n"
            f"{postal}\n{address}\n{name}　様\nこのたびのご入院につき、入院共済金をお支払いします。\n")
    return Doc(f"letter_{i:03d}.txt", text.encode("utf-8"), {"ADDRESS": [address], "POSTAL_CODE": [postal]})


def documents(count: int = 40, seed: int = 2026) -> list[Doc]:
    rng = random.Random(seed)
    makers = (_aid, _aid, _loan, _dues, _roster, _letter, _aid, _loan)
    return [makers[i % len(makers)](rng, i) for i in range(count)]


if __name__ == "__main__":
    print(report("union19 dev", documents()))
