"""Development corpus of health13 (issue 12): a person's condition as a hospital ward and a
care home write it — a problem list of numbered abbreviations (#1 DM), a table whose 既往歴
cells are abbreviations, a handover in a nurse's prose (発作を繰り返す, 後遺症で…), a parent's
note of a child's allergy and the drug carried for it, a disability told with its cause or
its treatment (〜により身体障害者手帳, 〜の診断で通院中); look-alikes with a clerk's name: a
facility's guide (its accessible toilet and parking), a training notice on a disability as a
topic, an outage report (障害対応), an employer's disability-employment figures, a list of
welfare offices by service kind, a meeting's numbered agenda.

No template, label, condition or value is shared with benchmarks/corpus_health13_check.py
(tests/benchmarks/test_health13_corpora.py checks the lists). Synthetic people only.
"""

from __future__ import annotations

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import ONLY, encoded, lines_file
from benchmarks.sens7_writers import Parts

SURNAMES = ["石丸", "児玉", "福永", "三宅", "長尾", "早川", "柴崎", "土屋"]
GIVEN = ["隆之", "典子", "雄一", "美穂", "和也", "理恵", "昌平", "若菜"]
# (the problem as written, the phrase a finding must overlap)
PROBLEMS = [("#1 DM（インスリン導入済）", "DM"), ("#2 HT", "HT"), ("#3 CKD stage G3a", "CKD"),
            ("#4 AF（抗凝固療法中）", "AF"), ("#5 s/p CVA（2019）", "CVA"), ("#6 COPD", "COPD")]
SUMMARY_HEAD = ["入院時サマリー", "病棟：4西", "プロブレムリスト"]
TABLE_HEAD = ["ID", "利用者名", "居室", "既往歴"]
PAST = ["DM・HT", "COPD", "CKD", "AF、HT", "s/p CVA"]
ROOMS = ["201", "203", "208", "215"]
# a nurse's prose: (sentence, its phrase)
HANDOVER = [("てんかん発作を繰り返しており、夜間は巡視を増やす。", "てんかん発作を繰り返して"),
            ("脳出血の後遺症で左足に軽い引きずりあり。", "脳出血の後遺症"),
            ("狭心症発作のためニトロを舌下した。", "狭心症発作"),
            ("数年前から不整脈と言われているとのこと。", "不整脈と言われている")]
HANDOVER_HEAD = "夜勤帯 申し送り"
# a parent's note: the allergy and what the child carries for it
ALLERGY = [("そばアレルギー（重度）のためエピペンを持参しています。", "そばアレルギー"),
           ("小児喘息があり、吸入器をいつもランドセルに入れています。", "小児喘息")]
CARD_HEAD = ["学童クラブ 児童調査票", "保護者記入欄"]
# a disability with its cause or its treatment, as a cell of a roster
CAUSED = [("人工肛門造設により身体障害者手帳4級", "身体障害者手帳4級"),
          ("ASDの診断で通院中", "ASD"), ("脳性麻痺のため車いすを使用", "車いす")]
CAUSED_HEAD = ["No", "氏名", "送迎先", "配慮事項"]
STOPS = ["正門前", "南口バス停", "自宅前"]
# look-alikes
GUIDE = ["施設のご案内", "1階に車椅子対応トイレと授乳室があります。", "障害者用駐車場は正面玄関横に2台分ございます。",
         "館内はバリアフリーです。"]
TRAINING = ["職員研修のお知らせ", "テーマ：発達障害の理解と支援の基礎", "講師：地域支援センター職員", "対象：全職員"]
OUTAGE = ["障害報告書", "発生日時：3月2日 9:40", "事象：基幹サーバの障害によりログイン不可", "障害対応完了：11:05"]
EMPLOYMENT = ["障害者雇用状況報告", "常用労働者数 412人", "障害者雇用率 2.4％（法定雇用率 2.5％）", "対応：採用計画を見直す"]
OFFICES = [["事業所名", "サービス種別", "担当"], ["ひだまり作業所", "就労継続支援B型", ""], ["みどり園", "生活介護", ""],
           ["ステップ工房", "就労移行支援", ""]]
AGENDA = ["定例会議 議事メモ", "#1 予算執行状況", "#2 HP改修の進捗", "#3 次回日程"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "h13d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._summary, self._table, self._handover, self._card, self._caused]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._guide, self._training, self._outage, self._employment, self._offices, self._agenda]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _summary(self, i: int) -> Doc:
        """A problem list: numbered abbreviations, one a line."""
        picked = self.c.rng.sample(PROBLEMS, 3)
        lines = [SUMMARY_HEAD[0], f"患者氏名：{self.w.name()}", *SUMMARY_HEAD[1:], *(text for text, _ in picked)]
        fmt = self.c.pick(["txt", "docx", "md"])
        truth = {ONLY} | {("SENSITIVE", f"病歴:{phrase}") for _, phrase in picked}
        return Doc(f"h13d_summary{i:03d}.{fmt}", lines_file(lines, fmt), truth)

    def _table(self, i: int) -> Doc:
        """A roster whose 既往歴 cells are abbreviations."""
        picked = [self.c.pick(PAST) for _ in range(4)]
        rows = [TABLE_HEAD] + [[f"U{30 + n}", self.w.name(), self.c.pick(ROOMS), past] for n, past in enumerate(picked)]
        fmt = self.c.pick(["xlsx", "csv", "tsv"])
        return Doc(f"h13d_table{i:03d}.{fmt}", encoded(rows, fmt), {ONLY} | {("SENSITIVE", f"病歴:{p}") for p in picked})

    def _handover(self, i: int) -> Doc:
        picked = self.c.rng.sample(HANDOVER, 2)
        lines = [HANDOVER_HEAD] + [f"{200 + n}号 {self.w.name()}：{text}" for n, (text, _) in enumerate(picked)]
        fmt = self.c.pick(["txt", "docx", "rtf"])
        truth = {ONLY} | {("SENSITIVE", f"病歴:{phrase}") for _, phrase in picked}
        return Doc(f"h13d_handover{i:03d}.{fmt}", lines_file(lines, fmt), truth)

    def _card(self, i: int) -> Doc:
        text, phrase = self.c.pick(ALLERGY)
        lines = [CARD_HEAD[0], f"児童氏名：{self.w.name()}", CARD_HEAD[1], text]
        fmt = self.c.pick(["docx", "odt", "txt"])
        return Doc(f"h13d_card{i:03d}.{fmt}", lines_file(lines, fmt), {ONLY, ("SENSITIVE", f"病歴:{phrase}")})

    def _caused(self, i: int) -> Doc:
        """A disability with its cause or treatment in one cell: the disability, not a disease."""
        picked = [self.c.pick(CAUSED) for _ in range(3)]
        rows = [CAUSED_HEAD] + [[str(n + 1), self.w.name(), self.c.pick(STOPS), text] for n, (text, _) in enumerate(picked)]
        fmt = self.c.pick(["xlsx", "csv"])
        truth = {ONLY} | {("SENSITIVE", f"障害:{text}") for text, _ in picked}
        return Doc(f"h13d_caused{i:03d}.{fmt}", encoded(rows, fmt), truth)

    def _signed(self, lines: list[str]) -> list[str]:
        return [*lines, f"作成：総務課 {self.w.name()}"]

    def _guide(self, i: int) -> Doc:
        return self.w.about_no_one(i, "guide", self._signed(GUIDE), self.c.pick(["txt", "docx"]))

    def _training(self, i: int) -> Doc:
        return self.w.about_no_one(i, "training", self._signed(TRAINING), self.c.pick(["docx", "md"]))

    def _outage(self, i: int) -> Doc:
        return self.w.about_no_one(i, "outage", self._signed(OUTAGE), self.c.pick(["txt", "odt"]))

    def _employment(self, i: int) -> Doc:
        return self.w.about_no_one(i, "employment", self._signed(EMPLOYMENT), self.c.pick(["docx", "txt"]))

    def _offices(self, i: int) -> Doc:
        rows = [row[:2] + [self.w.name() if n else row[2]] for n, row in enumerate(OFFICES)]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"h13d_neg_offices{i:03d}.{fmt}", encoded(rows, fmt), {ONLY})

    def _agenda(self, i: int) -> Doc:
        return self.w.about_no_one(i, "agenda", self._signed(AGENDA), self.c.pick(["txt", "md"]))
