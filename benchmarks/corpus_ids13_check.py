"""Check corpus for issue 12's ids13 work, written apart from corpus_ids13_dev.py (no
list, label word or kind of document in common): a university's international office
and a ryokan's front desk — a guest register of label-value pairs two to a row, a
student list in YAML under romaji keys, an exchange office's CSV with no header line,
a visa letter in a mail saying 旅券（番号 …）, an HTML sheet with one student to a
column, a shuttle bus drivers' register in ODT, a residence-card copy log naming
特別永住者証明書 over a bare No. Look-alikes: a booking site's reservation codes in a
passport's shape, the front desk manual's sample number. The rules were never tuned
on it.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc, _docx
from benchmarks.ids5_formats import Numbers, odf_bytes
from benchmarks.travel9_values import TravelNumbers
from samples import writers as w

SCORED = ("PASSPORT", "RESIDENCE_CARD", "DRIVERS_LICENSE")
_SCORED = {("*", e) for e in SCORED}
GUESTS = [("SMITH EMILY", "英国"), ("MULLER JONAS", "ドイツ"), ("TANAKA KEN", "米国"), ("SOMCHAI KAEW", "タイ")]
SCHOLARS = [("BATBAYAR ENKH", "モンゴル", "留学"), ("PUTRI SARI", "インドネシア", "留学"),
            ("CHEN YUTING", "台湾", "家族滞在"), ("PARK JIWOO", "韓国", "特別永住者")]
BUS_CREW = ["堀 恵一", "野々村 亜希", "平田 誠司"]


class CheckIds13(TravelNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 173 + 31))
        self.numbers = Numbers(self.rng)

    def travel_id(self) -> str:
        """A guest's or a student's passport: a US one of nine digits, others of letters and digits."""
        return self.pick([self.digits(9), self.letters(1) + self.digits(8), self.letters(2) + self.digits(7),
                          self.letters(1) + self.digits(7) + self.letters(1)])

    def register_docx(self, i: int) -> Doc:
        """A ryokan's guest register: label-value pairs, two to a row."""
        name, nation = self.pick(GUESTS)
        number = self.travel_id()
        table = [["宿泊者", name, "国籍", nation], ["旅券番号", number, "到着日", "2026/11/20"],
                 ["出発日", "2026/11/23", "室番", "305"]]
        return Doc(f"ids13c_register{i:03d}.docx", _docx(["宿泊者カード"], table), {("PASSPORT", number)} | _SCORED)

    def students_yaml(self, i: int) -> Doc:
        """A student list under romaji keys."""
        lines, truth = [], set()
        for name, nation, status in SCHOLARS[:3]:
            number, card = self.travel_id(), self.residence_card()
            lines += [f"- gakusei: {name}", f"  kokuseki: {nation}", f"  zairyu_shikaku: {status}",
                      f"  ryoken_bango: {number}", f"  zairyu_card_bango: {card.lower()}"]
            truth |= {("PASSPORT", number), ("RESIDENCE_CARD", card)}
        return Doc(f"ids13c_students{i:03d}.yaml", "\n".join(lines).encode(), truth | _SCORED)

    def exchange_csv(self, i: int) -> Doc:
        """An exchange office's CSV with no header line: id, name, country, status, passport."""
        lines, truth = [], set()
        for n, (name, nation, status) in enumerate(SCHOLARS):
            number = self.letters(1) + self.digits(self.pick([7, 8]))
            lines.append(",".join([f"S{26000 + n}", name, nation, status, "2027-03-31", number]))
            truth.add(("PASSPORT", number))
        return Doc(f"ids13c_exchange{i:03d}.csv", "\r\n".join(lines).encode("cp932"), truth | _SCORED)

    def visa_eml(self, i: int) -> Doc:
        """A visa support letter in a mail: the passport in brackets after 旅券."""
        name, nation, _ = self.pick(SCHOLARS)
        number = self.travel_id()
        body = (f"入国管理局 御中\n\n本学は、{nation}国籍の{name}（旅券（番号 {number}）所持）を"
                "研究生として受け入れることを証明します。\n\n国際交流課")
        data = w.make_eml("在籍証明の件", "kokusai@univ.example.ac.jp", "office@example.jp", body)
        return Doc(f"ids13c_visa{i:03d}.eml", data, {("PASSPORT", number)} | _SCORED)

    def sheet_html(self, i: int) -> Doc:
        """A sheet with one student to a column (labels down the left)."""
        people = SCHOLARS[:3]
        cards = [self.residence_card() for _ in people]
        rows = [["学生氏名"] + [p[0] for p in people], ["在留カード番号"] + cards, ["在籍"] + ["学部"] * 3]
        html = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
        return Doc(f"ids13c_sheet{i:03d}.html", html.encode(), {("RESIDENCE_CARD", c) for c in cards} | _SCORED)

    def crew_odt(self, i: int) -> Doc:
        """A shuttle bus drivers' register: the licence written 第…号."""
        rows, truth = [["運転者", "免許証番号", "区分"]], set()
        for name in BUS_CREW:
            number = self.numbers.licence()
            rows.append([name, f"第{number}号", "大型二種"])
            truth.add(("DRIVERS_LICENSE", number))
        return Doc(f"ids13c_crew{i:03d}.odt", odf_bytes("text", ["送迎車両 運転者名簿"], {"T": rows}), truth | _SCORED)

    def copies_xlsx(self, i: int) -> Doc:
        """A copy log of cards: the kind in one column, its number under a bare No."""
        rows, truth = [["写し保管簿"], ["学生", "書類", "No."]], set()
        for name, _, status in SCHOLARS:
            kind = "特別永住者証明書" if status == "特別永住者" else "在留カード"
            card = self.residence_card()
            rows.append([name, kind, card])
            truth.add(("RESIDENCE_CARD", card))
        return Doc(f"ids13c_copies{i:03d}.xlsx", w.xlsx_bytes({"S": rows}), truth | _SCORED)

    def bookings_csv(self, i: int) -> Doc:
        """A booking site's export: reservation codes in a passport's shape."""
        lines, truth = ["予約コード,宿泊日,人数"], set()
        for _ in range(3):
            code = self.letters(2) + self.digits(7)
            lines.append(f"{code},2026-12-0{self.rng.randint(1, 9)},2")
            truth.add(("~PASSPORT", code))
        return Doc(f"ids13c_bookings{i:03d}.csv", "\n".join(lines).encode(), truth | _SCORED)

    def manual_odt(self, i: int) -> Doc:
        """The front desk manual: a sample number printed after 見本."""
        number = self.letters(2) + self.digits(7)
        lines = ["フロント業務マニュアル", "外国籍のお客様は旅券を確認し、番号を控えます。", f"見本：{number}"]
        return Doc(f"ids13c_manual{i:03d}.odt", odf_bytes("text", lines), {("~PASSPORT", number)} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.register_docx, self.students_yaml, self.exchange_csv, self.visa_eml, self.sheet_html,
                 self.crew_odt, self.copies_xlsx, self.bookings_csv, self.manual_odt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def menu_md(self, i: int) -> Doc:
        lines = ["# 夕食のご案内", "会席料理は18時から。", "パスポートをお持ちの方は免税手続きができます。"]
        return Doc(f"ids13c_clean_menu{i:03d}.md", "\n".join(lines).encode())

    def negatives(self, count: int) -> list[Doc]:
        return [self.menu_md(i) for i in range(count)]
