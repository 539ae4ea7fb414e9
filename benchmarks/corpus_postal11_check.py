"""Check corpus for issue 12's postal11 work, written apart from
benchmarks/corpus_postal11_dev.py (no town, label, name or kind of document in common):
a dental clinic's recall desk — a TSV whose zip_code column lost its leading zero (an
Akita 010-0951 became 100951), a camelCase JSON whose code is split over postalCode1 |
postalCode2, recall letters in docx whose address block opens with the hyphenated code
on its own line, an HTML table under ZIP with full-width codes, a CSV under 〒 with the
long-vowel dash (710ー0055), a patient's YAML under postcode. Look-alikes: the clinic's
own code in a reminder's footer, a list of seven-digit appointment numbers; clean files:
a notice of opening hours. Never tuned on.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _docx, _e164, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers

SCORED = ("PHONE", "ADDRESS", "POSTAL_CODE")
_SCORED = {("*", entity) for entity in SCORED}
# (the first three digits of a town's codes, prefecture, city, town)
STREETS = [("020", "岩手県", "盛岡市", "大通"), ("010", "秋田県", "秋田市", "山王"), ("710", "岡山県", "倉敷市", "阿知"),
           ("857", "長崎県", "佐世保市", "島瀬町"), ("025", "岩手県", "花巻市", "材木町")]
PATIENTS = ["松田 早苗", "北原 伸也", "吉岡 久美", "中川 大輔", "坂口 綾乃"]
LATIN = ["Sanae Matsuda", "Shinya Kitahara", "Kumi Yoshioka"]


class CheckPostal11(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 112)

    def where(self) -> tuple[str, str]:
        """(a code of seven digits, the street address it belongs to)."""
        head, pref, city, town = self.pick(STREETS)
        return head + self.digits(4), f"{pref}{city}{town}{self.n(6)}丁目{self.n(30)}番{self.n(12)}号"

    @staticmethod
    def truth(codes=(), addresses=(), phones=()) -> set:
        return ({("POSTAL_CODE", c) for c in codes} | {("ADDRESS", address_key(a)) for a in addresses}
                | {("PHONE", _e164(p)) for p in phones} | _SCORED)

    # --- positives ---------------------------------------------------------------

    def recall_tsv(self, i: int) -> Doc:
        """A recall list whose zip_code column a spreadsheet stored as numbers."""
        lines, codes, addresses, phones = ["patient_id\tname\tzip_code\taddress\ttel"], [], [], []
        for who in self.rng.sample(PATIENTS, 4):
            code, address, phone = *self.where(), self.landline()
            lines.append(f"P{self.digits(5)}\t{who}\t{int(code)}\t{address}\t{phone}")
            codes.append(code)
            addresses.append(address)
            phones.append(phone)
        return Doc(f"p11c_recall{i:03d}.tsv", "\n".join(lines).encode("utf-8"), self.truth(codes, addresses, phones))

    def patients_json(self, i: int) -> Doc:
        """camelCase keys: the code split over postalCode1 and postalCode2."""
        records, codes = [], []
        for who in self.rng.sample(LATIN, 2):
            code = self.where()[0]
            records.append({"fullName": who, "postalCode1": code[:3], "postalCode2": code[3:]})
            codes.append(code)
        return Doc(f"p11c_patients{i:03d}.json", json.dumps(records, ensure_ascii=False).encode("utf-8"), self.truth(codes))

    def letter_docx(self, i: int) -> Doc:
        """A recall letter: the address block opens with the hyphenated code alone on its line."""
        code, address = self.where()
        lines = [f"{code[:3]}-{code[3:]}", address, f"{self.pick(PATIENTS)} 様", "", "定期検診のお知らせ",
                 "前回の検診から半年が経ちました。ご予約をお待ちしております。"]
        return Doc(f"p11c_letter{i:03d}.docx", _docx(lines), self.truth([code], [address]))

    def table_html(self, i: int) -> Doc:
        """An HTML table under ZIP with full-width codes."""
        rows, codes = [["Name", "ZIP", "都道府県"]], []
        for who in self.rng.sample(LATIN, 2):
            head, pref, _, _ = self.pick(STREETS)
            code = head + self.digits(4)
            rows.append([who, f"{code[:3]}－{code[3:]}".translate(str.maketrans("0123456789", "０１２３４５６７８９")), pref])
            codes.append(code)
        cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        return Doc(f"p11c_table{i:03d}.html", f"<html><body><table>{cells}</table></body></html>".encode("utf-8"),
                   self.truth(codes))

    def mark_csv(self, i: int) -> Doc:
        """A CSV under 〒 whose codes were typed with the long-vowel mark for the dash."""
        lines, codes, addresses = ["カルテ番号,患者名,〒,住所"], [], []
        for who in self.rng.sample(PATIENTS, 3):
            code, address = self.where()
            lines.append(f"{self.digits(6)},{who},{code[:3]}ー{code[3:]},{address}")
            codes.append(code)
            addresses.append(address)
        return Doc(f"p11c_mark{i:03d}.csv", "\n".join(lines).encode("utf-8"), self.truth(codes, addresses))

    def patient_yaml(self, i: int) -> Doc:
        code, address = self.where()
        text = f"patient:\n  name: {self.pick(LATIN)}\n  postcode: {code}\n  home: {address}\n"
        return Doc(f"p11c_patient{i:03d}.yaml", text.encode("utf-8"), self.truth([code], [address]))

    def visitor_csv(self, i: int) -> Doc:
        """A foreign patient's form as a CSV: one English address per cell, its code hyphenated after the prefecture."""
        lines, codes, addresses = ["Name,Address"], [], []
        for who in self.rng.sample(LATIN, 2):
            head, pref, _, _ = self.pick(STREETS)
            code = head + self.digits(4)
            romaji = {"岩手県": "Iwate-ken", "秋田県": "Akita Pref.", "岡山県": "Okayama", "長崎県": "Nagasaki-ken"}[pref]
            address = f"{self.n(5)}-{self.n(30)} Nishiki-cho, {romaji}"
            lines.append(f'{who},"{address}, {code[:3]}-{code[3:]}"')
            codes.append(code)
            addresses.append(address)
        return Doc(f"p11c_visitor{i:03d}.csv", "\n".join(lines).encode("utf-8"), self.truth(codes, addresses))

    def greeting_txt(self, i: int) -> Doc:
        """A new-year card's text: the code after 〒 in 漢数字 with circles for zero, on the address's line."""
        code, address = self.where()
        kanji = code.translate(str.maketrans("0123456789", "○一二三四五六七八九"))
        lines = [f"〒{kanji}　{address}", f"{self.pick(PATIENTS)}様", "謹賀新年"]
        return Doc(f"p11c_greeting{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth([code], [address]))

    def referral_docx(self, i: int) -> Doc:
        """A referral's sentence: the address, then its bare code in brackets."""
        code, address = self.where()
        lines = ["診療情報提供書", f"患者 {self.pick(PATIENTS)} 様（{address}（{code}））の件でご紹介いたします。"]
        return Doc(f"p11c_referral{i:03d}.docx", _docx(lines), self.truth([code], [address]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.recall_tsv, self.patients_json, self.letter_docx, self.table_html, self.mark_csv, self.patient_yaml,
                 self.visitor_csv, self.greeting_txt, self.referral_docx]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- look-alikes and clean files ---------------------------------------------

    def footer_txt(self, i: int) -> Doc:
        """A reminder whose footer gives the clinic's own code and address."""
        code, address = self.where()
        lines = ["ご予約の変更は前日までにお願いします。", "", "さくら歯科クリニック", f"〒{code} {address}"]
        return Doc(f"p11c_lookalike_footer{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~POSTAL_CODE", code), ("~ADDRESS", address_key(address))} | _SCORED)

    def bookings_csv(self, i: int) -> Doc:
        """Seven-digit appointment numbers and times: no postal code."""
        rows = ["予約番号,日時,診療台"] + [f"{self.rng.randint(1000000, 9999999)},2026-12-{self.n(28):02d} 10:00,{self.n(4)}"
                                        for _ in range(4)]
        return Doc(f"p11c_clean_bookings{i:03d}.csv", "\n".join(rows).encode("utf-8"))

    def hours_txt(self, i: int) -> Doc:
        lines = ["診療時間のお知らせ", f"年末は12月{self.n(28)}日まで診療します。", "土曜午後は休診です。"]
        return Doc(f"p11c_clean_hours{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.footer_txt, self.bookings_csv, self.hours_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
