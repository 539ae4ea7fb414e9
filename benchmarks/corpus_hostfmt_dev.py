"""Development corpus for exports without a header (issue 12 classes 4 and 5, hostfmt):
fixed-width host exports (.DAT/.TXT, CP932 or UTF-8) whose records carry births as
8 digits or with separators, postal codes of 7 digits, kanji names with a space and
half-width katakana names, under a title or run-date line and over a trailer; CSV
and TSV files handed over without their header row. Hard negatives: a sales-slip
export (slip numbers, dates of one year, customer codes, zero-padded amounts), a
town-code master (postal codes and town names, no person), a product master with
release dates and 7-digit codes; among the positives, a supplier master of companies
scored for PERSON only (a company is no person). The rules are tuned on this corpus only; corpus_hostfmt_check.py checks them.

Positives are labelled for the scored types only (`("*", type)`); clean files for nothing.
"""

from __future__ import annotations

import csv
import io
import random
import unicodedata
from datetime import date

import phonenumbers

from benchmarks.corpus import Doc, address_key
from benchmarks.corpus_people import canonical_name
from benchmarks.corpus_tables import half_width

SCORED = ("PERSON", "ADDRESS", "POSTAL_CODE", "DATE_OF_BIRTH", "PHONE")
_SCORED = {("*", t) for t in SCORED}
SURNAMES = [("佐々木", "ササキ"), ("山口", "ヤマグチ"), ("松本", "マツモト"), ("井上", "イノウエ"), ("木村", "キムラ"),
            ("林", "ハヤシ"), ("清水", "シミズ"), ("山崎", "ヤマザキ"), ("森", "モリ"), ("池田", "イケダ"), ("橋本", "ハシモト"),
            ("阿部", "アベ"), ("石川", "イシカワ"), ("前田", "マエダ"), ("藤田", "フジタ"), ("小川", "オガワ"),
            ("岡田", "オカダ"), ("後藤", "ゴトウ"), ("長谷川", "ハセガワ"), ("村上", "ムラカミ")]
GIVEN = [("和彦", "カズヒコ"), ("直樹", "ナオキ"), ("恵子", "ケイコ"), ("真由美", "マユミ"), ("隆", "タカシ"), ("浩二", "コウジ"),
         ("陽子", "ヨウコ"), ("健太", "ケンタ"), ("さくら", "サクラ"), ("翔太", "ショウタ"), ("明美", "アケミ"), ("誠", "マコト"),
         ("裕子", "ユウコ"), ("剛", "ツヨシ"), ("千尋", "チヒロ"), ("大樹", "ダイキ")]
# (prefecture, municipality and town, the town's postal code)
TOWNS = [("東京都", "練馬区豊玉北", "1760012"), ("東京都", "江東区亀戸", "1360071"), ("神奈川県", "川崎市中原区小杉町", "2110063"),
         ("埼玉県", "川口市栄町", "3320017"), ("大阪府", "吹田市江坂町", "5640063"), ("愛知県", "岡崎市康生町", "4440052"),
         ("福岡県", "久留米市日吉町", "8300017"), ("北海道", "旭川市四条通", "0700034"), ("宮城県", "石巻市中央", "9860822"),
         ("広島県", "福山市三之丸町", "7200066"), ("静岡県", "浜松市中区砂山町", "4300926"), ("新潟県", "長岡市大手通", "9400062")]
PRODUCTS = ["コピー用紙 A4", "ボールペン 黒", "クリアファイル 青", "トナー カートリッジ", "付箋 黄色", "ホチキス 針",
            "マスキング テープ", "電卓 大型"]
COMPANIES = ["ｶ)ﾏﾙﾐﾂｼｮｳｼﾞ", "ﾕ)ﾀｶｷﾞｾｲｻｸｼｮ", "ｶ)ﾐﾄﾞﾘﾃｯｸ", "(ｶ)ｵｵｻﾜｻﾝｷﾞｮｳ", "ｶ)ﾋﾉﾃﾞﾌｰｽﾞ", "ｺﾞｳ)ｱｵﾊﾞﾃﾞﾝｷ"]


def _columns(text: str) -> int:
    return len(text.encode("cp932"))


def pad(value: str, width: int) -> str:
    while _columns(value) > width:
        value = value[:-1]
    return value + " " * (width - _columns(value))


def _csv(rows: list[list[str]], encoding: str, delimiter: str = ",", quoting: int = csv.QUOTE_MINIMAL) -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


class DevHostfmt:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 41 + 7)

    def pick(self, items):
        return self.rng.choice(items)

    def person(self) -> dict:
        (sei, sei_kana), (mei, mei_kana) = self.pick(SURNAMES), self.pick(GIVEN)
        pref, town, postal = self.pick(TOWNS)
        born = date(self.rng.randint(1942, 2004), self.rng.randint(1, 12), self.rng.randint(1, 28))
        address = f"{pref}{town}{self.rng.randint(1, 6)}-{self.rng.randint(1, 30)}-{self.rng.randint(1, 15)}"
        phone = self.pick([f"0{self.pick('346789')}{self.rng.randint(1000, 9999)}{self.rng.randint(1000, 9999)}",
                           f"0{self.pick('789')}0{self.rng.randint(1000, 9999)}{self.rng.randint(1000, 9999)}"])
        return {"kanji": f"{sei} {mei}", "kana": f"{sei_kana} {mei_kana}", "born": born, "postal": postal,
                "address": address, "phone": phone}

    def truth(self, p: dict, kanji=True, kana=False, born=True, postal=True, address=True, phone=False) -> set:
        truth = set()
        if kanji:
            truth.add(("PERSON", canonical_name(p["kanji"])))
        if kana:
            truth.add(("PERSON", canonical_name(p["kana"])))
        if born:
            truth.add(("DATE_OF_BIRTH", p["born"].isoformat()))
        if postal:
            truth.add(("POSTAL_CODE", p["postal"]))
        if address:
            truth.add(("ADDRESS", address_key(p["address"])))
        if phone and phonenumbers.is_valid_number(number := phonenumbers.parse(p["phone"], "JP")):
            truth.add(("PHONE", phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)))
        return truth

    def day(self, year: int = 2026) -> date:
        return date(year, self.rng.randint(1, 11), self.rng.randint(1, 28))

    def _framed(self, records: list[str], title: str) -> list[str]:
        """A run-date title over the records and a trailer of counts under them, in some exports."""
        head = [f"{title}  作成日 {self.day():%Y/%m/%d}  PAGE 1"] if self.rng.random() < 0.5 else []
        tail = [f"TOTAL {len(records):06d}"] if self.rng.random() < 0.5 else []
        return head + records + tail

    # --- positives ---------------------------------------------------------------

    def member_dat(self, i: int) -> Doc:
        """Members: number, kanji name, half-width kana, birth as 8 digits, postal code, address, phone, last visit."""
        records, truth = [], set(_SCORED)
        for n in range(self.rng.randint(8, 30)):
            p = self.person()
            records.append(pad(f"{n + 1:08d}", 9) + pad(p["kanji"].replace(" ", "　"), 18) + pad(half_width(p["kana"]), 20)
                           + pad(f"{p['born']:%Y%m%d}", 9) + pad(p["postal"], 8) + pad(p["address"], 44)
                           + pad(p["phone"], 12) + f"{self.day():%Y%m%d}")
            truth |= self.truth(p, kana=True, phone=True)
        text = "\r\n".join(self._framed(records, "会員マスタ抽出"))
        return Doc(f"hd_member{i:03d}.dat", text.encode(self.pick(["cp932", "cp932", "utf-8"])), truth)

    def patient_txt(self, i: int) -> Doc:
        """Patients: ID, half-width kana name, sex, birth with separators, postal code, address and
        reception date (or the date, then the address unpadded at the end of the line)."""
        records, truth = [], set(_SCORED)
        style = self.pick(["%Y/%m/%d", "%Y-%m-%d", "%Y.%m.%d", "era"])
        unpadded = self.rng.random() < 0.5  # the address last, its trailing blanks cut off
        for n in range(self.rng.randint(8, 30)):
            p = self.person()
            born = self.era(p["born"]) if style == "era" else p["born"].strftime(style)
            head = (pad(f"P{self.rng.randint(100000, 999999)}", 8) + pad(half_width(p["kana"]), 22)
                    + pad(self.pick("12"), 2) + pad(born, 16) + pad(p["postal"], 9))
            records.append(head + (pad(self.day().strftime("%Y/%m/%d"), 11) + p["address"] if unpadded
                                   else pad(p["address"], 46) + self.day().strftime("%Y/%m/%d")))
            truth |= self.truth(p, kanji=False, kana=True)
        text = "\n".join(self._framed(records, "受付患者一覧"))
        return Doc(f"hd_patient{i:03d}.txt", text.encode(self.pick(["cp932", "utf-8"])), truth)

    def era(self, day: date) -> str:
        """A birth in 和暦: era letter or name, two-digit year."""
        era, year = ("H", day.year - 1988) if day >= date(1989, 1, 8) else ("S", day.year - 1925)
        name = {"H": "平成", "S": "昭和"}[era]
        return self.pick([f"{era}{year}.{day.month}.{day.day}", f"{era}{year:02d}/{day.month:02d}/{day.day:02d}",
                          f"{name}{year}年{day.month}月{day.day}日"])

    def customer_csv(self, i: int) -> Doc:
        """Customers as a CSV without its header row."""
        rows, truth = [], set(_SCORED)
        hyphen = self.rng.random() < 0.3
        for n in range(self.rng.randint(6, 25)):
            p = self.person()
            postal = f"{p['postal'][:3]}-{p['postal'][3:]}" if hyphen else p["postal"]
            rows.append([f"C{n + 1:05d}", p["kanji"], p["kana"], self.pick(["男", "女"]), f"{p['born']:%Y%m%d}", postal,
                         p["address"], p["phone"]])
            truth |= self.truth(p, kana=True, phone=True)
        quoting = self.pick([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])
        return Doc(f"hd_customer{i:03d}.csv", _csv(rows, self.pick(["cp932", "utf-8"]), quoting=quoting), truth)

    def staff_tsv(self, i: int) -> Doc:
        """Staff as a TSV without its header: births beside hire dates (the 1st of a month)."""
        rows, truth = [], set(_SCORED)
        for n in range(self.rng.randint(6, 25)):
            p = self.person()
            hired = date(min(2025, p["born"].year + self.rng.randint(18, 40)), self.pick([4, 4, 10, 1]), 1)
            rows.append([f"{self.rng.randint(10000, 99999)}", p["kanji"], self.pick(["総務部", "営業一課", "製造部", "経理課"]),
                         f"{p['born']:%Y/%m/%d}", f"{hired:%Y/%m/%d}", p["postal"], p["address"]])
            truth |= self.truth(p)
        return Doc(f"hd_staff{i:03d}.tsv", _csv(rows, "utf-8", delimiter="\t"), truth)

    def positives(self, count: int) -> list[Doc]:
        makers = [self.member_dat, self.patient_txt, self.customer_csv, self.staff_tsv, self.suppliers_dat]
        return [makers[i % len(makers)](i) for i in range(count)]

    # --- hard negatives ----------------------------------------------------------

    def slips_dat(self, i: int) -> Doc:
        records = [pad(f"{self.rng.randint(1, 9_999_999):010d}", 11) + pad(f"{self.day():%Y%m%d}", 9)
                   + pad(f"{self.rng.randint(1_000_000, 9_999_999)}", 8) + pad(f"K{self.rng.randint(10000, 99999)}", 8)
                   + pad(f"{self.rng.randint(1, 500):04d}", 5) + f"{self.rng.randint(100, 9_999_999):010d}"
                   for _ in range(self.rng.randint(15, 40))]
        return Doc(f"hd_slips{i:03d}.dat", "\r\n".join(self._framed(records, "売上明細")).encode("cp932"))

    def towns_csv(self, i: int) -> Doc:
        rows = [[postal, unicodedata.normalize("NFKC", pref), town, half_width("トウキョウト") if pref == "東京都" else "",
                 f"{self.rng.randint(10000, 47999)}"] for pref, town, postal in TOWNS]
        return Doc(f"hd_towns{i:03d}.csv", _csv(rows, "cp932", quoting=csv.QUOTE_ALL))

    def products_csv(self, i: int) -> Doc:
        rows = [[f"{self.rng.randint(1_000_000, 9_999_999)}", self.pick(PRODUCTS), str(self.rng.randint(80, 9800)),
                 f"{date(self.rng.randint(1995, 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)):%Y%m%d}"]
                for _ in range(self.rng.randint(10, 30))]
        return Doc(f"hd_products{i:03d}.csv", _csv(rows, "cp932"))

    def suppliers_dat(self, i: int) -> Doc:
        """Companies with their addresses: no name of a person (scored for PERSON only)."""
        records = []
        for n in range(self.rng.randint(8, 20)):
            pref, town, postal = self.pick(TOWNS)
            records.append(pad(f"{n + 1:06d}", 7) + pad(self.pick(COMPANIES), 24) + pad(postal, 8)
                           + pad(f"{pref}{town}{self.rng.randint(1, 9)}-{self.rng.randint(1, 20)}", 40)
                           + f"0{self.rng.randint(3, 9)}{self.rng.randint(10000000, 99999999)}")
        return Doc(f"hd_suppliers{i:03d}.dat", "\r\n".join(records).encode("cp932"), {("*", "PERSON")})

    def negatives(self, count: int) -> list[Doc]:
        makers = [self.slips_dat, self.towns_csv, self.products_csv]
        return [makers[i % len(makers)](i) for i in range(count)]
