"""Fresh corpus of health14 (issue 12), written after the rules were frozen and scored once,
untouched (the check corpus was read while the rules were written: see docs/benchmarks.md,
health14): a slide's table of residents, an HTML page of a club's members, a PDF form of
label | value boxes, a Word table of two columns, a carer's daily log, a mail to a manager,
a questionnaire sheet whose ○ stands in the cell beside the disease; conditions of other
heads and chapters than the dev and check corpora's; look-alikes: a hospital's floor guide,
a drug's price table, an insurer's list of covered diseases, a dog's vaccination card.

No template, label, condition or value is shared with corpus_health14_dev.py or _check.py.
Synthetic people only.
"""

from __future__ import annotations

from benchmarks.corpus import Corpus, Doc, _docx, _written
from benchmarks.sens6_layouts import ONLY, lines_file
from benchmarks.sens7_writers import Parts
from samples import writers as w

SURNAMES = ["藤原", "小松", "浅野", "片山", "吉村", "根本", "大塚", "関"]
GIVEN = ["正樹", "綾", "浩二", "紗希", "亮", "恵美", "慎也", "瞳"]
CONDITIONS = ["卵巣機能不全", "鉄芽球性貧血", "蜂窩織炎", "適応反応症", "口唇口蓋裂", "脂漏性皮膚炎", "智歯周囲炎",
              "網膜裂孔", "外耳道湿疹", "サルコイドーシス", "腰部椎間板症", "胆嚢ポリープ", "大動脈解離", "急性膵炎",
              "反復性肩関節脱臼", "甲状腺腫", "前立腺癌", "頸動脈狭窄"]
CARE = ["肩関節鏡視下手術", "人工膝関節置換術", "凍結胚移植", "腹腔鏡下胆嚢摘出", "抗甲状腺薬"]
SLIDE_HEAD = ["居室", "入居者", "要介護度", "主な病名"]
MEMBER_HEAD = ["会員番号", "会員名", "地区", "治療中の疾病"]
PDF_LABELS = ["疾患名", "主傷病名", "現疾患"]
WORD_LABELS = ["既往疾患", "合併症", "原疾患"]
LOG = ["ケア日誌", "{d}日 {n}様", "朝から{c}の痛みを訴えられ、訪問看護師に連絡した。"]
MAIL = ["課長", "{n}です。", "先日の検査で{c}が見つかり、来月手術の予定です。", "業務の引継ぎをご相談させてください。"]
QUESTION_HEAD = ["健康調査票", "回答者", "{n}", "かかったことのある病気", "該当"]
QUESTION_OTHERS = ["脳卒中", "肝臓病", "緑内障"]
FLOORS = ["院内フロアガイド", "2階 小児科・耳鼻咽喉科", "3階 泌尿器科（前立腺癌の相談窓口）", "4階 リハビリテーション室"]
PRICES = [["薬品名", "規格", "薬価"], ["抗甲状腺薬A", "5mg1錠", "9.8円"], ["鉄剤B", "50mg1錠", "12.1円"]]
INSURER = ["特定疾病保障の対象", "・大動脈解離", "・急性膵炎", "・甲状腺腫（良性を除く）"]
DOG = ["ワクチン接種証明（犬）", "犬名：ハナ", "飼育者：{n}", "病歴：外耳道湿疹（完治）"]


class FreshDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "h14f", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._slide, self._html, self._pdf_form, self._word_table, self._log, self._mail, self._sheet]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._floors, self._prices, self._insurer, self._dog]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _condition(self) -> str:
        return self.c.pick(CONDITIONS + CARE)

    def _slide(self, i: int) -> Doc:
        picked = [self._condition() for _ in range(3)]
        rows = [SLIDE_HEAD] + [[f"{301 + n}", self.w.name(), f"要介護{1 + n}", value] for n, value in enumerate(picked)]
        data = _written(".pptx", lambda path: w.write_pptx(path, "入居者カンファレンス", rows))
        return Doc(f"h14f_slide{i:03d}.pptx", data, _truth(picked))

    def _html(self, i: int) -> Doc:
        picked = [self._condition() for _ in range(3)]
        rows = [MEMBER_HEAD] + [[f"M{70 + n}", self.w.name(), "東地区", value] for n, value in enumerate(picked)]
        cells = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        page = f"<html><head><meta charset='utf-8'><title>会員名簿</title></head><body><table>{cells}</table></body></html>"
        return Doc(f"h14f_html{i:03d}.html", page.encode(), _truth(picked))

    def _pdf_form(self, i: int) -> Doc:
        value = self._condition()
        fields = [("記入者", self.w.name()), (self.c.pick(PDF_LABELS), value), ("主治医", "第一病院")]
        data = _written(".pdf", lambda path: w.write_pdf_form(path, fields))
        return Doc(f"h14f_pdfform{i:03d}.pdf", data, _truth([value]))

    def _word_table(self, i: int) -> Doc:
        value = self._condition()
        table = [["項目", "記入欄"], ["お名前", self.w.name()], [self.c.pick(WORD_LABELS), value]]
        return Doc(f"h14f_wordtable{i:03d}.docx", _docx(["入会申込書"], table), _truth([value]))

    def _log(self, i: int) -> Doc:
        value = self.c.pick(CONDITIONS)
        lines = [line.format(n=self.w.name(), c=value, d=1 + i % 28) for line in LOG]
        fmt = self.c.pick(["odt", "docx"])
        return Doc(f"h14f_log{i:03d}.{fmt}", lines_file(lines, fmt), _truth([value]))

    def _mail(self, i: int) -> Doc:
        value = self.c.pick(CONDITIONS)
        body = [line.format(n=self.w.name(), c=value) for line in MAIL]
        return self.w.mail(i, "mail", "ご相談", body, [("", "病歴", value)])

    def _sheet(self, i: int) -> Doc:
        value = self.c.pick(CONDITIONS)
        options = [[value, "○"]] + [[other, ""] for other in QUESTION_OTHERS]
        self.c.rng.shuffle(options)
        rows = [[QUESTION_HEAD[0]], [QUESTION_HEAD[1], QUESTION_HEAD[2].format(n=self.w.name())], QUESTION_HEAD[3:]] + options
        return Doc(f"h14f_sheet{i:03d}.xlsx", w.xlsx_bytes({"調査": rows}), _truth([value]))

    def _floors(self, i: int) -> Doc:
        return self.w.about_no_one(i, "floors", FLOORS + [f"案内係 {self.w.name()}"], self.c.pick(["txt", "docx"]))

    def _prices(self, i: int) -> Doc:
        return Doc(f"h14f_neg_prices{i:03d}.xlsx", w.xlsx_bytes({"薬価": PRICES + [["担当", self.w.name(), ""]]}), {ONLY})

    def _insurer(self, i: int) -> Doc:
        return self.w.about_no_one(i, "insurer", INSURER + [f"担当 {self.w.name()}"], self.c.pick(["odt", "txt"]))

    def _dog(self, i: int) -> Doc:
        return self.w.about_no_one(i, "dog", [line.format(n=self.w.name()) for line in DOG], self.c.pick(["docx", "txt"]))


def _truth(values: list[str]) -> set:
    return {ONLY} | {("SENSITIVE", f"病歴:{value}") for value in values}
