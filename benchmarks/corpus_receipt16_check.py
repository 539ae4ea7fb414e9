"""Check corpus for issue 12's receipt16 work, written apart from
benchmarks/corpus_receipt16_dev.py (no template or word list in common): an outpatient
clinic's and a dispensing pharmacy's billing dumps.

Patients' records (scored): a host's bar-separated dump (half-width kana run together, 記号 and
番号 beside the 保険者番号, births in short era form S47.03.14), a sheet under English headers
(ClaimID, InsurerNo, PatientKana, DOB, Diagnosis), a tab file without a header whose births are
written 昭和47年3月14日 and whose month of care leads each row, and a fixed-width listing padded
with ideographic spaces. Every row's 受付番号 passes the My Number check (look-alikes). Clean
files: a table of the prefecture's insurers with their numbers and no patient.
"""

from __future__ import annotations

import datetime as dt
import random

from stdnum import luhn
from stdnum.jp import in_ as my_number

from benchmarks.corpus import Doc
from samples import writers as w

SCORED = ("HEALTH_INSURANCE_NUMBER", "DATE_OF_BIRTH", "MY_NUMBER", "PERSON")
_SCORED = {("*", e) for e in SCORED}
FAMILY = ["アサクラ", "イチノセ", "ウエハラ", "エノモト", "カシワギ", "キタジマ", "クロサワ", "シノハラ", "タチバナ"]
FIRST = ["マコト", "シオリ", "タクヤ", "メグミ", "ヒロキ", "サクラ", "ユウキ", "カナコ", "ショウ"]
ILLNESSES = ["糖尿病性腎症", "急性咽頭炎", "緑内障", "帯状疱疹", "慢性心不全", "関節リウマチ", "偏頭痛", "湿疹",
             "前立腺肥大症"]
ERAS = (("R", dt.date(2019, 5, 1)), ("H", dt.date(1989, 1, 8)), ("S", dt.date(1926, 12, 25)))
KANJI_ERAS = {"R": "令和", "H": "平成", "S": "昭和"}


def _half(text: str) -> str:
    """Half-width katakana, as a host writes readings."""
    import unicodedata
    table = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0xFF66, 0xFF9E)}
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)
        if base[0] in table:
            out.append(table[base[0]] + ("ﾞ" if "\u3099" in base else "ﾟ" if "\u309a" in base else ""))
        else:
            out.append(ch)
    return "".join(out)


class CheckReceipt16:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 977 + 1616)

    def run(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def payer(self) -> str:
        if self.rng.random() < 0.3:  # 国保
            head = f"{self.rng.randint(1, 47):02d}{self.run(3)}"
        else:
            head = self.rng.choice(["06", "01", "39", "33", "63"]) + f"{self.rng.randint(1, 47):02d}" + self.run(3)
        return head + luhn.calc_check_digit(head)

    def receipt_no(self) -> str:
        body = self.run(11)
        return body + my_number.calc_check_digit(body)

    def person(self) -> tuple[str, dt.date, str]:
        born = dt.date(2024, 12, 31) - dt.timedelta(days=self.rng.randint(200, 34000))
        return self.rng.choice(FAMILY) + self.rng.choice(FIRST), born, self.rng.choice(ILLNESSES)

    @staticmethod
    def era(born: dt.date) -> tuple[str, int]:
        letter, start = next((letter, start) for letter, start in ERAS if born >= start)
        return letter, born.year - start.year + 1

    def _truth(self, payer: str, kana: str, born: dt.date, number: str) -> set:
        return {("HEALTH_INSURANCE_NUMBER", payer), ("PERSON", kana), ("DATE_OF_BIRTH", born.isoformat()),
                ("~MY_NUMBER", number)}

    def bar_dump(self, i: int) -> Doc:
        rows, truth = [], set()
        for n in range(self.rng.randint(5, 10)):
            kana, born, illness = self.person()
            payer, number = self.payer(), self.receipt_no()
            letter, year = self.era(born)
            rows.append(f"{n + 1}|{payer}|{self.run(4)}|{self.run(3)}|{_half(kana)}|{self.rng.choice('12')}|"
                        f"{letter}{year:02d}.{born:%m.%d}|{illness}|{number}")
            truth |= self._truth(payer, kana, born, number)  # the finding is the reading in full width
        return Doc(f"c16r_dump{i:03d}.txt", "\n".join(rows).encode("cp932"), truth | _SCORED)

    def english_sheet(self, i: int) -> Doc:
        rows, truth = [["ClaimID", "InsurerNo", "PatientKana", "DOB", "Diagnosis"]], set()
        for _ in range(self.rng.randint(5, 10)):
            kana, born, illness = self.person()
            payer, number = self.payer(), self.receipt_no()
            rows.append([number, payer, kana, born.isoformat(), illness])
            truth |= self._truth(payer, kana, born, number)
        return Doc(f"c16r_claims{i:03d}.xlsx", w.xlsx_bytes({"Claims": rows}), truth | _SCORED)

    def month_led_tsv(self, i: int) -> Doc:
        rows, truth = [], set()
        for _ in range(self.rng.randint(5, 10)):
            kana, born, illness = self.person()
            payer, number = self.payer(), self.receipt_no()
            letter, year = self.era(born)
            rows.append(f"R08.03\t{payer}\t{kana}\t{KANJI_ERAS[letter]}{year}年{born.month}月{born.day}日\t{illness}\t{number}")
            truth |= self._truth(payer, kana, born, number)
        return Doc(f"c16r_month{i:03d}.tsv", "\n".join(rows).encode(), truth | _SCORED)

    def ideographic_fixed(self, i: int) -> Doc:
        rows, truth = [], set()
        for _ in range(self.rng.randint(5, 10)):
            kana, born, illness = self.person()
            payer, number = self.payer(), self.receipt_no()
            rows.append(f"{number}  {payer:<8}  {kana:　<10}{born:%Y%m%d}  {illness:　<12}")
            truth |= self._truth(payer, kana, born, number)
        return Doc(f"c16r_list{i:03d}.txt", "\n".join(rows).encode("utf-8"), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.bar_dump, self.english_sheet, self.month_led_tsv, self.ideographic_fixed]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        """The prefecture's insurers and their numbers: no patient."""
        bodies = ["あさひ化学健康保険組合", "全国健康保険協会 長野支部", "警察共済組合", "長野県国民健康保険団体連合会"]
        docs = []
        for i in range(count):
            rows = "\n".join(f"{self.payer()}\t{body}" for body in bodies)
            docs.append(Doc(f"c16r_payers{i:03d}.tsv", rows.encode()))
        return docs
