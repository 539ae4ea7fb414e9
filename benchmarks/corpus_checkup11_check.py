"""Check corpus of checkup11 (issue 12), another writer's habits: a health-check
organisation, a welfare office and an insurer — a 個人結果報告書 of item rows with H/L and
「判定の見方」 under it, a 人間ドック report told in lines with an example of its criteria, a
welfare office's case record beside its menu of services, an insurer's claim record beside
the diseases its policy covers; look-alikes with a clerk's or a doctor's name: a statistics
table of people per judgement, a reminder to a blank addressee, a blank 問診票 of choices, a
catalogue of aids, an outpatient rota of specialty clinics, a report whose every finding is
denied.

Written apart from benchmarks/corpus_checkup11_dev.py: no template, label, item, value or
sentence in common (tests/benchmarks/test_checkup11_corpora.py). Synthetic people only.
"""

from __future__ import annotations

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import ONLY, encoded, lines_file
from benchmarks.sens7_writers import Parts

SURNAMES = ["城戸", "早乙女", "日下部", "東海林", "乙部", "猪狩", "志賀", "江頭"]
GIVEN = ["悠斗", "菜々子", "大地", "美咲", "隼人", "綾乃", "陸", "詩織"]
# (item, unit, range, in range, out of range with its flag)
TESTS = [("γ-GTP", "IU/L", "0-50", ["32", "44"], ["142", "98"]), ("クレアチニン", "mg/dl", "0.65-1.07", ["0.82", "0.91"],
         ["1.46", "1.62"]), ("中性脂肪", "mg/dl", "30-149", ["96", "121"], ["312", "268"]),
         ("白血球数", "/μL", "3300-8600", ["5400", "6100"], ["11200", "12800"])]
REPORT_HEAD = ["項目名", "今回値", "基準範囲", "H/L", "評価"]
HOW_TO_READ = ["判定の見方", "Ａ　異常を認めません", "Ｂ　わずかに所見がありますが心配ありません",
               "Ｃ　生活習慣の改善と再検査をお勧めします", "Ｄ　医療機関での精密検査が必要です", "Ｅ　現在治療中です"]
DOCK = ["人間ドック 受診結果のご報告"]
DOCK_EXAMPLE = "（参考）γ-GTP 101 IU/L以上の方はＤ判定となります。"
CASE = ["相談記録（障害福祉課）", "当課の支援メニュー：視覚障害者の外出支援、知的障害者のグループホーム紹介"]
CASE_TOLD = "身体障害者手帳2級（下肢機能障害）を所持"
CLAIM = ["給付金請求受付票", "本契約の対象となる主な疾病：がん・急性心筋梗塞・脳卒中"]
CLAIM_TOLD = "傷病名：腰椎椎間板ヘルニア"
# look-alikes
STATS = [["年間判定別人数（一般健診）"], ["判定区分", "人数", "割合"], ["異常なし", "402", "30.1%"], ["要経過観察", "521", "39.0%"],
         ["要精検", "112", "8.4%"], ["要医療", "64", "4.8%"], ["治療継続", "236", "17.7%"]]
REMINDER = ["＿＿＿＿＿＿ 様", "二次検査のご案内", "先日の健康診断で「要精検」となった項目がございます。",
            "同封の紹介状をお持ちのうえ、医療機関を受診してください。"]
QUESTIONNAIRE = ["事前問診票", "お名前：", "既往歴（該当に○）　高血圧・糖尿病・脂質異常症・痛風・なし",
                 "現在通院中の病気：　　　　　　", "服用中のお薬：　　　　　　"]
CATALOGUE = [["商品名", "メーカー", "価格", "在庫"], ["電動車いす ライト", "ミナト製作所", "298,000", "2"],
             ["集音器", "サウンド工房", "19,800", "12"], ["白杖（折りたたみ）", "ミナト製作所", "4,400", "20"]]
ROTA = [["外来名", "担当医", "受付"], ["糖尿病外来", "{name}", "火・木"], ["もの忘れ外来（認知症）", "{name}", "水"],
        ["禁煙外来", "{name}", "金"]]
NONE_FOUND = ["所見", "眼底：特記すべき異常所見はありませんでした", "腹部エコー：異常を認められず", "判定：異常なし"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "c11c", SURNAMES, GIVEN, "　")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._report, self._dock, self._case, self._claim]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._stats, self._reminder, self._questionnaire, self._catalogue, self._rota, self._none_found]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _report(self, i: int) -> Doc:
        """A 個人結果報告書: item rows with an H or L, then how to read the grades."""
        rows, truth = [["個人結果報告書", f"受診者 {self.w.name()}"], REPORT_HEAD], {ONLY}
        for n, (item, unit, span, good, bad) in enumerate(self.c.rng.sample(TESTS, 3)):
            out = n == 0 or self.c.rng.random() < 0.4
            value = self.c.pick(bad if out else good)
            rows.append([f"{item}({unit})", value, span, "H" if out else "", "D" if out else "A"])
            truth.add(("SENSITIVE" if out else "SENSITIVE?", f"健康診断結果:{value}"))
        rows += [[line] for line in HOW_TO_READ]
        return Doc(f"c11c_report{i:03d}.tsv", encoded(rows, "tsv"), truth)

    def _dock(self, i: int) -> Doc:
        item, unit, _, _, bad = TESTS[0]
        said = f"{item} {self.c.pick(bad)} {unit}"
        lines = [*DOCK, f"受診者：{self.w.name()}", f"■ 肝機能　{said}　Ｄ（要医療）", DOCK_EXAMPLE]
        fmt = self.c.pick(["odt", "md"])
        return Doc(f"c11c_dock{i:03d}.{fmt}", lines_file(lines, fmt), {ONLY, ("SENSITIVE", f"健康診断結果:{said}")})

    def _case(self, i: int) -> Doc:
        lines = [CASE[0], f"相談者　{self.w.name()}", f"状況　{CASE_TOLD}", CASE[1]]
        return Doc(f"c11c_case{i:03d}.rtf", lines_file(lines, "rtf"), {ONLY, ("SENSITIVE", f"障害:{CASE_TOLD}")})

    def _claim(self, i: int) -> Doc:
        lines = [CLAIM[0], f"被保険者　{self.w.name()}", CLAIM_TOLD, CLAIM[1]]
        return Doc(f"c11c_claim{i:03d}.odt", lines_file(lines, "odt"), {ONLY, ("SENSITIVE", f"病歴:{CLAIM_TOLD}")})

    def _staffed(self, rows: list[list[str]]) -> list[list[str]]:
        return [[cell.replace("{name}", self.w.name()) for cell in row] for row in rows]

    def _stats(self, i: int) -> Doc:
        return Doc(f"c11c_neg_stats{i:03d}.tsv", encoded(STATS + [["集計", self.w.name(), ""]], "tsv"), {ONLY})

    def _reminder(self, i: int) -> Doc:
        return self.w.about_no_one(i, "reminder", REMINDER + [f"健診センター　{self.w.name()}"], "odt")

    def _questionnaire(self, i: int) -> Doc:
        return self.w.about_no_one(i, "questionnaire", QUESTIONNAIRE + [f"受付　{self.w.name()}"], "rtf")

    def _catalogue(self, i: int) -> Doc:
        rows = CATALOGUE + [["担当", self.w.name(), "", ""]]
        return Doc(f"c11c_neg_catalogue{i:03d}.tsv", encoded(rows, "tsv"), {ONLY})

    def _rota(self, i: int) -> Doc:
        return Doc(f"c11c_neg_rota{i:03d}.tsv", encoded(self._staffed(ROTA), "tsv"), {ONLY})

    def _none_found(self, i: int) -> Doc:
        return self.w.about_no_one(i, "nonefound", [f"受診者　{self.w.name()}", *NONE_FOUND], "md")
