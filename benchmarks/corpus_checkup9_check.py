"""Check corpus of care9 (issue 12): 健康診断結果 as a clinic and a health-insurance society
write it, another writer's habits than benchmarks/corpus_checkup9_dev.py — a clinic's
tab-separated export of a row per examinee (an arrow or an asterisk beside a value, the
doctor's judgement in words), a dotted-leader result list of one examinee in text, a pipe
export of a row per item, an occupational doctor's opinion, a nurse's mail asking for a
second test. Look-alikes: a water-quality report, a laboratory instrument's calibration log,
a society's statistics by age group, a leaflet on check-up items, an examinee's booking.

No template, label, item or value is shared with the development corpus (checked by
tests/benchmarks/test_sens_corpora.py). Nothing was tuned on it. Synthetic people only;
truth for SENSITIVE only, a value in range is optional.
"""

from __future__ import annotations

from benchmarks.corpus import Corpus, Doc, _docx
from benchmarks.sens6_layouts import ONLY, encoded, lines_file
from benchmarks.sens7_writers import Parts
from samples import writers as w

CATEGORY = "健康診断結果"
SURNAMES = ["南雲", "水落", "久我", "日下部", "湊", "栗林", "東海林", "千葉"]
GIVEN = ["一輝", "愛子", "蒼", "祥子", "晴彦", "真央", "誠司", "葵"]
# (item, unit, values in range, values out of range as this writer marks them)
ITEMS = [("収縮期血圧", "", ["112", "121"], ["↑158", "↑171"]),
         ("空腹時血糖", "mg/dl", ["88", "94"], ["↑132", "↑148"]),
         ("中性脂肪", "mg/dl", ["76", "102"], ["↑312", "↑265"]),
         ("γ-GTP", "IU/L", ["22", "31"], ["↑128", "↑176"]),
         ("血色素量", "g/dL", ["14.2", "13.6"], ["↓9.4", "↓10.1"]),
         ("尿酸", "mg/dl", ["5.1", "4.6"], ["↑8.9", "↑9.3"]),
         ("eGFR", "mL/分/1.73㎡", ["78", "85"], ["↓41", "↓48"]),
         ("PSA", "ng/ml", ["0.8", "1.2"], ["↑6.4", "↑8.1"])]
JUDGED_WELL, JUDGED_ILL = ["異常なし", "軽度異常"], ["要再検査", "要精密検査", "要治療"]
CLINIC_HEAD = ["受診日", "受診者名", "性別", "年齢"]
SEXES = ["男", "女"]
LEADER = "……"
SOCIETY = ["東都機械健康保険組合　特定健診結果のお知らせ", "受診者"]
PIPE_HEAD = "受診番号|受診者|検査名|測定値|単位|異常区分|所見"
OPINION = ["健康診断結果に基づく医師の意見書", "就業区分：通常勤務", "医師の意見："]
ADVICES = ["生活指導を行い、半年後に再検する。", "専門医の受診を勧める。"]
MAIL = ["保健師の東です。", "先日の健康診断の結果について、ご連絡いたします。", "今月中に二次検査を受けてください。"]
# look-alikes
WATER = [["水質検査成績書"], ["採水場所", "測定結果", "表示単位", "評価"], ["給水栓A", "7.4", "pH", "適合"],
         ["給水栓B", "0.4", "mg/L", "適合"], ["受水槽", "12", "度", "不適合"]]
CALIBRATION = ["分析装置　校正記録", "標準液 100 mg/dl → 測定 103 mg/dl　合否：合格",
               "標準液 300 mg/dl → 測定 321 mg/dl　合否：不合格（再校正）"]
AGES = [["年齢階級別　有所見率（令和8年度）"], ["年齢階級", "受診者", "血糖有所見", "脂質有所見"],
        ["40-49歳", "1,204", "8.1%", "31.2%"], ["50-59歳", "986", "14.7%", "38.5%"]]
LEAFLET = ["健診項目のご案内", "γ-GTP：肝臓や胆道の状態を調べます。", "尿酸：高いと痛風の原因になります。",
           "PSA：前立腺の検査です（50歳以上の男性）。"]
BOOKING = ["人間ドック予約確認", "コース：日帰りドック（胃カメラ付き）", "当日は朝食を抜いてお越しください。"]


def _said(marked: str) -> str:
    return marked.lstrip("↑↓")


def _truth(cells: list[tuple[str, bool]]) -> set:
    return {("SENSITIVE" if ill else "SENSITIVE?", f"{CATEGORY}:{value}") for value, ill in cells}


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "c9c", SURNAMES, GIVEN, "")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._clinic, self._dotted, self._pipe, self._opinion, self._mail]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._water, self._calibration, self._ages, self._leaflet, self._booking]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _marked(self, item: tuple, ill: bool) -> str:
        return self.c.pick(item[3] if ill else item[2])

    def _clinic(self, i: int) -> Doc:
        """A clinic's export, a row per examinee: an arrow before a value out of range."""
        items = self.c.rng.sample(ITEMS, 4)
        rows = [CLINIC_HEAD + [n for n, _, _, _ in items] + ["医師判定"]]
        truth: set = {ONLY}
        for n in range(self.c.rng.randint(4, 6)):
            ills = [self.c.rng.random() < 0.3 for _ in items]
            values = [self._marked(item, ill) for item, ill in zip(items, ills)]
            judged = self.c.pick(JUDGED_ILL if any(ills) else JUDGED_WELL)
            rows.append([f"2026/10/{n + 6:02d}", self.w.name(), self.c.pick(SEXES), str(41 + 3 * n), *values, judged])
            truth |= _truth([(_said(v), ill) for v, ill in zip(values, ills)] + [(judged, any(ills))])
        return Doc(f"c9c_clinic{i:03d}.tsv", encoded(rows, "tsv"), truth)

    def _dotted(self, i: int) -> Doc:
        """One examinee's list in text: item, dotted leader, value, unit, judgement in brackets."""
        lines, truth = [f"■受診者：{self.w.name()}", "■検査結果"], {ONLY}
        ills = [self.c.rng.random() < 0.4 for _ in range(5)]
        ills[2] = True
        for item, ill in zip(self.c.rng.sample(ITEMS, 5), ills):
            value = _said(self._marked(item, ill))
            judged = self.c.pick(JUDGED_ILL if ill else JUDGED_WELL)
            lines.append(f"　{item[0]}{LEADER}{value} {item[1]}［{judged}］")
            truth |= _truth([(f"{value} {item[1]}［{judged}］", ill)])
        fmt = self.c.pick(["txt", "md"])
        return Doc(f"c9c_dotted{i:03d}.{fmt}", lines_file(lines, fmt), truth)

    def _pipe(self, i: int) -> Doc:
        """A pipe-separated export of a row per examinee and item, * marking an abnormal value."""
        lines, truth = [PIPE_HEAD], {ONLY}
        for n in range(2):
            name = self.w.name()
            for item in self.c.rng.sample(ITEMS, 3):
                ill = self.c.rng.random() < 0.4
                value = _said(self._marked(item, ill))
                lines.append(f"K{7000 + n}|{name}|{item[0]}|{value}|{item[1]}|{'*' if ill else ''}|"
                             f"{self.c.pick(JUDGED_ILL) if ill else ''}")
                truth |= _truth([(value, ill)])
        return Doc(f"c9c_pipe{i:03d}.txt", "\r\n".join(lines).encode("utf-8"), truth)

    def _opinion(self, i: int) -> Doc:
        """An occupational doctor's opinion: the result told in a sentence."""
        item = self.c.pick(ITEMS)
        value = f"{_said(self._marked(item, True))}{item[1]}"
        said = f"{item[0]}が{value}と高値"
        lines = [OPINION[0], f"対象者：{self.w.name()}", *OPINION[1:2], f"{OPINION[2]}{said}のため、"
                 f"{self.c.pick(ADVICES)}"]
        return Doc(f"c9c_opinion{i:03d}.docx", _docx(lines), _truth([(said, True)]) | {ONLY})

    def _mail(self, i: int) -> Doc:
        """A nurse's mail to an examinee: the value and its judgement in prose."""
        item = self.c.pick(ITEMS)
        said = f"{item[0]}が {_said(self._marked(item, True))} {item[1]}"
        body = [f"{self.w.name()}さん", *MAIL[:2], f"{said}で、{self.c.pick(JUDGED_ILL)}の判定でした。", MAIL[2]]
        data = w.make_eml("健康診断の結果について", f"hoken <nurse{i}@example.jp>", "staff@example.jp", "\n".join(body))
        return Doc(f"c9c_mail{i:03d}.eml", data, _truth([(said, True)]) | {ONLY})

    def _water(self, i: int) -> Doc:
        rows = WATER[:2] + [["検査員", self.w.name()]] + WATER[2:]
        return Doc(f"c9c_neg_water{i:03d}.tsv", encoded(rows, "tsv"), {ONLY})

    def _calibration(self, i: int) -> Doc:
        return self.w.about_no_one(i, "calibration", CALIBRATION + [f"担当：{self.w.name()}"], "txt")

    def _ages(self, i: int) -> Doc:
        return Doc(f"c9c_neg_ages{i:03d}.xlsx", encoded(AGES, "xlsx"), {ONLY})

    def _leaflet(self, i: int) -> Doc:
        return self.w.about_no_one(i, "leaflet", LEAFLET, "md")

    def _booking(self, i: int) -> Doc:
        return self.w.about_no_one(i, "booking", BOOKING + [f"ご予約者：{self.w.name()} 様"], "docx")
