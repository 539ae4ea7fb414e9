"""Development corpus for 要配慮 told as a course, an act or a record (issue 12, sens4):
a check-up finding list whose 所見 cell is the finding and whose 判定 cell grades it, an
occupational nurse's memo of a disease and its course in one clause, a victim's
consultation sheet in continuative verbs, a community volunteer's activity memo
(protests, campaigning, a faith told by what it forbids), a drivers' record with what
followed an offence and a union section's head, a visitor log with ※ notes naming the
visitor; about no one: a grade legend with counts, a sick-leave rule, an IT outage
report, a crime-prevention notice and an election-rules notice.

No template, sentence, name or word list is shared with benchmarks/corpus_sens4_check.py
(tests/benchmarks/test_sens4_corpora.py checks the lists). The rules of sens4 were
tuned on it. Synthetic people only; truth is labelled for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc, _docx
from samples import writers as w

ONLY = {("*", "SENSITIVE")}
SURNAMES = ["柏倉", "南雲", "嵯峨", "乙部", "猪狩", "曲木", "五味", "蛭田"]
GIVEN = ["謙吾", "紗英", "隆之", "万里子", "周平", "千晶", "篤志", "季実子"]
# (所見 cell, 判定) of a check-up list; a finding in words is the truth, the grade is part of it
FINDINGS = [("胸部X線で左下肺野に浸潤影、要精検", "D"), ("心電図で心房細動、要受診", "E"), ("眼底で網膜出血、経過観察", "C"),
            ("腹部超音波で胆のうポリープ 8mm、経過観察", "C"), ("中性脂肪 412mg/dL 要再検査", "D")]
NORMAL = [("特記すべき所見なし", "A"), ("異常なし", "A")]
# a disease and its course in one clause: (sentence, category, phrase of truth)
COURSES = [("潰瘍性大腸炎で半年ごとに内視鏡検査を受けている", "病歴", "潰瘍性大腸炎で半年ごとに内視鏡検査を受けて"),
           ("気管支喘息で毎朝吸入を続けている", "病歴", "気管支喘息で毎朝吸入"),
           ("痛風のため尿酸値を下げる薬を飲んでいる", "病歴", "痛風のため尿酸値を下げる薬を飲んで"),
           ("C型肝炎ウイルスの保菌者である", "病歴", "C型肝炎ウイルスの保菌者である"),
           ("腰椎椎間板ヘルニアで来月手術の予定", "病歴", "腰椎椎間板ヘルニアで来月手術"),
           ("アキレス腱断裂で全治3か月", "病歴", "アキレス腱断裂で全治3か月")]
# a victim's account in continuative verbs: (sentence, phrase of truth)
VICTIM = [("帰宅途中に後をつけられ自宅を知られた", "後をつけられ"), ("駅の階段で突き飛ばされ足首を痛めた", "突き飛ばされ"),
          ("SNSで知り合った男に脅され金を渡した", "脅され"), ("空き巣に入られ貴金属を失った", "空き巣に入られ")]
# a belief told by an act: (sentence, category, phrase of truth)
ACTS = [("ダム建設に反対して週末ごとに座り込みをしている", "信条", "ダム建設に反対して週末ごとに座り込み"),
        ("県議選で地域政党の候補のビラ配りを手伝った", "信条", "候補のビラ配りを手伝った"),
        ("平和を守る市民の会の集会で発言した", "信条", "市民の会の集会で発言した"),
        ("豚肉を禁じる戒律を守っている", "宗教", "豚肉を禁じる戒律を守っている")]
# a drivers' record: (cell, category, phrase of truth)
RECORDS = [("信号無視で略式命令、罰金", "犯罪歴", "信号無視で略式命令"), ("酒酔い運転で免許取消", "犯罪歴", "酒酔い運転で免許取消"),
           ("保釈中(本人申告)", "犯罪歴", "保釈中"), ("ユニオン本部の書記を務める", "労働組合", "ユニオン本部の書記を務める")]
UNITS = ["物流課", "品質保証課", "設備課", "購買課"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus

    def name(self) -> str:
        return f"{self.c.pick(SURNAMES)} {self.c.pick(GIVEN)}"

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._finding_list, self._nurse_memo, self._victim_sheet,
                                              self._activity_memo, self._driver_record, self._visitor_log]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._legend, self._leave_rule, self._outage, self._prevention,
                                              self._election_rules]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _doc(self, name: str, data: bytes, truth: set) -> Doc:
        return Doc(name, data, truth | ONLY)

    def _finding_list(self, i: int) -> Doc:
        rows, truth = [["健診所見一覧"], ["社員番号", "氏名", "所見", "判定"]], set()
        for n in range(self.c.rng.randint(4, 7)):
            finding, grade = self.c.pick(FINDINGS if n % 2 == 0 else NORMAL)
            rows.append([f"K{7100 + n}", self.name(), finding, grade])
            if grade != "A":
                truth.add(("SENSITIVE", f"健康診断結果:{finding}"))
        return self._doc(f"s4d_findings{i:03d}.xlsx", w.xlsx_bytes({"所見": rows}), truth)

    def _nurse_memo(self, i: int) -> Doc:
        (sentence, category, phrase) = self.c.pick(COURSES)
        lines = [f"保健師メモ 2026/10/{i % 27 + 1:02d}", f"対象者：{self.name()}（{self.c.pick(UNITS)}）",
                 f"本人より、{sentence}とのこと。", "次回面談は来月。"]
        return self._doc(f"s4d_memo{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("SENSITIVE", f"{category}:{phrase}")})

    def _victim_sheet(self, i: int) -> Doc:
        sentence, phrase = self.c.pick(VICTIM)
        table = [["相談者", self.name()], ["相談日", "2026/09/18"], ["内容", f"{sentence}。今後の対応を相談したい。"]]
        return self._doc(f"s4d_victim{i:03d}.docx", _docx(["生活相談票"], table), {("SENSITIVE", f"犯罪被害:{phrase}")})

    def _activity_memo(self, i: int) -> Doc:
        sentence, category, phrase = self.c.pick(ACTS)
        lines = ["ボランティア活動メモ", f"{self.name()}さんは{sentence}。", "次回の清掃活動にも参加予定。"]
        return self._doc(f"s4d_activity{i:03d}.docx", _docx(lines), {("SENSITIVE", f"{category}:{phrase}")})

    def _driver_record(self, i: int) -> Doc:
        rows, truth = [["運転者", "所属", "特記事項"]], set()
        for _ in range(self.c.rng.randint(2, 4)):
            cell, category, phrase = self.c.pick(RECORDS)
            rows.append([self.name(), self.c.pick(UNITS), cell])
            truth.add(("SENSITIVE", f"{category}:{phrase}"))
        return self._doc(f"s4d_driver{i:03d}.csv", "\n".join(",".join(r) for r in rows).encode("cp932"), truth)

    def _visitor_log(self, i: int) -> Doc:
        surname, (aid, phrase) = self.c.pick(SURNAMES), self.c.pick([("全盲のため白杖を使用", "全盲"),
                                                                      ("構音障害があり筆談を希望", "構音障害")])
        lines = [f"来客記録 {self.name()} 受付", f"・{surname} {self.c.pick(GIVEN)}様 来社 14:00 打合せ",
                 f"※{surname}様は{aid}。応接室は一階を使う。"]
        return self._doc(f"s4d_visitor{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("SENSITIVE", f"障害:{phrase}")})

    def _legend(self, i: int) -> Doc:
        rows = [["判定の見方"], ["A", "異常なし"], ["C", "経過観察"], ["D", "要精密検査"], ["判定", "人数"], ["C", "12"],
                ["D", "5"], ["担当", f"健康管理室 {self.name()}"]]
        return self._doc(f"s4d_neg_legend{i:03d}.xlsx", w.xlsx_bytes({"凡例": rows}), set())

    def _leave_rule(self, i: int) -> Doc:
        lines = ["傷病休暇規程（抜粋）", "第3条 疾病で通院する場合は、事前に所属長へ届け出ること。",
                 "第4条 手術で入院する場合は診断書を提出すること。", f"所管：人事課 {self.name()}"]
        return self._doc(f"s4d_neg_rule{i:03d}.docx", _docx(lines), set())

    def _outage(self, i: int) -> Doc:
        lines = ["障害報告書", "サーバ障害で受注システムが停止し、復旧まで2時間を要した。", "回線障害のため拠点間通信を一時遮断した。",
                 f"報告者：情報システム課 {self.name()}"]
        return self._doc(f"s4d_neg_outage{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())

    def _prevention(self, i: int) -> Doc:
        lines = ["防犯のお知らせ", "後をつけられたと感じたときは、近くの店に入ってください。",
                 "不審者に脅された場合は110番へ。", f"問い合わせ：総務課 {self.name()}"]
        return self._doc(f"s4d_neg_prevention{i:03d}.docx", _docx(lines), set())

    def _election_rules(self, i: int) -> Doc:
        lines = ["選挙期間中の注意", "社内でのビラ配りや応援演説の依頼は禁止します。", "政治活動は就業時間外に行うこと。",
                 f"総務部 {self.name()}"]
        return self._doc(f"s4d_neg_election{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())
