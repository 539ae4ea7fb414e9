"""Development corpus of record12 (issue 12): a criminal record or a check-up result only where
a person has one, as a company's 人事部 and 健康管理室 write them — a 身上書 with a marked 賞罰,
a background table of people with 前科・前歴, an interview note in prose, a results roster
of 総合判定 grades, an answered 問診票, a filled 事後措置票; look-alikes with a clerk's name:
a 就業規則's grounds for dismissal, a blank application's choices (逮捕歴 有・無), a table of
penalties per misconduct, a circular about an unnamed offender, a glossary of legal words, an
unanswered 問診票 and a 事後措置票 of empty boxes.

No template, label, offence or value is shared with benchmarks/corpus_record12_check.py
(tests/benchmarks/test_checkup11_corpora.py checks the lists). Synthetic people only.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import ONLY, encoded, lines_file
from benchmarks.sens7_writers import Parts

SURNAMES = ["浅野", "小野寺", "菅原", "久保田", "平野", "矢島", "大谷", "宮下"]
GIVEN = ["健太", "真由美", "翔太", "友美", "大輔", "沙織", "直樹", "明日香"]
# an offence with the penalty that followed (the phrase a finding must overlap)
RECORDS = ["窃盗罪で罰金30万円", "傷害罪で懲役1年執行猶予3年", "横領の疑いで逮捕された", "暴行罪で罰金20万円の略式命令"]
PROSE = ["本人の申告によれば、{record}（平成30年）。", "前職在籍中に{record}との報告を受けている。"]
BACKGROUND_HEAD = ["No", "氏名", "所属", "前科・前歴"]
DEPARTMENTS = ["営業一課", "物流センター", "経理部"]
# (grade, its truth): D and C are a result; A says nothing; B (軽度異常, 心配なし) counts neither way
GRADES = [("D", "SENSITIVE"), ("C", "SENSITIVE"), ("A", None), ("B", "SENSITIVE?")]
ROSTER_HEAD = ["社員番号", "氏名", "総合判定", "受診日"]
ANSWERED = "昨年度の健診で要精密検査と言われましたか　はい（大腸）"
AFTERCARE = ["健康診断 事後措置票", "就業区分：■就業制限　□通常勤務　□要休業", "判定：D（要治療）"]
# look-alikes
RULES = ["就業規則（抜粋）", "第9章 懲戒", "懲戒解雇とする事由は次のとおりとする。",
         "(1) 禁錮以上の刑に処せられたとき", "(2) 業務上横領で起訴されたとき", "(3) 私生活上の非行で逮捕された者"]
BLANK_APPLICATION = ["中途採用 応募書類", "逮捕歴　有 ・ 無", "前科の有無　□有　□無", "※記入は任意です"]
PENALTIES = [["懲戒処分の標準例"], ["非違行為", "標準的な処分"], ["勤務時間外に窃盗で逮捕された場合", "懲戒解雇"],
             ["暴行事件で起訴されたとき", "諭旨解雇"], ["酒気帯び運転", "降格"]]
CIRCULAR = ["社内回覧：取引先を装った詐欺にご注意", "先月、県内で30代の男が詐欺の疑いで逮捕されました。",
            "不審な電話は総務部へ連絡してください。"]
GLOSSARY = [["コンプライアンス研修 用語集"], ["用語", "説明"], ["前科", "有罪判決を受けた経歴"],
            ["執行猶予", "一定期間、刑の執行を猶予する制度"], ["略式命令", "簡易裁判所が書面審理で罰金等を科す手続"]]
QUESTIONNAIRE = ["健診 事前問診票", "前回の健診で要再検査と言われましたか　はい・いいえ", "現在、治療中の病気はありますか　はい・いいえ"]
# a 保護司's activity report: the probation is the youths', not the volunteer's
VOLUNTEER = ["保護司活動報告", "保護観察中の少年との面接を月2回実施した。"]
# a victim's record: the crime suffered is theirs, the other party's sentence is not their record
SUFFERED = "投資詐欺の被害に遭い、相手方は有罪判決を受けた。"
# a health system's export: its legend of grade codes (a look-alike) and one person's record
CODES = [("C", "要経過観察"), ("D", "要精密検査"), ("E", "治療中")]
BLANK_AFTERCARE = ["健康診断 事後措置票（産業医記入）", "就業区分：□通常勤務　□就業制限　□要休業", "医師意見："]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "r12d", SURNAMES, GIVEN, " ")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._personal, self._background, self._interview, self._roster, self._answered, self._aftercare,
                  self._exported, self._suffered]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._rules, self._blank_application, self._penalties, self._circular, self._glossary,
                  self._questionnaire, self._blank_aftercare, self._codes, self._volunteer]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _personal(self, i: int) -> Doc:
        """A 身上書: 賞罰 with its box marked and what it was."""
        record = self.c.pick(RECORDS)
        lines = ["身上書", f"氏名：{self.w.name()}", f"賞罰：■有 □無　{record}（令和2年）"]
        fmt = self.c.pick(["docx", "txt", "odt"])
        return Doc(f"r12d_personal{i:03d}.{fmt}", lines_file(lines, fmt), {ONLY, ("SENSITIVE", f"犯罪歴:{record}")})

    def _background(self, i: int) -> Doc:
        """A table of people, one with a record, the others with none."""
        record = self.c.pick(RECORDS)
        rows = [["身元調査結果一覧"], BACKGROUND_HEAD]
        rows += [[str(n + 1), self.w.name(), self.c.pick(DEPARTMENTS), record if n == 1 else "なし"] for n in range(4)]
        fmt = self.c.pick(["xlsx", "tsv", "csv"])
        return Doc(f"r12d_background{i:03d}.{fmt}", encoded(rows, fmt), {ONLY, ("SENSITIVE", f"犯罪歴:{record}")})

    def _interview(self, i: int) -> Doc:
        record = self.c.pick(RECORDS)
        lines = ["面談記録", f"対象者：{self.w.name()}", self.c.pick(PROSE).format(record=record)]
        fmt = self.c.pick(["md", "rtf", "docx"])
        return Doc(f"r12d_interview{i:03d}.{fmt}", lines_file(lines, fmt), {ONLY, ("SENSITIVE", f"犯罪歴:{record}")})

    def _roster(self, i: int) -> Doc:
        """A results roster: a grade of C or worse is the person's result, A and B say nothing."""
        picked = [self.c.pick(GRADES) for _ in range(4)]
        picked[0] = GRADES[i % 2]
        rows = [["定期健康診断 結果一覧"], ROSTER_HEAD]
        rows += [[f"E{100 + n}", self.w.name(), grade, "5/21"] for n, (grade, _) in enumerate(picked)]
        truth = {(kind, f"健康診断結果:{grade}") for grade, kind in picked if kind}
        fmt = self.c.pick(["xlsx", "tsv"])
        return Doc(f"r12d_roster{i:03d}.{fmt}", encoded(rows, fmt), {ONLY} | truth)

    def _answered(self, i: int) -> Doc:
        lines = ["健診 事前問診票（回答済）", f"氏名：{self.w.name()}", ANSWERED]
        return Doc(f"r12d_answered{i:03d}.txt", lines_file(lines, "txt"), {ONLY, ("SENSITIVE", "健康診断結果:要精密検査")})

    def _aftercare(self, i: int) -> Doc:
        lines = [AFTERCARE[0], f"氏名：{self.w.name()}", *AFTERCARE[1:]]
        fmt = self.c.pick(["docx", "odt"])
        truth = {ONLY, ("SENSITIVE", "健康診断結果:D(要治療)"), ("SENSITIVE", "健康診断結果:■就業制限")}  # the measure chosen
        return Doc(f"r12d_aftercare{i:03d}.{fmt}", lines_file(lines, fmt), truth)

    def _exported(self, i: int) -> Doc:
        code, label = CODES[i % 2]
        record = {"employee": self.w.name(), "overall": code, "judgement": label, "year": 2026}
        data = json.dumps(record, ensure_ascii=False).encode("utf-8")
        return Doc(f"r12d_exported{i:03d}.json", data, {ONLY, ("SENSITIVE", f"健康診断結果:{label}")})

    def _suffered(self, i: int) -> Doc:
        lines = ["被害相談記録", f"相談者：{self.w.name()}", SUFFERED]
        fmt = self.c.pick(["txt", "docx"])
        return Doc(f"r12d_suffered{i:03d}.{fmt}", lines_file(lines, fmt), {ONLY, ("SENSITIVE", "犯罪被害:被害に遭い")})

    def _volunteer(self, i: int) -> Doc:
        lines = [VOLUNTEER[0], f"保護司：{self.w.name()}", *VOLUNTEER[1:]]
        return self.w.about_no_one(i, "volunteer", lines, self.c.pick(["txt", "odt"]))

    def _codes(self, i: int) -> Doc:
        legend = {"grades": [{"code": code, "label": label} for code, label in CODES], "updated_by": self.w.name()}
        data = json.dumps(legend, ensure_ascii=False).encode("utf-8")
        return Doc(f"r12d_neg_codes{i:03d}.json", data, {ONLY})

    def _signed(self, lines: list[str]) -> list[str]:
        return [*lines, f"担当：{self.w.name()}"]

    def _rules(self, i: int) -> Doc:
        return self.w.about_no_one(i, "rules", self._signed(RULES), self.c.pick(["txt", "docx"]))

    def _blank_application(self, i: int) -> Doc:
        lines = [BLANK_APPLICATION[0], f"氏名：{self.w.name()}", *BLANK_APPLICATION[1:]]
        return self.w.about_no_one(i, "application", lines, self.c.pick(["odt", "txt"]))

    def _penalties(self, i: int) -> Doc:
        rows = PENALTIES + [["作成", self.w.name()]]
        fmt = self.c.pick(["xlsx", "tsv"])
        return Doc(f"r12d_neg_penalties{i:03d}.{fmt}", encoded(rows, fmt), {ONLY})

    def _circular(self, i: int) -> Doc:
        return self.w.about_no_one(i, "circular", self._signed(CIRCULAR), self.c.pick(["md", "docx"]))

    def _glossary(self, i: int) -> Doc:
        return Doc(f"r12d_neg_glossary{i:03d}.tsv", encoded(GLOSSARY + [["作成", self.w.name()]], "tsv"), {ONLY})

    def _questionnaire(self, i: int) -> Doc:
        lines = [QUESTIONNAIRE[0], f"氏名：{self.w.name()}", *QUESTIONNAIRE[1:]]
        return self.w.about_no_one(i, "questionnaire", lines, self.c.pick(["txt", "rtf"]))

    def _blank_aftercare(self, i: int) -> Doc:
        lines = [BLANK_AFTERCARE[0], f"氏名：{self.w.name()}", *BLANK_AFTERCARE[1:]]
        return self.w.about_no_one(i, "aftercare", lines, self.c.pick(["docx", "odt"]))
