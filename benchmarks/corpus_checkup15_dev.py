"""Development corpus of checkup15 (issue 12): the recall matrix of a person's check-up result
— a per-person form whose item rows hold the value with its unit and a flag, findings in words
under item labels above them (a Word report), a health system's JSON export under English
keys, an XML record under romaji elements, a stress check's roster with a yes under its
judgement, a follow-up table whose finding cell tells what was read beside a judgement word —
and the precision matrix of health notices: a mail telling who must see a doctor, a by-law's
rule, a legend of grades in a sentence, a schedule of who has attended, a reference table in
JSON. Written as an employer's 健康管理室 writes.

No template, label, item or value is shared with benchmarks/corpus_checkup15_check.py
(tests/benchmarks/test_checkup15_corpora.py checks the lists). Synthetic people only; truth
for SENSITIVE only.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import ONLY, encoded, lines_file
from benchmarks.checkup15_turns import Maker, TurnTaking

SURNAMES = ["片桐", "梶原", "北条", "水野", "砂川", "羽生", "熊谷", "芦田"]
GIVEN = ["宗一郎", "静香", "勇", "環", "結衣", "拓真", "千尋", "航"]
# a form's item row: (item, value with its unit, flag)
FORM_ROWS = [("血圧", "156/94 mmHg", "H"), ("空腹時血糖", "128 mg/dL", "H"), ("LDLコレステロール", "176 mg/dL", "H"),
             ("ヘモグロビン", "10.6 g/dL", "L"), ("尿酸", "8.2 mg/dL", "H"), ("ALT(GPT)", "74 U/L", "H"),
             ("白血球数", "2.8 千/μL", "L")]
FORM_NORMAL = [("HDLコレステロール", "58 mg/dL", ""), ("クレアチニン", "0.82 mg/dL", "")]
# an item label above its finding in words
ABOVE = [("腹部超音波", "軽度脂肪肝"), ("胸部X線", "右下肺野に結節影"), ("心電図", "完全右脚ブロック"),
         ("眼底", "動脈硬化性変化あり")]
# English keys of an export: (key, value of a person out of range)
JSON_KEYS = [("systolic_bp", 162), ("hba1c", 7.1), ("ldl_cholesterol", 191), ("gamma_gtp", 138)]
# romaji elements: (element, value)
XML_ROMAJI = [("ketsuatsu", "168/102"), ("shoken", "胆のうポリープ"), ("sogo_hantei", "D2")]
STRESS_HEADER = ["氏名", "所属", "高ストレス判定", "面接指導の申出"]
FOLLOW_HEADER = ["氏名", "部署", "所見", "判定", "事後措置"]
# a finding told with what was read, and the judgement word in its own cell
FOLLOWED = [("γ-GTP 142 U/L", "要再検査"), ("胸部X線 右上肺野に陰影", "要精密検査"), ("心電図 心房細動", "要治療"),
            ("血圧 174/106 mmHg", "要精密検査")]
# health notices: lines that say a result of a kind of people
NOTICE = ["【健康管理室より】二次検査のご案内", "今年度の定期健診で要再検査・要精密検査と判定された方は、8月末までに医療機関を受診してください。",
          "特定保健指導の対象となった方には、個別にご連絡します。", "判定区分はA（異常なし）〜E（要治療）の5段階です。"]
BYLAW = ["健康診断事後措置規程", "第4条 会社は、総合判定が要治療の従業員に対し、医療機関への受診を勧奨する。",
         "第5条 高ストレス者と判定された者から申出があったときは、医師による面接指導を行う。"]
ATTEND_HEADER = ["氏名", "健診日", "受診状況"]
ATTENDANCE = ["受診済", "未受診", "受診予定"]
REFERENCE = {"reference_ranges": [{"item": "HbA1c", "unit": "%", "lower": 4.6, "upper": 5.9},
                                  {"item": "LDLコレステロール", "unit": "mg/dL", "lower": 60, "upper": 119}]}
SIGN = "健康管理室 保健師"


class DevDocuments(TurnTaking):
    def __init__(self, corpus: Corpus) -> None:
        super().__init__(corpus, "c15d", SURNAMES, GIVEN, " ")

    def people(self) -> list[Maker]:
        return [self._form, self._above, self._json, self._xml, self._stress, self._followed]

    def alike(self) -> list[Maker]:
        return [self._notice, self._bylaw, self._attendance, self._reference]

    def _form(self, i: int) -> Doc:
        out = self.c.rng.sample(FORM_ROWS, 2)
        rows = [["健康診断個人票"], ["氏名", self.w.name()], ["受診日", "2026/05/14"]]
        rows += [[item, value, flag] for item, value, flag in out + FORM_NORMAL]
        fmt = self.c.pick(["xlsx", "tsv"])
        return Doc(f"c15d_form{i:03d}.{fmt}", encoded(rows, fmt), self.truth([value for _, value, _ in out]))

    def _above(self, i: int) -> Doc:
        picked = self.c.rng.sample(ABOVE, 2)
        lines = ["人間ドック 結果報告書", f"受診者 {self.w.name()} 様"]
        for item, finding in picked:
            lines += [item, finding]
        return Doc(f"c15d_above{i:03d}.docx", lines_file(lines, "docx"), self.truth([f for _, f in picked]))

    def _json(self, i: int) -> Doc:
        picked = self.c.rng.sample(JSON_KEYS, 2)
        record = {"employee_name": self.w.name(), "exam_date": "2026-05-14", "results": dict(picked)}
        data = json.dumps(record, ensure_ascii=False, indent=self.c.pick([None, 2])).encode("utf-8")
        return Doc(f"c15d_json{i:03d}.json", data, self.truth([str(value) for _, value in picked]))

    def _xml(self, i: int) -> Doc:
        inner = "".join(f"<{key}>{value}</{key}>" for key, value in XML_ROMAJI)
        data = f'<?xml version="1.0" encoding="UTF-8"?>\n<kenshin><shimei>{self.w.name()}</shimei>{inner}</kenshin>\n'
        return Doc(f"c15d_xml{i:03d}.xml", data.encode("utf-8"), self.truth([value for _, value in XML_ROMAJI]))

    def _stress(self, i: int) -> Doc:
        rows = [["ストレスチェック 個人結果一覧"], STRESS_HEADER, [self.w.name(), "製造部", "該当", "あり"],
                [self.w.name(), "総務部", "非該当", "なし"], [self.w.name(), "品質保証部", "該当", "なし"]]
        return Doc(f"c15d_stress{i:03d}.xlsx", encoded(rows, "xlsx"), self.truth(["該当"]))

    def _followed(self, i: int) -> Doc:
        picked = self.c.rng.sample(FOLLOWED, 2)
        rows = [["健診 事後措置一覧"], FOLLOW_HEADER]
        rows += [[self.w.name(), "営業部", finding, word, "産業医面談"] for finding, word in picked]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"c15d_followed{i:03d}.{fmt}", encoded(rows, fmt), self.truth([f for f, _ in picked]))

    def _notice(self, i: int) -> Doc:
        body = [f"{self.w.name()} 様"] + NOTICE[1:] + [f"{SIGN} {self.w.name()}"]
        return self.w.mail(i, "notice", NOTICE[0], body, [])

    def _bylaw(self, i: int) -> Doc:
        return self.w.about_no_one(i, "bylaw", BYLAW + [f"制定 総務部長 {self.w.name()}"], "docx")

    def _attendance(self, i: int) -> Doc:
        rows = [["定期健診 受診状況"], ATTEND_HEADER] + [[self.w.name(), "6/10", word] for word in ATTENDANCE]
        return Doc(f"c15d_neg_attendance{i:03d}.xlsx", encoded(rows, "xlsx"), {ONLY})

    def _reference(self, i: int) -> Doc:
        record = dict(REFERENCE, maintained_by=self.w.name())
        return Doc(f"c15d_neg_reference{i:03d}.json", json.dumps(record, ensure_ascii=False).encode("utf-8"), {ONLY})
