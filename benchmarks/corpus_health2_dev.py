"""Development corpus for 健康診断結果, 病歴 and 犯罪被害 in an occupational-health and
general-affairs office (issue 12, second round): the terse tables and forms of a
clerk — a 健診結果一覧 with this year's and last year's values and a department
summary under it, 事後措置 and 就業判定 forms, a 保健指導 roster, a 予防接種 and 常備薬
record for a posting abroad, a 受診票 listing the items, a 労災 register, a 休職
register, a 被害届 受付簿 and a 相談受付票 — and the forms, statistics and lists of the
same office that are about no one (a department-wide 有所見率 table, a 判定区分 table,
a 保健指導 timetable, a list of clinics, crime statistics by offence).

The rules of detectors/jp/sensitive are tuned on this corpus; its twin
benchmarks/corpus_health2_check.py (another author: free-text notes and mails, no
template, sentence or word list in common) checks them. Truth is labelled for
SENSITIVE only; ("SENSITIVE?", …) is a value counted neither way (a normal value,
last year's value).
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc, _docx
from samples import writers as w

ONLY = {("*", "SENSITIVE")}
# item, unit, a normal value, an abnormal value (this author writes the flag after it: 168 H)
SHEET_ITEMS = [("収縮期血圧", "mmHg", "124", "168"), ("拡張期血圧", "mmHg", "78", "104"), ("AST(GOT)", "U/L", "24", "61"),
               ("ALT(GPT)", "U/L", "19", "97"), ("γ-GT", "U/L", "35", "212"), ("LDL-C", "mg/dL", "112", "186"),
               ("中性脂肪", "mg/dL", "98", "345"), ("空腹時血糖", "mg/dL", "88", "141"), ("HbA1c", "%", "5.4", "7.3"),
               ("尿酸", "mg/dL", "5.9", "8.8"), ("eGFR", "", "82", "48")]
GRADES = [("A", False), ("B", False), ("C", True), ("D1", True), ("D2", True), ("E", True)]
MEASURES = {"C": "3ヶ月後再検", "D1": "要治療", "D2": "要精密検査", "E": "治療継続"}
DEPTS = ["製造一課", "製造二課", "品質保証課", "物流センター", "設計課", "購買課", "本社管理部"]
OPINIONS = ["就業制限あり(夜勤禁止)", "要休業(2週間)", "時間外労働の制限"]
INJURIES = [("右手関節骨折", "フォークリフト荷下ろし中に転倒"), ("左足関節捻挫", "階段で足を踏み外した"),
            ("腰椎捻挫", "段ボール箱の持ち上げ時"), ("右示指挫創", "カッター使用中"), ("熱中症", "屋外での検品作業中")]
LEAVES = [("私傷病(適応障害)", "適応障害"), ("私傷病(腰椎椎間板ヘルニア術後)", "腰椎椎間板ヘルニア術後"),
          ("私傷病(乳がん治療)", "乳がん治療"), ("私傷病(うつ病)", "うつ病")]
CRIMES = [("窃盗(ひったくり)", "ひったくり"), ("窃盗(自転車盗)", "自転車盗"), ("詐欺(還付金詐欺)", "還付金詐欺"),
          ("器物損壊", "器物損壊"), ("暴行", "暴行"), ("恐喝", "恐喝"), ("住居侵入・窃盗", "住居侵入・窃盗")]
# the course of events as a clerk notes it: terse, in the present tense
COURSES = [("6/2 22時頃 帰宅途中 背後から鞄をひったくられる。", "ひったくられる"),
           ("SNSで知り合った男に投資名目で送金 計80万円を詐取される。", "詐取される"),
           ("自宅前で元同僚に胸ぐらをつかまれ 突き飛ばされる。", "突き飛ばされる"),
           ("留守中 車のフロントガラスを割られる。", "割られる")]
VACCINES = ["A型肝炎", "B型肝炎", "破傷風", "狂犬病", "黄熱", "腸チフス", "日本脳炎"]
KIT = ["解熱鎮痛剤", "胃腸薬", "整腸剤", "抗ヒスタミン薬", "目薬", "消毒液", "絆創膏"]
CLINICS = ["みどり台整形外科クリニック", "駅前内科・胃腸科", "こころの森メンタルクリニック", "ひかり眼科", "さくら皮膚科医院",
           "中央総合病院 循環器内科", "はなみずき耳鼻咽喉科"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._result_sheet, self._follow_up_form, self._guidance_roster,
                                              self._posting_record, self._visit_form, self._injury_register,
                                              self._leave_register, self._report_book, self._intake_form,
                                              self._doctor_opinion]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._dept_summary, self._grade_table, self._guidance_timetable,
                                              self._clinic_list, self._crime_statistics, self._criteria_sheet,
                                              self._committee_minutes]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _doc(self, name: str, data: bytes, truth: set) -> Doc:
        return Doc(name, data, truth | ONLY)

    def _result_sheet(self, i: int) -> Doc:
        """This year's values (abnormal ones flagged H), last year's beside them, the grade
        and the measure; a summary of the department under the rows."""
        items = self.c.rng.sample(SHEET_ITEMS, 4)
        header = ["No", "所属", "氏名"] + [f"{name}({unit})" if unit else name for name, unit, *_ in items]
        header += ["前年" + items[0][0], "総合判定", "事後措置"]
        rows, truth = [["令和6年度 定期健康診断 結果一覧"], header], set()
        for n in range(self.c.rng.randint(5, 9)):
            p, (grade, abnormal) = self.c.person(), self.c.pick(GRADES)
            cells = []
            for name, _, good, bad in items:
                high = abnormal and self.c.chance(0.5)
                cells.append(f"{bad} H" if high else good)
                truth.add(("SENSITIVE", f"健康診断結果:{bad} H") if high else ("SENSITIVE?", f"健康診断結果:{good}"))
            last = items[0][2]
            truth.add(("SENSITIVE?", f"健康診断結果:{last}"))
            measure = MEASURES.get(grade, "")
            if abnormal:
                truth |= {("SENSITIVE", f"健康診断結果:{grade}"), ("SENSITIVE", f"健康診断結果:{measure}")}
            elif grade == "B":  # 軽度異常: some count it, some do not
                truth.add(("SENSITIVE?", "健康診断結果:B"))
            rows.append([str(n + 1), self.c.pick(DEPTS), p.name] + cells + [last, grade, measure])
        rows += [[], ["受診者数", str(len(rows) - 2), "有所見者数", "3", "有所見率", "37.5%"]]
        return self._doc(f"h2d_sheet{i:03d}.xlsx", w.xlsx_bytes({"結果一覧": rows}), truth)

    def _follow_up_form(self, i: int) -> Doc:
        p, opinion = self.c.person(), self.c.pick(OPINIONS)
        name, unit, _, bad = self.c.pick(SHEET_ITEMS)
        table = [["氏名", p.name], ["所属", self.c.pick(DEPTS)], ["健診実施日", "2024/06/14"],
                 ["有所見項目", f"{name} {bad}{unit}"], ["就業区分", opinion], ["措置期間", "2024/07/01〜2024/09/30"],
                 ["意見を述べた医師", "産業医 北村"]]
        truth = {("SENSITIVE", f"健康診断結果:{bad}"), ("SENSITIVE", f"健康診断結果:{opinion}")}
        return self._doc(f"h2d_followup{i:03d}.docx", _docx(["健康診断結果に基づく事後措置票"], table), truth)

    def _guidance_roster(self, i: int) -> Doc:
        rows, truth = [["特定保健指導 対象者名簿"], ["氏名", "区分", "初回面談日", "担当"]], set()
        for _ in range(self.c.rng.randint(4, 8)):
            p, kind = self.c.person(), self.c.pick(["積極的支援", "動機付け支援"])
            rows.append([p.name, kind, "2024/09/12", "保健師 井口"])
            truth.add(("SENSITIVE", f"健康診断結果:{kind}"))
        return self._doc(f"h2d_guidance{i:03d}.csv", "\n".join(",".join(r) for r in rows).encode("cp932"), truth)

    def _posting_record(self, i: int) -> Doc:
        """Vaccinations and a first-aid kit before a posting abroad: no one's illness."""
        p = self.c.person()
        table = [["氏名", p.name], ["赴任先", self.c.pick(["ハノイ", "ジャカルタ", "チェンナイ", "ナイロビ"])],
                 ["予防接種", "、".join(self.c.rng.sample(VACCINES, 3)) + "(各2回接種済)"],
                 ["携行医薬品", "、".join(self.c.rng.sample(KIT, 4))], ["既往歴", "なし"], ["アレルギー", "特になし"]]
        return self._doc(f"h2d_posting{i:03d}.docx", _docx(["海外赴任前 健康確認票"], table), set())

    def _visit_form(self, i: int) -> Doc:
        """A 受診票: the items to be examined, and one line with a result."""
        p = self.c.person()
        name, unit, _, bad = self.c.pick(SHEET_ITEMS)
        lines = ["受 診 票", f"氏名: {p.name}", "受診項目: 身長・体重・腹囲・血圧・視力・聴力・胸部X線・心電図・血液検査・尿検査",
                 "オプション: 胃部X線(希望者)、腫瘍マーカー(PSA)", f"前回要注意項目: {name} {bad}{unit}", "受診機関: 健診センター東館"]
        return self._doc(f"h2d_visit{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                         {("SENSITIVE", f"健康診断結果:{bad}")})

    def _injury_register(self, i: int) -> Doc:
        rows, truth = [["労働災害 発生台帳"], ["発生日", "被災者", "所属", "傷病名", "発生状況", "休業日数"]], set()
        for _ in range(self.c.rng.randint(3, 6)):
            p, (injury, how) = self.c.person(), self.c.pick(INJURIES)
            rows.append(["2024/08/02", p.name, self.c.pick(DEPTS), injury, how, str(self.c.rng.randint(0, 30))])
            truth.add(("SENSITIVE", f"病歴:{injury}"))
        return self._doc(f"h2d_injury{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}), truth)

    def _leave_register(self, i: int) -> Doc:
        rows, truth = [["休職者管理表"], ["社員番号", "氏名", "休職事由", "休職開始", "復職予定", "主治医"]], set()
        for _ in range(self.c.rng.randint(3, 5)):
            p, (reason, phrase) = self.c.person(), self.c.pick(LEAVES)
            rows.append([f"K{self.c.rng.randint(10000, 99999)}", p.name, reason, "2024/04/01", "2024/10/01",
                         self.c.pick(CLINICS)])
            truth.add(("SENSITIVE", f"病歴:{phrase}"))
        return self._doc(f"h2d_leave{i:03d}.tsv", "\n".join("\t".join(r) for r in rows).encode("utf-8"), truth)

    def _report_book(self, i: int) -> Doc:
        rows, truth = [["被害届 受付簿"], ["受付番号", "届出人", "罪種", "被害品", "被害額(円)"]], set()
        for n in range(self.c.rng.randint(4, 8)):
            p, (crime, phrase) = self.c.person(), self.c.pick(CRIMES)
            rows.append([f"2024-{n + 31:04d}", p.name, crime, self.c.pick(["現金", "自転車", "バッグ", "窓ガラス"]),
                         str(self.c.rng.randint(1, 90) * 1000)])
            truth.add(("SENSITIVE", f"犯罪被害:{phrase}"))
        return self._doc(f"h2d_reports{i:03d}.csv", "\n".join(",".join(r) for r in rows).encode("utf-8"), truth)

    def _intake_form(self, i: int) -> Doc:
        p, (crime, phrase) = self.c.person(), self.c.pick(CRIMES)
        course, said = self.c.pick(COURSES)
        table = [["相談者", p.name], ["連絡先", p.mobile], ["相談区分", crime], ["経過", course],
                 ["警察への届出", "済(○○警察署)"], ["対応", "弁護士相談窓口を案内"]]
        return self._doc(f"h2d_intake{i:03d}.docx", _docx(["相談受付票"], table),
                         {("SENSITIVE", f"犯罪被害:{phrase}"), ("SENSITIVE", f"犯罪被害:{said}")})

    def _doctor_opinion(self, i: int) -> Doc:
        """An 産業医意見書 as label lines, its findings in a clause of their own."""
        p = self.c.person()
        name, unit, _, bad = self.c.pick(SHEET_ITEMS)
        limit = self.c.pick(["高所作業を禁止", "深夜業を月4回まで", "出張を当面見合わせる"])
        lines = ["産業医意見書", f"対象者: {p.name}", f"所見: {name} {bad}{unit}と高値。要医療。",
                 f"就業上の措置: {limit}", "意見日: 2024/07/22  産業医 北村 真一"]
        truth = {("SENSITIVE", f"健康診断結果:{name} {bad}{unit}"), ("SENSITIVE", "健康診断結果:要医療"),
                 ("SENSITIVE", f"健康診断結果:{limit}")}
        return self._doc(f"h2d_opinion{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth)

    def _criteria_sheet(self, i: int) -> Doc:
        """Thresholds of the judgements as bullets: rules, not results."""
        lines = ["■ 受診勧奨判定値(当社基準)"]
        for name, unit, good, bad in self.c.rng.sample(SHEET_ITEMS, 4):
            lines.append(self.c.pick([f"・{name} {bad}{unit}以上 → 要受診", f"・{name}が{bad}を超える場合は要精密検査",
                                      f"・{name} {good}未満は異常なし、{bad}以上で要治療"]))
        lines.append("担当: 健康管理室 保健師 三浦 (内線4412)")
        return self._doc(f"h2d_neg_criteria{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())

    def _committee_minutes(self, i: int) -> Doc:
        lines = ["第7回 安全衛生委員会 議事録", "出席: 議長 工場長 岡 誠、産業医 北村 真一、衛生管理者 中川 純",
                 "1. 健診結果: 有所見率 44.1%(前年 41.8%)。血圧・脂質の有所見者が多い。",
                 "2. 要精密検査となった者の二次受診率は62%。未受診者へ再勧奨する。",
                 "3. 高ストレス者の割合は11%。医師面接の希望者は2名。", "4. 労災: 休業災害 1件(挟まれ)。再発防止策を確認。"]
        return self._doc(f"h2d_neg_minutes{i:03d}.docx", _docx(lines), set())

    def _dept_summary(self, i: int) -> Doc:
        rows = [["部署別 有所見率(令和6年度)"], ["部署", "受診者数", "有所見者数", "有所見率", "要再検査", "要精密検査"]]
        for dept in DEPTS:
            n = self.c.rng.randint(20, 90)
            rows.append([dept, str(n), str(n // 3), f"{100 * (n // 3) / n:.1f}%", str(n // 5), str(n // 9)])
        rows.append(["作成", "健康管理室 保健師 三浦", "", "内線 4412"])
        return self._doc(f"h2d_neg_summary{i:03d}.xlsx", w.xlsx_bytes({"集計": rows}), set())

    def _grade_table(self, i: int) -> Doc:
        table = [["判定区分", "内容", "対応"], ["A", "異常なし", "-"], ["B", "軽度異常", "生活習慣に注意"],
                 ["C", "要経過観察", "3ヶ月後再検"], ["D1", "要治療", "医療機関を受診"], ["D2", "要精密検査", "二次検査を受診"],
                 ["E", "治療中", "主治医の指示に従う"]]
        lines = ["健康診断の判定区分について", "問合せ先: 総務部 健康管理担当 三浦(内線4412)"]
        return self._doc(f"h2d_neg_grades{i:03d}.docx", _docx(lines, table), set())

    def _guidance_timetable(self, i: int) -> Doc:
        rows = [["保健指導 実施日程"], ["回", "日付", "時間", "会場", "担当"]]
        for n in range(4):
            rows.append([f"第{n + 1}回", f"2024/{n + 9}/10", "13:30-16:30", "本館3F 健康相談室", "保健師 井口 恵"])
        rows.append(["申込先", "kenko@example.co.jp"])
        return self._doc(f"h2d_neg_timetable{i:03d}.csv", "\n".join(",".join(r) for r in rows).encode("utf-8"), set())

    def _clinic_list(self, i: int) -> Doc:
        rows = [["産業医・協力医療機関一覧"], ["医療機関名", "診療科", "電話", "備考"]]
        for clinic in CLINICS:
            rows.append([clinic, self.c.pick(["整形外科", "内科", "心療内科", "眼科", "皮膚科"]),
                         f"03-{self.c.rng.randint(3000, 6999)}-{self.c.rng.randint(1000, 9999)}", "予約制"])
        return self._doc(f"h2d_neg_clinics{i:03d}.xlsx", w.xlsx_bytes({"一覧": rows}), set())

    def _crime_statistics(self, i: int) -> Doc:
        rows = [["管内 刑法犯認知件数"], ["罪種", "令和5年", "令和6年", "増減"]]
        for crime, _ in CRIMES:
            a, b = self.c.rng.randint(10, 300), self.c.rng.randint(10, 300)
            rows.append([crime, str(a), str(b), f"{b - a:+d}"])
        rows.append(["作成", "生活安全課 防犯係 担当 大塚", "TEL 045-201-0110"])
        return self._doc(f"h2d_neg_crimes{i:03d}.csv", "\n".join(",".join(r) for r in rows).encode("utf-8"), set())
