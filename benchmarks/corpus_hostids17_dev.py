"""Development corpus for hostids17: identity-check records without a header, one column
holding whichever document each person showed.
- a second-hand dealer's 古物台帳 host export (CP932 fixed width: ledger number, kanji
  name, birth YYYYMMDD, the document's number, mobile), licences, residence cards and
  passports mixed, a Chinese passport (G + 8 digits) now and then;
- a hotel's check-in CSV without its header (date, name, nationality, the document in
  words, its number);
- a car-sharing member TSV (member number, kana name, birth, licence) with licences only.
Clean files: a product master (JAN-like 12-digit codes, SKUs of a passport's shape), a
shop's customer list with 12-digit order numbers beside the names.
The rules are tuned on this corpus only; corpus_hostids17_check.py checks them."""

from __future__ import annotations

import random
import string
from datetime import date

from benchmarks.corpus import Doc

SCORED = ("DRIVERS_LICENSE", "RESIDENCE_CARD", "PASSPORT")
_SCORED = {("*", t) for t in SCORED}
SURNAMES = ["松浦", "北條", "宍戸", "今泉", "大和田", "関口", "水谷", "香川", "白石", "浜田", "小倉", "岡島"]
GIVEN = ["智也", "奈緒", "颯太", "由佳", "隆之", "沙織", "翼", "美穂", "浩平", "彩花"]
FOREIGN = ["張 偉", "王 秀英", "李 娜", "陳 浩", "NGUYEN THI LAN", "TRAN VAN MINH", "SANTOS MARIA", "KIM MINJUN"]
NATIONS = ["中国", "ベトナム", "フィリピン", "韓国", "台湾", "ネパール"]
COMMISSIONS = [10, 11, 20, 30, 40, 43, 45, 46, 50, 53, 60, 62, 70, 80, 90, 93]
_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
WORDS = {"licence": "運転免許証", "card": "在留カード", "passport": "パスポート"}


def fit(value: str, width: int) -> str:
    return value + " " * (width - len(value.encode("cp932")))


class DevHostids17:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 31 + 17)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.rng.choice(string.ascii_uppercase) for _ in range(n))

    def licence(self) -> str:
        ten = f"{self.rng.choice(COMMISSIONS)}{self.rng.randint(0, 99):02d}{self.digits(6)}"
        total = sum(int(d) * w for d, w in zip(ten, _WEIGHTS))
        return f"{ten}{(11 - total % 11) % 10}{self.rng.choice('0001')}"

    def card(self) -> str:
        return self.letters(2) + self.digits(8) + self.letters(2)

    def passport(self, abroad: bool = False) -> str:
        return self.rng.choice("GE") + self.digits(8) if abroad else self.rng.choice(["TK", "TR", "TZ", "MZ", "MU"]) + self.digits(7)

    def document(self, foreign: bool) -> tuple[str, str]:
        """(kind, number) of the document a person showed."""
        if not foreign:
            return ("licence", self.licence()) if self.rng.random() < 0.9 else ("passport", self.passport())
        kind = self.rng.choice(["card", "card", "passport", "licence"])
        number = {"licence": self.licence, "card": self.card}.get(kind, lambda: self.passport(self.rng.random() < 0.3))()
        return kind, number

    def person(self) -> dict:
        foreign = self.rng.random() < 0.35
        name = self.rng.choice(FOREIGN) if foreign else f"{self.rng.choice(SURNAMES)}　{self.rng.choice(GIVEN)}"
        kind, number = self.document(foreign)
        born = date(self.rng.randint(1950, 2004), self.rng.randint(1, 12), self.rng.randint(1, 28))
        return {"name": name, "kind": kind, "number": number, "born": born, "foreign": foreign,
                "mobile": f"0{self.rng.choice('789')}0-{self.digits(4)}-{self.digits(4)}"}

    @staticmethod
    def truth(people: list[dict]) -> set:
        entity = {"licence": "DRIVERS_LICENSE", "card": "RESIDENCE_CARD", "passport": "PASSPORT"}
        return _SCORED | {(entity[p["kind"]], p["number"]) for p in people}

    def ledger(self, i: int) -> Doc:
        people = [self.person() for _ in range(self.rng.randint(6, 30))]
        lines = [f"古物台帳 本人確認 {2026}/11/{self.rng.randint(1, 30):02d}"] + [
            fit(f"{i:02d}{n:05d}", 9) + fit(p["name"], 22) + p["born"].strftime("%Y%m%d") + "  " + fit(p["number"], 14)
            + p["mobile"] for n, p in enumerate(people, start=1)]
        return Doc(f"KOBUTSU{i:03d}.DAT", "\r\n".join(lines).encode("cp932"), self.truth(people))

    def hotel(self, i: int) -> Doc:
        people = [self.person() for _ in range(self.rng.randint(5, 25))]
        rows = [f"2026-11-{self.rng.randint(1, 30):02d},{p['name']},{self.rng.choice(NATIONS) if p['foreign'] else '日本'},"
                f"{WORDS[p['kind']]},{p['number']}" for p in people]
        return Doc(f"checkin{i:03d}.csv", "\r\n".join(rows).encode("utf-8"), self.truth(people))

    def car_sharing(self, i: int) -> Doc:
        people = [self.person() for _ in range(self.rng.randint(6, 20))]
        for p in people:
            p["kind"], p["number"] = "licence", self.licence()
        rows = [f"M{self.digits(7)}\t{p['name']}\t{p['born']:%Y/%m/%d}\t{p['number']}" for p in people]
        return Doc(f"members{i:03d}.tsv", "\n".join(rows).encode("utf-8"), self.truth(people))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.ledger, self.hotel, self.car_sharing]
        return [kinds[i % 3](i) for i in range(count)]

    def products(self, i: int) -> Doc:
        rows = [f"{self.letters(2)}{self.digits(7)},49{self.digits(10)},{self.rng.randint(100, 9999)},"
                f"{self.rng.choice(['在庫あり', '取寄せ', '廃番'])}" for _ in range(self.rng.randint(8, 30))]
        return Doc(f"products{i:03d}.csv", "\r\n".join(rows).encode("utf-8"), set(_SCORED))

    def orders(self, i: int) -> Doc:
        people = [self.person() for _ in range(self.rng.randint(6, 20))]
        lines = [fit(f"{n:06d}", 8) + fit(p["name"], 22) + f"2026{self.rng.randint(1, 12):02d}{self.digits(6)}  "
                 + p["mobile"] for n, p in enumerate(people, start=1)]
        return Doc(f"ORDERS{i:03d}.DAT", "\r\n".join(lines).encode("cp932"), set(_SCORED))

    def negatives(self, count: int) -> list[Doc]:
        return [(self.products if i % 2 else self.orders)(i) for i in range(count)]
