"""Check corpus for hostexport16 (another hand: no template, word list or layout shared
with corpus_hostexport16_dev.py): a co-op's member file (9-digit member number, kanji name
padded with U+3000 and the half-width reading right after, birth, the phone right-aligned
in its field, postal code, the bank's and the branch's names in half-width kana, 預金種目,
account), an insurance agency's customers (kanji name, sex letter, birth, landline, postal
code, the kanji address, bank and branch codes as one 7-digit field, 預金種目, account),
a school's direct-debit list (the student's 7-digit number before the guardian's half-width
name, phone, postal code, the 全銀 fields as one run of 15 digits).
Clean files: a parts inventory (7-digit part numbers, 13-digit codes, counts), a master of
a firm's own branches (branch names, postal codes, phones, 7-digit office codes)."""

from __future__ import annotations

import random
from datetime import date

import phonenumbers

from benchmarks.corpus import Doc
from benchmarks.corpus_tables import half_width

SCORED = ("POSTAL_CODE", "PHONE", "BANK_ACCOUNT", "DATE_OF_BIRTH")
LABELLED = {("*", kind) for kind in SCORED}
FAMILY = [("森本", "モリモト"), ("岩崎", "イワサキ"), ("小野寺", "オノデラ"), ("平田", "ヒラタ"), ("桜井", "サクライ"),
          ("松田", "マツダ"), ("新井", "アライ"), ("中川", "ナカガワ"), ("石原", "イシハラ"), ("西村", "ニシムラ")]
FIRST = [("和也", "カズヤ"), ("陽子", "ヨウコ"), ("大輔", "ダイスケ"), ("美香", "ミカ"), ("誠", "マコト"), ("彩", "アヤ"),
         ("健太郎", "ケンタロウ"), ("千尋", "チヒロ"), ("浩二", "コウジ")]
# (postal code, area code, prefecture and town of the address)
HOMES = [("0400061", "0138", "北海道函館市海岸町"), ("9900039", "023", "山形県山形市香澄町"),
         ("3200033", "028", "栃木県宇都宮市本町"), ("3700841", "027", "群馬県高崎市栄町"),
         ("9500087", "025", "新潟県新潟市中央区東大通"), ("6300213", "0742", "奈良県生駒市東生駒"),
         ("6408156", "073", "和歌山県和歌山市七番丁"), ("6800031", "0857", "鳥取県鳥取市本町"),
         ("7900001", "089", "愛媛県松山市一番町"), ("8700022", "097", "大分県大分市大手町"),
         ("8800805", "0985", "宮崎県宮崎市橘通東"), ("9000015", "098", "沖縄県那覇市久茂地"),
         ("4400881", "0532", "愛知県豊橋市大国町"), ("9100006", "0776", "福井県福井市中央")]
BANK_NAMES = ["ﾐｽﾞﾎ", "ﾐﾂﾋﾞｼUFJ", "ﾐﾂｲｽﾐﾄﾓ", "ﾘｿﾅ", "ﾎｯｶｲﾄﾞｳ", "ﾁﾊﾞ", "ﾖｺﾊﾏ", "ｼｽﾞｵｶ"]
BRANCH_NAMES = ["ﾎﾝﾃﾝ", "ｴｷﾏｴ", "ﾁｭｳｵｳ", "ｷﾀｸﾞﾁ", "ﾐﾅﾐｸﾞﾁ", "ｼﾔｸｼｮﾏｴ"]
OFFICES = ["札幌支店", "仙台支店", "大宮営業所", "名古屋支店", "広島営業所", "福岡支店"]


def pad(text: str, columns: int, left: bool = False) -> str:
    room = columns - len(text.encode("cp932"))
    return " " * room + text if left else text + " " * room


def pad_wide(text: str, columns: int) -> str:
    room = columns - len(text.encode("cp932"))
    return text + "\u3000" * (room // 2) + " " * (room % 2)


class CheckHostexport16:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 97 + 3)

    def someone(self, landline: float = 0.85) -> dict:
        (sei, sei_kana), (mei, mei_kana) = self.rng.choice(FAMILY), self.rng.choice(FIRST)
        postal, area, town = self.rng.choice(HOMES)
        rest = 9 - len(area)
        phone = (area + str(self.rng.randint(2, 9)) + "".join(self.rng.choice("0123456789") for _ in range(rest))
                 if self.rng.random() < landline else "0" + self.rng.choice(["90", "80", "70"])
                 + "".join(self.rng.choice("0123456789") for _ in range(8)))
        return {"name": f"{sei}\u3000{mei}", "reading": half_width(f"{sei_kana} {mei_kana}"), "postal": postal,
                "phone": phone, "address": f"{town}{self.rng.randint(1, 9)}-{self.rng.randint(1, 30)}",
                "birth": date(self.rng.randint(1945, 2005), self.rng.randint(1, 12), self.rng.randint(1, 28)),
                "account": "".join(self.rng.choice("0123456789") for _ in range(7))}

    @staticmethod
    def expected(p: dict) -> set:
        valid = phonenumbers.is_valid_number(phonenumbers.parse(p["phone"], "JP"))  # a made-up number may be none
        return {("POSTAL_CODE", p["postal"]), ("BANK_ACCOUNT", p["account"]), ("DATE_OF_BIRTH", p["birth"].isoformat())} | (
            {("PHONE", "+81" + p["phone"][1:])} if valid else set())

    def coop_members(self, i: int) -> Doc:
        people = [self.someone() for _ in range(self.rng.randint(6, 25))]
        rows = [f"{self.rng.randint(100_000_000, 999_999_999)} " + pad_wide(p["name"], 14) + pad(p["reading"], 18)
                + f"{p['birth']:%Y%m%d}" + pad(p["phone"], 13, left=True) + "  " + p["postal"] + "  "
                + pad(self.rng.choice(BANK_NAMES), 12) + pad(self.rng.choice(BRANCH_NAMES), 10) + "1 " + p["account"]
                for p in people]
        return Doc(f"coop{i:03d}.txt", "\r\n".join(rows).encode("cp932"), LABELLED.union(*map(self.expected, people)))

    def agency_customers(self, i: int) -> Doc:
        people = [self.someone(landline=1.0) for _ in range(self.rng.randint(6, 25))]
        rows = [pad_wide(p["name"], 14) + self.rng.choice("MF") + " " + f"{p['birth']:%Y%m%d}  " + p["phone"] + "  "
                + p["postal"] + "  " + pad_wide(p["address"], 40)
                + f"{self.rng.choice(['0005', '0009', '0001', '0150'])}{self.rng.randint(100, 899)}  "
                + self.rng.choice("12") + "  " + p["account"] for p in people]
        return Doc(f"agency{i:03d}.dat", "\r\n".join(rows).encode("cp932"), LABELLED.union(*map(self.expected, people)))

    def school_debits(self, i: int) -> Doc:
        people = [self.someone(landline=0.7) for _ in range(self.rng.randint(6, 25))]
        rows = [f"{self.rng.randint(2_000_000, 2_999_999)}  " + pad(p["reading"], 20) + f"{p['birth']:%Y%m%d}  "
                + pad(p["phone"], 11) + "  " + p["postal"] + "  "
                + f"{self.rng.choice(['0005', '0033', '0138', '1250'])}{self.rng.randint(1, 999):03d}1{p['account']}"
                for p in people]
        # the guardians' births are the students' record's own field here: labelled as births too
        return Doc(f"debits{i:03d}.txt", "\n".join(rows).encode("cp932"), LABELLED.union(*map(self.expected, people)))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.coop_members, self.agency_customers, self.school_debits]
        return [kinds[i % 3](i) for i in range(count)]

    def parts(self, i: int) -> Doc:
        rows = [f"{self.rng.randint(1_000_000, 9_999_999)}  49{self.rng.randint(10 ** 10, 10 ** 11 - 1)}  "
                f"{self.rng.randint(0, 5000):06d}  {self.rng.randint(1_000_000, 9_999_999)}" for _ in range(self.rng.randint(10, 30))]
        return Doc(f"parts{i:03d}.dat", "\r\n".join(rows).encode("cp932"))

    def offices(self, i: int) -> Doc:
        rows = []
        for office in OFFICES:
            postal, area, town = self.rng.choice(HOMES)
            rows.append(pad_wide(office, 14) + postal + "  " + area + str(self.rng.randint(2, 9))
                        + "".join(self.rng.choice("0123456789") for _ in range(9 - len(area)))
                        + f"  {self.rng.randint(1_000_000, 9_999_999)}")
        return Doc(f"offices{i:03d}.dat", "\r\n".join(rows).encode("cp932"))

    def negatives(self, count: int) -> list[Doc]:
        return [(self.parts if i % 2 else self.offices)(i) for i in range(count)]
