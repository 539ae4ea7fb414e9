"""Development corpus for a headerless host export's postal codes, phones and bank
accounts (hostexport16): CP932 fixed-width records of people with no label anywhere —
a club's member file (serial, full-width kana name, birth, postal code, phone, account;
a header and a trailer record), a payroll master (staff number, half-width kana, a sex
code glued to the birth, phone, postal code, then bank code, branch, 預金種目 and account
one blank apart), a transfer file (half-width kana, then birth, postal code, phone and
the 全銀 fields as one run). Phones are landlines of the person's area or mobiles.
Clean files: a supplier master (companies' kana names, postal codes, phones), order slips
(order number, 7-digit customer code, date, amount, a 10-digit item code).
The rules are tuned on this corpus only; corpus_hostexport16_check.py checks them."""

from __future__ import annotations

import random
from datetime import date

from phonenumbers import is_valid_number, parse

from benchmarks.corpus import Doc
from benchmarks.corpus_tables import half_width

SCORED = ("POSTAL_CODE", "PHONE", "BANK_ACCOUNT", "DATE_OF_BIRTH")
_SCORED = {("*", t) for t in SCORED}
SURNAMES = ["ササキ", "モリタ", "ヒラノ", "クドウ", "アラキ", "ミヤケ", "ツチヤ", "ホシノ", "オオツカ", "カワグチ",
            "ノムラ", "スギウラ", "イシダ", "マツオカ", "タカハシ", "ヨシダ"]
GIVEN = ["マサヒロ", "アヤノ", "ケンタ", "ミユキ", "ノボル", "サトミ", "ユウジ", "エミ", "タカシ", "ナオコ", "シュン",
         "マイ", "ヒロシ", "ユカリ"]
# postal code and the area code of a landline there
PLACES = [("3900874", "0263"), ("4200853", "054"), ("9800021", "022"), ("7600017", "087"), ("0200021", "019"),
          ("8500031", "095"), ("5008833", "058"), ("0600042", "011"), ("6048006", "075"), ("7300011", "082"),
          ("9200961", "076"), ("8120011", "092"), ("2310023", "045"), ("4600008", "052"), ("1500002", "03"),
          ("5300001", "06"), ("3300063", "048"), ("2600013", "043")]
BANKS = ["0001", "0005", "0009", "0010", "0017", "0134", "0157", "1010", "2004", "9900"]
COMPANIES = ["ﾐﾄﾞﾘｼｮｳｼﾞ", "ｱｻﾋﾌﾞｯｻﾝ", "ﾊﾅﾀﾞｺｳｷﾞｮｳ", "ｷﾀｾｲｷ", "ﾐﾅﾐｻﾝｷﾞｮｳ", "ﾋｶﾞｼﾃﾞﾝｷ", "ﾆｼｶｾｲ"]


def fit(value: str, width: int, blank: str = " ") -> str:
    pad = width - len(value.encode("cp932"))
    return value + blank * (pad // len(blank.encode("cp932"))) + " " * (pad % len(blank.encode("cp932")))


class DevHostexport16:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 71 + 16)

    def person(self, mobile_share: float = 0.15) -> dict:
        postal, area = self.rng.choice(PLACES)
        if self.rng.random() < mobile_share:
            phone = f"0{self.rng.choice('789')}0{self.rng.randint(1000, 9999)}{self.rng.randint(1000, 9999)}"
        else:
            local = 9 - len(area) + 1
            phone = area + str(self.rng.randint(2, 9)) + f"{self.rng.randint(0, 10 ** (local - 1) - 1):0{local - 1}d}"
        return {"kana": f"{self.rng.choice(SURNAMES)}\u3000{self.rng.choice(GIVEN)}",
                "born": date(self.rng.randint(1940, 2004), self.rng.randint(1, 12), self.rng.randint(1, 28)),
                "postal": postal, "phone": phone, "bank": self.rng.choice(BANKS),
                "branch": f"{self.rng.randint(1, 999):03d}", "type": self.rng.choice("1112"),
                "account": f"{self.rng.randint(0, 9_999_999):07d}"}

    @staticmethod
    def truth(p: dict) -> set:
        truth = {("DATE_OF_BIRTH", p["born"].isoformat()), ("POSTAL_CODE", p["postal"]), ("BANK_ACCOUNT", p["account"])}
        return truth | ({("PHONE", "+81" + p["phone"][1:])} if is_valid_number(parse(p["phone"], "JP")) else set())

    def members_dat(self, i: int) -> Doc:
        people = [self.person() for _ in range(self.rng.randint(8, 30))]
        width = 66
        lines = ["H" + fit(f"{date(2026, 11, 30):%Y%m%d} KAIIN", width - 1)]
        lines += [f"D{n:05d} " + fit(p["kana"], 22) + f"{p['born']:%Y%m%d} {p['postal']} "
                  + fit(p["phone"], 11) + f" {p['account']}   " for n, p in enumerate(people, 1)]
        lines.append("T" + fit(f"{len(people):08d}", width - 1))
        return Doc(f"he_members{i:03d}.dat", ("\r\n".join(lines) + "\r\n").encode("cp932"),
                   set(_SCORED).union(*map(self.truth, people)))

    def payroll_txt(self, i: int) -> Doc:
        people = [self.person() for _ in range(self.rng.randint(8, 30))]
        lines = [f"{n:07d}" + fit(half_width(p["kana"].replace("\u3000", " ")), 16) + self.rng.choice("12")
                 + f"{p['born']:%Y%m%d}  " + fit(p["phone"], 11) + f"  {p['postal']}  "
                 + " ".join((p["bank"], p["branch"], p["type"], p["account"])) for n, p in enumerate(people, 1)]
        return Doc(f"he_payroll{i:03d}.txt", ("\r\n".join(lines) + "\r\n").encode("cp932"),
                   set(_SCORED).union(*map(self.truth, people)))

    def transfers_dat(self, i: int) -> Doc:
        people = [self.person(mobile_share=0.0) for _ in range(self.rng.randint(8, 30))]
        lines = [f"{n:05d}  " + fit(half_width(p["kana"].replace("\u3000", " ")), 16)
                 + f"{p['born']:%Y%m%d}{p['postal']}{p['phone']}{p['bank']}{p['branch']}{p['type']}{p['account']}"
                 for n, p in enumerate(people, 1)]
        return Doc(f"he_transfers{i:03d}.dat", ("\n".join(lines) + "\n").encode("cp932"),
                   set(_SCORED).union(*map(self.truth, people)))

    def positives(self, count: int) -> list[Doc]:
        makers = [self.members_dat, self.payroll_txt, self.transfers_dat]
        return [makers[i % len(makers)](i) for i in range(count)]

    def suppliers_dat(self, i: int) -> Doc:
        lines = [f"S{n:04d}  " + fit(self.rng.choice(COMPANIES), 18) + f"{(p := self.person(0.0))['postal']}  "
                 + p["phone"] + f"  {self.rng.randint(0, 9_999_999):07d}" for n in range(1, self.rng.randint(8, 20))]
        return Doc(f"he_suppliers{i:03d}.dat", "\r\n".join(lines).encode("cp932"))

    def orders_dat(self, i: int) -> Doc:
        lines = [f"{self.rng.randint(1, 99_999_999):08d}  {self.rng.randint(0, 9_999_999):07d}  "
                 f"{date(2026, self.rng.randint(1, 11), self.rng.randint(1, 28)):%Y%m%d}  "
                 f"{self.rng.randint(100, 999_999):09d}  0{self.rng.randint(100_000_000, 999_999_999)}"
                 for _ in range(self.rng.randint(10, 30))]
        return Doc(f"he_orders{i:03d}.dat", "\r\n".join(lines).encode("cp932"))

    def negatives(self, count: int) -> list[Doc]:
        makers = [self.suppliers_dat, self.orders_dat]
        return [makers[i % len(makers)](i) for i in range(count)]
