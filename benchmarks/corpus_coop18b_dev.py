"""Development corpus of coop18b (issue 12): sheets of a co-operative's members (a 生協's
delivery list, a 農協's capital ledger, a 漁協's landings) — no labour union's members, each
member's 保険者番号 theirs — beside a labour union's rosters, which stay 労働組合. No template,
label or word list is shared with benchmarks/corpus_coop18b_check.py. Rules were tuned on it.
Synthetic people and numbers. Run: `PYTHONPATH=. python benchmarks/corpus_coop18b_dev.py`."""

from __future__ import annotations

import random

from stdnum import luhn

from benchmarks.coop18b_score import CoopDoc, report
from samples import writers as w

SURNAMES = ["小野寺", "菅原", "及川", "千葉", "佐々木", "阿部", "昆", "熊谷"]
GIVEN = ["陽平", "真由美", "拓海", "和子", "修", "彩花", "健太郎", "美咲"]
LAWS = ["01", "06", "31", "34", "63", "67"]  # 協会けんぽ, 組合健保, 共済組合s, 特定健保
# (title, member column, columns of the co-operative's trade, a value for each)
COOPS = [("宅配 ご利用者一覧", "組合員", ["お届け先", "班"], ["盛岡市中ノ橋通1-3-2", "北山班"]),
         ("出資金台帳", "組合員", ["出資口数", "出資金"], ["5", "5,000"]),
         ("水揚実績表", "組合員", ["船名", "水揚高"], ["第三栄丸", "824,000"]),
         ("共同購入 注文控え", "組合員氏名", ["注文番号", "供給高"], ["A-1021", "12,480"])]
UNION_TITLES = ["北上電機労働組合 組合員名簿", "三陸運輸労組 組合員一覧"]


def _insurer(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return f"{rng.randint(10, 47):02d}{rng.randint(0, 9999):04d}"  # 国保: six digits
    body = rng.choice(LAWS) + f"{rng.randint(1, 47):02d}{rng.randint(0, 999):03d}"
    return body + luhn.calc_check_digit(body)


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice([" ", "　", ""]) + rng.choice(GIVEN)


def _coop(rng: random.Random, i: int) -> CoopDoc:
    title, member, trade, values = COOPS[i % len(COOPS)]
    label = rng.choice(["保険者番号", "共済 保険者番号", "健保 保険者番号"])
    rows, numbers = [[title], [member, *trade, label]], set()
    for _ in range(rng.randint(3, 6)):
        number = _insurer(rng)
        numbers.add(number)
        rows.append([_name(rng), *values, number])
    return CoopDoc(f"coop_{i:03d}.xlsx", w.xlsx_bytes({"組合員": rows}), False, numbers)


def _union(rng: random.Random, i: int) -> CoopDoc:
    rows = [[UNION_TITLES[i % 2]], ["組合員", "職場", "組合費"]]
    rows += [[_name(rng), rng.choice(["第一工場", "配送センター"]), "2,500"] for _ in range(4)]
    return CoopDoc(f"union_{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), True)


def documents(count: int = 40, seed: int = 2026) -> list[CoopDoc]:
    rng = random.Random(seed)
    return [(_union if i % 5 == 4 else _coop)(rng, i) for i in range(count)]


if __name__ == "__main__":
    print(report("coop18b dev", documents()))
