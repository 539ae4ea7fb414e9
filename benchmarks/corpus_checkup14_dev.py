"""Development corpus of checkup14 (issue 12): the matrix of what looks like a check-up result
and is no person's — an animal's health record (a shelter's dog, a dairy cow), a water, a
kitchen's swab, a building's equipment, a seismic or a vehicle inspection, a radiation survey,
a price list of tests with reference ranges, statistics of a group, a product's specification,
a quiz, a check-up notice, a blank form, a donor's criteria, a staff's check-up schedule —
beside a person's result in a sheet of two header rows, a mail, an interview note, a donor's
and a fertility record; and a person's disability in a roster column, a 配慮事項 field, an
application and a school's record, its card and grade written many ways.

No template, label, item or value is shared with benchmarks/corpus_checkup14_check.py
(tests/benchmarks/test_checkup14_corpora.py checks the lists). Synthetic people only; truth
for SENSITIVE only.
"""

from __future__ import annotations

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import ONLY, encoded, lines_file
from benchmarks.sens7_writers import Parts

RESULT, DISABILITY = "健康診断結果", "障害"
SURNAMES = ["大河内", "小野寺", "早川", "新庄", "宮脇", "杉浦", "丹羽", "柳田"]
GIVEN = ["悠真", "美咲", "大輝", "沙織", "蓮", "奈々", "一輝", "理沙"]
# a person's result: (item, unit, value out of range, its flag or judgement)
RESULTS = [("γ-GTP", "U/L", "156", "H"), ("中性脂肪", "mg/dL", "312", "H"), ("HbA1c", "%", "7.4", "要治療"),
           ("ALT(GPT)", "U/L", "71", "要再検査"), ("クレアチニン", "mg/dL", "1.52", "H")]
# a person's disability: the text, the phrase of truth
DISABILITIES = [("身障手帳2級（下肢機能障害）", "身障手帳2級"), ("療育手帳B1", "療育手帳B1"),
                ("精神保健福祉手帳3級", "精神保健福祉手帳3級"), ("愛の手帳4度", "愛の手帳4度"),
                ("障害支援区分4", "障害支援区分4"), ("障害年金2級を受給中", "障害年金2級"),
                ("難聴のため補聴器を使用", "難聴"), ("車椅子を使用", "車椅子を使用"),
                ("発達障害（ADHD）の診断あり", "発達障害"), ("高次脳機能障害（記憶障害）", "高次脳機能障害"),
                ("知的障害（軽度）", "知的障害"), ("視覚障害のため白杖を使用", "視覚障害"),
                ("身体3級（下肢）", "身体3級")]
SHELTER = [["保護犬 健康記録"], ["管理番号", "犬種", "体重", "フィラリア検査", "ワクチン", "判定"],
           ["D-0412", "柴犬", "11.2kg", "陽性", "接種済", "要再検査"], ["D-0415", "雑種", "8.4kg", "陰性", "未接種", "良好"]]
DAIRY = [["乳牛 乳質検査成績"], ["牛番号", "体細胞数(万/mL)", "乳脂肪率(%)", "判定"],
         ["No.17", "58 H", "3.6", "要再検査"], ["No.22", "12", "4.1", "A"]]
WATER = [["水質検査結果報告書（井戸水）"], ["検査項目", "結果", "単位", "基準値", "判定"],
         ["一般細菌", "130", "個/mL", "100以下", "不適合"], ["硝酸態窒素", "12.4", "mg/L", "10以下", "不適合"],
         ["鉛", "0.002", "mg/L", "0.01以下", "適合"]]
SWAB = ["厨房 拭き取り検査結果", "まな板（生肉用）：大腸菌群 陽性 → 要再検査", "冷蔵庫取っ手：一般生菌数 2100 cfu 判定 C",
        "包丁：黄色ブドウ球菌 陰性"]
EQUIPMENT = [["設備点検結果"], ["点検項目", "測定値", "単位", "基準", "判定"],
             ["受水槽 残留塩素", "0.05", "mg/L", "0.1以上", "C"], ["事務室 CO2濃度", "1250", "ppm", "1000以下", "要改善"],
             ["ボイラー圧力", "0.82", "MPa", "1.0以下", "A"]]
INSPECTIONS = ["耐震診断結果：本館 Is値 0.42（判定：要補強）", "社用車 車検結果：ブレーキパッド残量 2mm 要整備",
               "エレベーター定期検査：ロープ摩耗 要是正"]
RADIATION = [["空間放射線量 測定結果"], ["測定地点", "空間線量率(μSv/h)", "判定"], ["校庭中央", "0.31 H", "要除染"],
             ["プール脇", "0.08", "基準内"]]
MENU = [["人間ドック オプション検査 料金表"], ["検査項目", "基準値", "単位", "料金"], ["HbA1c", "4.6〜6.2", "%", "550円"],
        ["AST(GOT)", "10〜30", "U/L", "330円"], ["PSA", "4.0以下", "ng/mL", "2,200円"]]
STATISTICS = ["2026年度 健診結果統計（全社）", "LDLコレステロール　平均値 128.4 mg/dL（↑）　有所見率 33.5%",
              "血圧　有所見率 18.2%　要精密検査 41名", "受診率 96.8%"]
PRODUCT = ["上腕式血圧計 HEM-77 仕様", "測定範囲：血圧 0〜299 mmHg、脈拍 40〜180 拍/分", "精度：血圧 ±3 mmHg 以内",
           "高血圧の目安：135/85 mmHg 以上"]
QUIZ = ["健康クイズ", "Q1. 空腹時血糖が 126 mg/dL 以上だと、どう判定されるでしょう？", "A. 要精密検査（糖尿病型）",
        "Q2. γ-GTP が高いと疑われるのは？ A. 肝機能障害"]
NOTICE = ["定期健康診断のご案内", "日時：6月12日（金）9:00〜11:30", "場所：本社3階 大会議室",
          "項目：身長・体重・血圧・血液検査・心電図", "前日21時以降は絶食してください。"]
BLANK = [["健康診断個人票"], ["氏名", ""], ["血圧", "", "mmHg"], ["空腹時血糖", "", "mg/dL"], ["判定", "A・B・C・D・E"]]
DONOR = ["献血にご協力いただける方の基準", "ヘモグロビン濃度 12.5g/dL以上（女性は12.0g/dL以上）",
         "最高血圧 90mmHg未満の方はご遠慮ください", "体重 50kg以上"]
STAFF_PLAN = [["健診受診予定表"], ["氏名", "受診予定日", "会場", "再検査"], ["{name}", "6/12", "本社", "対象外"],
              ["{name}", "6/13", "工場", "対象外"]]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "c14d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        """A person's result or disability, and a look-alike in turn (a precision matrix is the point)."""
        people = [self._sheet, self._mail, self._note, self._donor, self._fertility,
                  self._roster, self._care, self._application, self._school]
        alike = [self._shelter, self._dairy, self._water, self._swab, self._equipment, self._inspections,
                 self._radiation, self._menu, self._statistics, self._product, self._quiz, self._notice,
                 self._blank, self._donor_criteria, self._staff_plan]
        makers = [m for pair in zip(people * 2, alike) for m in pair]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        return []

    def _signed(self, rows: list[list[str]]) -> list[list[str]]:
        return [[cell.replace("{name}", self.w.name()) for cell in row] for row in rows] + [["担当", self.w.name()]]

    def _table_of_no_one(self, i: int, kind: str, rows: list[list[str]], fmt: str) -> Doc:
        return Doc(f"c14d_neg_{kind}{i:03d}.{fmt}", encoded(self._signed(rows), fmt), {ONLY})

    def _lines_of_no_one(self, i: int, kind: str, lines: list[str], fmt: str) -> Doc:
        return self.w.about_no_one(i, kind, lines + [f"作成者　{self.w.name()}"], fmt)

    def _sheet(self, i: int) -> Doc:
        """Two header rows (今回 over 結果 | 判定, 前回), one row an item."""
        picked = self.c.rng.sample(RESULTS, 3)
        rows = [["健康診断結果"], ["氏名", self.w.name()], ["検査項目", "今回", "", "前回"], ["", "結果", "判定", "結果"]]
        rows += [[item, f"{value}", flag, "—"] for item, _, value, flag in picked]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"c14d_sheet{i:03d}.{fmt}", encoded(rows, fmt),
                   {("SENSITIVE", f"{RESULT}:{value}") for _, _, value, _ in picked} | {ONLY})

    def _mail(self, i: int) -> Doc:
        item, unit, value, flag = self.c.pick(RESULTS)
        said = f"{item} {value} {unit}"
        body = [f"{self.w.name()}さん", "先日の健診の結果をお送りします。", f"{said}（{flag}）", "産業医面談の日程を調整します。"]
        return self.w.mail(i, "mail", "健診結果のご連絡", body, [("", RESULT, said)])

    def _note(self, i: int) -> Doc:
        lines = ["保健指導 面談記録", f"対象者：{self.w.name()}", "健診で血圧 162/98 mmHg、要受診と判定された。",
                 "減塩について説明した。"]
        return Doc(f"c14d_note{i:03d}.txt", lines_file(lines, "txt"),
                   {ONLY, ("SENSITIVE", f"{RESULT}:血圧 162/98 mmHg")})

    def _donor(self, i: int) -> Doc:
        lines = ["献血 事前検査記録", f"献血者：{self.w.name()}", "ヘモグロビン 11.1 g/dL（低値）のため今回は見送り"]
        return Doc(f"c14d_donor{i:03d}.docx", lines_file(lines, "docx"),
                   {ONLY, ("SENSITIVE", f"{RESULT}:ヘモグロビン 11.1 g/dL")})

    def _fertility(self, i: int) -> Doc:
        rows = [["不妊治療 検査記録"], ["氏名", self.w.name()], ["検査", "結果", "単位", "判定"],
                ["AMH", "0.6", "ng/mL", "L"], ["FSH", "14.8", "mIU/mL", "H"]]
        return Doc(f"c14d_fertility{i:03d}.xlsx", encoded(rows, "xlsx"),
                   {ONLY, ("SENSITIVE", f"{RESULT}:0.6"), ("SENSITIVE", f"{RESULT}:14.8")})

    def _pick_disabilities(self, count: int) -> list[tuple[str, str]]:
        return self.c.rng.sample(DISABILITIES, count)

    def _roster(self, i: int) -> Doc:
        picked = self._pick_disabilities(4)
        rows = [["障害者雇用 在籍者一覧"], ["No", "氏名", "所属", "障害の状況"]]
        rows += [[str(n + 1), self.w.name(), "総務課", text] for n, (text, _) in enumerate(picked)]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"c14d_roster{i:03d}.{fmt}", encoded(rows, fmt),
                   {("SENSITIVE", f"{DISABILITY}:{said}") for _, said in picked} | {ONLY})

    def _care(self, i: int) -> Doc:
        text, said = self.c.pick(DISABILITIES)
        lines = ["新入社員 受入れ準備シート", f"氏名：{self.w.name()}", "配属：経理課", f"配慮事項：{text}"]
        fmt = self.c.pick(["docx", "txt"])
        return Doc(f"c14d_care{i:03d}.{fmt}", lines_file(lines, fmt), {ONLY, ("SENSITIVE", f"{DISABILITY}:{said}")})

    def _application(self, i: int) -> Doc:
        text, said = self.c.pick(DISABILITIES)
        rows = [["利用申請書"], ["申請者氏名", self.w.name()], ["生年月日", "1988年4月2日"], ["障害等の状況", text]]
        return Doc(f"c14d_application{i:03d}.xlsx", encoded(rows, "xlsx"), {ONLY, ("SENSITIVE", f"{DISABILITY}:{said}")})

    def _school(self, i: int) -> Doc:
        text, said = self.c.pick(DISABILITIES)
        lines = ["個別の教育支援計画", f"児童名：{self.w.name()}", "学年：4年2組", f"本人の状況：{text}。",
                 "座席は前列とする。"]
        return Doc(f"c14d_school{i:03d}.docx", lines_file(lines, "docx"), {ONLY, ("SENSITIVE", f"{DISABILITY}:{said}")})

    def _shelter(self, i: int) -> Doc:
        return self._table_of_no_one(i, "shelter", SHELTER, "xlsx")

    def _dairy(self, i: int) -> Doc:
        return self._table_of_no_one(i, "dairy", DAIRY, "csv")

    def _water(self, i: int) -> Doc:
        return self._table_of_no_one(i, "water", WATER, self.c.pick(["xlsx", "csv"]))

    def _swab(self, i: int) -> Doc:
        return self._lines_of_no_one(i, "swab", SWAB, "docx")

    def _equipment(self, i: int) -> Doc:
        return self._table_of_no_one(i, "equipment", EQUIPMENT, "xlsx")

    def _inspections(self, i: int) -> Doc:
        return self._lines_of_no_one(i, "inspections", INSPECTIONS, "txt")

    def _radiation(self, i: int) -> Doc:
        return self._table_of_no_one(i, "radiation", RADIATION, "csv")

    def _menu(self, i: int) -> Doc:
        return self._table_of_no_one(i, "menu", MENU, "xlsx")

    def _statistics(self, i: int) -> Doc:
        return self._lines_of_no_one(i, "statistics", STATISTICS, "docx")

    def _product(self, i: int) -> Doc:
        return self._lines_of_no_one(i, "product", PRODUCT, "txt")

    def _quiz(self, i: int) -> Doc:
        return self._lines_of_no_one(i, "quiz", QUIZ, "docx")

    def _notice(self, i: int) -> Doc:
        return self._lines_of_no_one(i, "notice", NOTICE, "txt")

    def _blank(self, i: int) -> Doc:
        return self._table_of_no_one(i, "blank", BLANK, "xlsx")

    def _donor_criteria(self, i: int) -> Doc:
        return self._lines_of_no_one(i, "donorcriteria", DONOR, "docx")

    def _staff_plan(self, i: int) -> Doc:
        return self._table_of_no_one(i, "staffplan", STAFF_PLAN, "csv")
