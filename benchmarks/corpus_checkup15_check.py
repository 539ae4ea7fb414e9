"""Check corpus of checkup15 (issue 12), another writer's habits: a health-check centre and a
school's nurse. A person's result in a clinic's sheet (item | measured value with its unit |
an arrow or a word of high or low), a ドック report's findings under the examination above
them (an OpenDocument file), an app's export under camelCase keys, an XML record under English
elements, a stress check's list marking a high-stress worker with a circle, a school's
follow-up table whose result cell tells what was read beside the nurse's judgement word; and
health notices that look like results: a reminder to whoever a judgement fits, a leaflet
listing grades, a checklist of booked appointments, a clinic's catalogue of tests in JSON.

Written apart from benchmarks/corpus_checkup15_dev.py: no template, label, item or value in
common (tests/benchmarks/test_checkup15_corpora.py). Synthetic people only.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import ONLY, encoded, lines_file
from benchmarks.checkup15_turns import Maker, TurnTaking

SURNAMES = ["鳴海", "三枝", "乙部", "志賀", "宇野", "比嘉", "石黒", "真田"]
GIVEN = ["晴香", "克己", "瑞穂", "大和", "楓", "信吾", "七海", "亮介"]
# a clinic's sheet row: (item, measured value with its unit, the mark)
SHEET_ROWS = [("最高血圧", "172 mmHg", "↑"), ("中性脂肪", "388 mg/dl", "↑"), ("AST(GOT)", "88 U/L", "↑"),
              ("赤血球数", "362 万/μL", "↓"), ("eGFR", "48 mL/分/1.73㎡", "↓")]
SHEET_NORMAL = [("総コレステロール", "196 mg/dl", ""), ("尿素窒素", "14 mg/dl", "")]
# the examination above its finding in words
EXAMINED = [("胃内視鏡", "萎縮性胃炎"), ("胸部レントゲン", "左上肺野 石灰化"), ("腹部エコー", "胆のう結石の疑い"),
            ("心電図検査", "ST変化あり")]
# camelCase keys of an app's export: (key, a measure out of range)
CAMEL_KEYS = [("systolicBp", "178"), ("fastingGlucose", "141"), ("triglycerides", "402"), ("uricAcid", "9.1")]
# English elements: (element, value)
ELEMENTS = [("BloodPressure", "184/110"), ("MedicalFindings", "肝機能異常"), ("OverallJudgment", "E")]
STRESS_COLUMNS = ["受診者名", "事業所", "高ストレス者該当", "医師面接"]
CIRCLE = "○"
FOLLOW_COLUMNS = ["児童名", "学年", "検査結果", "判定結果", "連絡"]
# a result read and told, beside the nurse's judgement word in its own cell
READ_BESIDE = [("尿蛋白 (2+)", "要再検"), ("視力 右0.2 左0.3", "要受診"), ("心電図 WPW症候群", "要医療"),
               ("脊柱 側わんの疑い", "要精検")]
REMINDER = ["再検査のお知らせ", "要精密検査に該当する方は、紹介状をお持ちのうえ、9月末日までに受診をお願いします。",
            "再検査の結果が要治療となった場合は、主治医の指示に従ってください。"]
LEAFLET = ["健診結果の見方", "判定は C（要経過観察）・D（要精密検査）・E（要治療）のように表示されます。",
           "数値だけで自己判断せず、気になることは保健センターへご相談ください。"]
BOOKING_COLUMNS = ["名前", "予約日時", "状況"]
BOOKINGS = ["予約済", "受診済み", "予約済み"]
CATALOGUE = {"tests": [{"testName": "尿酸", "price": 880, "upperLimit": 7.0},
                       {"testName": "中性脂肪", "price": 660, "upperLimit": 149}], "clinic": "みなと健診センター"}
AUTHOR = "健診センター 受付"


class CheckDocuments(TurnTaking):
    def __init__(self, corpus: Corpus) -> None:
        super().__init__(corpus, "c15c", SURNAMES, GIVEN, "")

    def people(self) -> list[Maker]:
        return [self._sheet, self._report, self._camel, self._elements, self._stress, self._school]

    def alike(self) -> list[Maker]:
        return [self._reminder, self._leaflet, self._booking, self._catalogue]

    def _sheet(self, i: int) -> Doc:
        out = self.c.rng.sample(SHEET_ROWS, 2)
        rows = [["検査成績書"], ["受診者", f"{self.w.name()} 様"], ["項目", "測定値", "評価"]]
        rows += [[item, value, mark] for item, value, mark in out + SHEET_NORMAL]
        fmt = self.c.pick(["csv", "xlsx"])
        return Doc(f"c15c_sheet{i:03d}.{fmt}", encoded(rows, fmt), self.truth([value for _, value, _ in out]))

    def _report(self, i: int) -> Doc:
        picked = self.c.rng.sample(EXAMINED, 2)
        lines = ["ドック成績のお知らせ", f"{self.w.name()} 殿", ""]
        for examination, finding in picked:
            lines += [f"■{examination}", finding]
        return Doc(f"c15c_report{i:03d}.odt", lines_file(lines, "odt"), self.truth([f for _, f in picked]))

    def _camel(self, i: int) -> Doc:
        picked = self.c.rng.sample(CAMEL_KEYS, 2)
        record = {"userName": self.w.name(), "measuredOn": "2026/04/22", **{key: float(v) for key, v in picked}}
        return Doc(f"c15c_camel{i:03d}.json", json.dumps(record, ensure_ascii=False).encode("utf-8"),
                   self.truth([str(float(v)) for _, v in picked]))

    def _elements(self, i: int) -> Doc:
        inner = "\n".join(f"  <{key}>{value}</{key}>" for key, value in ELEMENTS)
        data = f"<Examinee>\n  <FullName>{self.w.name()}</FullName>\n{inner}\n</Examinee>\n"
        return Doc(f"c15c_elements{i:03d}.xml", data.encode("utf-8"), self.truth([value for _, value in ELEMENTS]))

    def _stress(self, i: int) -> Doc:
        rows = [STRESS_COLUMNS, [self.w.name(), "第二工場", CIRCLE, "申出済"], [self.w.name(), "本社", "", ""],
                [self.w.name(), "物流センター", "", ""]]
        return Doc(f"c15c_stress{i:03d}.csv", encoded(rows, "csv"), self.truth([CIRCLE]))

    def _school(self, i: int) -> Doc:
        picked = self.c.rng.sample(READ_BESIDE, 2)
        rows = [["学校健診 事後連絡表"], FOLLOW_COLUMNS]
        rows += [[self.w.name(), "5年", told, word, "保護者へ通知"] for told, word in picked]
        return Doc(f"c15c_school{i:03d}.xlsx", encoded(rows, "xlsx"), self.truth([told for told, _ in picked]))

    def _reminder(self, i: int) -> Doc:
        body = [f"{self.w.name()}様"] + REMINDER[1:] + [f"{AUTHOR} {self.w.name()}"]
        return self.w.mail(i, "reminder", REMINDER[0], body, [])

    def _leaflet(self, i: int) -> Doc:
        return self.w.about_no_one(i, "leaflet", LEAFLET + [f"文責 {self.w.name()}"], "odt")

    def _booking(self, i: int) -> Doc:
        rows = [BOOKING_COLUMNS] + [[self.w.name(), "7/2 10:30", word] for word in BOOKINGS]
        return Doc(f"c15c_neg_booking{i:03d}.csv", encoded(rows, "csv"), {ONLY})

    def _catalogue(self, i: int) -> Doc:
        record = dict(CATALOGUE, contact=self.w.name())
        return Doc(f"c15c_neg_catalogue{i:03d}.json", json.dumps(record, ensure_ascii=False).encode("utf-8"), {ONLY})
