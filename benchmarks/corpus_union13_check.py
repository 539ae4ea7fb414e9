"""Check corpus of union13 (issue 12), another writer's habits: a personnel card's lines (label
then value), an XML export's elements, a dues list in TSV, a probation officer's and a union
rep's notes, minutes of a committee; look-alikes: a fishery co-operative's notice, a mutual-aid
society's member card, a condominium's meeting, a union's election call, a textbook on
probation, a court report, a fleet's parking fine, a release told as the plan after a sentence.

Written apart from benchmarks/corpus_union13_dev.py: no template, sentence, label or word list
in common (tests/benchmarks/test_union13_corpora.py checks the lists). Never tuned on.
Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import encoded, truth_of
from benchmarks.sens7_writers import Parts

SURNAMES = ["柿崎", "宇佐美", "二階堂", "久我", "能登", "氷室", "相良", "巽"]
GIVEN = ["晴臣", "美緒", "冬馬", "沙耶", "岳", "いづみ", "広海", "文香"]
# a personnel card: (label, value, category or None, phrase)
CARD = [("労組での役職", "情報労連 支部役員", "労働組合", "支部役員"),
        ("政治活動", "社民党の街宣に毎週加わる", "信条", "街宣に毎週加わる"),
        ("賞罰", "罰金刑（傷害）", "犯罪歴", "罰金刑"),
        ("趣味", "囲碁", None, "")]
# an XML export's elements
XML_KEYS = [("unionPosition", "日教組県本部 書記次長", "労働組合", "書記次長"),
            ("politicalActivity", "右翼団体の構成員", "信条", "右翼団体の構成員"),
            ("criminalHistory", "前科一犯（窃盗）", "犯罪歴", "前科一犯")]
DUES_HEADER = ["社員番号", "名前", "労働組合費", "備考欄"]
# a probation officer's and a union rep's notes
NOTES = [("UAゼンセン地区協議会の副議長として春闘の交渉に出ている。", "労働組合", "副議長として"),
         ("情報労連の支部役員に選ばれた。", "労働組合", "支部役員"),
         ("改憲系の学習会で講師を務めた経験がある。", "信条", "学習会で講師を務めた"),
         ("過去に傷害事件で服役しており、現在は仮釈放中である。", "犯罪歴", "服役"),
         ("少年院に入っていたことを打ち明けた。", "犯罪歴", "少年院に入っていた"),
         ("執行猶予期間中のため、海外出張は控えさせている。", "犯罪歴", "執行猶予期間中"),
         ("全建総連の分会で会計を担当している。", "労働組合", "分会で会計"),
         ("父方がクルド系であると面談で話した。", "人種・民族", "クルド系"),
         ("在日コリアン三世であることを明かした。", "人種・民族", "在日コリアン三世"),
         ("昼食は社員食堂でとっている。", None, "")]
NOTE_HEADS = ["氏名：{name}", "担当：第二係"]
NOTE_FILLER = ["体調は良好とのこと。", "次回の予約を取った。"]
MINUTES = [("{who}委員は基幹労連の地協で幹事長を務めるため、欠席が続く。", "労働組合", "地協で幹事長"),
           ("{who}委員は脱原発系の集会でスピーチをしたと報告した。", "信条", "集会でスピーチをした")]
# a sentence's record, then its plan after release on the next line
SENTENCED = [("{who}さんは詐欺罪で懲役2年の実刑判決を受けた。", "犯罪歴", "懲役2年の実刑判決"),
             ("仮釈放後の就労先は叔父の工務店を予定している。", None, "")]
# look-alikes
FISHERY = ["みなと漁業協同組合", "組合員各位", "通常総会を5月28日に開催します。"]
MUTUAL = [["市町村職員共済組合 組合員証交付一覧"], ["交付番号", "組合員氏名", "交付日"]]
CONDO_MEETING = ["パークサイド第二管理組合 臨時総会議事録", "議長 {name}", "組合員の過半数の出席により総会は成立した。"]
ELECTION = ["組合だより 号外", "執行委員の選挙を行います。立候補の受付は来週までです。"]
TEXTBOOK = ["更生保護の基礎", "保護観察の期間中は、保護司による面接が定期的に行われる。"]
COURT = ["裁判傍聴メモ", "被告人に懲役3年の判決が言い渡された事件について、判決要旨を整理した。"]
PARKING = ["営業車 駐車違反一覧", "営業車3号 放置違反金 18000円 納付済み"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "un13c", SURNAMES, GIVEN, "　")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._card, self._xml, self._dues, self._notes, self._minutes,
                                              self._sentenced]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._fishery, self._mutual, self._condo, self._election,
                                              self._textbook, self._court, self._parking]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _card(self, i: int) -> Doc:
        fmt = self.c.pick(["docx", "md", "rtf"])
        items = [(label, (value, category, phrase)) for label, value, category, phrase in CARD]
        return self.w.form(i, "card", "人事カード", [("氏名", "")], items, fmt, "：")

    def _xml(self, i: int) -> Doc:
        picked = self.c.rng.sample(XML_KEYS, 2)
        fields = "".join(f"<{key}>{value}</{key}>" for key, value, _, _ in picked)
        data = f'<?xml version="1.0" encoding="UTF-8"?>\n<employees><employee><fullName>{self.w.name()}</fullName>{fields}</employee></employees>\n'
        return Doc(f"un13c_xml{i:03d}.xml", data.encode("utf-8"), truth_of([(v, c, p) for _, v, c, p in picked]))

    def _dues(self, i: int) -> Doc:
        dues = ["1800", "2200", "2600"]
        rows = [["組合費チェックオフ明細"], DUES_HEADER] + [[f"E{i:03d}{n}", self.w.name(), d, ""] for n, d in enumerate(dues)]
        return Doc(f"un13c_dues{i:03d}.tsv", encoded(rows, "tsv"), truth_of([(d, "労働組合", d) for d in dues]))

    def _notes(self, i: int) -> Doc:
        return self.w.record(i, "notes", "指導記録", NOTE_HEADS, NOTES, NOTE_FILLER, self.c.pick(["txt", "odt", "rtf"]),
                             "第{d}回　")

    def _minutes(self, i: int) -> Doc:
        items = [(t.replace("{who}", self.c.pick(SURNAMES)), c, p) for t, c, p in MINUTES]
        return self.w.word(i, "minutes", ["安全衛生委員会 議事要旨"], items)

    def _sentenced(self, i: int) -> Doc:
        items = [(t.replace("{who}", self.c.pick(SURNAMES)), c, p) for t, c, p in SENTENCED]
        return self.w.mail(i, "sentenced", "受入れ予定者について", ["お疲れさまです。"], items)

    def _fishery(self, i: int) -> Doc:
        return self.w.about_no_one(i, "fishery", FISHERY, "txt")

    def _mutual(self, i: int) -> Doc:
        rows = MUTUAL + [[f"K{n:04d}", self.w.name(), "2025/10/01"] for n in range(4)]
        return Doc(f"un13c_neg_mutual{i:03d}.xlsx", encoded(rows, "xlsx"), truth_of([]))

    def _condo(self, i: int) -> Doc:
        return self.w.about_no_one(i, "condo", [line.replace("{name}", self.w.name()) for line in CONDO_MEETING], "docx")

    def _election(self, i: int) -> Doc:
        return self.w.about_no_one(i, "election", ELECTION, "txt")

    def _textbook(self, i: int) -> Doc:
        return self.w.about_no_one(i, "textbook", TEXTBOOK, "docx")

    def _court(self, i: int) -> Doc:
        return self.w.about_no_one(i, "court", COURT, "txt")

    def _parking(self, i: int) -> Doc:
        return self.w.about_no_one(i, "parking", PARKING, "txt")
