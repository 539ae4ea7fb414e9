"""A third corpus of health13 (issue 12), written after the rules were frozen and scored once,
untouched: a care manager's assessment sheet, a doctor's opinion letter numbering its
diagnoses, a school nurse's JSON, a parent's chat message, a mail reporting a visit to a
doctor; look-alikes: a clinic's list of departments, an IT ticket export, an event's entry
form with an accessibility answer, a provider's JSON of whom it serves, a glossary of
medical abbreviations.

No template, label, condition or value is shared with the dev or check corpora of health13.
Synthetic people only.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import ONLY, encoded, lines_file
from benchmarks.sens7_writers import Parts

SURNAMES = ["武藤", "宇野", "小松", "白石", "岡部", "瀬川", "桑原", "古賀"]
GIVEN = ["正樹", "陽子", "拓真", "久美", "康平", "早紀", "秀明", "彩花"]
ASSESS = [("既往・現病", "IHD、DLにて内服加療中", "IHD"), ("主な疾患", "腰部脊柱管狭窄症、骨粗しょう症", "腰部脊柱管狭窄症"),
          ("健康状態", "心不全の増悪で入退院を繰り返している", "心不全")]
OPINION = [("1. IPF（在宅酸素）", "IPF"), ("2. s/p 胃癌術後", "胃癌"), ("3. h/o TIA", "TIA")]
NURSE = [("てんかん（月1回程度の発作あり）", "てんかん"), ("1型糖尿病のためインスリンポンプ使用", "1型糖尿病"),
         ("アトピー性皮膚炎で塗り薬を持参", "アトピー性皮膚炎")]
CHAT = [("娘は川崎病の後遺症で年1回受診しています", "川崎病の後遺症"), ("息子は熱性けいれんを繰り返していて心配です", "熱性けいれんを繰り返して")]
VISIT = [("昨日受診したところ、帯状疱疹と診断されました。", "帯状疱疹と診断"), ("逆流性食道炎の薬を2週間飲むことになりました。", "逆流性食道炎")]
# look-alikes
DEPARTMENTS = ["診療科のご案内", "内科・糖尿病内科・循環器内科", "車いすの貸し出しは受付までお申し出ください。"]
TICKETS = [["チケット番号", "件名", "担当者"], ["T-551", "メールサーバ障害の一次対応", ""], ["T-552", "VPN接続障害の調査", ""]]
ENTRY = ["地域交流まつり 参加申込書", "車いすでのご来場：可", "介助者の方の同伴：可"]
SERVES = {"provider": "すずかけの家", "targets": "身体障害・知的障害", "capacity": 20}
GLOSSARY = [["略語", "意味"], ["AMI", "急性心筋梗塞"], ["PD", "パーキンソン病"], ["SAS", "睡眠時無呼吸症候群"]]


class FreshDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "h13f", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._assessment, self._opinion, self._nurse, self._chat, self._visit]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._departments, self._tickets, self._entry, self._serves, self._glossary]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _assessment(self, i: int) -> Doc:
        label, value, phrase = self.c.pick(ASSESS)
        rows = [["アセスメントシート"], ["利用者氏名", self.w.name()], [label, value], ["要介護度", ""]]
        return Doc(f"h13f_assessment{i:03d}.xlsx", encoded(rows, "xlsx"), {ONLY, ("SENSITIVE", f"病歴:{phrase}")})

    def _opinion(self, i: int) -> Doc:
        lines = ["主治医意見書", f"申請者 {self.w.name()}", "診断名", *(text for text, _ in OPINION)]
        fmt = self.c.pick(["docx", "txt"])
        return Doc(f"h13f_opinion{i:03d}.{fmt}", lines_file(lines, fmt),
                   {ONLY} | {("SENSITIVE", f"病歴:{phrase}") for _, phrase in OPINION})

    def _nurse(self, i: int) -> Doc:
        text, phrase = self.c.pick(NURSE)
        record = {"studentName": self.w.name(), "grade": 4, "note": text}
        data = json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8")
        return Doc(f"h13f_nurse{i:03d}.json", data, {ONLY, ("SENSITIVE", f"病歴:{phrase}")})

    def _chat(self, i: int) -> Doc:
        text, phrase = self.c.pick(CHAT)
        lines = [f"[10:02] {self.w.name()}", text, "[10:05] 担任", "承知しました。"]
        return Doc(f"h13f_chat{i:03d}.txt", lines_file(lines, "txt"), {ONLY, ("SENSITIVE", f"病歴:{phrase}")})

    def _visit(self, i: int) -> Doc:
        text, phrase = self.c.pick(VISIT)
        name = self.w.name()
        return self.w.mail(i, "visit", "本日の欠勤について", [f"{name}です。"], [(text, "病歴", phrase)])

    def _departments(self, i: int) -> Doc:
        return self.w.about_no_one(i, "departments", [*DEPARTMENTS, f"院長 {self.w.name()}"], "docx")

    def _tickets(self, i: int) -> Doc:
        rows = [row[:2] + [self.w.name() if n else row[2]] for n, row in enumerate(TICKETS)]
        return Doc(f"h13f_neg_tickets{i:03d}.csv", encoded(rows, "csv"), {ONLY})

    def _entry(self, i: int) -> Doc:
        return self.w.about_no_one(i, "entry", [*ENTRY, f"実行委員 {self.w.name()}"], "odt")

    def _serves(self, i: int) -> Doc:
        data = json.dumps({**SERVES, "manager": self.w.name()}, ensure_ascii=False).encode("utf-8")
        return Doc(f"h13f_neg_serves{i:03d}.json", data, {ONLY})

    def _glossary(self, i: int) -> Doc:
        return Doc(f"h13f_neg_glossary{i:03d}.tsv", encoded(GLOSSARY + [["作成", self.w.name()]], "tsv"), {ONLY})
