"""A newspaper delivery agency (新聞販売店): subscribers' book, the delivery boys'
roster with their pay accounts, and the hand-over book of the morning round."""

from __future__ import annotations

import random

from benchmarks.corpus14 import numbers, office, plain
from benchmarks.corpus14.births import other_date
from benchmarks.corpus14.kit import account, org_phone, own_footer, who
from benchmarks.corpus14.people import SURNAMES
from benchmarks.corpus14.model import Lines, Table, fake
from benchmarks.corpus14.sensitive import phrase

AGENCY = "ひばり新聞 駅東販売所"
PAYMENT = ("集金", "口座振替", "クレジット", "コンビニ払込")
SCHOOLS = ("調理師専門学校", "情報ビジネス専門学校", "大学（夜間）", "デザイン専門学校")


def subscribers_csv(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    rows = []
    for k in range(rng.randint(10, 14)):
        w = who(rng, 1935, 1995, 0.05)
        pay = rng.choice(PAYMENT)
        rows.append([f"{n}区", str(k + 1), fake("MY_NUMBER", numbers.my_number(rng), "customer_number"), w.name("tight"), w.address(False), w.phone(rng.choice(("dash", "bare"))),
                     pay, other_date(rng, "contract_end", "slash") if pay == "集金" else ""])
    table = Table(["区域", "順路", "読者番号", "読者名", "住所", "電話", "支払", "契約満了"], rows)
    return f"新聞販売店/読者/読者台帳_{n:02d}区.csv", *plain.csv(table, encoding="cp932")


def carriers_xlsx(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    rows = []
    for _ in range(rng.randint(10, 16)):
        w = who(rng, 1998, 2007, 0.25)
        bank, branch, number = account(rng)
        rows.append([w.name(), w.born(rng.choice(("slash", "letter"))), rng.choice(SCHOOLS), w.phone(mobile_phone=True),
                     w.email(), bank, branch, "普通", number, other_date(rng, "hired_on", "era")])
    table = Table(["氏名", "生年月日", "学校", "携帯", "メール", "銀行", "支店", "種別", "口座番号", "採用日"], rows, title="配達員")
    return f"新聞販売店/配達員/配達員名簿_{n:02d}.xlsx", *office.xlsx([table])


def round_book_txt(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    lines = Lines().add(f"申し送り帳（朝刊）　{AGENCY}").add("日付 {}", other_date(rng, "round_date", "letter"))
    for _ in range(rng.randint(6, 9)):
        w = who(rng, 1935, 1990, 0.05)
        kind = rng.random()
        if kind < 0.35:
            lines.add("{}の{}さん宅、{}のため{}まで休止。", w.address(False), w.name("tight"), phrase(rng, "病歴"),
                      other_date(rng, "pause_until", "west"))
        elif kind < 0.6:
            lines.add("{}（{}）は{}。ポストではなく手渡しで。", w.name("tight"), w.phone(), phrase(rng, "犯罪被害"))
        elif kind < 0.8:
            lines.add("新規 {} 様 {} から。拡張員経由。", w.name(), w.address())
        elif kind < 0.9:
            lines.add("{}の角を曲がって3軒目、{}さん宅は裏口に。", fake("PERSON", f"{rng.choice(SURNAMES)[0]}酒店", "shop_name"),
                      w.name("tight"))
        else:
            dog = fake("PERSON", rng.choice(("ゴロー", "タケシ", "マル")), "dog_name")
            lines.add("{}さん、犬の「{}」に注意（門の中）。", w.name("tight"), dog)
    lines.add("店の電話 {}　社員は{}配達開始", org_phone("0586"), "3時半")
    own_footer(rng, lines, AGENCY, "hibari-ekihigashi.jp")
    return f"新聞販売店/申し送り/申し送り_{n:03d}.txt", *plain.txt(lines)


WRITERS = ((subscribers_csv, 4), (carriers_xlsx, 4), (round_book_txt, 11))
