"""Development corpus for 要配慮 told in words (issue 12, third round): an HR clerk's
terse registers and forms — a 二次検査 follow-up register whose cells are findings in
words, a 障害者雇用 register (aids, 手帳 grades, 支援区分, 配慮 asked), a 面接記録
form, an 外国籍・海外ルーツ社員 sheet, a 兼業・政治活動 register, an 面談票 of
what the doctor said; about no one: a 障害者雇用率 table, a welfare services table,
a diversity policy, a 投票所 list and a union's demands, each with a contact row.

No template, sentence or word list is shared with benchmarks/corpus_sensitive3_check.py
or any other corpus. The rules of this round were tuned on it. A nationality or a
residence status alone is not 人種・民族 (see the check corpus's docstring).
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc, _docx
from samples import writers as w

ONLY = {("*", "SENSITIVE")}
# 所見 cells of a follow-up register: (cell, category, phrase of truth)
FINDING_CELLS = [("胸部X線 右上肺野に索状影", "健康診断結果", "右上肺野に索状影"),
                 ("心電図 ST低下あり", "健康診断結果", "心電図 ST低下あり"),
                 ("腹部超音波 肝のう胞を認める", "健康診断結果", "肝のう胞を認める"),
                 ("便潜血 2回法で1回陽性 要大腸内視鏡", "健康診断結果", "1回陽性"),
                 ("眼底 動脈硬化性変化 Scheie H2", "健康診断結果", "動脈硬化性変化"),
                 ("胃部X線 ポリープ疑い 要精査", "健康診断結果", "ポリープ疑い")]
AIDS = [("車椅子使用", "車椅子使用"), ("白杖歩行", "白杖歩行"), ("手話でコミュニケーション", "手話でコミュニケーション"),
        ("人工内耳装用", "人工内耳装用"), ("オストメイト", "オストメイト"), ("盲導犬同伴", "盲導犬同伴")]
CARDS = [("療育手帳 A", "療育手帳 A"), ("療育手帳 B1", "療育手帳 B1"), ("障害支援区分3", "障害支援区分3"),
         ("精神保健福祉手帳2級", "精神保健福祉手帳2級")]
ASKED = [("ADHD 口頭指示はメモで補足", "ADHD"), ("ASD 個室での休憩", "ASD"), ("LD 読み上げソフト使用", "LD"),
         ("発達障害 業務を1つずつ指示", "発達障害")]
ROOTS = [("ブラジル(日系)", "日系"), ("韓国系", "韓国系"), ("ベトナムにルーツ", "ベトナムにルーツ"),
         ("中国から帰化", "中国から帰化"), ("アイヌ", "アイヌ")]
TONGUES = [("ポルトガル語", ""), ("タガログ語", ""), ("日本語", "")]
NATIONALITIES = ["ブラジル", "フィリピン", "ベトナム", "日本", "中国"]
ACTIVITIES = [("市民運動", "脱原発運動に参加", "脱原発運動に参加"), ("政党", "国民民主党 党員", "国民民主党 党員"),
              ("後援会", "県議 後援会員", "後援会員"), ("署名", "改憲反対署名の呼びかけ人", "改憲反対署名の呼びかけ人"),
              ("思想", "無政府主義を信奉", "無政府主義を信奉")]
SAID_CELLS = [("主治医より「軽度の心筋症」と言われた", "病歴", "軽度の心筋症」と言われた"),
              ("クリニックで過敏性腸症候群と診断された", "病歴", "過敏性腸症候群と診断された"),
              ("健診で甲状腺の腫れを指摘された", "健康診断結果", "甲状腺の腫れを指摘された")]
DEPARTMENTS = ["総務", "経理", "物流", "生産管理", "情報システム", "営業推進"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._followup_register, self._employment_register, self._interview_form,
                                              self._roots_sheet, self._activity_register, self._said_form]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._rate_table, self._services_table, self._policy,
                                              self._polling_places, self._demands]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _doc(self, name: str, data: bytes, truth: set) -> Doc:
        return Doc(name, data, truth | ONLY)

    def _followup_register(self, i: int) -> Doc:
        rows, truth = [["二次検査フォロー台帳"], ["社員No", "氏名", "部署", "所見", "受診状況"]], set()
        for n in range(self.c.rng.randint(4, 8)):
            p, (cell, category, phrase) = self.c.person(), self.c.pick(FINDING_CELLS)
            rows.append([f"E{5000 + n}", p.name, self.c.pick(DEPARTMENTS), cell, self.c.pick(["未受診", "受診済", "予約済"])])
            truth.add(("SENSITIVE", f"{category}:{phrase}"))
        return self._doc(f"s3d_followup{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}), truth)

    def _employment_register(self, i: int) -> Doc:
        rows, truth = [["氏名", "所属", "補助具・手段", "手帳・区分", "配慮事項"]], set()
        for _ in range(self.c.rng.randint(3, 6)):
            p, (aid, aid_phrase), (card, card_phrase) = self.c.person(), self.c.pick(AIDS), self.c.pick(CARDS)
            asked, asked_phrase = self.c.pick(ASKED)
            rows.append([p.name, self.c.pick(DEPARTMENTS), aid, card, asked])
            truth |= {("SENSITIVE", f"障害:{aid_phrase}"), ("SENSITIVE", f"障害:{card_phrase}"),
                      ("SENSITIVE", f"障害:{asked_phrase}")}
        return self._doc(f"s3d_employment{i:03d}.csv", "\n".join(",".join(r) for r in rows).encode("cp932"), truth)

    def _interview_form(self, i: int) -> Doc:
        p, (aid, aid_phrase), (asked, asked_phrase) = self.c.person(), self.c.pick(AIDS), self.c.pick(ASKED)
        table = [["対象者", p.name], ["面接日", "2026/10/14"], ["通勤手段", aid], ["特性", asked],
                 ["合理的配慮の申出", "あり(座席配置)"]]
        truth = {("SENSITIVE", f"障害:{aid_phrase}"), ("SENSITIVE", f"障害:{asked_phrase}"),
                 ("SENSITIVE", "障害:あり(座席配置)")}
        return self._doc(f"s3d_interview{i:03d}.docx", _docx(["面接記録票"], table), truth)

    def _roots_sheet(self, i: int) -> Doc:
        rows, truth = [["氏名", "国籍", "ルーツ", "母語", "日本語レベル"]], set()
        for _ in range(self.c.rng.randint(3, 6)):
            p, (root, root_phrase), (tongue, _) = self.c.person(), self.c.pick(ROOTS), self.c.pick(TONGUES)
            rows.append([p.name, self.c.pick(NATIONALITIES), root, tongue, self.c.pick(["N1", "N2", "N3"])])
            truth.add(("SENSITIVE", f"人種・民族:{root_phrase}"))  # a mother tongue only lets one guess: not 要配慮
        return self._doc(f"s3d_roots{i:03d}.xlsx", w.xlsx_bytes({"一覧": rows}), truth)

    def _activity_register(self, i: int) -> Doc:
        rows, truth = [["兼業・社外活動 届出一覧"], ["届出日", "氏名", "区分", "内容"]], set()
        for n in range(self.c.rng.randint(3, 6)):
            p, (kind, content, phrase) = self.c.person(), self.c.pick(ACTIVITIES)
            rows.append([f"2026/0{n % 9 + 1}/15", p.name, kind, content])
            truth.add(("SENSITIVE", f"信条:{phrase}"))
        return self._doc(f"s3d_activity{i:03d}.csv", "\n".join(",".join(r) for r in rows).encode("utf-8"), truth)

    def _said_form(self, i: int) -> Doc:
        p, (cell, category, phrase) = self.c.person(), self.c.pick(SAID_CELLS)
        table = [["氏名", p.name], ["面談区分", "定期"], ["本人申告", cell], ["次回", "1か月後"]]
        return self._doc(f"s3d_said{i:03d}.docx", _docx(["保健面談票"], table), {("SENSITIVE", f"{category}:{phrase}")})

    def _rate_table(self, i: int) -> Doc:
        rows = [["障害者雇用状況報告(集計)"], ["区分", "人数", "カウント"], ["重度身体障害者", "3", "6"], ["身体障害者", "5", "5"],
                ["知的障害者", "2", "2"], ["精神障害者", "4", "4"], ["実雇用率", "2.61%", ""], ["担当", "人事課 松永 直人", "内線 3305"]]
        return self._doc(f"s3d_neg_rate{i:03d}.xlsx", w.xlsx_bytes({"報告": rows}), set())

    def _services_table(self, i: int) -> Doc:
        rows = [["サービス", "対象", "窓口"], ["就労移行支援", "一般就労を希望する障害者", "市障害福祉課"],
                ["就労継続支援B型", "雇用契約に基づく就労が困難な方", "市障害福祉課"], ["同行援護", "視覚障害により移動が困難な方", "福祉事務所"],
                ["問い合わせ", "総務 松永 直人", "03-6205-1180"]]
        return self._doc(f"s3d_neg_services{i:03d}.csv", "\n".join(",".join(r) for r in rows).encode("utf-8"), set())

    def _policy(self, i: int) -> Doc:
        lines = ["ダイバーシティ&インクルージョン方針", "1. 人種・民族・国籍・信条・障害の有無による差別を禁止する",
                 "2. 合理的配慮の申出には速やかに対応する", "3. 手話通訳・点字資料を必要に応じて用意する",
                 "所管: 人事部 D&I推進担当 松永 直人 TEL 03-6205-1180"]
        return self._doc(f"s3d_neg_policy{i:03d}.docx", _docx(lines), set())

    def _polling_places(self, i: int) -> Doc:
        rows = [["投票区", "投票所", "期日前投票"], ["第1", "中央公民館", "可"], ["第2", "北小学校体育館", "不可"],
                ["備考", "政治活動・選挙運動の社内での実施は禁止", ""], ["連絡先", "総務課 松永 直人", "内線 1180"]]
        return self._doc(f"s3d_neg_polling{i:03d}.xlsx", w.xlsx_bytes({"投票所": rows}), set())

    def _demands(self, i: int) -> Doc:
        rows = [["項目", "要求内容"], ["治療と仕事の両立", "通院休暇 年5日(有給)"], ["障害のある組合員", "職場介助者の配置"],
                ["健診", "二次検査を勤務時間内に"], ["窓口", "松永 直人 090-4412-7781"]]
        return self._doc(f"s3d_neg_demands{i:03d}.csv", "\n".join(",".join(r) for r in rows).encode("utf-8"), set())
