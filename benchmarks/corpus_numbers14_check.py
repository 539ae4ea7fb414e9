"""Check corpus for issue 12's numbers14 work, written by another hand than
benchmarks/corpus_numbers14_dev.py (no template, word list or kind of document in common):
a staffing agency's registers of dispatched workers and a language school's foreign
students. Its habits: one worker to a column, labels above values in a form, a register
whose header names the insurance over a second row of 記号番号 / 被保険者番号, nested JSON,
XML attributes, an ODT or RTF of key-value lines, a 離職票's text, a markdown memo, and
residence cards written with hyphens or spaces under English or abbreviated headers.

Look-alikes: the agency's 適用事業所番号 (4-6-1), its 労働保険番号, a ハローワーク's phone,
a student's 学籍番号 in a card-like shape (no card).

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from benchmarks.corpus import Doc
from benchmarks.ids5_formats import odf_bytes, rtf_bytes
from benchmarks.travel9_values import TravelNumbers, hyphened
from samples import writers as w

SCORED = ("BASIC_PENSION_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER", "RESIDENCE_CARD", "PASSPORT")
_SCORED = {("*", e) for e in SCORED}
WORKERS = ["宮本 修一", "荒井 千尋", "北村 翔太", "平田 麻衣", "望月 浩", "関 美咲", "永井 亮"]
SITES = ["第二倉庫", "本社受付", "物流センター", "工場ライン"]
STUDENTS = [("TRAN VAN HUNG", "Vietnam"), ("ZHANG WEI", "China"), ("THAPA RAMESH", "Nepal"),
            ("KIM MINJI", "Korea"), ("DELA CRUZ JOY", "Philippines")]
VISAS = ["留学", "特定活動", "日本人の配偶者等", "定住者"]


class CheckNumbers14(TravelNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 89 + 41))

    def nenkin(self) -> tuple[str, str]:
        body = f"{self.rng.randint(1, 9)}{self.digits(9)}"
        return body, self.pick([f"{body[:4]}-{body[4:]}", body, f"{body[:4]}‐{body[4:]}", f"{body[:4]}ｰ{body[4:]}"])

    def koyo(self) -> tuple[str, str]:
        body = f"{self.rng.randint(1, 9)}{self.digits(10)}"
        return body, self.pick([f"{body[:4]}-{body[4:10]}-{body[10]}", body, f"{body[:4]}－{body[4:10]}－{body[10]}",
                                f"{body[:4]} {body[4:10]} {body[10]}"])

    def establishment(self) -> str:
        return f"{self.digits(4)}-{self.digits(6)}-{self.digits(1)}"

    def crew(self, n: int) -> list[str]:
        return self.rng.sample(WORKERS, n)

    # --- pension and employment insurance ------------------------------------------------

    def register_tsv(self, i: int) -> Doc:
        """Two header rows: 年金 | 雇用保険 over 記号番号 | 被保険者番号; the employer's number above."""
        office = self.establishment()
        lines, truth = [f"派遣元事業所 適用事業所番号 {office}", "登録No\t氏名\t年金\t雇用保険\t派遣先",
                        "\t\t記号番号\t被保険者番号\t"], {("~EMPLOYMENT_INSURANCE_NUMBER", office.replace("-", ""))}
        for n, who in enumerate(self.crew(4)):
            (p, pw), (e, ew) = self.nenkin(), self.koyo()
            lines.append(f"H{n + 21:03d}\t{who}\t{pw}\t{ew}\t{self.pick(SITES)}")
            truth |= {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)}
        return Doc(f"n14c_register{i:03d}.tsv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def columns_ods(self, i: int) -> Doc:
        """One worker to a column, the labels down column A."""
        people, truth = self.crew(3), set()
        pensions, insureds = [self.nenkin() for _ in people], [self.koyo() for _ in people]
        rows = [["項目"] + people, ["年金記号番号"] + [pw for _, pw in pensions],
                ["雇用保険の被保険者番号"] + [ew for _, ew in insureds], ["就業場所"] + [self.pick(SITES) for _ in people]]
        truth |= {("BASIC_PENSION_NUMBER", p) for p, _ in pensions} | {("EMPLOYMENT_INSURANCE_NUMBER", e) for e, _ in insureds}
        return Doc(f"n14c_columns{i:03d}.ods", odf_bytes("spreadsheet", tables={"派遣スタッフ": rows}), truth | _SCORED)

    def entry_odt(self, i: int) -> Doc:
        """A registration form: each label's value on the line below it."""
        who, (p, pw), (e, ew) = self.pick(WORKERS), self.nenkin(), self.koyo()
        lines = ["派遣スタッフ登録票", "氏名", who, "年金手帳の番号", pw, "雇用保険被保険者証の番号", ew, "希望勤務地", self.pick(SITES)]
        return Doc(f"n14c_entry{i:03d}.odt", odf_bytes("text", lines),
                   {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)} | _SCORED)

    def nested_json(self, i: int) -> Doc:
        workers, truth = [], set()
        for who in self.crew(3):
            (p, pw), (e, ew) = self.nenkin(), self.koyo()
            keys = self.pick([("nenkinNo", "koyouNo"), ("PENSION_NO", "EI_NUMBER"), ("pensionNumber", "empInsuranceNo")])
            workers.append({"shimei": who, "shaho": dict(zip(keys, (pw, ew))), "haken_saki": self.pick(SITES)})
            truth |= {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)}
        return Doc(f"n14c_nested{i:03d}.json", json.dumps({"workers": workers}, ensure_ascii=False).encode(), truth | _SCORED)

    def attributes_xml(self, i: int) -> Doc:
        items, truth = "", set()
        for who in self.crew(3):
            (p, pw), (e, ew) = self.nenkin(), self.koyo()
            keys = self.pick([("pension_no", "ei_no"), ("nenkin", "koyou"), ("NenkinBango", "EmpInsNo")])
            items += f'<worker name="{who}" {keys[0]}="{pw}" {keys[1]}="{ew}"/>'
            truth |= {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)}
        return Doc(f"n14c_attributes{i:03d}.xml", f"<roster>{items}</roster>".encode(), truth | _SCORED)

    def separation_rtf(self, i: int) -> Doc:
        """離職票's text: the employer's 事業所番号 and the person's 被保険者番号 in one table."""
        office, who, (e, ew) = self.establishment(), self.pick(WORKERS), self.koyo()
        table = [["①被保険者番号", ew], ["②事業所番号", office], ["③離職者氏名", who], ["④離職年月日", "令和8年3月31日"]]
        return Doc(f"n14c_separation{i:03d}.rtf", rtf_bytes(["雇用保険被保険者離職票－２"], table),
                   {("EMPLOYMENT_INSURANCE_NUMBER", e), ("~EMPLOYMENT_INSURANCE_NUMBER", office.replace("-", ""))}
                   | _SCORED)

    def memo_md(self, i: int) -> Doc:
        who, (p, pw), (e, ew) = self.pick(WORKERS), self.nenkin(), self.koyo()
        lines = [f"# 手続メモ（{who}）", f"- 年金No: {pw}", f"- 雇保 被保番号: {ew}",
                 f"- ハローワーク 電話 0{self.digits(2)}-{self.digits(4)}-{self.digits(4)}",
                 f"- 労働保険番号 {self.digits(2)}-{self.digits(1)}-{self.digits(2)}-{self.digits(6)}-{self.digits(3)}"]
        return Doc(f"n14c_memo{i:03d}.md", "\n".join(lines).encode(),
                   {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)} | _SCORED)

    def report_txt(self, i: int) -> Doc:
        """A dispatch report's lines: seq, name, the two numbers, site (and the agency's 事業所番号),
        separated by spaces or bars."""
        lines, truth = [f"派遣者一覧（{self.pick(SITES)}）"], set()
        sep, tail = self.pick([" ", " | "]), self.pick([[], [self.establishment()]])  # the agency's number last
        truth |= {("~EMPLOYMENT_INSURANCE_NUMBER", number.replace("-", "")) for number in tail}
        for n, who in enumerate(self.crew(3)):
            p, e = self.nenkin()[0], self.koyo()[0]
            lines.append(sep.join([f"{n + 1:02d}", who, f"{p[:4]}-{p[4:]}", f"{e[:4]}-{e[4:10]}-{e[10]}", self.pick(SITES)]
                                  + tail))
            truth |= {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)}
        return Doc(f"n14c_report{i:03d}.txt", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def warranty_csv(self, i: int) -> Doc:
        """Look-alikes: a register of products under warranty, its columns named: a warranty's
        number and a model's serial in the two shapes."""
        pairs = [(self.establishment(), f"{self.rng.randint(1, 9)}{self.digits(3)}-{self.digits(6)}") for _ in range(3)]
        body = "\n".join(f"{warranty},{serial},KX-{self.digits(3)}" for warranty, serial in pairs)
        kinds = ("~EMPLOYMENT_INSURANCE_NUMBER", "~BASIC_PENSION_NUMBER")
        truth = {(kind, value.replace("-", "")) for pair in pairs for kind, value in zip(kinds, pair)}
        return Doc(f"n14c_warranty{i:03d}.csv", ("保証書No,シリアル,型式\n" + body).encode("cp932"), truth | _SCORED)

    def procedures_odt(self, i: int) -> Doc:
        """A handover memo by insurance: ■ headings, each 被保険者番号 on a line of its own."""
        who, (p, pw), (e, ew) = self.pick(WORKERS), self.nenkin(), self.koyo()
        order = self.pick([(("■国民年金", pw), ("■雇用保険", ew)), (("■雇用保険", ew), ("■年金（第2号被保険者）", pw))])
        lines = [f"{who}さん 手続き引継ぎ"] + [line for head, number in order for line in (head, f"被保険者番号 {number}")]
        return Doc(f"n14c_procedures{i:03d}.odt", odf_bytes("text", lines),
                   {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)} | _SCORED)

    # --- residence cards beside passports -------------------------------------------------

    def students_tsv(self, i: int) -> Doc:
        """English headers in the school's order: Passport No. before Residence Card No."""
        lines, truth = ["Student\tNationality\tPassport No.\tResidence Card No.\tVisa\tExpiry"], set()
        for name, land in self.rng.sample(STUDENTS, 3):
            card, passport = self.residence_card(), self.foreign_passport()
            lines.append(f"{name}\t{land}\t{passport}\t{self.pick([card, hyphened(card)])}\t{self.pick(VISAS)}\t2027-09-30")
            truth |= {("RESIDENCE_CARD", card), ("PASSPORT", passport)}
        return Doc(f"n14c_students{i:03d}.tsv", "\n".join(lines).encode(), truth | _SCORED)

    def identity_html(self, i: int) -> Doc:
        """One column for whichever document a student showed: ID No. (Passport / Residence Card)."""
        rows, truth = "", set()
        for name, land in self.rng.sample(STUDENTS, 4):
            card = self.residence_card()
            shown = self.pick([card, hyphened(card), card.lower(), self.foreign_passport()])
            truth.add(("PASSPORT", shown) if len(shown) < 12 else ("RESIDENCE_CARD", card))
            rows += f"<tr><td>{name}</td><td>{land}</td><td>{shown}</td></tr>"
        html = ("<html><body><p>本人確認記録</p><table><tr><th>Name</th><th>Country</th>"
                f"<th>ID No. (Passport / Residence Card)</th></tr>{rows}</table></body></html>")
        return Doc(f"n14c_identity{i:03d}.html", html.encode(), truth | _SCORED)

    def abbreviated_pptx(self, i: int) -> Doc:
        """A slide's table under abbreviated headers (在留No | PP番号), the card in lower case."""
        rows, truth = [["氏名", "在留No", "PP番号", "資格"]], set()
        for name, _ in self.rng.sample(STUDENTS, 2):
            card, passport = self.residence_card(), self.foreign_passport()
            rows.append([name, self.pick([card.lower(), card]), passport, self.pick(VISAS)])
            truth |= {("RESIDENCE_CARD", card), ("PASSPORT", passport)}
        return Doc(f"n14c_abbreviated{i:03d}.pptx", _pptx(rows), truth | _SCORED)

    def documents_csv(self, i: int) -> Doc:
        """The school's enrolment list: one column for the card, or the passport of a student
        without one yet, its header naming both (the passport's word last)."""
        lines, truth = [f"学生氏名,国・地域,{self.pick(['在留カード又はパスポート番号', '在留カード・パスポートNo.'])},コース"], set()
        for name, land in self.rng.sample(STUDENTS, 3):
            card = self.residence_card()
            shown = self.pick([card, card, card.lower(), f"{card[:2]} {card[2:6]} {card[6:10]} {card[10:]}",
                               self.foreign_passport()])
            truth.add(("PASSPORT", shown) if len(shown) < 12 else ("RESIDENCE_CARD", card))
            lines.append(f"{name},{land},{shown},{self.pick(['進学', '一般'])}")
        return Doc(f"n14c_documents{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.register_tsv, self.columns_ods, self.entry_odt, self.nested_json, self.attributes_xml,
                 self.separation_rtf, self.memo_md, self.report_txt, self.warranty_csv, self.procedures_odt,
                 self.students_tsv, self.abbreviated_pptx, self.identity_html, self.documents_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        """A student list: 学籍番号 in letters and digits, phones; no card, no insurance."""
        docs = []
        for i in range(count):
            lines = ["学籍番号,クラス,教室", *(f"ST{self.digits(8)}JP,{self.pick(['A', 'B'])}組,{self.rng.randint(201, 305)}"
                                              for _ in range(3))]
            docs.append(Doc(f"n14c_clean_class{i:03d}.csv", "\n".join(lines).encode()))
        return docs


def _pptx(rows: list[list[str]]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.pptx"
        w.write_pptx(path, "在籍者確認", rows)
        return path.read_bytes()
