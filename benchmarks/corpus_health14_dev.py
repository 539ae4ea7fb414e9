"""Development corpus of health14 (issue 12): a person's illness wherever it is written — a
MATRIX of placements (a roster's column, a form's label to the left, a label above its value,
a questionnaire's ticked box, a staff note naming the person, a mail, a JSON export's key)
× file formats × conditions from every ICD chapter by the head that makes them a disease
(〜症, 〜病, 〜炎, 〜欠損, 〜閉塞, 〜瘤, 〜腫, 〜石), treatments (〜術, 〜授精, 透析) and findings
(陽性, HbA1c); look-alikes: a clinic's department guide, a price list of treatments, a health
column, a lecture on a disease, a sick cat's record, a server's outage.

No template, label, condition or value is shared with benchmarks/corpus_health14_check.py
(tests/benchmarks/test_health14_corpora.py checks the lists). Synthetic people only.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Corpus, Doc, _written
from benchmarks.sens6_layouts import ONLY, encoded, lines_file
from benchmarks.sens7_writers import Parts
from samples import writers as w

SURNAMES = ["岡部", "新井", "杉浦", "大西", "松尾", "平田", "北川", "今井"]
GIVEN = ["健司", "真理子", "大輔", "佳奈", "修平", "彩花", "智之", "友美"]
# conditions by ICD chapter, each named by its head (the tokenizer's noun, not a list)
CONDITIONS = ["子宮腺筋症", "卵管閉塞", "特発性血小板減少性紫斑病", "伝染性単核球症", "社交不安症", "心室中隔欠損",
              "掌蹠膿疱症", "歯周病", "網膜静脈閉塞症", "慢性副鼻腔炎", "重症筋無力症", "腰椎すべり症", "胆石",
              "大動脈弁狭窄", "肺気腫", "下肢静脈瘤", "逆流性食道炎", "尿管結石"]
TREATMENTS = ["顕微授精", "人工股関節置換術", "腹膜透析", "甲状腺全摘術", "ワーファリン内服", "放射線治療"]
# a roster's column of a condition, a form's label to the left, a label above its value
COLUMNS = ["既往歴", "現病歴", "病名", "持病", "治療中の疾患", "手術歴"]
LEFT_LABELS = ["傷病名", "診断名", "健康状態", "特記事項"]
YES_HEAD = ["疾患", "有無"]
YES_MARKS = ["有", "レ"]
REMARKS = ["備考", "特記事項", "配慮事項"]
ABOVE_LABELS = ["【現在治療中の病気】", "■既往症", "〈主治医からの診断〉"]
ROSTER_HEAD = ["No", "氏名", "部署"]
GROUPS = ["基本情報", "", "", "医療情報"]
DEPARTMENTS = ["経理課", "営業一課", "製造部", "総務課"]
# a staff note: (sentence with {c} for the condition) — the predicate says it is the person's
NOTES = [("{n}さん、{c}のため月2回通院している。", "{c}のため月2回通院している"),
         ("{n}様：{c}の経過観察中。次回受診は来月。", "{c}の経過観察中"),
         ("{n}氏より{c}で投薬を受けているとの報告あり。", "{c}で投薬を受けている"),
         ("{n}さんは先月{c}の手術を受け、現在自宅療養中。", "{c}の手術を受け、現在自宅療養中"),
         ("{n}君：{c}の診断あり、服薬継続。", "{c}の診断あり"),
         ("{n}さんの{c}の飲み薬を事務所で預かっている。", "{c}の飲み薬を事務所で預か")]
MAIL_LINES = ["お疲れ様です。{n}です。", "{c}の治療のため、来週から3日間休暇をいただきます。", "ご迷惑をおかけします。"]
TICK_HEAD = ["問診票", "氏名：{n}", "これまでにかかった病気に印をつけてください。"]
TICK_OTHERS = ["胃潰瘍", "肝炎", "結核"]
# a test result that is a diagnosis: (sentence, its 病歴 phrase, the result a check-up reader may also report)
FINDINGS = [("HbA1c 8.4%で糖尿病と言われた", "糖尿病", "HbA1c 8.4%"),
            ("ピロリ菌陽性で除菌治療を受けた", "ピロリ菌陽性で除菌治療を受けた", "ピロリ菌陽性")]
# look-alikes
DEPARTMENT_GUIDE = ["診療科のご案内", "内科：高血圧・糖尿病・脂質異常症", "整形外科：骨折・腰痛・関節痛",
                    "皮膚科：湿疹・じんましん・水虫"]
PRICE_LIST = [["施術メニュー", "料金"], ["歯周病ケア", "3,300円"], ["ホワイトニング", "5,500円"], ["インプラント相談", "無料"]]
COLUMN_ARTICLE = ["健康コラム 第12回", "逆流性食道炎は食後すぐ横になる習慣で起こりやすくなります。",
                  "胸やけが続く場合は早めに受診しましょう。"]
LECTURE = ["市民公開講座のお知らせ", "演題：重症筋無力症の最新治療", "会場：市民会館 3階ホール"]
CAT = ["診療記録（猫）", "患者名：モモ（雑種・メス 7歳）", "飼い主：{n}", "診断：慢性腎臓病 ステージ2", "処方：療法食"]
OUTAGE = ["システム障害報告", "受付サーバで障害が発生し、予約システムが停止した。", "復旧：14:20"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "h14d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._roster, self._left, self._above, self._ticked, self._note, self._mail, self._json, self._remark,
                  self._pdf_boxes, self._yes_cells]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._guide, self._prices, self._article, self._lecture, self._cat, self._outage]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _condition(self) -> str:
        return self.c.pick(CONDITIONS + TREATMENTS)

    def _roster(self, i: int) -> Doc:
        column = self.c.pick(COLUMNS)
        picked = [self._condition() for _ in range(4)]
        rows = [ROSTER_HEAD + [column]] + [[str(n + 1), self.w.name(), self.c.pick(DEPARTMENTS), value]
                                           for n, value in enumerate(picked)]
        if self.c.chance(0.5):
            rows.insert(0, GROUPS)  # a row of groups above the header, which an extractor takes for the header
        fmt = self.c.pick(["xlsx", "csv", "tsv"])
        return Doc(f"h14d_roster{i:03d}.{fmt}", encoded(rows, fmt), _truth(picked))

    def _left(self, i: int) -> Doc:
        value = self._condition()
        rows = [["休職届"], ["氏名", self.w.name()], [self.c.pick(LEFT_LABELS), value], ["期間", "4月1日～4月30日"]]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"h14d_left{i:03d}.{fmt}", encoded(rows, fmt), _truth([value]))

    def _above(self, i: int) -> Doc:
        value = self._condition()
        lines = ["利用申込書", f"お名前　{self.w.name()}", self.c.pick(ABOVE_LABELS), value, "緊急連絡先　別紙のとおり"]
        fmt = self.c.pick(["docx", "odt", "txt"])
        return Doc(f"h14d_above{i:03d}.{fmt}", lines_file(lines, fmt), _truth([value]))

    def _ticked(self, i: int) -> Doc:
        value = self.c.pick(CONDITIONS)
        options = [f"☑{value}"] + [f"☐{other}" for other in TICK_OTHERS]
        self.c.rng.shuffle(options)
        lines = [line.format(n=self.w.name()) for line in TICK_HEAD] + ["　".join(options)]
        fmt = self.c.pick(["docx", "md", "rtf"])  # a box is not in CP932: no .txt
        return Doc(f"h14d_ticked{i:03d}.{fmt}", lines_file(lines, fmt), _truth([value]))

    def _note(self, i: int) -> Doc:
        """A note of what each named person told: the told sentence is the 病歴 (療養中 with its disease)."""
        told = [(self.c.pick(NOTES), self._condition()) for _ in range(2)]
        lines = ["面談記録"] + [sentence.format(n=self.w.name(), c=value) for (sentence, _), value in told]
        sentence, phrase, result = self.c.pick(FINDINGS)
        lines.append(f"{self.w.name()}さん：以前{sentence}。")
        fmt = self.c.pick(["docx", "txt", "odt"])
        truth = _truth([said.format(c=value) for (_, said), value in told] + [phrase])
        return Doc(f"h14d_note{i:03d}.{fmt}", lines_file(lines, fmt), truth | {("SENSITIVE?", f"健康診断結果:{result}")})

    def _mail(self, i: int) -> Doc:
        value = self._condition()
        name = self.w.name()
        body = [line.format(n=name, c=value) for line in MAIL_LINES]
        return self.w.mail(i, "mail", "休暇のご連絡", body, [("", "病歴", value)])

    def _json(self, i: int) -> Doc:
        picked = [self._condition() for _ in range(3)]
        records = [{"name": self.w.name(), "dept": self.c.pick(DEPARTMENTS), "medical_history": value} for value in picked]
        return Doc(f"h14d_json{i:03d}.json", json.dumps(records, ensure_ascii=False, indent=1).encode(), _truth(picked))

    def _remark(self, i: int) -> Doc:
        """A personal card whose free-text line (備考, 特記事項) names the conditions alone."""
        picked = self.c.rng.sample(CONDITIONS, self.c.rng.randint(1, 2))
        lines = ["個人カード", f"氏名：{self.w.name()}", f"所属：{self.c.pick(DEPARTMENTS)}", f"{self.c.pick(REMARKS)}：{'・'.join(picked)}"]
        fmt = self.c.pick(["docx", "md", "odt"])
        return Doc(f"h14d_remark{i:03d}.{fmt}", lines_file(lines, fmt), _truth(picked))

    def _pdf_boxes(self, i: int) -> Doc:
        """A PDF printed from a form: each label and value its own text box."""
        value = self._condition()
        fields = [("お名前", self.w.name()), (self.c.pick(COLUMNS), value), ("部署", self.c.pick(DEPARTMENTS))]
        return Doc(f"h14d_pdfboxes{i:03d}.pdf", _written(".pdf", lambda path: w.write_pdf_form(path, fields)), _truth([value]))

    def _yes_cells(self, i: int) -> Doc:
        """A checklist sheet: each disease in a row, its answer in the next cell (有, レ or empty)."""
        picked = self.c.rng.sample(CONDITIONS, 4)
        answers = [self.c.pick(YES_MARKS)] + [self.c.pick(YES_MARKS + ["", ""]) for _ in picked[1:]]
        rows = [["既往チェック"], ["提出者", self.w.name()], YES_HEAD] + [[d, a] for d, a in zip(picked, answers)]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"h14d_yescells{i:03d}.{fmt}", encoded(rows, fmt), _truth([d for d, a in zip(picked, answers) if a]))

    def _signed(self, lines: list[str]) -> list[str]:
        return [line.format(n=self.w.name()) for line in lines] + [f"担当：{self.w.name()}"]

    def _guide(self, i: int) -> Doc:
        return self.w.about_no_one(i, "guide", self._signed(DEPARTMENT_GUIDE), self.c.pick(["txt", "docx"]))

    def _prices(self, i: int) -> Doc:
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"h14d_neg_prices{i:03d}.{fmt}", encoded(PRICE_LIST + [["担当", self.w.name()]], fmt), {ONLY})

    def _article(self, i: int) -> Doc:
        return self.w.about_no_one(i, "article", self._signed(COLUMN_ARTICLE), self.c.pick(["docx", "odt"]))

    def _lecture(self, i: int) -> Doc:
        return self.w.about_no_one(i, "lecture", self._signed(LECTURE), self.c.pick(["txt", "docx"]))

    def _cat(self, i: int) -> Doc:
        return self.w.about_no_one(i, "cat", self._signed(CAT), self.c.pick(["txt", "docx"]))

    def _outage(self, i: int) -> Doc:
        return self.w.about_no_one(i, "outage", self._signed(OUTAGE), self.c.pick(["txt", "odt"]))


def _truth(values: list[str]) -> set:
    return {ONLY} | {("SENSITIVE", f"病歴:{value}") for value in values}
