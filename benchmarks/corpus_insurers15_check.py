"""Check corpus for issue 12's contacts15 work, written apart from
benchmarks/corpus_insurers15_dev.py (no template or word list in common): a clinic's
医事課 and its billing system, which keep the insurers they bill and their patients'
cards.

Insurer's own records (look-alikes): a fixed-width 保険者マスタ printed from the billing
host, a YAML of billing destinations with romaji keys, a 広域連合's or a town's 国保
circular (6-digit 国保 numbers too), a TSV of municipal 国保 desks. A patient's records
(scored): an intake sheet as PDF, a claim's header, a patient list as CSV, an XML export
of one patient's coverage.
"""

from __future__ import annotations

import random

from stdnum import luhn

from benchmarks.corpus import Doc, _docx, _e164, _pdf

SCORED = ("HEALTH_INSURANCE_NUMBER", "PHONE")
_SCORED = {("*", e) for e in SCORED}
PATIENTS = ["NAKANO HARUKA", "土屋 隆之", "宮下 彩花", "荒木 拓郎", "永井 知子", "杉山 翔"]
BODIES = ["東海精機健康保険組合", "北陸食品工業健康保険組合", "全国健康保険協会 新潟支部", "地方職員共済組合",
          "日本医師国民健康保険組合", "福井県後期高齢者医療広域連合"]
TOWNS = ["三条市", "弥彦村", "燕市", "加茂市", "田上町"]


class CheckInsurers15:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 211 + 1505)

    def choose(self, items):
        return self.rng.choice(items)

    def run(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def eight(self) -> str:
        head = self.choose(["06", "01", "32", "39", "67"]) + f"{self.rng.randint(1, 47):02d}" + self.run(3)
        return head + luhn.calc_check_digit(head)

    def six(self) -> str:
        head = f"{self.rng.randint(1, 47):02d}" + self.run(3)
        return head + luhn.calc_check_digit(head)

    def landline(self) -> str:
        return f"025-{self.run(3)}-{self.run(4)}"

    # --- insurers' own -------------------------------------------------------------------

    def master_fixed(self, i: int) -> Doc:
        rows, truth = ["保険者番号  保険者名称                    請求先電話"], set()
        for body in self.rng.sample(BODIES, 4):
            number, phone = self.eight(), self.landline()
            rows.append(f"{number}    {body:<24}{phone}")
            truth |= {("~HEALTH_INSURANCE_NUMBER", number), ("~PHONE", _e164(phone))}
        return Doc(f"c15i_master{i:03d}.txt", "\n".join(rows).encode("cp932"), truth | _SCORED)

    def billing_yaml(self, i: int) -> Doc:
        lines, truth = ["seikyusaki:"], set()
        for body in self.rng.sample(BODIES, 2):
            number = self.eight()
            lines += [f"  - hokensha_mei: {body}", f"    hokensha_no: '{number}'"]
            truth.add(("~HEALTH_INSURANCE_NUMBER", number))
        return Doc(f"c15i_billing{i:03d}.yaml", "\n".join(lines).encode(), truth | _SCORED)

    def circular_docx(self, i: int) -> Doc:
        number, phone, body = self.eight(), self.landline(), self.choose(BODIES)
        lines = ["保険医療機関 各位", "", "高額療養費の現物給付について（通知）", "標記について、下記のとおり取り扱います。", "",
                 f"{body}（保険者番号：{number}）", f"担当　給付係　{phone}"]
        return Doc(f"c15i_circular{i:03d}.docx", _docx(lines), {("~HEALTH_INSURANCE_NUMBER", number), ("~PHONE", _e164(phone))} | _SCORED)

    def towns_tsv(self, i: int) -> Doc:
        rows, truth = ["市町村\t国保保険者番号\t担当課\t電話"], set()
        for town in self.rng.sample(TOWNS, 3):
            number, phone = self.six(), self.landline()
            rows.append(f"{town}\t{number}\t保険年金課\t{phone}")
            truth |= {("~HEALTH_INSURANCE_NUMBER", number), ("~PHONE", _e164(phone))}
        return Doc(f"c15i_towns{i:03d}.tsv", "\n".join(rows).encode(), truth | _SCORED)

    # --- patients' ------------------------------------------------------------------------

    def intake_pdf(self, i: int) -> Doc:
        number, who, phone = self.eight(), self.choose(PATIENTS), f"080-{self.run(4)}-{self.run(4)}"
        symbol = f"{self.run(3)}-{self.run(2)}"
        lines = ["初診受付票", f"患者名 {who}", f"電話 {phone}", f"保険者番号 {number}", f"記号・番号 {symbol}"]
        truth = {("HEALTH_INSURANCE_NUMBER", number), ("HEALTH_INSURANCE_NUMBER", symbol.replace("-", "")), ("PHONE", _e164(phone))}
        return Doc(f"c15i_intake{i:03d}.pdf", _pdf(lines), truth | _SCORED)

    def claim_txt(self, i: int) -> Doc:
        number, who = self.eight(), self.choose(PATIENTS)
        symbol, insured = self.run(6), self.run(3)
        text = (f"診療報酬明細書（医科入院外）　令和8年2月分\n保険者番号　{number}\n"
                f"被保険者証の記号・番号　{symbol}・{insured}\n受診者　{who}\n傷病名　急性上気道炎\n")
        truth = {("HEALTH_INSURANCE_NUMBER", number), ("HEALTH_INSURANCE_NUMBER", symbol + insured)}
        return Doc(f"c15i_claim{i:03d}.txt", text.encode(), truth | _SCORED)

    def patients_csv(self, i: int) -> Doc:
        lines, truth = ["患者番号,患者氏名,保険者番号,保険者名"], set()
        for who in self.rng.sample(PATIENTS, 3):
            number = self.eight()
            lines.append(f"{self.run(6)},{who},{number},{self.choose(BODIES)}")
            truth.add(("HEALTH_INSURANCE_NUMBER", number))
        return Doc(f"c15i_patients{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def coverage_xml(self, i: int) -> Doc:
        number, who = self.eight(), self.choose(PATIENTS)
        xml = (f"<Patient><Name>{who}</Name><Coverage><InsurerNumber>{number}</InsurerNumber>"
               f"<InsurerName>{self.choose(BODIES)}</InsurerName></Coverage></Patient>")
        return Doc(f"c15i_coverage{i:03d}.xml", xml.encode(), {("HEALTH_INSURANCE_NUMBER", number)} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.master_fixed, self.intake_pdf, self.billing_yaml, self.claim_txt, self.circular_docx,
                 self.patients_csv, self.towns_tsv, self.coverage_xml]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        """The clinic's own page of insurers to call: no patient."""
        docs = []
        for i in range(count):
            text = f"請求に関する照会先\n{self.choose(BODIES)} 給付係 {self.landline()}\n"
            docs.append(Doc(f"c15i_clean{i:03d}.txt", text.encode()))
        return docs
