"""Development corpus of health19 (issue 12): a person's 病歴 as a health centre, a donor
coordinator, a meal service and an adoption group keep it — a symptom under its column
(症状), a result's label whose line goes on with a sentence of the person's history, an
allergy named by its allergen in a remarks column (備考), an illness of one of the reader's
household in a letter — and the look-alikes that are no one's: a repair desk's 症状 column
of machine faults, a notice's conditional household (…の方がいる場合は), a menu's allergens.

No template, sentence, label or word list is shared with benchmarks/corpus_health19_check.py.
Rules were tuned on it. Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import Layouts, encoded, truth_of

SURNAMES = ["久住", "真壁", "日向野", "伊吹", "湊", "篠宮", "朝霧", "葛城"]
GIVEN = ["秀樹", "美和", "航", "しおり", "康介", "真央", "伸也", "楓"]
# a contact list's 症状 column: a symptom, a disease, or nothing
SYMPTOMS = [("38.4℃の発熱", "病歴", "38.4℃の発熱"), ("咳と痰が続く", "病歴", "咳と痰"), ("下痢・嘔吐", "病歴", "下痢・嘔吐"),
            ("頭痛と倦怠感", "病歴", "頭痛と倦怠感"), ("風しん（検査中）", "病歴", "風しん"), ("なし", None, "")]
SYMPTOM_HEADER = ["No.", "氏名", "接触日", "症状"]
CONTACT_DAYS = [["11/2"], ["11/3"], ["11/5"]]
# a result's label, then the person's history in the next sentence of the line
JUDGED = [("判定：C 要経過観察。", "要経過観察"), ("結果：血圧 158/96 要受診。", "要受診"), ("所見：心電図 ST低下 要精密検査。", "要精密検査")]
HISTORY = [("以前から糖尿病で通院中と伺っています。", "糖尿病で通院中"), ("なお喘息の吸入薬を使用中です。", "喘息の吸入薬を使用中"),
           ("昨年胆石の手術を受けたとのことです。", "胆石の手術を受けた")]
# a delivery list's 備考: the allergen in hiragana or kanji
ALLERGIES = [("えびアレルギー", "病歴", "えびアレルギー"), ("そばアレルギー", "病歴", "そばアレルギー"),
             ("小麦アレルギー", "病歴", "小麦アレルギー"), ("置き配希望", None, ""), ("-", None, "")]
ALLERGY_HEADER = ["No.", "氏名", "電話", "備考"]
PHONES = [["090-5521-3307"], ["080-6613-2298"], ["070-3347-8812"]]
# a letter to a household
HOUSEHOLD = [("ご家族に{d}の方がいらっしゃるとのことですので、", "{d}"),
             ("同居のご家族に{d}の方がおられると伺いましたので、", "{d}")]
DISEASES = ["心不全", "関節リウマチ", "てんかん", "COPD"]
LETTER_END = ["訪問日は改めてご相談させてください。", "階段の少ないお部屋をご案内します。"]
# look-alikes
REPAIR_HEADER = ["受付", "氏名", "品名", "症状"]
FAULTS = ["電源が入らない", "画面がちらつく", "異音がする", "充電できない"]
NOTICE = ["ご家族に{d}の方がいる場合は、事前に担当までお知らせください。", "窓口 {name}"]
MENU = ["本日の日替わり弁当", "主菜：えびフライ", "※えび・小麦・卵を使用しています。", "ご注文は前日までに。"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Layouts(corpus, "h19d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._contacts, self._judged, self._deliveries, self._household]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._repairs, self._notice, self._menu]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _contacts(self, i: int) -> Doc:
        return self.w.table(i, "contacts", "接触者一覧", SYMPTOM_HEADER, CONTACT_DAYS, SYMPTOMS, self.c.pick(["csv", "xlsx"]))

    def _deliveries(self, i: int) -> Doc:
        return self.w.table(i, "deliveries", "配達先一覧", ALLERGY_HEADER, PHONES, ALLERGIES, self.c.pick(["csv", "tsv"]))

    def _judged(self, i: int) -> Doc:
        (history, phrase), (judged, judgement) = self.c.pick(HISTORY), self.c.pick(JUDGED)
        lines = [f"{self.w.name()} 様", "", "先日の検査の結果をお知らせします。", f"{judged}{history}"]
        return Doc(f"h19d_judged{i:03d}.txt", "\r\n".join(lines).encode("cp932"),
                   truth_of([("", "病歴", phrase), ("", "健康診断結果", judgement)]))

    def _household(self, i: int) -> Doc:
        disease = self.c.pick(DISEASES)
        opening, phrase = self.c.pick(HOUSEHOLD)
        lines = [f"{self.w.name()} 様", "", "お問い合わせありがとうございます。", opening.format(d=disease) + self.c.pick(LETTER_END)]
        return Doc(f"h19d_household{i:03d}.txt", "\r\n".join(lines).encode("cp932"),
                   truth_of([("", "病歴", phrase.format(d=disease))]))

    def _repairs(self, i: int) -> Doc:
        rows = [["修理受付台帳"], REPAIR_HEADER] + [[f"12/{n + 1}", self.w.name(), "ノートPC", self.c.pick(FAULTS)]
                                                 for n in range(5)]
        return Doc(f"h19d_neg_repairs{i:03d}.csv", encoded(rows, "csv"), truth_of([]))

    def _notice(self, i: int) -> Doc:
        lines = [line.format(d=self.c.pick(DISEASES), name=self.w.name()) for line in NOTICE]
        return self.w.about_no_one(i, "notice", lines, "txt")

    def _menu(self, i: int) -> Doc:
        return self.w.about_no_one(i, "menu", MENU, "txt")
