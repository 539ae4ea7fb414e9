"""Check corpus for sens5 (issue 12), written apart from benchmarks/corpus_sens5_dev.py:
a union branch's チェックオフ roster in semicolon CSV with a 役員 column, a church's 献金
ledger in TSV, an employee card sheet whose union cell names the union, a students' sheet
with 民族 and 信仰 columns, an applicant memo in Word, a referral letter in RTF with a
table, a care record in ODT, a beauty salon's karte; about no one: a federation's strike
notice, a shrine festival poster, a police bulletin, a disability-access guide.

No template, sentence, name or word list is shared with the development corpus. The
rules were not tuned on it. Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc, _docx
from benchmarks.sens5_writers import odt_bytes, rtf_bytes, semicolon_csv
from samples import writers as w

ONLY = {("*", "SENSITIVE")}
FAMILY = ["筧", "汐見", "御子柴", "轟", "仁科", "宍戸", "由比", "刑部"]
FIRST = ["伊織", "澪", "惣一", "雛子", "律", "沙也加", "玄", "八重"]
LOCALS = ["全日本金属情報 さくら精工支部", "西岬バス労働組合", "ひまわり介護ユニオン"]
OFFICERS = ["会計監査", "代議員", "支部長", "女性部長", "書記", "執行委員長"]
CHURCHES = ["聖ルカ教会", "みどり野キリスト教会"]
CHURCH_STATUS = ["現住陪餐会員", "教会員", "求道者"]
# a student's (民族, 信仰) cells
STUDENTS = [("ウイグル族", "イスラーム"), ("タイー族", "上座部仏教"), ("ネワール", "ヒンドゥー教"), ("シンハラ人", "テーラワーダ仏教")]
COUNTRIES = ["ネパール", "スリランカ", "ミャンマー", "モンゴル"]
# an applicant memo's remark: (remark, category, phrase of truth)
REMARKS = [("在日韓国人三世。本人より申出", "人種・民族", "在日韓国人三世"), ("2019年に日本国籍へ帰化", "人種・民族", "帰化"),
           ("アイヌ民族の出自であると面接で話した", "人種・民族", "アイヌ民族"),
           ("日系ブラジル人で家族と来日", "人種・民族", "日系ブラジル人")]
# a referral letter's rows: (label, value, category, phrase of truth)
REFERRAL = [("傷病名", "2型糖尿病、糖尿病性腎症", "病歴", "2型糖尿病"), ("既往症", "胃がん術後（2021年）", "病歴", "胃がん"),
            ("検査所見", "HbA1c 8.9%、尿蛋白（2+）", "健康診断結果", "HbA1c 8.9%")]
# a care record's note: (note, category, phrase of truth)
NOTES = [("パーキンソン病のため歩行時ふらつきあり", "病歴", "パーキンソン病"), ("全盲。食事は配膳位置を声かけ", "障害", "全盲"),
         ("透析のため火木土は午後不在", "病歴", "透析")]
SALON = [("頭皮", "アトピー性皮膚炎あり", "病歴", "アトピー性皮膚炎"), ("宗教上の配慮", "ヒジャブ着用のため個室希望", "宗教", "ヒジャブ着用")]
CHATTER = ["施術", "来店", "前回", "カラー"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus

    def name(self) -> str:
        return f"{self.c.pick(FAMILY)}　{self.c.pick(FIRST)}"

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._checkoff, self._offering, self._employee_card, self._students,
                                              self._applicant, self._referral, self._care_record, self._salon]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._strike, self._festival, self._bulletin, self._access]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _doc(self, name: str, data: bytes, truth: set) -> Doc:
        return Doc(name, data, truth | ONLY)

    def _checkoff(self, i: int) -> Doc:
        rows, truth = [["No.", "氏名", "部署", "組合役員", "控除額"]], set()
        for n in range(self.c.rng.randint(4, 6)):
            officer = self.c.pick(OFFICERS) if n % 2 else ""
            rows.append([str(n + 1), self.name(), "営業所", officer, "2800"])
            if officer:
                truth.add(("SENSITIVE", f"労働組合:{officer}"))
        title = [f"{self.c.pick(LOCALS)} チェックオフ名簿（{i % 12 + 1}月）"]
        return self._doc(f"s5c_checkoff{i:03d}.csv", semicolon_csv(rows, title), truth)

    def _offering(self, i: int) -> Doc:
        church = self.c.pick(CHURCHES)
        rows, truth = [[f"{church} 月定献金台帳"], ["会員No", "氏名", "会籍", "献金額"]], set()
        for n in range(self.c.rng.randint(3, 5)):
            status = self.c.pick(CHURCH_STATUS)
            rows.append([f"M{80 + n}", self.name(), status, "5000"])
            truth.add(("SENSITIVE", f"宗教:{status}"))
        data = "\n".join("\t".join(r) for r in rows).encode("utf-8")
        return self._doc(f"s5c_offering{i:03d}.tsv", data, truth)

    def _employee_card(self, i: int) -> Doc:
        local = self.c.pick(LOCALS)
        rows = [["項目", "内容"], ["氏名", self.name()], ["入社日", "2015/04/01"], ["加入組合", local]]
        return self._doc(f"s5c_card{i:03d}.xlsx", w.xlsx_bytes({"社員台帳": rows}), {("SENSITIVE", f"労働組合:{local}")})

    def _students(self, i: int) -> Doc:
        rows, truth = [["学籍番号", "氏名", "出身国", "民族", "信仰"]], set()
        for n in range(self.c.rng.randint(3, 4)):
            ethnic, faith = self.c.pick(STUDENTS)
            rows.append([f"S26{n:03d}", self.name(), self.c.pick(COUNTRIES), ethnic, faith])
            truth |= {("SENSITIVE", f"人種・民族:{ethnic}"), ("SENSITIVE", f"宗教:{faith}")}
        return self._doc(f"s5c_students{i:03d}.xlsx", w.xlsx_bytes({"留学生": rows}), truth)

    def _applicant(self, i: int) -> Doc:
        remark, category, phrase = self.c.pick(REMARKS)
        lines = ["応募者面談記録", f"応募者　{self.name()}", f"面談日　2026年{i % 12 + 1}月20日", f"備考　{remark}"]
        return self._doc(f"s5c_applicant{i:03d}.docx", _docx(lines), {("SENSITIVE", f"{category}:{phrase}")})

    def _referral(self, i: int) -> Doc:
        picked = self.c.rng.sample(REFERRAL, 2)
        table = [["患者氏名", self.name()]] + [[label, value] for label, value, _, _ in picked]
        truth = {("SENSITIVE", f"{category}:{phrase}") for _, _, category, phrase in picked}
        return self._doc(f"s5c_referral{i:03d}.rtf", rtf_bytes(["診療情報提供書", "紹介先：整形外科 御侍史"], table,
                                                               ["よろしくお願い申し上げます。"]), truth)

    def _care_record(self, i: int) -> Doc:
        note, category, phrase = self.c.pick(NOTES)
        lines = ["介護記録", f"利用者　{self.name()}様", f"10:30 {note}", "昼食は全量摂取。"]
        return self._doc(f"s5c_care{i:03d}.odt", odt_bytes(lines), {("SENSITIVE", f"{category}:{phrase}")})

    def _salon(self, i: int) -> Doc:
        label, value, category, phrase = self.c.pick(SALON)
        rows = [["顧客名", self.name()], [self.c.pick(CHATTER), "2026/10/11"], [label, value]]
        return self._doc(f"s5c_salon{i:03d}.xlsx", w.xlsx_bytes({"カルテ": rows}), {("SENSITIVE", f"{category}:{phrase}")})

    def _strike(self, i: int) -> Doc:
        lines = ["春闘ニュース", "各支部の代議員は中央委員会に出席してください。", "チェックオフ協定の更新交渉を続けています。"]
        return self._doc(f"s5c_neg_strike{i:03d}.docx", _docx(lines), set())

    def _festival(self, i: int) -> Doc:
        lines = ["秋季例大祭のお知らせ", "氏子の皆様のご奉納をお願い申し上げます。", "神輿渡御は午後一時より。"]
        return self._doc(f"s5c_neg_festival{i:03d}.txt", "\n".join(lines).encode("cp932"), set())

    def _bulletin(self, i: int) -> Doc:
        lines = ["警察署だより", "特殊詐欺の被害額は前年より増えました。", "前科のある者による再犯防止の取組を紹介します。"]
        return self._doc(f"s5c_neg_bulletin{i:03d}.odt", odt_bytes(lines), set())

    def _access(self, i: int) -> Doc:
        lines = ["施設のバリアフリー案内", "車椅子の方は東口のスロープをご利用ください。", "盲導犬の同伴ができます。"]
        return self._doc(f"s5c_neg_access{i:03d}.rtf", rtf_bytes(lines), set())
