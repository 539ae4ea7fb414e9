"""Development corpus of union15 (issue 12): a person's union membership, faith and creed,
and the look-alikes that are a union's or another body's own, as a MATRIX of where a value sits
(a roster's first or last column, a payslip, a note's sentence, a form's field, a mail) × what
is not a person's membership: a union's letterhead or signature (its name, then the officer),
an agreement's party, an addressee, a co-operative's 組合員名簿 with a 区分 column, a
cemetery's 宗派 column saying 不問, a wedding hall's ceremony menu, a shrine's festival trip, a
condominium's bill with a 組合費 column.

No template, sentence, label or word list is shared with benchmarks/corpus_union15_check.py
(tests/benchmarks/test_union15_corpora.py checks the lists). Rules were tuned on it.
Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import encoded, truth_of
from benchmarks.sens7_writers import Parts

SURNAMES = ["宮下", "柴田", "岩城", "小此木", "安達", "寺尾", "舟木", "桐生"]
GIVEN = ["健司", "恵子", "雅人", "梓", "光太郎", "夏美", "隆", "里香"]
# a union's officers listed with the seat in the first column
SEATS = [("執行委員長", "労働組合", "執行委員長"), ("書記長", "労働組合", "書記長"), ("執行委員", "労働組合", "執行委員")]
OFFICER_HEADER = ["役職", "氏名", "職場"]
WORKPLACES = ["製造一課", "物流センター", "経理課"]
# a person's faith in a staff list's column
FAITHS = [("浄土真宗", "宗教", "浄土真宗"), ("カトリック", "宗教", "カトリック"), ("曹洞宗", "宗教", "曹洞宗")]
FAITH_HEADER = ["氏名", "部署", "宗教"]
# a case note's sentences about the person
NOTES = [("本人は労働組合の書記長を務めており、会議日程への配慮を希望している。", "労働組合", "書記長を務め"),
         ("思想信条上の理由から、特定の行事への参加は控えたいとの申し出があった。", "信条", "思想信条上の理由"),
         ("日本共産党の党員で、地区委員を務めているとのこと。", "信条", "党員"),
         ("天皇制に反対する思想を持っていると本人が話した。", "信条", "天皇制に反対する思想を持って"),
         ("公明党の熱心な支持者で、選挙のたびに知人に声をかけている。", "信条", "公明党の熱心な支持者"),
         ("来月の面談日程を調整した。", None, "")]
NOTE_HEADS = ["面談記録", "相談者 {name}"]
NOTE_FILLER = ["体調は安定している。", "勤務態度は良好。"]
# look-alikes: a union's own desk
UNION = "東和精機労働組合"
LETTERHEAD = [UNION, "〒140-0001 東京都品川区北品川1-2-3", "TEL 03-1234-5678", "執行委員長 {name}", "",
              "組合員の皆さんへ", "春闘の職場集会を3月5日に開きます。"]
AGREEMENT = ["時間外労働・休日労働に関する協定書", "株式会社東和精機と東和精機労働組合は次のとおり協定する。",
             "協定の当事者", f"{UNION} 執行委員長 {{name}}", "株式会社東和精機 代表取締役 {other}"]
ADDRESSEE = [[UNION], ["執行委員長 {name} 殿"], ["株式会社東和精機 人事部長 {other}"], ["賃上げ要求に対する回答書"]]
SIGNED = ["組合員の皆さんへ", "定期大会の議案書を配布します。", UNION, "執行委員長 {name}"]
# look-alikes: another body's members
FISHERY = [["南浜漁業協同組合 組合員名簿"], ["氏名", "区分", "船名"]]
FISHERY_KINDS = ["組合員", "正組合員", "准組合員"]
CEMETERY = [["区画番号", "使用者", "宗派"]]
WEDDING = ["挙式プランのご案内", "神前式 250,000円", "キリスト教式（チャペル） 300,000円", "仏前式 200,000円",
           "ご相談は担当 {name} まで"]
# a body's own bill whose 組合費 is no union's dues
CONDO_BILL = [["グリーンヒルズ管理組合 請求明細"], ["部屋番号", "氏名", "管理費", "修繕積立金", "組合費"]]
TRIP = ["社員旅行のご案内", "1月5日 明治神宮へ初詣、その後新年会", "幹事 {name}"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "un15d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._officers, self._faiths, self._note, self._pay]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._letterhead, self._agreement, self._addressee, self._signed,
                                              self._fishery, self._cemetery, self._wedding, self._trip, self._condo_bill]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _officers(self, i: int) -> Doc:
        picked = self.c.rng.sample(SEATS, 3)
        rows = [[f"{UNION} 役員名簿"], OFFICER_HEADER] + [[seat, self.w.name(), self.c.pick(WORKPLACES)]
                                                         for seat, _, _ in picked]
        fmt = self.c.pick(["xlsx", "csv", "tsv"])
        return Doc(f"un15d_officers{i:03d}.{fmt}", encoded(rows, fmt), truth_of(picked))

    def _faiths(self, i: int) -> Doc:
        return self.w.table(i, "faiths", "配慮事項一覧", ["No.", *FAITH_HEADER], [["総務"], ["営業"]], FAITHS,
                            self.c.pick(["xlsx", "csv"]))

    def _note(self, i: int) -> Doc:
        return self.w.record(i, "note", NOTE_HEADS[0], NOTE_HEADS[1:], NOTES, NOTE_FILLER,
                             self.c.pick(["docx", "txt", "odt"]), "{d}日 ")

    def _pay(self, i: int) -> Doc:
        rows = [["給与明細"], ["氏名", self.w.name()], ["基本給", "280,000"], ["組合費", "3,000"]]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"un15d_pay{i:03d}.{fmt}", encoded(rows, fmt), truth_of([("3,000", "労働組合", "3,000")]))

    def _filled(self, lines: list[str]) -> list[str]:
        return [line.replace("{name}", self.w.name()).replace("{other}", self.w.name()) for line in lines]

    def _letterhead(self, i: int) -> Doc:
        return self.w.about_no_one(i, "letterhead", self._filled(LETTERHEAD), self.c.pick(["txt", "docx"]))

    def _agreement(self, i: int) -> Doc:
        return self.w.about_no_one(i, "agreement", self._filled(AGREEMENT), self.c.pick(["txt", "docx"]))

    def _addressee(self, i: int) -> Doc:
        rows = [self._filled(row) for row in ADDRESSEE]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"un15d_neg_addressee{i:03d}.{fmt}", encoded(rows, fmt), truth_of([]))

    def _signed(self, i: int) -> Doc:
        return self.w.about_no_one(i, "signed", self._filled(SIGNED), self.c.pick(["txt", "docx"]))

    def _fishery(self, i: int) -> Doc:
        rows = FISHERY + [[self.w.name(), self.c.pick(FISHERY_KINDS), f"第{n + 1}浜丸"] for n in range(4)]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"un15d_neg_fishery{i:03d}.{fmt}", encoded(rows, fmt), truth_of([]))

    def _cemetery(self, i: int) -> Doc:
        rows = CEMETERY + [[f"A-{n + 10}", self.w.name(), "不問"] for n in range(4)]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"un15d_neg_cemetery{i:03d}.{fmt}", encoded(rows, fmt), truth_of([]))

    def _wedding(self, i: int) -> Doc:
        return self.w.about_no_one(i, "wedding", self._filled(WEDDING), "txt")

    def _trip(self, i: int) -> Doc:
        return self.w.about_no_one(i, "trip", self._filled(TRIP), "docx")

    def _condo_bill(self, i: int) -> Doc:
        rows = CONDO_BILL + [[str(301 + n), self.w.name(), "15000", "12000", "500"] for n in range(4)]
        return Doc(f"un15d_neg_condo_bill{i:03d}.xlsx", encoded(rows, "xlsx"), truth_of([]))
