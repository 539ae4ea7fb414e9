"""Development corpus of checkup11 (issue 12): what only resembles a person's check-up result,
condition or disability, as a company's 健康管理室 writes it — a per-person result sheet with
its grade legend one entry a line under it, a roster with a legend, a 再検査 letter with the
criterion it was judged by, an answered 問診票 with unticked choices; look-alikes with a
staff member's name on them: a legend and criteria sheet, an annual report counting people
by judgement with rates per item, a form letter to 〇〇 様, a blank judgement form of printed
choices, a sheet where every finding is denied, a support office's staff list (障害者の
就労支援), a goods list of aids, a screening schedule (胃がん・大腸がん検診).

No template, label, item or value is shared with benchmarks/corpus_checkup11_check.py
(tests/benchmarks/test_checkup11_corpora.py checks the lists). Synthetic people only; truth
for SENSITIVE only, a value in range is optional (("SENSITIVE?", …) counts neither way).
"""

from __future__ import annotations

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import ONLY, encoded, lines_file
from benchmarks.sens7_writers import Parts

CATEGORY = "健康診断結果"
SURNAMES = ["長谷部", "北条", "三浦", "桑原", "真鍋", "寺田", "井川", "松永"]
GIVEN = ["拓海", "彩香", "慎也", "由紀子", "翔", "千尋", "康介", "真帆"]
# (item, unit, reference, in-range values, out-of-range values)
ITEMS = [("LDLコレステロール", "mg/dL", "60〜119", ["102", "115"], ["176", "163"]),
         ("AST(GOT)", "U/L", "30以下", ["21", "27"], ["84", "66"]),
         ("空腹時血糖", "mg/dL", "70〜99", ["88", "93"], ["131", "124"]),
         ("尿酸", "mg/dL", "2.1〜7.0", ["5.2", "6.1"], ["8.4", "9.0"]),
         ("ヘモグロビン", "g/dL", "13.1〜16.3", ["14.2", "15.0"], ["10.8", "11.5"])]
SHEET_HEAD = ["検査項目", "結果", "単位", "基準値", "判定"]
LEGEND = ["【判定区分】", "A：異常なし", "B：軽度異常（日常生活に支障なし）", "C：要経過観察", "D1：要治療",
          "D2：要精密検査", "E：治療中"]
LETTER = ["精密検査受診のお願い", "先日の定期健康診断の結果、下記の項目について精密検査が必要です。"]
CRITERIA = ["※当社の判定基準：LDLコレステロール 180mg/dL以上は要精密検査", "空腹時血糖 126mg/dL以上 → 要治療"]
INTERVIEW = ["問診票（回答）", "既往歴：高血圧（降圧薬を服用中）", "現在の自覚症状：特になし",
             "過去にかかった病気：□糖尿病 □脳卒中 □心臓病 □喘息"]
DISEASE_TOLD = "既往歴：高血圧（降圧薬を服用中）"
# look-alikes
REPORT = ["2026年度 定期健康診断 実施結果報告", "受診者 356名（受診率 97.3%）",
          "要精密検査 48名、要治療 19名、治療中 37名", "主な有所見項目：脂質 30.1%、肝機能 19.8%、血圧 16.0%"]
TEMPLATE = ["〇〇 様", "健康診断結果のお知らせ", "あなたの健康診断の結果、下記の項目で「要精密検査」と判定されました。",
            "検査項目：", "速やかに医療機関を受診してください。"]
CHOICES_FORM = [["就業判定票（産業医記入欄）"], ["氏名", ""], ["総合判定", "要再検査 ・ 要精密検査 ・ 要治療"],
                ["就業区分", "通常勤務 ・ 就業制限 ・ 要休業"]]
DENIED = ["健診結果（所見）", "心電図：異常を認めず", "胸部X線：所見なし", "総合所見：今回の健診では異常を認めませんでした。"]
# a legend whose grades are told in sentences, and a table of people per judgement
PLAIN_LEGEND = ["結果の読み方", "A　今回は問題がありませんでした", "C　半年後にもう一度検査を受けましょう",
                "D　病院で詳しい検査を受けてください"]
COUNT_TABLE = [["区分", "該当者数", "構成比"], ["要再検査", "31", "12.0%"], ["要治療", "9", "3.5%"], ["治療中", "22", "8.5%"]]
SUPPORT = [["氏名", "資格", "担当業務"], ["{name}", "精神保健福祉士", "精神障害者の就労支援"],
           ["{name}", "社会福祉士", "聴覚障害者支援"], ["{name}", "作業療法士", "身体障害者の職場定着支援"]]
GOODS = [["福祉用具貸与 品目一覧"], ["品名", "型番", "月額", "担当"], ["車椅子（自走式）", "WC-210", "500円", "{name}"],
         ["歩行器", "WK-52", "300円", "{name}"], ["補聴器", "HA-31", "1,200円", "{name}"]]
SCHEDULE = [["がん検診 日程表"], ["日付", "会場", "内容", "担当"], ["9/2", "本社", "胃がん・大腸がん検診", "{name}"],
            ["9/3", "工場", "肺がん・結核検診", "{name}"]]


def _truth(cells: list[tuple[str, bool]]) -> set:
    """A value out of range is required, one in range optional."""
    return {("SENSITIVE" if bad else "SENSITIVE?", f"{CATEGORY}:{value}") for value, bad in cells}


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "c11d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._sheet, self._roster, self._letter, self._interview]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._legend, self._report, self._template, self._choices, self._denied, self._support,
                  self._goods, self._schedule, self._plain_legend, self._count_table]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _rows(self, items: list[tuple], flags: list[bool]) -> tuple[list[list[str]], set]:
        rows, truth = [], set()
        for (name, unit, reference, good, bad), out in zip(items, flags):
            value = self.c.pick(bad if out else good)
            rows.append([name, value, unit, reference, "C" if out else "A"])
            truth |= _truth([(value, out)])
        return rows, truth

    def _sheet(self, i: int) -> Doc:
        """One employee's item rows, then the legend of grades one entry a line."""
        items = self.c.rng.sample(ITEMS, 4)
        flags = [True] + [self.c.rng.random() < 0.3 for _ in items[1:]]
        rows, truth = self._rows(items, flags)
        table = [["健康診断結果表"], ["氏名", self.w.name()], SHEET_HEAD, *rows] + [[line] for line in LEGEND]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"c11d_sheet{i:03d}.{fmt}", encoded(table, fmt), truth | {ONLY})

    def _roster(self, i: int) -> Doc:
        """A row per employee with one measured item and a total grade, a legend below."""
        name, unit, reference, good, bad = self.c.pick(ITEMS)
        table, truth = [["定期健康診断 結果一覧"], ["氏名", f"{name}({unit})", "総合判定"]], {ONLY}
        for n in range(4):
            out = n == 0 or self.c.rng.random() < 0.3
            value = self.c.pick(bad if out else good)
            table.append([self.w.name(), value, "C" if out else "A"])
            truth |= _truth([(value, out)])
        table += [[line] for line in LEGEND[:4]]
        return Doc(f"c11d_roster{i:03d}.xlsx", encoded(table, "xlsx"), truth)

    def _letter(self, i: int) -> Doc:
        """A 再検査 letter to one employee: the item and value, and the criterion it met."""
        name, unit, _, _, bad = self.c.pick(ITEMS)
        said = f"{name} {self.c.pick(bad)}{unit}"
        lines = [f"{self.w.name()} 様", *LETTER, f"・{said}　判定：要精密検査", *CRITERIA, "健康管理室"]
        fmt = self.c.pick(["docx", "txt"])
        told = _truth([(LETTER[1], False)])  # the letter's own sentence says the result too: neither way
        return Doc(f"c11d_letter{i:03d}.{fmt}", lines_file(lines, fmt), _truth([(said, True)]) | told | {ONLY})

    def _interview(self, i: int) -> Doc:
        """An answered questionnaire: the disease told, the printed choices unticked."""
        lines = [INTERVIEW[0], f"氏名：{self.w.name()}", *INTERVIEW[1:]]
        fmt = self.c.pick(["docx", "txt"])
        return Doc(f"c11d_interview{i:03d}.{fmt}", lines_file(lines, fmt), {ONLY, ("SENSITIVE", f"病歴:{DISEASE_TOLD}")})

    def _with_staff(self, rows: list[list[str]]) -> list[list[str]]:
        return [[cell.replace("{name}", self.w.name()) for cell in row] for row in rows]

    def _legend(self, i: int) -> Doc:
        return self.w.about_no_one(i, "legend", LEGEND + CRITERIA + [f"作成　{self.w.name()}"], self.c.pick(["txt", "docx"]))

    def _report(self, i: int) -> Doc:
        return self.w.about_no_one(i, "report", REPORT + [f"衛生管理者　{self.w.name()}"], self.c.pick(["txt", "docx"]))

    def _template(self, i: int) -> Doc:
        return self.w.about_no_one(i, "template", TEMPLATE + [f"健康管理室　{self.w.name()}"], "docx")

    def _choices(self, i: int) -> Doc:
        rows = CHOICES_FORM + [["記入者", self.w.name()]]
        return Doc(f"c11d_neg_choices{i:03d}.xlsx", encoded(rows, "xlsx"), {ONLY})

    def _denied(self, i: int) -> Doc:
        return self.w.about_no_one(i, "denied", [f"{self.w.name()} 様", *DENIED], self.c.pick(["txt", "docx"]))

    def _support(self, i: int) -> Doc:
        return Doc(f"c11d_neg_support{i:03d}.csv", encoded(self._with_staff(SUPPORT), "csv"), {ONLY})

    def _goods(self, i: int) -> Doc:
        return Doc(f"c11d_neg_goods{i:03d}.xlsx", encoded(self._with_staff(GOODS), "xlsx"), {ONLY})

    def _schedule(self, i: int) -> Doc:
        return Doc(f"c11d_neg_schedule{i:03d}.csv", encoded(self._with_staff(SCHEDULE), "csv"), {ONLY})

    def _plain_legend(self, i: int) -> Doc:
        return self.w.about_no_one(i, "plainlegend", PLAIN_LEGEND + [f"保健師　{self.w.name()}"], "docx")

    def _count_table(self, i: int) -> Doc:
        rows = [["判定別集計（2026年度）"], *COUNT_TABLE, ["作成者", self.w.name(), ""]]
        return Doc(f"c11d_neg_counttable{i:03d}.xlsx", encoded(rows, "xlsx"), {ONLY})
