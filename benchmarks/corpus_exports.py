"""Document kinds of issue 12 shaped by the systems that wrote them: address lists
with a 〒 column of 7-digit codes and phone numbers without separators, mailing
labels, fixed-width exports of host systems (with and without a header line,
half-width katakana, zero-padded numbers) and a host export of insurance numbers.
Hard negatives: the postal-code master (KEN_ALL), a sales export of slip numbers,
dates and zero-padded amounts, and a product master. See benchmarks/corpus_tables.py.
"""

from __future__ import annotations

from benchmarks.corpus import Doc, _digits, _e164, address_key, name_truth
from benchmarks.corpus_people import PLACES, Person, canonical_name
from benchmarks.corpus_tables import TableKinds, csv_bytes, half_width


def _width(text: str) -> int:
    """Columns of text in a host's fixed-width record: bytes in CP932."""
    return len(text.encode("cp932"))


def fixed(fields: list[tuple[str, int]]) -> str:
    """A fixed-width record: each field cut or padded (with spaces) to its width."""
    out = []
    for value, width in fields:
        while _width(value) > width:
            value = value[:-1]
        out.append(value + " " * (width - _width(value)))
    return "".join(out)


class ExportKinds(TableKinds):
    def phone_text(self, p: Person) -> tuple[str, str]:
        """(as written, E.164) with no separators, or with the area code in parentheses."""
        number = self.c.pick([p.phone, p.mobile])
        area, local, line = number.split("-")
        written = self.c.pick([area + local + line] * 3 + [f"{area}({local}){line}", f"({area}){local}-{line}"])
        return written, _e164(number)

    def postal_text(self, p: Person) -> str:
        return self.c.pick([_digits(p.postal)] * 4 + [p.postal])

    def contact_truth(self, p: Person, phone: str) -> set:
        return {("POSTAL_CODE", _digits(p.postal)), ("ADDRESS", address_key(p.address_core)), ("PHONE", phone)}

    # --- address lists and labels -----------------------------------------------

    def address_list_csv(self, i: int) -> Doc:
        header = self.c.chance(0.75)
        heads = ["顧客コード", self.c.pick(["氏名", "お名前", "宛名"]), self.c.pick(["〒", "郵便番号", "郵便", "ZIP", "〒番号"]),
                 self.c.pick(["住所", "送付先住所", "ご住所"]), self.c.pick(["電話", "TEL", "電話番号", "Phone", "連絡先"]),
                 self.c.pick(["最終購入日", "登録日"]), self.c.pick(["累計購入額", "ポイント"])]
        rows, truth = [heads] if header else [], set()
        for _ in range(self.rng.randint(15, 45)):
            p = self.c.person()
            phone, e164 = self.phone_text(p)
            rows.append([f"C{self.digits(7)}", p.name, self.postal_text(p), p.address, phone,
                         f"2026/{self.rng.randint(1, 10)}/{self.rng.randint(1, 28)}", str(self.rng.randint(1000, 980000))])
            truth |= name_truth(p) | self.contact_truth(p, e164)
        return Doc(f"jushoroku{i:03d}.csv", csv_bytes(rows, self.c.pick(["cp932", "utf-8"])), truth)

    def labels_txt(self, i: int) -> Doc:
        """Mailing labels printed from a list: 〒 and seven digits, the address, the name."""
        blocks, truth = [], set()
        for _ in range(self.rng.randint(6, 20)):
            p = self.c.person()
            postal = self.c.pick([f"〒{_digits(p.postal)}", f"〒 {_digits(p.postal)}", f"郵便番号 {_digits(p.postal)}",
                                  f"〒{p.postal}"])
            block = [postal, p.address, f"{p.name} 様"]
            truth |= name_truth(p) | {("POSTAL_CODE", _digits(p.postal)), ("ADDRESS", address_key(p.address_core))}
            if self.c.chance(0.5):
                phone, e164 = self.phone_text(p)
                block.append(f"TEL {phone}")
                truth.add(("PHONE", e164))
            blocks.append("\n".join(block))
        return Doc(f"label{i:03d}.txt", "\n\n".join(blocks).encode("utf-8"), truth)

    # --- host exports ------------------------------------------------------------

    def customer_export(self, i: int) -> Doc:
        """KOKYAKU.TXT: fixed-width records in CP932; a header line in some systems."""
        header = self.c.pick(["", "kanji", "kana"])
        widths = [10, 22, 9, 62, 16, 10, 10]
        heads = {"kanji": ["顧客番号", "氏名カナ", "郵便番号", "住所", "電話番号", "生年月日", "累計金額"],
                 "kana": ["ｺｷｬｸNO", "ｼﾒｲ(ｶﾅ)", "ﾕｳﾋﾞﾝ", "ｼﾞｭｳｼｮ", "TEL", "ｾｲﾈﾝｶﾞｯﾋﾟ", "ｷﾝｶﾞｸ"]}.get(header)
        lines, truth = [fixed(list(zip(heads, widths)))] if heads else [], set()
        for n in range(self.rng.randint(20, 50)):
            p = self.c.person()
            phone, e164 = self.phone_text(p)
            born = p.birth.strftime("%Y%m%d") if heads else f"2026{self.rng.randint(1, 10):02d}{self.rng.randint(1, 28):02d}"
            kana = half_width(p.kana)
            lines.append(fixed([(f"{n + 1:08d}", 10), (kana, 22), (_digits(p.postal), 9), (p.address, 62),
                                (phone, 16), (born, 10), (f"{self.rng.randint(0, 2_000_000):010d}", 10)]))
            truth |= {("PERSON", canonical_name(kana))} | self.contact_truth(p, e164)
            if heads:
                truth.add(("DATE_OF_BIRTH", p.birth.isoformat()))
        return Doc(f"kokyaku{i:03d}.txt", "\r\n".join(lines).encode("cp932"), truth)

    def insurance_export(self, i: int) -> Doc:
        """A payroll system's export of insured staff: fixed width, numbers without hyphens."""
        heads = [("社員番号", 10), ("氏名", 22), ("生年月日", 10), ("基礎年金番号", 14), ("雇用保険番号", 14),
                 ("資格取得日", 10)]
        lines, truth = [fixed(heads)], set()
        for _ in range(self.rng.randint(10, 30)):
            p = self.c.person()
            pension, insurance = self.digits(10), self.digits(11)
            lines.append(fixed([(self.digits(7, "12"), 10), (p.name.replace(" ", "　"), 22),
                                (p.birth.strftime("%Y%m%d"), 10), (pension, 14), (insurance, 14),
                                (f"20{self.rng.randint(10, 26)}0401", 10)]))
            truth |= name_truth(p) | {("DATE_OF_BIRTH", p.birth.isoformat()), ("BASIC_PENSION_NUMBER", pension),
                                      ("EMPLOYMENT_INSURANCE_NUMBER", insurance)}
        return Doc(f"hokensha{i:03d}.txt", "\r\n".join(lines).encode("cp932"), truth)

    # --- hard negatives ----------------------------------------------------------

    def postal_master_csv(self, i: int) -> Doc:
        """KEN_ALL.CSV rows: public postal codes of towns, no person."""
        rows = []
        for prefecture, city, town, postal in PLACES:
            code = _digits(postal)
            rows.append([self.digits(5, "1234"), f'"{code[:3]}  "', f'"{code}"', '"ﾄｳｷｮｳﾄ"', '"ｼﾝｼﾞｭｸｸ"', '"ﾆｼｼﾝｼﾞｭｸ"',
                         f'"{prefecture}"', f'"{city}"', f'"{town}"', "0", "0", "1", "0", "0", "0"])
        return Doc(f"ken_all{i:03d}.csv", "\r\n".join(",".join(r) for r in rows).encode("cp932"))

    def sales_export(self, i: int) -> Doc:
        """URIAGE.TXT: slip numbers, dates, customer codes, quantities, zero-padded amounts."""
        lines = [fixed([("伝票番号", 11), ("売上日", 9), ("得意先CD", 8), ("商品CD", 10), ("数量", 6), ("金額", 11),
                        ("担当CD", 6)])] if self.c.chance(0.5) else []
        for _ in range(self.rng.randint(30, 60)):
            slip = f"{self.rng.randint(1, 9_999_999):010d}"
            lines.append(fixed([(slip, 11), (f"2026{self.rng.randint(1, 12):02d}{self.rng.randint(1, 28):02d}", 9),
                                (self.digits(7, "123"), 8), (f"A{self.digits(6)}", 10), (f"{self.rng.randint(1, 999):05d}", 6),
                                (f"{self.rng.randint(100, 9_999_999):010d}", 11), (self.digits(5), 6)]))
        return Doc(f"uriage{i:03d}.txt", "\r\n".join(lines).encode("cp932"))

    def product_master_csv(self, i: int) -> Doc:
        from stdnum import ean

        rows = [["JANコード", "商品コード", "品名", "型番", "単価", "入数", "発売日"]]
        for n in range(self.rng.randint(20, 40)):
            jan = "49" + self.digits(10)
            rows.append([jan + ean.calc_check_digit(jan), f"P{self.digits(7)}", f"業務用ファイル{n}", f"FX-{self.digits(4)}",
                         str(self.rng.randint(100, 99000)), str(self.rng.choice([10, 12, 24, 50])),
                         f"20{self.rng.randint(10, 26)}/{self.rng.randint(1, 12)}/{self.rng.randint(1, 28)}"])
        return Doc(f"shohin{i:03d}.csv", csv_bytes(rows, "cp932"))


def positives(corpus, count: int) -> list[Doc]:
    kinds = ExportKinds(corpus)
    makers = [kinds.address_list_csv, kinds.labels_txt, kinds.customer_export, kinds.insurance_export]
    return [makers[i % len(makers)](i) for i in range(count)]


def negatives(corpus, count: int) -> list[Doc]:
    kinds = ExportKinds(corpus)
    makers = [kinds.postal_master_csv, kinds.sales_export, kinds.product_master_csv]
    return [makers[i % len(makers)](i) for i in range(count)]
