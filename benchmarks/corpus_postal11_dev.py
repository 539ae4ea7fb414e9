"""Development corpus for issue 12's postal11 work: postal codes wherever a high school's
同窓会 office writes them, one format × one way of placing the code each — an XML
export whose code is split over romaji elements (yubin1 | yubin2), 宛名ラベル whose code
stands alone on the line above the address, a sheet that kept the code as a number (a
Hokkaido 001-0024 became 10024), a JSON export under yubin_bango, vCards whose ADR holds
the code, a YAML record under a Post No. key, a mail whose signature writes 〒 and the
code with a space. Look-alikes: the office's own code in its letterhead, seven-digit
member numbers and amounts in a fee list; clean files: a notice of a reunion. The rules
are tuned on this corpus only; benchmarks/corpus_postal11_check.py (another writer, other
towns, labels and words; no list in common) checks them.

Truth: positives are labelled for POSTAL_CODE, ADDRESS and PHONE; an organisation's own
value is a look-alike `("~TYPE", value)`; clean files are labelled for nothing.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _docx, _e164, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from samples import writers as w

SCORED = ("PHONE", "ADDRESS", "POSTAL_CODE")
_SCORED = {("*", entity) for entity in SCORED}
# (prefecture, city, town, the first three digits of its codes)
TOWNS = [("北海道", "札幌市北区", "北二十四条西", "001"), ("北海道", "旭川市", "豊岡", "078"),
         ("青森県", "八戸市", "類家", "031"), ("宮崎県", "宮崎市", "橘通東", "880"), ("福岡県", "久留米市", "東町", "830")]
ALUMNI = ["岩田 康弘", "小島 真理子", "堀内 聡", "野口 彩花", "森下 健吾", "杉山 由紀"]
ROMAJI = ["IWATA YASUHIRO", "KOJIMA MARIKO", "HORIUCHI SATOSHI"]


class DevPostal11(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 111)

    def place(self) -> tuple[str, str]:
        """(a code of seven digits, the address it belongs to)."""
        pref, city, town, head = self.pick(TOWNS)
        return head + self.digits(4), f"{pref}{city}{town}{self.n(9)}-{self.n(20)}-{self.n(15)}"

    @staticmethod
    def truth(codes=(), addresses=(), phones=()) -> set:
        return ({("POSTAL_CODE", c) for c in codes} | {("ADDRESS", address_key(a)) for a in addresses}
                | {("PHONE", _e164(p)) for p in phones} | _SCORED)

    # --- positives ---------------------------------------------------------------

    def alumni_xml(self, i: int) -> Doc:
        """An export whose code is split over two romaji elements."""
        parts, codes, addresses = ['<?xml version="1.0" encoding="UTF-8"?>', "<meibo>"], [], []
        for who in self.rng.sample(ALUMNI, 3):
            code, address = self.place()
            parts.append(f"  <kaiin><shimei>{who}</shimei><yubin1>{code[:3]}</yubin1><yubin2>{code[3:]}</yubin2>"
                         f"<jusho>{address}</jusho></kaiin>")
            codes.append(code)
            addresses.append(address)
        parts.append("</meibo>")
        return Doc(f"p11d_alumni{i:03d}.xml", "\n".join(parts).encode("utf-8"), self.truth(codes, addresses))

    def labels_txt(self, i: int) -> Doc:
        """宛名ラベル: the code alone on the line above the address, the name below."""
        lines, codes, addresses = [], [], []
        for who in self.rng.sample(ALUMNI, 3):
            code, address = self.place()
            lines += [self.pick([code, f"{code[:3]}-{code[3:]}"]), address, f"{who} 様", ""]
            codes.append(code)
            addresses.append(address)
        return Doc(f"p11d_labels{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth(codes, addresses))

    def numbers_xlsx(self, i: int) -> Doc:
        """A roster whose 郵便番号 column a sheet kept as numbers: the leading zeros are gone."""
        rows, codes, addresses = [["卒業年度", "氏名", "郵便番号", "住所"]], [], []
        for who in self.rng.sample(ALUMNI, 4):
            code, address = self.place()
            rows.append([str(1990 + self.n(30)), who, int(code), address])
            codes.append(code)
            addresses.append(address)
        return Doc(f"p11d_numbers{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), self.truth(codes, addresses))

    def export_json(self, i: int) -> Doc:
        """A JSON export under romaji keys: yubin_bango beside jusho and keitai."""
        records, codes, addresses, phones = [], [], [], []
        for who in self.rng.sample(ROMAJI, 2):
            code, address, phone = *self.place(), self.mobile()
            records.append({"shimei": who, "yubin_bango": self.pick([code, f"{code[:3]}-{code[3:]}"]),
                            "jusho": address, "keitai": phone})
            codes.append(code)
            addresses.append(address)
            phones.append(phone)
        data = json.dumps({"kaiin": records}, ensure_ascii=False, indent=1).encode("utf-8")
        return Doc(f"p11d_export{i:03d}.json", data, self.truth(codes, addresses, phones))

    def cards_vcf(self, i: int) -> Doc:
        """vCards: the ADR's code field, bare or hyphenated."""
        cards, codes, addresses, phones = [], [], [], []
        for who in self.rng.sample(ALUMNI, 2):
            pref, city, town, head = self.pick(TOWNS)
            code, phone = head + self.digits(4), self.mobile()
            address = f"{town}{self.n(9)}-{self.n(20)};{city};{pref}"  # street; locality; region
            written = self.pick([code, f"{code[:3]}-{code[3:]}"])
            cards.append(f"BEGIN:VCARD\nVERSION:3.0\nFN:{who}\nADR;TYPE=HOME:;;{address};{written};日本\n"
                         f"TEL;TYPE=CELL:{phone}\nEND:VCARD")
            codes.append(code)
            addresses.append(address)
            phones.append(phone)
        return Doc(f"p11d_cards{i:03d}.vcf", "\n".join(cards).encode("utf-8"), self.truth(codes, addresses, phones))

    def record_yaml(self, i: int) -> Doc:
        """A YAML record under English keys: Post No. and Address."""
        code, address = self.place()
        text = f"member:\n  name: {self.pick(ROMAJI)}\n  post_no: '{code}'\n  address: {address}\n"
        return Doc(f"p11d_record{i:03d}.yaml", text.encode("utf-8"), self.truth([code], [address]))

    def signature_eml(self, i: int) -> Doc:
        """A member's mail: the signature writes 〒 and the code's two groups with a space."""
        code, address = self.place()
        who = self.pick(ALUMNI)
        body = f"幹事の皆様\n\n住所が変わりましたのでご連絡します。\n\n――――\n{who}\n〒{code[:3]} {code[3:]}\n{address}\n"
        data = w.make_eml("住所変更のご連絡", "member@example.jp", "dosokai@example.jp", body)
        return Doc(f"p11d_signature{i:03d}.eml", data, self.truth([code], [address]))

    def abroad_txt(self, i: int) -> Doc:
        """A member abroad writes the home address in English: the prefecture, then the bare code."""
        pref, _, _, head = self.pick(TOWNS)
        code = head + self.digits(4)
        romaji = {"北海道": "Hokkaido", "青森県": "Aomori", "宮崎県": "Miyazaki", "福岡県": "Fukuoka"}[pref]
        lines = ["Alumni address update", f"Name: {self.pick(ROMAJI)}", f"{self.n(9)}-{self.n(20)}-{self.n(9)} Higashi-machi",
                 f"{romaji} {code}"]
        return Doc(f"p11d_abroad{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth([code]))

    def vertical_docx(self, i: int) -> Doc:
        """A letter written vertically: the code in 漢数字 after 〒."""
        code, address = self.place()
        kanji = code.translate(str.maketrans("0123456789", "〇一二三四五六七八九"))
        lines = [f"〒{kanji[:3]}-{kanji[3:]}", address, f"{self.pick(ALUMNI)} 様", "", "謹啓 初秋の候…"]
        return Doc(f"p11d_vertical{i:03d}.docx", _docx(lines), self.truth([code], [address]))

    def addressbook_txt(self, i: int) -> Doc:
        """An address book typed as lines: name, address, then the hyphenated code after a full-width space."""
        lines, codes, addresses = ["住所録"], [], []
        for who in self.rng.sample(ALUMNI, 3):
            code, address = self.place()
            lines.append(f"{who}　{address}　{code[:3]}-{code[3:]}")
            codes.append(code)
            addresses.append(address)
        return Doc(f"p11d_addressbook{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth(codes, addresses))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.alumni_xml, self.labels_txt, self.numbers_xlsx, self.export_json, self.cards_vcf,
                 self.record_yaml, self.signature_eml, self.abroad_txt, self.vertical_docx, self.addressbook_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- look-alikes and clean files ---------------------------------------------

    def letterhead_txt(self, i: int) -> Doc:
        """The office's own code and address at the head of a circular."""
        code, address = self.place()
        lines = ["同窓会事務局", f"〒{code[:3]}-{code[3:]}", address, "", "総会のご案内", "今年の総会を下記のとおり開催します。"]
        return Doc(f"p11d_lookalike_letterhead{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~POSTAL_CODE", code), ("~ADDRESS", address_key(address))} | _SCORED)

    def fees_csv(self, i: int) -> Doc:
        """A fee list: seven-digit member numbers and amounts, no postal code."""
        rows = ["会員番号,年度,納入額"] + [f"{self.rng.randint(1000000, 9999999)},{2020 + self.n(5)},{self.n(9)}000000"
                                          for _ in range(4)]
        return Doc(f"p11d_clean_fees{i:03d}.csv", "\n".join(rows).encode("utf-8"))

    def reunion_txt(self, i: int) -> Doc:
        lines = ["同窓会だより", f"第{self.n(60)}回卒業生の集いを開きます。", f"参加者は{self.n(200)}名の見込みです。"]
        return Doc(f"p11d_clean_reunion{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.letterhead_txt, self.fees_csv, self.reunion_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
