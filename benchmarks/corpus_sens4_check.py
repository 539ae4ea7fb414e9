"""Check corpus for 要配慮 told as a course, an act or a record (issue 12, sens4), of
another author: a CP932 screening CSV whose grade comes before the finding in words, a
school counsellor's case notes, a welfare visitor's record of what befell a resident, a
tenants' association newsletter draft about its members, a background-check sheet of
records, a customer questionnaire in the first person; about no one: a health leaflet, a
network maintenance notice, a safety lecture's minutes and a tenancy rule.

Written apart from benchmarks/corpus_sens4_dev.py: no template, sentence, name or word
list in common (tests/benchmarks/test_sens4_corpora.py checks the lists), and not used
to tune the rules. Synthetic people only; truth is labelled for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc, _docx, _pdf
from samples import writers as w

ONLY = {("*", "SENSITIVE")}
FAMILY = ["綿貫", "鮫島", "榎戸", "仁科", "舘野", "笠置", "粟津", "御手洗"]
FIRST = ["悠真", "芳江", "拓実", "七海", "正憲", "小百合", "航大", "都"]
# (grade, finding in words) of a screening CSV: the grade first, the finding the truth
SCREEN = [("C2", "心電図：左室肥大、経過観察"), ("D1", "胃部X線：胃体部に隆起性病変、要精密検査"),
          ("D2", "聴力：4000Hz 左 45dB 低下、要再検"), ("E", "血圧 188/116 mmHg 要治療")]
SCREEN_NORMAL = [("A", "所見なし")]
# a counsellor's notes: (sentence, category, phrase of truth)
CASE = [("起立性調節障害のため午前は保健室で休養している", "病歴", "起立性調節障害のため午前は保健室で休養"),
        ("1型糖尿病で昼食前に自己注射をしている", "病歴", "1型糖尿病で昼食前に自己注射"),
        ("てんかんの発作で救急搬送され、抗てんかん薬を処方された", "病歴", "抗てんかん薬を処方"),
        ("鎖骨の骨折で全治2か月と言われた", "病歴", "骨折で全治2か月")]
# a welfare visitor's record: (sentence, phrase of truth)
BEFELL = [("訪問販売の男に恫喝され高額な契約を結ばされた", "恫喝され"), ("夜道でひったくられ転倒した", "ひったくられ"),
          ("同居の息子から叩かれ腕にあざがある", "叩かれ"), ("自宅に押し入られ現金を奪われた", "押し入られ")]
# a member's stance in a newsletter draft: (sentence, category, phrase of truth)
STANDS = [("消費税の増税に反対して駅前で署名活動をしている", "信条", "消費税の増税に反対して駅前で署名活動"),
          ("衆院選で野党候補の選挙カーに乗り応援演説を行った", "信条", "応援演説を行った"),
          ("輸血を認めない教えに従っている", "宗教", "輸血を認めない教えに従って"),
          ("信仰上の理由から酒を口にしない", "宗教", "信仰上の理由から酒を口にしない")]
# a background-check sheet: (remark, category, phrase of truth)
REMARKS = [("傷害で起訴猶予", "犯罪歴", "傷害で起訴猶予"), ("執行猶予中につき要確認", "犯罪歴", "執行猶予中"),
           ("仮出所した", "犯罪歴", "仮出所"), ("労働組合女性部の副部長", "労働組合", "労働組合女性部の副部長")]
# a customer's own words: (answer, category, phrase of truth)
ANSWERS = [("私はメニエール病で通院しているので、予約時間を柔軟にしてほしい", "病歴", "メニエール病で通院"),
           ("私は片耳難聴なので窓口では右側から話してほしい", "障害", "片耳難聴"),
           ("私は身体障害者手帳2級を持っているので駐車場を広く", "障害", "身体障害者手帳2級")]
CHATTER = ["スタッフが丁寧だった", "駐輪場がほしい", "とくになし"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus

    def name(self) -> str:
        return f"{self.c.pick(FAMILY)}{self.c.pick(FIRST)}"

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._screening, self._case_notes, self._welfare_visit,
                                              self._newsletter, self._background, self._questionnaire]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._leaflet, self._maintenance, self._lecture, self._tenancy]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _doc(self, name: str, data: bytes, truth: set) -> Doc:
        return Doc(name, data, truth | ONLY)

    def _screening(self, i: int) -> Doc:
        rows, truth = ["職員ID,職員名,判定区分,指摘事項"], set()
        for n in range(self.c.rng.randint(4, 6)):
            grade, finding = self.c.pick(SCREEN if n % 2 else SCREEN_NORMAL)
            rows.append(f"S{300 + n},{self.name()},{grade},{finding}")
            if grade != "A":
                truth.add(("SENSITIVE", f"健康診断結果:{finding}"))
        return self._doc(f"s4c_screen{i:03d}.csv", "\r\n".join(rows).encode("cp932"), truth)

    def _case_notes(self, i: int) -> Doc:
        sentence, category, phrase = self.c.pick(CASE)
        lines = ["スクールカウンセラー記録", f"生徒：{self.name()}（2年）", f"保護者によると{sentence}。", "担任と情報共有した。"]
        return self._doc(f"s4c_case{i:03d}.pdf", _pdf(lines), {("SENSITIVE", f"{category}:{phrase}")})

    def _welfare_visit(self, i: int) -> Doc:
        sentence, phrase = self.c.pick(BEFELL)
        table = [["訪問先", self.name()], ["訪問日", "令和8年10月2日"], ["聞き取り", f"{sentence}と話す。"]]
        return self._doc(f"s4c_visit{i:03d}.docx", _docx(["民生委員 訪問記録"], table), {("SENSITIVE", f"犯罪被害:{phrase}")})

    def _newsletter(self, i: int) -> Doc:
        sentence, category, phrase = self.c.pick(STANDS)
        body = f"会報原稿（案）\n\n今月の会員紹介：{self.name()}さん\n{self.name()}さんは{sentence}そうです。\n"
        return self._doc(f"s4c_news{i:03d}.txt", body.encode("utf-8"), {("SENSITIVE", f"{category}:{phrase}")})

    def _background(self, i: int) -> Doc:
        rows, truth = [["照会対象者", "照会日", "照会結果"]], set()
        for _ in range(self.c.rng.randint(2, 3)):
            remark, category, phrase = self.c.pick(REMARKS)
            rows.append([self.name(), "2026/10/05", remark])
            truth.add(("SENSITIVE", f"{category}:{phrase}"))
        return self._doc(f"s4c_background{i:03d}.xlsx", w.xlsx_bytes({"照会": rows}), truth)

    def _questionnaire(self, i: int) -> Doc:
        rows, truth = ["回答ID,回答日,自由記述"], set()
        for n in range(6):
            if n == 2:
                answer, category, phrase = self.c.pick(ANSWERS)
                truth.add(("SENSITIVE", f"{category}:{phrase}"))
            else:
                answer = self.c.pick(CHATTER) if n != 4 else f"{self.name()}です。折り返し不要です"
            rows.append(f"Q{5100 + n},2026-10-0{n + 1},{answer}")
        return self._doc(f"s4c_answers{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth)

    def _leaflet(self, i: int) -> Doc:
        lines = ["健康だより", "糖尿病で通院している人は、自己判断で薬をやめないようにしましょう。",
                 "骨折で全治まで時間がかかる場合もあります。", f"編集：保健センター {self.name()}"]
        return self._doc(f"s4c_neg_leaflet{i:03d}.pdf", _pdf(lines), set())

    def _maintenance(self, i: int) -> Doc:
        body = f"件名: ネットワーク保守\n\n通信障害で全拠点のメールが遅延します。\n機器障害のため交換作業を行います。\n文責 {self.name()}\n"
        return self._doc(f"s4c_neg_maint{i:03d}.txt", body.encode("utf-8"), set())

    def _lecture(self, i: int) -> Doc:
        lines = ["安全講話 議事録", "講師：ひったくられたときは無理に追わないこと。", "強盗に押し入られた例を紹介した。",
                 f"記録 {self.name()}"]
        return self._doc(f"s4c_neg_lecture{i:03d}.docx", _docx(lines), set())

    def _tenancy(self, i: int) -> Doc:
        rows = [["項目", "内容"], ["政治活動", "共用部での署名活動は禁止"], ["宗教", "勧誘行為は禁止"],
                ["管理人", self.name()]]
        return self._doc(f"s4c_neg_tenancy{i:03d}.xlsx", w.xlsx_bytes({"規約": rows}), set())
