"""Check corpus for hostids17 (another hand: no template, word list or layout shared with
corpus_hostids17_dev.py), written before its first run:
- a precious-metals buyer's 買取台帳 (CP932 fixed width: half-width kana name, birth
  YYYY/MM/DD, a host's letter code of the document DL / RC / PP / HI (HI: a health
  insurance card, whose number has no shape of ours), the number, a bare landline);
- a money-transfer agent's 取引時確認 TSV without its header (customer code, kanji name,
  the document in words: 免許証, 特別永住者証明書, 旅券, 健康保険証, its number, birth);
- a car-rental desk's CSV with quoted fields (booking date, name, a licence written
  4-4-4 with hyphens or bare);
- a dormitory's list of foreign residents: residence cards only (fixed width).
Clean files: a member list with points-card numbers (12 random digits) and booking codes
of a passport's shape beside the names; a warehouse's serials (AB12345678CD-like) alone."""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus import Doc
from benchmarks.corpus_tables import half_width

SCORED = ("DRIVERS_LICENSE", "RESIDENCE_CARD", "PASSPORT")
LABELLED = {("*", kind) for kind in SCORED}
KANA = [("クロサワ", "ユウスケ"), ("ミナミ", "チカ"), ("オオノ", "ジュン"), ("サイトウ", "レイナ"), ("フジモト", "ケイ"),
        ("アオキ", "トモミ"), ("ナガイ", "ダイキ"), ("ウエダ", "マナ")]
KANJI = ["黒沢　悠介", "南　千佳", "大野　潤", "斎藤　玲奈", "藤本　圭", "青木　智美", "永井　大樹", "上田　真奈",
         "朴　成浩", "金　恵美", "黄　志明"]
RESIDENTS = ["ﾊﾞﾄﾞﾙｼﾞ ｴﾙﾃﾞﾈ", "ｸﾞｴﾝ ﾊﾞﾝ ﾄｩｱﾝ", "ﾚｲｴｽ ｱﾅ", "ｼｬﾙﾏ ﾗｼﾞｭ", "ﾁｮｳ ｹｲ", "ﾘﾝ ｼｭﾝ"]
AREA = ["0166", "0172", "0246", "0282", "0299", "0436", "0466", "0551", "0749", "0827", "0898", "0952"]
PREFIXES = ["TH", "TJ", "TM", "MR", "MS"]
PREFECTURE_CODES = ["12", "21", "30", "41", "44", "47", "51", "55", "61", "63", "71", "81", "91", "95"]
CHECK_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def left(text: str, columns: int) -> str:
    return text + " " * (columns - len(text.encode("cp932")))


class CheckHostids17:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 29)

    def num(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def caps(self, n: int) -> str:
        return "".join(chr(self.rng.randint(65, 90)) for _ in range(n))

    def licence_number(self, hyphens: bool = False) -> str:
        head = self.rng.choice(PREFECTURE_CODES) + f"{self.rng.randint(70, 125) % 100:02d}" + self.num(6)
        check = (11 - sum(int(d) * w for d, w in zip(head, CHECK_WEIGHTS)) % 11) % 10
        full = head + str(check) + str(self.rng.choice([0, 0, 0, 1, 2]))
        return f"{full[:4]}-{full[4:8]}-{full[8:]}" if hyphens else full

    def shown(self) -> tuple[str, str | None, str]:
        """(host code, entity, number) of a document a customer showed."""
        roll = self.rng.random()
        if roll < 0.55:
            return "DL", "DRIVERS_LICENSE", self.licence_number()
        if roll < 0.75:
            return "RC", "RESIDENCE_CARD", self.caps(2) + self.num(8) + self.caps(2)
        if roll < 0.9:
            return "PP", "PASSPORT", self.rng.choice(PREFIXES) + self.num(7)
        return "HI", None, self.num(8)

    def born(self) -> date:
        return date(self.rng.randint(1948, 2003), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def buyer_ledger(self, i: int) -> Doc:
        truth, lines = set(LABELLED), []
        for n in range(self.rng.randint(6, 28)):
            sei, mei = self.rng.choice(KANA)
            code, entity, number = self.shown()
            if entity:
                truth.add((entity, number))
            lines.append(f"{n + 1:05d} " + left(half_width(f"{sei} {mei}"), 20) + self.born().strftime("%Y/%m/%d")
                         + f" {code} " + left(number, 13) + self.rng.choice(AREA) + self.num(6))
        return Doc(f"kaitori{i:03d}.txt", "\n".join(lines).encode("cp932"), truth)

    def transfer_agent(self, i: int) -> Doc:
        words = {"DL": "免許証", "RC": "特別永住者証明書", "PP": "旅券", "HI": "健康保険証"}
        truth, rows = set(LABELLED), []
        for _ in range(self.rng.randint(5, 24)):
            code, entity, number = self.shown()
            if entity:
                truth.add((entity, number))
            rows.append("\t".join([f"C{self.num(8)}", self.rng.choice(KANJI), words[code], number,
                                   self.born().strftime("%Y%m%d")]))
        return Doc(f"kyc{i:03d}.tsv", "\r\n".join(rows).encode("cp932"), truth)

    def car_rental(self, i: int) -> Doc:
        truth, rows = set(LABELLED), []
        for _ in range(self.rng.randint(5, 18)):
            hyphens = self.rng.random() < 0.5
            number = self.licence_number(hyphens)
            truth.add(("DRIVERS_LICENSE", number.replace("-", "")))
            rows.append(f'"2026/10/{self.rng.randint(1, 31):02d}","{self.rng.choice(KANJI).replace("　", " ")}",'
                        f'"{self.rng.choice(AREA)}-{self.num(2)}-{self.num(4)}","{number}"')
        return Doc(f"rental{i:03d}.csv", "\r\n".join(rows).encode("utf-8"), truth)

    def dormitory(self, i: int) -> Doc:
        truth, lines = set(LABELLED), []
        for room in range(self.rng.randint(5, 16)):
            card = self.caps(2) + self.num(8) + self.caps(2)
            truth.add(("RESIDENCE_CARD", card))
            lines.append(f"{101 + room:<5d}" + left(self.rng.choice(RESIDENTS), 24) + self.born().strftime("%Y%m%d")
                         + "  " + card + "  " + f"080{self.num(8)}")
        return Doc(f"RYO{i:03d}.DAT", "\r\n".join(lines).encode("cp932"), truth)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.buyer_ledger, self.transfer_agent, self.car_rental, self.dormitory]
        return [kinds[i % 4](i) for i in range(count)]

    def members(self, i: int) -> Doc:
        lines = [f"{n:04d}  " + left(self.rng.choice(KANJI), 14) + self.num(12) + "  "
                 + self.rng.choice(["KX", "RB", "QA", "TR"]) + self.num(7) + "  " + self.born().strftime("%Y%m%d")
                 for n in range(1, self.rng.randint(7, 25))]
        return Doc(f"points{i:03d}.dat", "\r\n".join(lines).encode("cp932"), set(LABELLED))

    def serials(self, i: int) -> Doc:
        lines = [f"{self.caps(2)}{self.num(8)}{self.caps(2)}  {self.rng.randint(1, 400):>4d}  棚{self.rng.randint(1, 40):02d}"
                 for _ in range(self.rng.randint(8, 30))]
        return Doc(f"serial{i:03d}.txt", "\n".join(lines).encode("cp932"), set(LABELLED))

    def negatives(self, count: int) -> list[Doc]:
        return [(self.serials if i % 2 else self.members)(i) for i in range(count)]
