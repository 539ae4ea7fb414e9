"""Check corpus for issue 12's travel9 work, written by another hand than
benchmarks/corpus_travel9_dev.py (no template, name, label or word list in common): a
Japanese-language school and a visa-support office (行政書士事務所) — an ODS class list
in English (Nationality, Status of Residence, Passport Number, Card number), an XML
export of applicants under <PassportNo> and <ZairyuCardNo>, a YAML case file with
snake_case keys and a lower-case passport, a mail whose attached CSV has no header, a
PDF application form whose Document No. stands beside the visa's words and whose foot
carries the MRZ, an RTF table of key and value (旅券 | … | 有効期限 | …), a markdown
case note telling パスポート番号は…. Look-alikes: 学籍番号 and 予約番号 in the same shapes,
an invoice's serial.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc, _pdf
from benchmarks.ids5_formats import odf_bytes, rtf_bytes
from benchmarks.travel9_values import TravelNumbers, hyphened, spaced
from samples import writers as w

SCORED = ("PASSPORT", "RESIDENCE_CARD")
_SCORED = {("*", e) for e in SCORED}
STUDENTS = [("PERERA", "NIMAL", "Sri Lanka", "LKA"), ("BATBAYAR", "ENKH", "Mongolia", "MNG"),
            ("KIM", "MINJI", "Korea", "KOR"), ("SRISAI", "ANONG", "Thailand", "THA"),
            ("RAHMAN", "KARIM", "Bangladesh", "BGD"), ("HTUN", "AUNG", "Myanmar", "MMR")]
RESIDENCE_STATUSES = ["留学", "家族滞在", "特定活動", "日本人の配偶者等", "高度専門職1号"]
CASE_KINDS = ["在留期間更新許可申請", "在留資格変更許可申請", "永住許可申請"]
COURSES = ["進学1年コース", "進学2年コース", "ビジネス日本語"]


class CheckTravel9(TravelNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 67 + 1))

    def student(self) -> tuple[str, str, str, str]:
        return self.pick(STUDENTS)

    def class_ods(self, i: int) -> Doc:
        """A school's class list in English headers."""
        head = self.pick(["Passport Number", "Passport No", "PP No."])
        card_head = self.pick(["Card number", "Residence Card No.", "Zairyu Card"])
        rows, truth = [["Name", "Nationality", "Status of Residence", head, card_head, "Course"]], set()
        for _ in range(4):
            family, given, country, _ = self.student()
            passport, card = self.foreign_passport(), self.residence_card()
            rows.append([f"{family} {given}", country, self.pick(RESIDENCE_STATUSES), passport, card, self.pick(COURSES)])
            truth |= {("PASSPORT", passport), ("RESIDENCE_CARD", card)}
        return Doc(f"travel9c_class{i:03d}.ods", odf_bytes("spreadsheet", [], {"Class": rows}), truth | _SCORED)

    def applicants_xml(self, i: int) -> Doc:
        """An application system's XML export."""
        body, truth = [], set()
        for _ in range(3):
            family, given, country, _ = self.student()
            passport, card = self.japanese_passport(), self.residence_card()
            body.append(f"<Applicant><Name>{family} {given}</Name><Country>{country}</Country>"
                        f"<PassportNo>{passport}</PassportNo><ZairyuCardNo>{card}</ZairyuCardNo></Applicant>")
            truth |= {("PASSPORT", passport), ("RESIDENCE_CARD", card)}
        xml = '<?xml version="1.0" encoding="UTF-8"?>\n<Applicants>\n' + "\n".join(body) + "\n</Applicants>"
        return Doc(f"travel9c_applicants{i:03d}.xml", xml.encode("utf-8"), truth | _SCORED)

    def case_yaml(self, i: int) -> Doc:
        """A case file in YAML: snake_case keys, the passport in lower case, the card hyphened."""
        family, given, country, _ = self.student()
        passport, card = self.japanese_passport(), self.residence_card()
        lines = ["case:", f"  kind: {self.pick(CASE_KINDS)}", f"  applicant: {family} {given}",
                 f"  country: {country}", f"  passport_no: {passport.lower()}", f"  residence_card: {hyphened(card)}",
                 "  deadline: 2027-01-15"]
        return Doc(f"travel9c_case{i:03d}.yaml", "\n".join(lines).encode("utf-8"),
                   {("PASSPORT", passport), ("RESIDENCE_CARD", card)} | _SCORED)

    def intake_eml(self, i: int) -> Doc:
        """A mail from a partner school: its attached CSV has no header, only stay records."""
        rows, truth = [], set()
        for n in range(3):
            family, given, country, _ = self.student()
            passport, card = self.japanese_passport(), self.residence_card()
            rows.append(f"S{n + 1:02d}\t{family} {given}\t{country}\t{self.pick(RESIDENCE_STATUSES)}\t{passport}\t{card}")
            truth |= {("PASSPORT", passport), ("RESIDENCE_CARD", card)}
        message = w.make_eml("来期編入予定者", "office@school.example.jp", "visa@gyosei.example.jp",
                             "ご担当者様\n編入予定者の一覧を添付します。", attachments=[("list.tsv", "\n".join(rows).encode("utf-8"))])
        return Doc(f"travel9c_intake{i:03d}.eml", message, truth | _SCORED)

    def form_pdf(self, i: int) -> Doc:
        """An application form: Document No. beside the visa's words, the MRZ at its foot."""
        family, given, country, code = self.student()
        passport = self.japanese_passport()
        lines = ["APPLICATION FOR EXTENSION OF PERIOD OF STAY", f"Family name: {family}", f"Given name: {given}",
                 f"Nationality: {country}", f"Document No.: {passport}", "Purpose: continuation of study",
                 *self.mrz(passport, code, family, given)]
        return Doc(f"travel9c_form{i:03d}.pdf", _pdf(lines), {("PASSPORT", passport)} | _SCORED)

    def sheet_rtf(self, i: int) -> Doc:
        """A key-and-value sheet: the document's kind in one cell, its number in the next."""
        family, given, _, _ = self.student()
        passport, card = self.foreign_passport(), self.residence_card()
        table = [["申請人", f"{family} {given}", "申請種別", self.pick(CASE_KINDS)],
                 ["旅券", passport, "有効期限", "2030/08/31"],
                 ["在留カード", spaced(card), "有効期限", "2027/10/31"]]
        return Doc(f"travel9c_sheet{i:03d}.rtf", rtf_bytes(["受任事件 確認票"], table),
                   {("PASSPORT", passport), ("RESIDENCE_CARD", card)} | _SCORED)

    def note_md(self, i: int) -> Doc:
        """A case note telling the numbers in sentences."""
        family, given, _, _ = self.student()
        passport, card = self.foreign_passport(), self.residence_card()
        lines = [f"# 面談記録（{family} {given}）", "",
                 f"本人持参のパスポート番号は{passport}、在留カードは{card}で、原本を確認した。",
                 "在留期限まで4か月。更新の必要書類を案内した。"]
        return Doc(f"travel9c_note{i:03d}.md", "\n".join(lines).encode("utf-8"),
                   {("PASSPORT", passport), ("RESIDENCE_CARD", card)} | _SCORED)

    def bookings_ods(self, i: int) -> Doc:
        """A school trip's bookings: 学籍番号 and 予約番号 in the documents' shapes."""
        rows, truth = [["学籍番号", "Name", "予約番号"]], set()
        for _ in range(3):
            family, given, _, _ = self.student()
            student_no, booking = self.letters(2) + self.digits(7), self.residence_card()
            rows.append([student_no, f"{family} {given}", booking])
            truth |= {("~PASSPORT", student_no), ("~RESIDENCE_CARD", booking)}
        return Doc(f"travel9c_bookings{i:03d}.ods", odf_bytes("spreadsheet", [], {"Trip": rows}), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.class_ods, self.applicants_xml, self.case_yaml, self.intake_eml, self.form_pdf,
                 self.sheet_rtf, self.note_md, self.bookings_ods]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files ---------------------------------------------------------------------

    def invoice_md(self, i: int) -> Doc:
        lines = ["# 請求書", f"シリアル {self.residence_card()}", f"型番 {self.letters(2)}{self.digits(7)}", "合計 12,000円"]
        return Doc(f"travel9c_clean_invoice{i:03d}.md", "\n".join(lines).encode("utf-8"))

    def leaflet_pdf(self, i: int) -> Doc:
        lines = ["留学生の皆さんへ", "在留期間の更新は期限の3か月前から。", "パスポートの有効期限も確認しましょう。"]
        return Doc(f"travel9c_clean_leaflet{i:03d}.pdf", _pdf(lines))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.invoice_md, self.leaflet_pdf]
        return [kinds[i % len(kinds)](i) for i in range(count)]
