"""Development corpus for 要配慮 precision in an occupational-health office's sheets and
a service desk's records (issue 12, third health round): a 健診事後措置 管理表 (xlsx, and
the same sheet zipped and mailed), a 健診結果個人票 per employee (items with values,
units, reference ranges, H/L flags and grades), a 面談記録, an 事件事故報告書 and a
顧客対応記録 — with their administrative text that is about nobody's health (dates of
notices, deadlines, clinics, paperwork status, reference ranges, legends, counts).

The rules of detectors/jp/sensitive are tuned on this corpus; its twin
benchmarks/corpus_health3_check.py (another author, other layouts and words) checks
them. Truth is SENSITIVE only; ("SENSITIVE?", …) is counted neither way (a normal
value, last time's grade, a re-examination's status).
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc, _docx
from samples import writers as w

ONLY = {("*", "SENSITIVE")}
SURNAMES = ["藤巻", "柏木", "國分", "真鍋", "堀江", "若林", "早瀬", "宮内", "杉原", "東条", "白石", "千葉", "水谷", "日高"]
GIVEN = ["亮介", "美穂", "拓真", "沙織", "健吾", "由佳", "直樹", "千晴", "雄大", "麻衣", "康平", "彩乃", "剛", "紗希"]
UNITS = ["第一製造部", "生産技術課", "経理部", "営業推進部", "情報システム課", "品質管理部", "総務課"]
CLINICS = ["城北健診センター", "みなと台クリニック", "医療法人 青葉会 健康管理センター", "中央ドック診療所"]
# (finding of a row, measure, 産業医 opinion) for grades C–E
FINDINGS = [("血圧 166/102", "時間外労働を月20時間以内に制限", "降圧治療の開始を確認するまで深夜業を禁止"),
            ("HbA1c 8.4%", "精密検査の受診勧奨", "糖尿病の治療状況を確認のこと"),
            ("ALT 96 / γ-GTP 188", "飲酒指導と再検査", "肝機能の再評価を3か月後に実施"),
            ("心電図 心房細動", "高所作業の禁止", "循環器内科で精査を受けるまで高所作業不可"),
            ("胸部X線 右下肺野結節影", "二次検査の受診勧奨", "CT検査の結果を確認して判断"),
            ("LDL-C 212", "生活習慣改善の保健指導", "服薬開始を検討するよう助言")]
WORK = ["就業制限", "要休業", "通常勤務"]
RETEST = ["受診済", "未受診", "予約済", "結果待ち"]
# item, unit, reference range, normal value, abnormal value, flag, grade
ITEMS = [("収縮期血圧", "mmHg", "〜129", "118", "158", "H", "C"), ("拡張期血圧", "mmHg", "〜84", "72", "98", "H", "C"),
         ("AST(GOT)", "U/L", "10〜30", "22", "64", "H", "D2"), ("ALT(GPT)", "U/L", "10〜30", "18", "91", "H", "D2"),
         ("γ-GTP", "U/L", "〜50", "31", "176", "H", "D2"), ("中性脂肪", "mg/dL", "30〜149", "88", "320", "H", "C"),
         ("HDLコレステロール", "mg/dL", "40〜", "58", "33", "L", "C"), ("空腹時血糖", "mg/dL", "70〜99", "91", "132", "H", "D1"),
         ("HbA1c", "%", "〜5.5", "5.3", "7.6", "H", "D1"), ("ヘモグロビン", "g/dL", "13.1〜16.3", "14.6", "10.8", "L", "D2"),
         ("尿酸", "mg/dL", "2.1〜7.0", "5.5", "8.9", "H", "C"), ("クレアチニン", "mg/dL", "0.65〜1.07", "0.82", "1.46", "H", "D2"),
         ("尿蛋白", "", "(-)", "(-)", "(2+)", "", "C"), ("便潜血", "", "(-)", "(-)", "(+)", "", "D2")]
OVERALL = {"C": "要経過観察", "D1": "要治療", "D2": "要精密検査"}


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus

    def name(self) -> str:
        return f"{self.c.pick(SURNAMES)} {self.c.pick(GIVEN)}"

    def day(self) -> str:
        return f"2025/{self.c.rng.randint(5, 11)}/{self.c.rng.randint(1, 28)}"

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._follow_up_sheet, self._follow_up_mail, self._result_sheet,
                                              self._result_sheet, self._interview, self._incident_report,
                                              self._service_log]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._blank_follow_up, self._rate_sheet, self._reference_sheet,
                                              self._property_theft, self._routine_log]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _doc(self, name: str, data: bytes, truth: set) -> Doc:
        return Doc(name, data, truth | ONLY)

    # --- follow-up measures --------------------------------------------------------

    def follow_up_rows(self) -> tuple[list[list[str]], set]:
        header = ["社員番号", "氏名", "所属", "受診日", "総合判定", "有所見項目", "就業区分", "措置内容", "産業医意見",
                  "再検査受診状況", "受診勧奨送付日", "面談日", "事後措置通知日", "意見書提出期限", "健診機関", "状況", "備考"]
        rows, truth = [["令和7年度 定期健康診断 事後措置管理表"], header], set()
        for n in range(self.c.rng.randint(6, 10)):
            grade = self.c.pick(["A", "B", "C", "D1", "D2", "E"])
            row = [f"{self.c.rng.randint(100000, 999999)}", self.name(), self.c.pick(UNITS), self.day(), grade]
            if grade in ("A", "B"):
                row += ["", self.c.pick(["通常勤務", "通常", "制限なし"]), self.c.pick(["", "措置なし", "-"]),
                        self.c.pick(["特になし", "就業上の措置不要", "異常を認めず"]), "", "", "", "", "",
                        self.c.pick(CLINICS), self.c.pick(["通知済", "本人に通知", "郵送済"])]
                truth.add(("SENSITIVE?", "健康診断結果:B"))
            else:
                finding, measure, opinion = self.c.pick(FINDINGS)
                work, retest = self.c.pick(WORK), self.c.pick(RETEST)
                row += [finding, work, measure, opinion, retest, self.day(), self.day(), self.day(), self.day(),
                        self.c.pick(CLINICS), self.c.pick(["通知済", "未通知", "意見書回収済", "別紙参照", "保留"])]
                truth |= {("SENSITIVE", f"健康診断結果:{grade}"), ("SENSITIVE", f"健康診断結果:{finding}"),
                          ("SENSITIVE", f"健康診断結果:{measure}"), ("SENSITIVE", f"健康診断結果:{opinion}"),
                          ("SENSITIVE?", f"健康診断結果:{retest}")}
                if work != "通常勤務":
                    truth.add(("SENSITIVE", f"健康診断結果:{work}"))
                if self.c.chance(0.4):  # what followed, as the clerk notes it
                    note = self.c.pick(["降圧薬の服用を開始", "糖尿病内科に通院開始", "禁酒を指導、通院中"])
                    row.append(note)
                    truth.add(("SENSITIVE", f"健康診断結果:{note}"))
            rows.append(row)
        rows += [[], ["※就業区分: 通常勤務/就業制限/要休業 (労働安全衛生法第66条の5)"],
                 ["対象者数", str(len(rows) - 2), "有所見率", "45.0%"]]
        return rows, truth

    def _follow_up_sheet(self, i: int) -> Doc:
        rows, truth = self.follow_up_rows()
        return self._doc(f"h3d_jigo{i:03d}.xlsx", w.xlsx_bytes({"事後措置": rows}), truth)

    def _follow_up_mail(self, i: int) -> Doc:
        rows, truth = self.follow_up_rows()
        archive = w.zip_bytes({"事後措置管理表.xlsx": w.xlsx_bytes({"一覧": rows})})
        body = ("産業保健スタッフ各位\n\n今年度の事後措置管理表を添付します。\nパスワードは別送します。\n"
                "提出期限: 11月末\n\n安全衛生推進室")
        mail = w.make_eml("事後措置管理表の送付", "eisei@example.co.jp", "sangyoi@example.co.jp", body,
                          attachments=[("jigo.zip", archive)])
        return self._doc(f"h3d_mail{i:03d}.eml", mail, truth)

    def _blank_follow_up(self, i: int) -> Doc:
        rows = [["健康診断結果に基づく就業上の措置 意見書(様式第3号)"], ["氏名", "", "所属", ""], ["健診受診日", "", "総合判定", ""],
                ["就業区分", "通常勤務 ・ 就業制限 ・ 要休業"], ["措置内容", ""], ["医師の意見", ""],
                ["意見聴取日", "", "産業医署名", ""], ["※太枠内を産業医が記入し、提出期限までに衛生管理者へ提出すること。"]]
        return self._doc(f"h3d_neg_form{i:03d}.xlsx", w.xlsx_bytes({"様式": rows}), set())

    # --- individual result sheets --------------------------------------------------

    def _result_sheet(self, i: int) -> Doc:
        """One person's sheet: header block, item rows with range and flag, overall grade."""
        who, layout = self.name(), self.c.rng.randrange(4)
        rows = [["健康診断結果個人票"], ["氏名", who, "受診日", self.day()], ["所属", self.c.pick(UNITS), "健診機関",
                                                                            self.c.pick(CLINICS)], []]
        rows.append([["検査項目", "結果", "単位", "基準値", "判定"], ["項目", "今回", "前回", "基準範囲", "H/L"],
                     ["項目名", "測定値", "単位", "基準値"], ["検査項目", "基準値", "前回", "今回", "判定"]][layout])
        truth, worst = set(), "A"
        for item, unit, reference, good, bad, flag, grade in self.c.rng.sample(ITEMS, 8):
            abnormal = self.c.chance(0.35)
            value = bad if abnormal else good
            if layout == 0:
                rows.append([item, value, unit, reference, grade if abnormal else "A"])
            elif layout == 1:
                rows.append([item, value, good, reference, flag if abnormal else ""])
                truth.add(("SENSITIVE?", f"健康診断結果:{good}"))
            elif layout == 2:
                rows.append([item, f"{value} {flag}" if abnormal else value, unit, reference])
            else:  # last time's value before this time's, the judgement in words
                rows.append([item, reference, good, value, f"{grade} {OVERALL[grade]}" if abnormal else "A"])
                truth.add(("SENSITIVE?", f"健康診断結果:{good}"))
            if abnormal:
                truth.add(("SENSITIVE", f"健康診断結果:{item} {value}"))
                worst = max(worst, grade)
            else:
                truth.add(("SENSITIVE?", f"健康診断結果:{value}"))
        rows += [[], ["総合判定", f"{worst} {OVERALL.get(worst, '異常なし')}"], ["前回総合判定", "B"],
                 ["判定基準", "A:異常なし B:軽度異常 C:要経過観察 D1:要治療 D2:要精密検査"]]
        truth.add(("SENSITIVE?", "健康診断結果:B"))
        if worst != "A":
            truth.add(("SENSITIVE", f"健康診断結果:{worst} {OVERALL[worst]}"))
        return self._doc(f"h3d_kojin{i:03d}.xlsx", w.xlsx_bytes({"個人票": rows}), truth)

    def _reference_sheet(self, i: int) -> Doc:
        rows = [["健診項目 基準値一覧(2025年度版)"], ["検査項目", "単位", "基準値", "要再検査", "要精密検査"]]
        for item, unit, reference, _, bad, _, _ in ITEMS:
            if bad.startswith("("):  # a qualitative item
                rows.append([item, unit, reference, "(±)", "(+)以上"])
            else:
                rows.append([item, unit, reference, f"{bad}以上", f"{int(float(bad) * 1.2)}以上"])
        rows.append(["判定区分", "A:異常なし B:軽度異常 C:要経過観察 D:要医療 E:治療中"])
        return self._doc(f"h3d_neg_kijun{i:03d}.xlsx", w.xlsx_bytes({"基準": rows}), set())

    def _rate_sheet(self, i: int) -> Doc:
        rows = [["部門別 有所見率・事後措置実施状況"], ["部門", "受診者数", "有所見者数", "有所見率", "就業制限", "要休業", "面談実施"]]
        for unit in UNITS:
            n = self.c.rng.randint(15, 80)
            rows.append([unit, str(n), str(n // 3), f"{100 * (n // 3) / n:.1f}%", str(n // 12), str(n // 40), str(n // 6)])
        return self._doc(f"h3d_neg_rate{i:03d}.xlsx", w.xlsx_bytes({"集計": rows}), set())

    # --- interviews ----------------------------------------------------------------

    def _interview(self, i: int) -> Doc:
        who = self.name()
        finding, measure, _ = self.c.pick(FINDINGS)
        said = f"定期健診で{finding}を指摘された"
        lines = ["産業医面談記録", f"面談日: {self.day()}  面談者: 産業医 {self.name()}", f"対象者: {who} ({self.c.pick(UNITS)})",
                 f"経緯: {said}。", f"意見: {measure}。", f"次回面談予定: {self.day()}", "記録者: 保健師"]
        truth = {("SENSITIVE", f"健康診断結果:{said}"), ("SENSITIVE", f"健康診断結果:{measure}")}
        if i % 2:
            return self._doc(f"h3d_mendan{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth)
        return self._doc(f"h3d_mendan{i:03d}.docx", _docx(lines), truth)

    # --- incidents and customer records --------------------------------------------

    def _incident_report(self, i: int) -> Doc:
        who, kind = self.name(), i % 4
        if kind == 0:
            story = (f"倉庫2階で{who}が脚立から転落し、右手首を強打した。救急搬送され、右橈骨遠位端骨折と診断された。"
                     "全治6週間の見込み。")
            truth = {("SENSITIVE", "病歴:右橈骨遠位端骨折と診断された")}
        elif kind == 1:
            story = (f"窓口で来庁者が大声を上げ、対応した{who}が胸を突かれて転倒した。{who}は暴行を受けたとして警察に被害届を"
                     "提出した。")
            truth = {("SENSITIVE", "犯罪被害:暴行を受けた"), ("SENSITIVE", "犯罪被害:被害届を提出した")}
        elif kind == 2:
            story = f"店舗入口で顧客の{who}様が濡れた床で転倒。腰部打撲と診断され、通院中。"
            truth = {("SENSITIVE", "病歴:腰部打撲と診断され、通院中")}
        else:  # an accident that hurt no one
            story = f"搬入口で{who}が台車ごと転倒したが、骨折の疑いはなく、けがもなかった。念のため病院で診察を受けた。"
            truth = set()
        lines = ["事件・事故報告書", f"報告日: {self.day()}", f"発生場所: {self.c.pick(['本社倉庫', '北口窓口', '駅前店'])}",
                 f"報告者: {self.c.pick(UNITS)} {self.name()}", f"概要: {story}", "再発防止策: 床面の巡回点検を1時間ごとに実施する。"]
        if i % 2:
            return self._doc(f"h3d_jiko{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth)
        return self._doc(f"h3d_jiko{i:03d}.docx", _docx(lines), truth)

    def _property_theft(self, i: int) -> Doc:
        lines = ["事件・事故報告書", f"報告日: {self.day()}", "発生場所: 第二倉庫",
                 f"報告者: 総務課 {self.name()}", "概要: 倉庫の施錠が壊され、会社所有のノートPC 3台と工具一式が盗まれた。",
                 "警察に被害届を提出済み。被害額は約45万円。", "再発防止策: 防犯カメラを増設する。"]
        return self._doc(f"h3d_neg_tounan{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())

    def service_rows(self) -> tuple[list[list[str]], set]:
        cases = [("息子を名乗る電話でキャッシュカードをだまし取られたとの相談。", "犯罪被害:だまし取られた"),
                 ("元交際相手につきまとわれていると相談あり。警察へ相談済。", "犯罪被害:つきまとわれている"),
                 ("通販サイトで詐欺被害に遭い、口座の凍結を依頼された。", "犯罪被害:詐欺被害に遭い"),
                 ("カードを不正利用されたとの申し出。利用停止処理。", "犯罪被害:不正利用された")]
        routine = ["住所変更の手続き方法の問い合わせ", "請求書の再発行依頼", "詐欺メールに注意するよう案内した", "営業時間の確認"]
        rows, truth = [["日付", "顧客名", "区分", "内容", "対応者"]], set()
        for _ in range(self.c.rng.randint(5, 9)):
            if self.c.chance(0.4):
                text, value = self.c.pick(cases)
                truth.add(("SENSITIVE", value))
            else:
                text = self.c.pick(routine)
            rows.append([self.day(), f"{self.name()}様", self.c.pick(["相談", "苦情", "問合せ"]), text, self.c.pick(SURNAMES)])
        return rows, truth

    def _service_log(self, i: int) -> Doc:
        rows, truth = self.service_rows()
        if i % 2:
            return self._doc(f"h3d_taiou{i:03d}.csv", "\n".join(",".join(r) for r in rows).encode("cp932"), truth)
        return self._doc(f"h3d_taiou{i:03d}.xlsx", w.xlsx_bytes({"対応記録": rows}), truth)

    def _routine_log(self, i: int) -> Doc:
        rows = [["日付", "顧客名", "区分", "内容", "対応者"]]
        for text in ["解約手続きの案内", "特殊詐欺の手口を説明するチラシを送付", "ポイント残高の照会", "配送日の変更"]:
            rows.append([self.day(), f"{self.name()}様", "問合せ", text, self.c.pick(SURNAMES)])
        return self._doc(f"h3d_neg_taiou{i:03d}.xlsx", w.xlsx_bytes({"対応記録": rows}), set())
