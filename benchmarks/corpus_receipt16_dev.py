"""Development corpus for issue 12's receipt16 work: a clinic's claims (レセプト) exports as a
billing system writes them, and the insurers' own lists beside them.

Patients' records (scored): a fixed-width CP932 file without a header (key, insurer, reading run
together, sex, YYYYMMDD birth, diagnosis), a comma export after UKE's order without a header
(the 元号コード birth 3470314, 国保's six digits among the eight), a headerless sheet, a CSV under
its header (レセプト番号 …). Each claim's key is twelve digits written to pass the My Number
check (look-alikes). Clean files: the insurers' own master (保険者番号 beside 保険者名, no patient).
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
SURNAMES = ["ヤマモト", "ハシヅメ", "オノデラ", "カツラギ", "ヒメノ", "クスノセ", "ミナセ", "サエキ", "ツジムラ", "ホシカワ"]
GIVEN = ["ハルカ", "リョウタ", "ミサト", "ユウト", "アヤカ", "ダイチ", "コハル", "ソウタ", "ナツミ", "ケンジ", "ユイ"]
DISEASES = ["気管支喘息", "逆流性食道炎", "脂質異常症", "アレルギー性鼻炎", "脊柱管狭窄症", "急性胃腸炎", "急性中耳炎",
            "高尿酸血症", "腰椎椎間板ヘルニア", "花粉症"]
LAWS = ["01", "06", "31", "32", "34", "39"]
ERA_CODES = ((dt.date(2019, 5, 1), "5", 2018), (dt.date(1989, 1, 8), "4", 1988), (dt.date(1926, 12, 25), "3", 1925))
INSURER_BODIES = ["みなと精機健康保険組合", "全国健康保険協会 静岡支部", "公立学校共済組合", "静岡県後期高齢者医療広域連合"]


def era_coded(born: dt.date) -> str:
    """The 元号コード form: 3 昭和, 4 平成, 5 令和, then YYMMDD of the era."""
    for start, code, base in ERA_CODES:
        if born >= start:
            return f"{code}{born.year - base:02d}{born:%m%d}"
    raise ValueError(born)


class DevReceipt16:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 613 + 16)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def insurer(self, town: bool = False) -> str:
        head = f"{self.rng.randint(1, 47):02d}" + self.digits(3) if town else self.rng.choice(LAWS) + self.digits(5)
        return head + luhn.calc_check_digit(head)

    def key(self) -> str:
        body = self.digits(11)
        return body + my_number.calc_check_digit(body)

    def patient(self) -> tuple[str, dt.date, str]:
        born = dt.date(1935, 1, 1) + dt.timedelta(days=self.rng.randint(0, 33000))
        return self.rng.choice(SURNAMES) + self.rng.choice(GIVEN), born, self.rng.choice(DISEASES)

    def _truth(self, insurer: str, reading: str, born: dt.date, key: str) -> set:
        return {("HEALTH_INSURANCE_NUMBER", insurer), ("PERSON", reading), ("DATE_OF_BIRTH", born.isoformat()),
                ("~MY_NUMBER", key)}

    def fixed_width(self, i: int) -> Doc:
        lines, truth = [], set()
        for n in range(self.rng.randint(6, 12)):
            reading, born, disease = self.patient()
            insurer, key = self.insurer(), self.key()
            name, sick = reading.encode("cp932"), disease.encode("cp932")
            lines.append(f"{n + 1:05d} {insurer} ".encode() + name + b" " * (24 - len(name)) + f"{self.rng.randint(1, 2)} "
                         f"{born:%Y%m%d} ".encode() + sick + b" " * (30 - len(sick)) + key.encode())
            truth |= self._truth(insurer, reading, born, key)
        return Doc(f"R16D{i:03d}.DAT", b"\r\n".join(lines) + b"\r\n", truth | _SCORED)

    def uke_csv(self, i: int) -> Doc:
        rows, truth = [], set()
        for _ in range(self.rng.randint(6, 12)):
            reading, born, disease = self.patient()
            insurer, key = self.insurer(town=self.rng.random() < 0.4), self.key()
            rows.append(f"{key},202604,{insurer},{reading},{self.rng.randint(1, 2)},{era_coded(born)},{disease}")
            truth |= self._truth(insurer, reading, born, key)
        return Doc(f"r16d_uke{i:03d}.csv", "\r\n".join(rows).encode("cp932"), truth | _SCORED)

    def sheet(self, i: int) -> Doc:
        rows, truth = [], set()
        for _ in range(self.rng.randint(6, 12)):
            reading, born, disease = self.patient()
            insurer, key = self.insurer(), self.key()
            rows.append([key, reading, born.strftime("%Y%m%d"), insurer, disease])
            truth |= self._truth(insurer, reading, born, key)
        return Doc(f"r16d_sheet{i:03d}.xlsx", w.xlsx_bytes({"レセ": rows}), truth | _SCORED)

    def headed_csv(self, i: int) -> Doc:
        lines, truth = ["レセプト番号,保険者番号,カナ氏名,生年月日,傷病名"], set()
        for _ in range(self.rng.randint(6, 12)):
            reading, born, disease = self.patient()
            insurer, key = self.insurer(), self.key()
            lines.append(f"{key},{insurer},{reading},{born:%Y/%m/%d},{disease}")
            truth |= self._truth(insurer, reading, born, key)
        return Doc(f"r16d_headed{i:03d}.csv", "\n".join(lines).encode(), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.fixed_width, self.uke_csv, self.sheet, self.headed_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        """The insurers' own master: their numbers beside their names, no patient."""
        docs = []
        for i in range(count):
            rows = [f"{self.insurer()},{body},{self.rng.randint(1, 9)}" for body in INSURER_BODIES]
            docs.append(Doc(f"r16d_master{i:03d}.csv", "\n".join(rows).encode()))
        return docs
