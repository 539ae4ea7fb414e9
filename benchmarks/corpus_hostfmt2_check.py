"""Check corpus for host exports whose numeric fields run edge to edge (hostfmt2),
written by "another hand" before any rule was tuned: no template, name, place or layout
in common with corpus_hostfmt2_dev.py or the earlier generators. Its files: an insurer's
subscriber file (birth, sex and postal code in one run), a clinic's examinee list
(visit date, examinee number and birth in one run, a mobile phone last), a payroll
master (staff number, joining date, birth and postal code in one run). Clean: an
invoice export (invoice number, invoice and due dates, amount in one run), a stock
file (item number, receipt date and quantity), a postal master with the old 5-digit
code beside the new one.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import phonenumbers

from benchmarks.corpus import Doc, address_key
from benchmarks.corpus_people import canonical_name
from benchmarks.corpus_tables import half_width

TYPES = ("PERSON", "ADDRESS", "POSTAL_CODE", "DATE_OF_BIRTH", "PHONE")
SEI = [("坂本", "サカモト"), ("原田", "ハラダ"), ("中野", "ナカノ"), ("小松", "コマツ"), ("松井", "マツイ"), ("西村", "ニシムラ"),
       ("北川", "キタガワ"), ("平野", "ヒラノ"), ("荒木", "アラキ"), ("関", "セキ"), ("吉川", "ヨシカワ"), ("堀", "ホリ"),
       ("須藤", "スドウ"), ("大塚", "オオツカ"), ("水野", "ミズノ"), ("宇野", "ウノ"), ("片山", "カタヤマ"), ("飯田", "イイダ")]
MEI = [("和也", "カズヤ"), ("典子", "ノリコ"), ("昭", "アキラ"), ("真理", "マリ"), ("祐介", "ユウスケ"), ("久美子", "クミコ"),
       ("勇", "イサム"), ("綾", "アヤ"), ("克己", "カツミ"), ("麻衣", "マイ"), ("秀樹", "ヒデキ"), ("紀子", "ノリコ"),
       ("浩", "ヒロシ"), ("若菜", "ワカナ")]
# postal code, prefecture, the rest of the town
TOWNS = [("0600042", "北海道", "札幌市中央区大通西"), ("9200961", "石川県", "金沢市香林坊"), ("4600008", "愛知県", "名古屋市中区栄"),
         ("7300011", "広島県", "広島市中区基町"), ("9008570", "沖縄県", "那覇市泉崎"), ("3200806", "栃木県", "宇都宮市中央"),
         ("5200044", "滋賀県", "大津市京町"), ("7600019", "香川県", "高松市サンポート"), ("8700022", "大分県", "大分市大手町"),
         ("0300801", "青森県", "青森市新町"), ("6500044", "兵庫県", "神戸市中央区東川崎町"), ("2310023", "神奈川県", "横浜市中区山下町")]


def width_of(text: str) -> int:
    return len(text.encode("cp932"))


def left(text: str, width: int, filler: str = " ") -> str:
    while width_of(text) > width:
        text = text[:-1]
    room = width - width_of(text)
    return text + filler * (room // width_of(filler)) + " " * (room % width_of(filler))


class CheckHostfmt2:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 97 + 3)

    def choose(self, items):
        return self.rng.choice(items)

    def somebody(self) -> dict:
        (family, family_kana), (given, given_kana) = self.choose(SEI), self.choose(MEI)
        postal, pref, town = self.choose(TOWNS)
        born = date(1940, 1, 1) + timedelta(days=self.rng.randint(0, 64 * 365))
        where = f"{pref}{town}{self.rng.randint(1, 8)}-{self.rng.randint(1, 40)}"
        mobile = f"0{self.choose('789')}0{self.rng.randint(10_000_000, 99_999_999)}"
        fixed = f"0{self.choose('3456')}{self.rng.randint(10_000_000, 99_999_999)}"
        return {"name": (family, given), "kana": (family_kana, given_kana), "born": born, "postal": postal,
                "where": where, "mobile": mobile, "fixed": fixed}

    @staticmethod
    def labels(s: dict, name: str | None, kana: str | None, phone: str | None) -> set:
        found = {("DATE_OF_BIRTH", s["born"].isoformat()), ("POSTAL_CODE", s["postal"]), ("ADDRESS", address_key(s["where"]))}
        found |= {("PERSON", canonical_name(text)) for text in (name, kana) if text}
        if phone and phonenumbers.is_valid_number(number := phonenumbers.parse(phone, "JP")):
            found.add(("PHONE", phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)))
        return found

    def subscribers(self, i: int) -> Doc:
        """Subscriber number, kana name (half-width), kanji name, birth+sex+postal, phone, address."""
        lines, truth = [], {("*", t) for t in TYPES}
        for _ in range(self.rng.randint(5, 28)):
            s = self.somebody()
            kana, name = " ".join(s["kana"]), "\u3000".join(s["name"])
            lines.append(f"{self.rng.randint(10**9, 10**10 - 1)} " + left(half_width(kana), 20) + left(name, 14, "\u3000")
                         + f"{s['born']:%Y%m%d}{self.choose('FM')}{s['postal']}" + " " + left(s["fixed"], 11)
                         + left(s["where"], 36, "\u3000"))
            truth |= self.labels(s, name, kana, s["fixed"])
        return Doc(f"c2_subscr{i:03d}.seq", "\r\n".join(lines).encode("cp932"), truth)

    def examinees(self, i: int) -> Doc:
        """Visit date, examinee number and birth in one run, kanji name, postal code, address, mobile."""
        lines, truth = [], {("*", t) for t in TYPES}
        visit = date(2026, self.rng.randint(4, 10), self.rng.randint(1, 28))
        for _ in range(self.rng.randint(5, 28)):
            s = self.somebody()
            name = " ".join(s["name"])
            lines.append(f"{visit:%Y%m%d}{self.rng.randint(0, 999999):06d}{s['born']:%Y%m%d}  " + left(name, 16)
                         + s["postal"] + "  " + left(s["where"], 40) + s["mobile"])
            truth |= self.labels(s, name, None, s["mobile"])
        return Doc(f"c2_exam{i:03d}.txt", "\n".join(lines).encode("cp932"), truth)

    def payroll(self, i: int) -> Doc:
        """Staff number, joining date, birth and postal code in one run, kanji name, address."""
        lines, truth = [], {("*", t) for t in TYPES}
        for _ in range(self.rng.randint(5, 28)):
            s = self.somebody()
            name = "\u3000".join(s["name"])
            joined = date(min(2026, s["born"].year + self.rng.randint(18, 35)), self.choose([4, 4, 7, 10]), 1)
            lines.append(f"{self.rng.randint(0, 99999):05d}{joined:%Y%m%d}{s['born']:%Y%m%d}{s['postal']}"
                         + left(name, 12, "\u3000") + left(s["where"], 40, "\u3000"))
            truth |= self.labels(s, name, None, None)
        return Doc(f"c2_payroll{i:03d}.dat", "\r\n".join(lines).encode("cp932"), truth)

    def positives(self, count: int) -> list[Doc]:
        makers = [self.subscribers, self.examinees, self.payroll]
        return [makers[i % len(makers)](i) for i in range(count)]

    def invoices(self, i: int) -> Doc:
        lines = []
        for _ in range(self.rng.randint(10, 35)):
            billed = date(2026, self.rng.randint(1, 10), self.rng.randint(1, 28))
            lines.append(f"{self.rng.randint(0, 10**9 - 1):09d}{billed:%Y%m%d}{billed + timedelta(days=30):%Y%m%d}"
                         f"{self.rng.randint(1000, 10**8):012d} " + left(self.choose(["ﾐﾅﾄｼｮｳｼﾞ", "ｷﾀｻﾞﾜｻﾝｷﾞｮｳ", "ﾆｼﾉﾐﾔ ｼｮｳｶｲ"]), 20))
        return Doc(f"c2_invoice{i:03d}.dat", "\r\n".join(lines).encode("cp932"))

    def stock(self, i: int) -> Doc:
        lines = [f"{self.rng.randint(0, 10**8 - 1):08d}{date(2026, self.rng.randint(1, 11), self.rng.randint(1, 28)):%Y%m%d}"
                 f"{self.rng.randint(0, 99999):05d}" + left(self.choose(["倉庫Ａ－３", "第二倉庫", "本社棚１２"]), 12, "\u3000")
                 for _ in range(self.rng.randint(10, 35))]
        return Doc(f"c2_stock{i:03d}.dat", "\r\n".join(lines).encode("cp932"))

    def postal_master(self, i: int) -> Doc:
        lines = [f"{postal}{postal[:3]}  " + left(pref, 10, "\u3000") + left(town, 30, "\u3000") for postal, pref, town in TOWNS]
        return Doc(f"c2_postal{i:03d}.dat", "\r\n".join(lines).encode("cp932"))

    def negatives(self, count: int) -> list[Doc]:
        makers = [self.invoices, self.stock, self.postal_master]
        return [makers[i % len(makers)](i) for i in range(count)]
