"""Development corpus of care9 (issue 12): 健康診断結果 laid out as a company's HR office
writes it — a wide sheet of a row per employee (a value a column, H/L after an out-of-range
value, a 総合判定 letter), one employee's sheet of item rows (value, unit, grade), a host
export of a row per item and employee under romanised column codes, a 事後措置 record and a
再検査 letter. Look-alikes: a table of reference ranges, a machine inspection sheet
(values, units and grades of no person), a count of findings per item, a health article,
a blank result form.

No template, label, item or value is shared with benchmarks/corpus_checkup9_check.py
(tests/benchmarks/test_sens_corpora.py checks the lists). care9's structure reader was
written against it. Synthetic people only; truth for SENSITIVE only, a value in range
is optional (("SENSITIVE?", …) counts neither way).
"""

from __future__ import annotations

from benchmarks.corpus import Corpus, Doc, _docx
from benchmarks.sens6_layouts import ONLY, encoded, lines_file
from benchmarks.sens7_writers import Parts

CATEGORY = "健康診断結果"
SURNAMES = ["相馬", "宇佐美", "小此木", "芦田", "篠宮", "鬼頭", "米倉", "百瀬"]
GIVEN = ["直樹", "沙織", "健吾", "美穂", "雅人", "恵理", "周平", "奈央"]
# (item, unit, values in range, values out of range with their flag)
ITEMS = [("血圧", "mmHg", ["118/74", "126/80"], ["164/98 H", "152/96 H"]),
         ("HbA1c", "%", ["5.3", "5.6"], ["7.4 H", "6.9 H"]),
         ("LDL-C", "mg/dL", ["104", "118"], ["188 H", "174 H"]),
         ("ALT", "U/L", ["19", "26"], ["88 H", "67 H"]),
         ("BMI", "", ["21.8", "23.0"], ["31.4 H", "17.2 L"]),
         ("ペプシノゲン", "ng/mL", ["62", "55"], ["18 L", "22 L"]),
         ("血小板数", "万/μL", ["24.1", "21.7"], ["9.8 L", "11.2 L"]),
         ("血清鉄", "μg/dL", ["96", "110"], ["28 L", "31 L"])]
TOTAL_GOOD, TOTAL_BAD = ["A 異常なし", "B 軽度所見"], ["C 要経過観察", "D 要精密検査"]
SHEET_HEAD = ["社員番号", "氏名", "所属"]
UNITS_OF = ["製造一課", "品質保証課", "物流センター"]
LETTER = ["再検査のお願い", "本年度の定期健康診断の結果、下記の項目について再検査が必要と判定されました。",
          "お早めに医療機関を受診し、結果を健康管理室までご提出ください。", "記"]
FOLLOW_UP = ["健診事後措置記録", "実施者　産業医"]
MEASURES = [("措置：受診勧奨、3か月後に再評価", "受診勧奨"), ("措置：保健指導を実施", "保健指導")]
EXPORT_HEAD = ["SHAIN_NO", "SHIMEI", "KOUMOKU", "KEKKA", "TANI", "HL", "HANTEI"]
# look-alikes
RANGES = [["検査項目", "基準値", "単位"], ["血圧", "129/84以下", "mmHg"], ["HbA1c", "5.5以下", "%"],
          ["LDL-C", "60〜119", "mg/dL"], ["ALT", "30以下", "U/L"]]
MACHINE = [["設備点検結果（第3工場）"], ["設備名", "測定値", "単位", "判定"], ["コンプレッサー1号", "0.82", "MPa", "A"],
           ["ボイラー2号", "186", "℃", "C"], ["集塵機", "42", "dB", "B"], ["冷却塔", "31.5", "℃", "D"]]
COUNTS = [["有所見者数（全社）"], ["項目", "受診者数", "有所見者数", "有所見率"], ["血圧", "412", "96", "23.3%"],
          ["HbA1c", "412", "41", "10.0%"], ["LDL-C", "412", "133", "32.3%"]]
ARTICLE = ["健康コラム　血圧の話", "上の血圧が140mmHg以上、または下の血圧が90mmHg以上で高血圧とされます。",
           "HbA1cが6.5%以上の場合は糖尿病型と判定されます。", "減塩と適度な運動を心がけましょう。"]
BLANK = ["健康診断結果票（記入用）", "氏名：", "血圧：　　　/　　　mmHg", "HbA1c：　　　%", "総合判定：A・B・C・D"]


def _truth(cells: list[tuple[str, bool]]) -> set:
    """A value out of range is required, one in range optional."""
    return {("SENSITIVE" if bad else "SENSITIVE?", f"{CATEGORY}:{value}") for value, bad in cells}


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "c9d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._sheet, self._personal, self._export, self._follow_up, self._letter]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._ranges, self._machine, self._counts, self._article, self._blank]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _value(self, item: tuple, bad: bool) -> str:
        return self.c.pick(item[3] if bad else item[2])

    def _sheet(self, i: int) -> Doc:
        """A row per employee: an item a column, H/L after a value out of range, 総合判定."""
        items = self.c.rng.sample(ITEMS, 5)
        rows = [["2026年度 定期健康診断結果一覧"], SHEET_HEAD + [f"{n}({u})" if u else n for n, u, _, _ in items]
                + ["総合判定"]]
        truth: set = {ONLY}
        for n in range(self.c.rng.randint(4, 7)):
            flags = [self.c.rng.random() < 0.3 for _ in items]
            values = [self._value(item, bad) for item, bad in zip(items, flags)]
            total = self.c.pick(TOTAL_BAD if any(flags) else TOTAL_GOOD)
            rows.append([f"E{2100 + n}", self.w.name(), self.c.pick(UNITS_OF), *values, total])
            truth |= _truth(list(zip(values, flags)) + [(total, any(flags))])
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"c9d_sheet{i:03d}.{fmt}", encoded(rows, fmt), truth)

    def _personal(self, i: int) -> Doc:
        """One employee's sheet: item | value | unit | grade, a row an item."""
        items = self.c.rng.sample(ITEMS, 6)
        rows = [["健康診断個人結果票"], ["氏名", self.w.name()], ["検査項目", "結果", "単位", "判定"]]
        truth: set = {ONLY}
        flags = [self.c.rng.random() < 0.35 for _ in items]
        flags[0] = True
        for item, bad in zip(items, flags):
            value = self._value(item, bad)
            number = value.split(" ")[0]
            rows.append([item[0], number, item[1], "C" if bad else "A"])
            truth |= _truth([(number, bad)])
        if self.c.rng.random() < 0.5:
            return Doc(f"c9d_personal{i:03d}.xlsx", encoded(rows, "xlsx"), truth)
        return Doc(f"c9d_personal{i:03d}.docx", _docx([rows[0][0], f"氏名　{rows[1][1]}"], rows[2:]), truth)

    def _export(self, i: int) -> Doc:
        """A host export: a row per employee and item under romanised codes."""
        rows, truth = [EXPORT_HEAD], {ONLY}
        for n in range(self.c.rng.randint(2, 3)):
            name, number = self.w.name(), f"{30410 + n}"
            for item in self.c.rng.sample(ITEMS, 4):
                bad = self.c.rng.random() < 0.35
                value, _, flag = self._value(item, bad).partition(" ")
                rows.append([number, name, item[0], value, item[1], flag, "C" if bad else "A"])
                truth |= _truth([(value, bad)])
        if self.c.rng.random() < 0.5:
            return Doc(f"c9d_export{i:03d}.csv", encoded(rows, "csv"), truth)
        return Doc(f"c9d_export{i:03d}.txt", "\n".join("|".join(row) for row in rows).encode("cp932"), truth)

    def _follow_up(self, i: int) -> Doc:
        """A 事後措置 record: the finding that led to it, then the measure."""
        item = self.c.pick(ITEMS)
        value = self._value(item, True).split(" ")[0]
        said = f"{item[0]} {value}{item[1]}"
        measure, measured = self.c.pick(MEASURES)  # what followed from the result: counted neither way
        lines = FOLLOW_UP + [f"対象者　{self.w.name()}", f"有所見項目：{said}（要精検）", measure]
        fmt = self.c.pick(["txt", "docx"])
        truth = _truth([(said, True), (measured, False)]) | {ONLY}
        return Doc(f"c9d_follow{i:03d}.{fmt}", lines_file(lines, fmt), truth)

    def _letter(self, i: int) -> Doc:
        """A 再検査 letter to one employee: the items to test again, one a line."""
        items = self.c.rng.sample(ITEMS, 2)
        said = [f"{n}　{self._value(item, True).split(' ')[0]}{item[1]}" for item in items for n in [item[0]]]
        lines = [f"{self.w.name()} 様", *LETTER] + [f"・{s}　判定：要再検査" for s in said] + ["以上"]
        told = _truth([(LETTER[1], False)])  # the letter's own sentence says a result too: neither way
        return Doc(f"c9d_letter{i:03d}.docx", _docx(lines), _truth([(s, True) for s in said]) | told | {ONLY})

    def _ranges(self, i: int) -> Doc:
        return Doc(f"c9d_neg_ranges{i:03d}.xlsx", encoded(RANGES, "xlsx"), {ONLY})

    def _machine(self, i: int) -> Doc:
        rows = [MACHINE[0], MACHINE[1], ["点検者", self.w.name()]] + MACHINE[2:]
        return Doc(f"c9d_neg_machine{i:03d}.xlsx", encoded(rows, "xlsx"), {ONLY})

    def _counts(self, i: int) -> Doc:
        return Doc(f"c9d_neg_counts{i:03d}.csv", encoded(COUNTS, "csv"), {ONLY})

    def _article(self, i: int) -> Doc:
        return self.w.about_no_one(i, "article", ARTICLE + [f"文責　{self.w.name()}"], "docx")

    def _blank(self, i: int) -> Doc:
        return self.w.about_no_one(i, "blank", BLANK, "txt")
