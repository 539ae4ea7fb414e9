"""Check corpus of record12 (issue 12), another writer's habits: a lawyer's office, a security
company and a health-check organisation — a client card whose 刑事記録 field is filled, a
guard's screening register with a record in one row, a case memo in prose, a 結果一覧 of
Ｅ-graded rows told in words, a question answered with はい, a judgement sheet with its
box ticked; look-alikes with a staff name: a lease's and a licence's disqualifications, a
pledge form's blank choices (（ 有 ／ 無 ）), an incident log's unnamed offender, a crime
prevention leaflet, an unanswered interview sheet, a judgement sheet of unticked boxes.

Written apart from benchmarks/corpus_record12_dev.py: no template, label, offence or value in
common (tests/benchmarks/test_checkup11_corpora.py). Synthetic people only.
"""

from __future__ import annotations

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import ONLY, encoded, lines_file
from benchmarks.sens7_writers import Parts

SURNAMES = ["赤松", "五十嵐", "柴崎", "早川", "森岡", "藤堂", "関口", "千葉"]
GIVEN = ["悠真", "若菜", "涼介", "瑞穂", "颯太", "麻衣", "圭", "香織"]
OFFENCES = ["詐欺罪により懲役2年の実刑判決を受け服役した", "暴行の容疑で現行犯逮捕された",
            "住居侵入罪で起訴された", "器物損壊罪で罰金10万円"]
CARD = ["法律相談カード", "刑事記録：{offence}（2022年）", "相談内容：今後の就職について"]
REGISTER_HEAD = ["登録番号", "警備員氏名", "配置先", "経歴確認結果"]
POSTS = ["駅前ビル", "物流倉庫", "市民ホール"]
MEMO = ["接見メモ", "依頼人{name}氏は、{offence}。反省の態度を示している。"]
SHEET_HEAD = ["受診者名", "判定", "所見"]
FINDINGS = [("Ｅ", "治療継続（糖尿病）", True), ("Ｄ２", "精密検査必要（便潜血陽性）", True), ("Ａ", "特記事項なし", False)]
ASKED = "前年に精密検査が必要と指摘されましたか→はい"
TICKED = ["判定結果票", "判定結果：☑要精密検査　☐異常なし　☐要経過観察"]
# look-alikes
LEASE = ["賃貸借契約書 第18条（契約の解除）", "・賃借人が有罪判決が確定したとき",
         "・賃借人又は同居人が禁固以上の刑に処せられた者であることが判明したとき"]
LICENCE = ["警備員の欠格事由", "・禁錮以上の刑に処せられ、その執行を終わってから5年を経過しない者",
           "・警備業法違反で罰金の刑に処せられた者"]
PLEDGE = ["入居者誓約書", "犯罪歴の有無：（ 有 ／ 無 ）", "反社会的勢力に該当しないことを誓約します。"]
INCIDENT = [["巡回記録"], ["時刻", "事象", "処置"], ["23:40", "駐輪場で自転車盗の少年らを発見、窃盗の疑いで警察が補導された", "通報"],
            ["02:15", "異常なし", "―"]]
LEAFLET = ["防犯ニュース 第12号", "管内では高齢者を狙ったなりすまし詐欺で20代の女性が逮捕されています。",
           "不審な訪問には応じないでください。"]
INTERVIEW_SHEET = ["受診前アンケート", "精密検査が必要と言われたことがありますか（はい・いいえ）",
                   "前回の判定で要治療となりましたか（はい・いいえ）"]
# a victim support desk's table: the crime each client suffered, and what befell the offender
SUPPORT_HEAD = ["支援対象者", "被害の種類", "加害者の処分"]
SUPPORT_ROWS = [("傷害", "懲役2年執行猶予4年"), ("強盗", "実刑判決")]
# a results web page: its table of grades and meanings (a look-alike), and a page of people's grades
RANKS = [("Ｃ", "経過観察が必要"), ("Ｄ２", "二次検査を受けてください"), ("Ｅ", "治療を継続してください")]
UNTICKED = ["判定結果票（医師記入）", "判定結果：☐異常なし　☐要経過観察　☐要精密検査　☐要治療"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "r12c", SURNAMES, GIVEN, "　")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._card, self._register, self._memo, self._sheet, self._asked, self._ticked, self._page, self._support]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._lease, self._licence, self._pledge, self._incident, self._leaflet, self._interview,
                  self._unticked, self._ranks]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _card(self, i: int) -> Doc:
        offence = self.c.pick(OFFENCES)
        lines = [CARD[0], f"相談者氏名　{self.w.name()}", *(line.format(offence=offence) for line in CARD[1:])]
        fmt = self.c.pick(["rtf", "odt", "md"])
        return Doc(f"r12c_card{i:03d}.{fmt}", lines_file(lines, fmt), {ONLY, ("SENSITIVE", f"犯罪歴:{offence}")})

    def _register(self, i: int) -> Doc:
        offence = self.c.pick(OFFENCES)
        rows = [["警備員 経歴確認台帳"], REGISTER_HEAD]
        rows += [[f"G-{210 + n}", self.w.name(), self.c.pick(POSTS), offence if n == 2 else "問題なし"] for n in range(4)]
        fmt = self.c.pick(["csv", "xlsx"])
        return Doc(f"r12c_register{i:03d}.{fmt}", encoded(rows, fmt), {ONLY, ("SENSITIVE", f"犯罪歴:{offence}")})

    def _memo(self, i: int) -> Doc:
        offence = self.c.pick(OFFENCES)
        lines = [MEMO[0], MEMO[1].format(name=self.w.name(), offence=offence)]
        return Doc(f"r12c_memo{i:03d}.docx", lines_file(lines, "docx"), {ONLY, ("SENSITIVE", f"犯罪歴:{offence}")})

    def _sheet(self, i: int) -> Doc:
        """A 結果一覧 whose rows carry a grade and its finding told in words."""
        picked = [FINDINGS[i % 2], self.c.pick(FINDINGS), FINDINGS[2]]
        rows = [["健診結果一覧表"], SHEET_HEAD] + [[self.w.name(), grade, told] for grade, told, _ in picked]
        truth = {("SENSITIVE", f"健康診断結果:{told}") for _, told, bad in picked if bad}
        fmt = self.c.pick(["tsv", "xlsx"])
        return Doc(f"r12c_sheet{i:03d}.{fmt}", encoded(rows, fmt), {ONLY} | truth)

    def _asked(self, i: int) -> Doc:
        lines = ["受診前アンケート（記入済）", f"お名前　{self.w.name()}", ASKED]
        return Doc(f"r12c_asked{i:03d}.md", lines_file(lines, "md"), {ONLY, ("SENSITIVE", "健康診断結果:精密検査が必要")})

    def _ticked(self, i: int) -> Doc:
        lines = [TICKED[0], f"受診者　{self.w.name()}", TICKED[1]]
        return Doc(f"r12c_ticked{i:03d}.rtf", lines_file(lines, "rtf"), {ONLY, ("SENSITIVE", "健康診断結果:☑要精密検査")})

    def _html(self, title: str, rows: list[list[str]]) -> bytes:
        cells = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        return f"<html><body><h3>{title}</h3><table>{cells}</table></body></html>".encode("utf-8")

    def _page(self, i: int) -> Doc:
        rank, told = RANKS[i % 2]
        rows = [["受診者名", "判定", "コメント"], [self.w.name(), rank, told], [self.w.name(), "Ａ", "特記事項なし"]]
        return Doc(f"r12c_page{i:03d}.html", self._html("健診結果照会", rows), {ONLY, ("SENSITIVE", f"健康診断結果:{told}")})

    def _support(self, i: int) -> Doc:
        rows = [["被害者支援 受付台帳"], SUPPORT_HEAD] + [[self.w.name(), kind, fate] for kind, fate in SUPPORT_ROWS]
        truth = {("SENSITIVE", f"犯罪被害:{kind}") for kind, _ in SUPPORT_ROWS}
        fmt = self.c.pick(["tsv", "xlsx"])
        return Doc(f"r12c_support{i:03d}.{fmt}", encoded(rows, fmt), {ONLY} | truth)

    def _ranks(self, i: int) -> Doc:
        rows = [["", "判定", "意味"], *[["", rank, told] for rank, told in RANKS], ["", "更新", self.w.name()]]
        return Doc(f"r12c_neg_ranks{i:03d}.html", self._html("判定のめやす", rows), {ONLY})

    def _staff(self, lines: list[str]) -> list[str]:
        return [*lines, f"作成者　{self.w.name()}"]

    def _lease(self, i: int) -> Doc:
        return self.w.about_no_one(i, "lease", self._staff(LEASE), self.c.pick(["rtf", "odt"]))

    def _licence(self, i: int) -> Doc:
        return self.w.about_no_one(i, "licence", self._staff(LICENCE), self.c.pick(["md", "docx"]))

    def _pledge(self, i: int) -> Doc:
        lines = [PLEDGE[0], f"申込者　{self.w.name()}", *PLEDGE[1:]]
        return self.w.about_no_one(i, "pledge", lines, self.c.pick(["odt", "rtf"]))

    def _incident(self, i: int) -> Doc:
        rows = INCIDENT + [["記録者", self.w.name(), ""]]
        fmt = self.c.pick(["csv", "xlsx"])
        return Doc(f"r12c_neg_incident{i:03d}.{fmt}", encoded(rows, fmt), {ONLY})

    def _leaflet(self, i: int) -> Doc:
        return self.w.about_no_one(i, "leaflet", self._staff(LEAFLET), "md")

    def _interview(self, i: int) -> Doc:
        lines = [INTERVIEW_SHEET[0], f"お名前　{self.w.name()}", *INTERVIEW_SHEET[1:]]
        return self.w.about_no_one(i, "interview", lines, self.c.pick(["rtf", "md"]))

    def _unticked(self, i: int) -> Doc:
        lines = [UNTICKED[0], f"受診者　{self.w.name()}", UNTICKED[1]]
        return self.w.about_no_one(i, "unticked", lines, self.c.pick(["odt", "docx"]))
