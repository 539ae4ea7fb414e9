"""Development corpus of union13 (issue 12): 労働組合, 信条 and 犯罪歴 said of a person, and
look-alikes that are no one's, as a MATRIX of where the value sits × what is said. Places: a
roster's column (csv, xlsx, tsv), a payroll's deduction column, a JSON key, a case note's
sentence (txt, docx, odt), a mail, minutes. Sayings: a seat in a union's organ (地協, 支部,
県本部 with a generic seat: 議長, 役員, 事務局長), a camp's rally or study (護憲派の集会で演説),
a party's street activity, a political body joined, a record or its sentence (少年院を退院).
Look-alikes: a co-operative's member list (正組合員, 生協の組合員), a condominium's board, a
health-insurance society's notice, a union's office, a 36協定, a crime in the news, a statute,
a company vehicle's fine, a release told as a plan's time after the record it follows.

No template, sentence, label or word list is shared with benchmarks/corpus_union13_check.py
(tests/benchmarks/test_union13_corpora.py checks the lists). Rules were tuned on it.
Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

import json
from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import encoded, truth_of
from benchmarks.sens7_writers import Parts

SURNAMES = ["樋渡", "堤", "館林", "郡司", "早乙女", "鬼頭", "百瀬", "真柴"]
GIVEN = ["俊之", "洋平", "修", "武", "瑞穂", "千尋", "克己", "奈央"]
# a roster's column: (header, [(value, category or None, phrase)])
COLUMNS = [("組合役職", [("副議長", "労働組合", "副議長"), ("事務局長", "労働組合", "事務局長"), ("組合員", "労働組合", "組合員")]),
           ("備考", [("保守系の政治団体に所属", "信条", "政治団体に所属"), ("改憲派の勉強会に毎月参加", "信条", "改憲派の勉強会に毎月参加"),
                   ("JAM支部の役員", "労働組合", "JAM支部の役員"), ("特になし", None, "")]),
           ("前科", [("あり（窃盗）", "犯罪歴", "窃盗"), ("なし", None, "")])]
ROSTER_CELLS = [["総務課"], ["製造部"], ["品質保証課"]]
# a payroll's deductions: the union's dues in one column
PAY_HEADER = ["氏名", "基本給", "健康保険", "厚生年金", "組合費", "差引支給額"]
# a JSON record's keys: (key, value, category, phrase)
JSON_KEYS = [("union_post", "自治労県本部 副議長", "労働組合", "副議長"),
             ("criminal_record", "詐欺罪 懲役2年 執行猶予3年", "犯罪歴", "懲役2年"),
             ("activity", "緑の党の街頭活動に参加", "信条", "街頭活動に参加")]
# a case note's sentences
NOTES = [("本人は自治労県本部の副議長を務めており、出張が多い。", "労働組合", "副議長を務め"),
         ("電機連合の地協で事務局長をしている。", "労働組合", "地協で事務局長"),
         ("護憲派の集会で演説をしたことがある。", "信条", "集会で演説をした"),
         ("週末は緑の党の街頭活動に参加している。", "信条", "街頭活動に参加"),
         ("十代のとき少年院を退院し、その後は職を転々とした。", "犯罪歴", "少年院を退院"),
         ("保護観察中であり、月に一度保護司と面接している。", "犯罪歴", "保護観察中"),
         ("次回は就労先の件を話し合う。", None, "")]
NOTE_HEADS = ["対象者　{name}", "記録　相談係"]
NOTE_FILLER = ["落ち着いた様子だった。", "書類を渡した。"]
# a visit's record: the record, then the plan after release (the release is the record again)
VISIT = [("{who}氏と面会。本人の話では窃盗罪で懲役1年の判決。", "犯罪歴", "窃盗罪で懲役1年"),
         ("出所後は兄のもとへ帰住の予定。", None, "")]
MAIL = [("{who}さんは労組の支部で幹事をしているので、日程に配慮をお願いします。", "労働組合", "支部で幹事"),
        ("{who}さんは反原発派の講演会で司会を務めたそうです。", "信条", "講演会で司会を務めた")]
# look-alikes: about no one's union, creed or record
COOP = [["あおば生活協同組合 組合員名簿"], ["組合員番号", "氏名", "加入日"]]
FARM = ["JAみどり 組合員台帳", "{name} 正組合員 出資口数10口", "{other} 准組合員 出資口数2口"]
CONDO = [["グランハイツ管理組合 役員名簿"], ["役職", "氏名", "部屋番号"], ["理事長", "{name}", "301"], ["会計", "{other}", "105"]]
INSURER = ["東部健康保険組合", "組合員 {name} 様", "保険証の更新についてご案内します。"]
UNION_OFFICE = ["東和精機労働組合 書記局", "組合事務所の開室時間は平日10時から17時です。", "定期大会は6月に開催します。"]
AGREEMENT = ["時間外労働・休日労働に関する協定届", "協定の当事者である労働組合の名称 東和精機労働組合", "協定の有効期間 1年間"]
NEWS = ["地域ニュース", "窃盗の疑いで男が逮捕された。", "緑の党は駅前で街頭演説を行った。"]
STATUTE = ["刑法抜粋", "第235条 他人の財物を窃取した者は、窃盗の罪とし、十年以下の懲役又は五十万円以下の罰金に処する。"]
VEHICLE = ["車両管理記録", "社用車 品川300あ1234 速度超過で反則金15000円を納付。"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "un13d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._roster, self._pay, self._json, self._note, self._visit, self._mail]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._coop, self._farm, self._condo, self._insurer, self._office,
                                              self._agreement, self._news, self._statute, self._vehicle]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _roster(self, i: int) -> Doc:
        header, values = COLUMNS[(i // 6) % len(COLUMNS)]
        return self.w.table(i, "roster", "社員名簿", ["No.", "氏名", "所属", header], ROSTER_CELLS, values,
                            self.c.pick(["xlsx", "csv", "tsv"]))

    def _pay(self, i: int) -> Doc:
        rows = [["給与控除一覧"], PAY_HEADER] + [[self.w.name(), "280000", "14000", "25620", dues, "230000"]
                                             for dues in ("2500", "3000")]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"un13d_pay{i:03d}.{fmt}", encoded(rows, fmt), truth_of([(d, "労働組合", d) for d in ("2500", "3000")]))

    def _json(self, i: int) -> Doc:
        picked = self.c.rng.sample(JSON_KEYS, 2)
        record = {"name": self.w.name(), "dept": "総務", **{key: value for key, value, _, _ in picked}}
        data = json.dumps({"staff": [record]}, ensure_ascii=False, indent=2).encode("utf-8")
        return Doc(f"un13d_json{i:03d}.json", data, truth_of([(v, c, p) for _, v, c, p in picked]))

    def _note(self, i: int) -> Doc:
        return self.w.record(i, "note", "面談記録", NOTE_HEADS, NOTES, NOTE_FILLER, self.c.pick(["docx", "txt", "odt"]), "{d}日 ")

    def _visit(self, i: int) -> Doc:
        items = [(t.replace("{who}", self.w.name()), c, p) for t, c, p in VISIT]
        return self.w.word(i, "visit", ["面会記録"], items)

    def _mail(self, i: int) -> Doc:
        items = [(t.replace("{who}", self.c.pick(SURNAMES)), c, p) for t, c, p in MAIL]
        return self.w.mail(i, "mail", "日程の件", ["関係各位"], items)

    def _filled(self, lines: list[str]) -> list[str]:
        return [line.replace("{name}", self.w.name()).replace("{other}", self.w.name()) for line in lines]

    def _coop(self, i: int) -> Doc:
        rows = COOP + [[str(10230 + n), self.w.name(), "2021/04/01"] for n in range(4)]
        return Doc(f"un13d_neg_coop{i:03d}.csv", encoded(rows, "csv"), truth_of([]))

    def _farm(self, i: int) -> Doc:
        return self.w.about_no_one(i, "farm", self._filled(FARM), "txt")

    def _condo(self, i: int) -> Doc:
        rows = [[cell.replace("{name}", self.w.name()).replace("{other}", self.w.name()) for cell in row] for row in CONDO]
        return Doc(f"un13d_neg_condo{i:03d}.xlsx", encoded(rows, "xlsx"), truth_of([]))

    def _insurer(self, i: int) -> Doc:
        return self.w.about_no_one(i, "insurer", self._filled(INSURER), "txt")

    def _office(self, i: int) -> Doc:
        return self.w.about_no_one(i, "office", UNION_OFFICE, "docx")

    def _agreement(self, i: int) -> Doc:
        return self.w.about_no_one(i, "agreement", AGREEMENT, "txt")

    def _news(self, i: int) -> Doc:
        return self.w.about_no_one(i, "news", NEWS, "txt")

    def _statute(self, i: int) -> Doc:
        return self.w.about_no_one(i, "statute", STATUTE, "docx")

    def _vehicle(self, i: int) -> Doc:
        return self.w.about_no_one(i, "vehicle", VEHICLE, "txt")
