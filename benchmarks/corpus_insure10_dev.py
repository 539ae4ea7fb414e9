"""Development corpus of issue 12's insure10 work (health-insurance numbers wherever they
are written; corpus 8's employment-insurance and bank misses): the rules are corrected
on it. A clinic's 医事課 and a contractor's office: the matrix of every format daicho
reads × every way a record labels the number — a header row over 保険者番号 / 記号 /
番号 columns, a merged 保険証 header over 記号 | 番号, the label a cell or two to the
left, the label above in a docx form, key-value lines, English labels, JSON snake keys,
XML elements, a YAML block, a fixed-width export under its header line, a card copy in
OCR-like lines, a sentence, full-width digits, 記号-番号 joined, 介護保険 and 後期高齢者
and 公費 numbers. No template, label, name or word list in common with
corpus_insure10_check.py (tests/benchmarks/test_insure10_corpora.py).

Corpus 8's classes: a 雇用保険 column under a group header a row above (the reader
composes the group's name before each cell), and a bank host's headerless customer
record whose account follows its deposit-kind code beside a half-width kana holder.
Look-alikes (`~`): 医療機関コード, 患者ID, レセプト請求番号, 介護保険事業所番号, the
employer's 事業所番号, an order number after a quantity.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from stdnum import luhn

from benchmarks.corpus import Doc
from samples import writers as w

PATIENTS = [("相馬", "千景", "ｿｳﾏ ﾁｶｹﾞ"), ("蓮見", "大吾", "ﾊｽﾐ ﾀﾞｲｺﾞ"), ("真壁", "結衣", "ﾏｶﾍﾞ ﾕｲ"),
            ("桐生", "孝太", "ｷﾘｭｳ ｺｳﾀ"), ("乙部", "春香", "ｵﾄﾍﾞ ﾊﾙｶ"), ("湊", "健吾", "ﾐﾅﾄ ｹﾝｺﾞ")]
LAWS = ["01", "06", "31", "63"]  # 協会けんぽ, 組合, 共済, 特例退職
SCORED = ("HEALTH_INSURANCE_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER", "BANK_ACCOUNT")
ONLY = {("*", entity) for entity in SCORED}


def wide(digits: str) -> str:
    return digits.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


class DevInsure10:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 10)

    def choose(self, items):
        return self.rng.choice(items)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def insurer(self) -> str:
        body = self.choose(LAWS) + f"{self.rng.randint(1, 47):02d}" + self.digits(3)
        return body + luhn.calc_check_digit(body)

    def card(self) -> tuple[str, str]:
        """(記号, 番号): digits of a card's own lengths."""
        return str(self.rng.randint(10, 99999999)), str(self.rng.randint(1, 999999))

    def name(self) -> str:
        family, given, _ = self.choose(PATIENTS)
        return f"{family} {given}"

    @staticmethod
    def truth(health=(), insured=(), accounts=(), others=()) -> set:
        return ({("HEALTH_INSURANCE_NUMBER", h) for h in health} | {("EMPLOYMENT_INSURANCE_NUMBER", e) for e in insured}
                | {("BANK_ACCOUNT", a) for a in accounts} | {("~" + t, v) for t, v in others} | ONLY)

    # --- health insurance: tables ------------------------------------------------------

    def reception_csv(self, i: int) -> Doc:
        """受付一覧: 保険者番号, 保険証記号, 保険証番号 columns, a 医療機関コード look-alike."""
        lines, found = ["受付No,患者名,保険者番号,保険証記号,保険証番号,医療機関コード"], []
        for n in range(3):
            insurer, (symbol, number) = self.insurer(), self.card()
            lines.append(f"{n + 1},{self.name()},{insurer},{symbol},{number},1312345")
            found += [insurer, symbol, number]
        return Doc(f"i10d_reception{i:03d}.csv", "\n".join(lines).encode("cp932"),
                   self.truth(found, others=[("HEALTH_INSURANCE_NUMBER", "1312345")]))

    def merged_xlsx(self, i: int) -> Doc:
        """A sheet whose 被保険者証 header spans 記号 | 番号 on the row below."""
        rows, found = [["入院患者 保険情報"], ["患者名", "被保険者証", "", "入院日"], ["", "記号", "番号", ""]], []
        for _ in range(3):
            symbol, number = self.card()
            rows.append([self.name(), symbol, number, "2026/11/02"])
            found += [symbol, number]
        return Doc(f"i10d_merged{i:03d}.xlsx", w.xlsx_bytes({"保険": rows}), self.truth(found))

    def care_column_tsv(self, i: int) -> Doc:
        """A care-plan list: a 介護保険被保険者番号 column (10 digits) and the office's 事業所番号."""
        office = "13" + self.digits(8)
        lines, found = [f"居宅介護支援事業所番号 {office}", "", "利用者\t介護保険被保険者番号\t要介護度"], []
        for _ in range(3):
            number = "0" + self.digits(9)
            lines.append(f"{self.name()}\t{number}\t要介護{self.rng.randint(1, 5)}")
            found.append(number)
        return Doc(f"i10d_care{i:03d}.tsv", "\n".join(lines).encode("utf-8"),
                   self.truth(found, others=[("HEALTH_INSURANCE_NUMBER", office)]))

    def left_label_xlsx(self, i: int) -> Doc:
        """A form sheet: the card's label in the cell left of each value, the kind two cells left."""
        symbol, number, insurer = *self.card(), self.insurer()
        rows = [["患者登録票"], ["氏名", self.name()], ["健康保険証", "保険者番号", insurer],
                ["", "記号", symbol], ["", "番号", number]]
        return Doc(f"i10d_leftlabel{i:03d}.xlsx", w.xlsx_bytes({"登録": rows}), self.truth([insurer, symbol, number]))

    def form_docx(self, i: int) -> Doc:
        """A docx 問診票 table whose labels stand above their values."""
        symbol, number, insurer = *self.card(), self.insurer()
        table = [["氏名", "保険者番号", "記号", "番号"], [self.name(), insurer, symbol, number]]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "form.docx"
            w.write_docx(path, ["問診票（初診）"], table)
            data = path.read_bytes()
        return Doc(f"i10d_form{i:03d}.docx", data, self.truth([insurer, symbol, number]))

    def fixed_host_txt(self, i: int) -> Doc:
        """A レセコン's fixed-width export under its header line: romaji headings."""
        lines, found = [f"{'KANJA':<6}{'SHIMEI':<16}{'HOKENSHA':<10}{'KIGO':<10}BANGO"], []
        for n in range(3):
            insurer, (symbol, number) = self.insurer(), self.card()
            kana = self.choose(PATIENTS)[2]
            lines.append(f"{n + 1:05d} {kana:<16}{insurer:<10}{symbol:<10}{number:<7}")
            found += [insurer, symbol, number]
        return Doc(f"i10d_hostfixed{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth(found))

    # --- health insurance: keys, labels, prose -------------------------------------------

    def english_txt(self, i: int) -> Doc:
        """An English referral: Insurer No., Symbol, Number, Insured No. of a 後期高齢者 card."""
        insurer, (symbol, number), elder = self.insurer(), self.card(), self.digits(8)
        lines = ["Referral letter", f"Patient: {self.choose(PATIENTS)[2]}", "Health insurance",
                 f"  Insurer No.: {insurer}", f"  Symbol: {symbol}", f"  Number: {number}",
                 "Spouse (late-stage elderly care)", f"  Insured No.: {elder}"]
        return Doc(f"i10d_english{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   self.truth([insurer, symbol, number, elder]))

    def api_json(self, i: int) -> Doc:
        """An appointment system's JSON: snake_case romaji keys."""
        records, found = [], []
        for _ in range(2):
            insurer, (symbol, number) = self.insurer(), self.card()
            records.append({"kanja_mei": self.name(), "hokensha_no": insurer, "hoken_kigo": symbol,
                            "hoken_bango": number, "iryokikan_cd": "2712345"})
            found += [insurer, symbol, number]
        data = json.dumps({"yoyaku": records}, ensure_ascii=False, indent=1).encode("utf-8")
        return Doc(f"i10d_api{i:03d}.json", data, self.truth(found, others=[("HEALTH_INSURANCE_NUMBER", "2712345")]))

    def claim_xml(self, i: int) -> Doc:
        """A claim file's XML: English element names, a claim number look-alike."""
        insurer, (symbol, number), claim = self.insurer(), self.card(), self.digits(8)
        xml = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Claim><ClaimNo>{claim}</ClaimNo><Patient>"
               f"<Name>{self.name()}</Name><InsurerNumber>{insurer}</InsurerNumber>"
               f"<CardSymbol>{symbol}</CardSymbol><CardNumber>{number}</CardNumber></Patient></Claim>")
        return Doc(f"i10d_claim{i:03d}.xml", xml.encode("utf-8"),
                   self.truth([insurer, symbol, number], others=[("HEALTH_INSURANCE_NUMBER", claim)]))

    def profile_yaml(self, i: int) -> Doc:
        """A YAML profile: a nested insurance block."""
        insurer, (symbol, number) = self.insurer(), self.card()
        lines = ["patient:", f"  name: {self.name()}", "  insurance:", f"    insurer: {insurer}",
                 f"    symbol: '{symbol}'", f"    number: '{number}'"]
        return Doc(f"i10d_profile{i:03d}.yaml", "\n".join(lines).encode("utf-8"), self.truth([insurer, symbol, number]))

    def card_copy_pdf(self, i: int) -> Doc:
        """A card's copy read to text: 記号・番号 joined on one line, full-width digits, the insurer below."""
        insurer, (symbol, number) = self.insurer(), self.card()
        lines = ["健康保険被保険者証", f"記号・番号 {wide(symbol)}-{wide(number)}（枝番）01", f"氏名 {self.name()}",
                 f"保険者番号 {insurer}", "保険者名称 わかば健康保険組合"]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "copy.pdf"
            w.write_pdf(path, [lines])
            data = path.read_bytes()
        return Doc(f"i10d_cardcopy{i:03d}.pdf", data, self.truth([insurer, symbol + number]))

    def prose_mail(self, i: int) -> Doc:
        """A mail's sentences: the card seen at the desk, a 公費 recipient's numbers."""
        symbol, number = self.card()
        payer = "54" + f"{self.rng.randint(1, 47):02d}" + self.digits(3)
        payer += luhn.calc_check_digit(payer)
        recipient = self.digits(6)
        recipient += luhn.calc_check_digit(recipient)
        body = "\n".join(["医事課 各位", f"{self.name()}様の保険証（記号{symbol}番号{number}）を受付で確認しました。",
                          f"難病の医療受給者証もあり、公費負担者番号は{payer}、受給者番号は{recipient}です。"])
        data = w.make_eml("保険確認", "uketsuke@example.jp", "iji@example.jp", body)
        # the 公費負担者番号 names the public programme that pays, no person: a look-alike
        return Doc(f"i10d_prose{i:03d}.eml", data,
                   self.truth([symbol, number, recipient], others=[("HEALTH_INSURANCE_NUMBER", payer)]))

    def slides_pptx(self, i: int) -> Doc:
        """A slide's table: 記号 and 番号 as one 記号-番号 value under 保険証."""
        table, found = [["氏名", "保険証", "診療科"]], []
        for _ in range(2):
            symbol, number = self.card()
            table.append([self.name(), f"{symbol}-{number}", "内科"])
            found.append(symbol + number)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "slides.pptx"
            w.write_pptx(path, "本日の入院予定", table)
            data = path.read_bytes()
        return Doc(f"i10d_slides{i:03d}.pptx", data, self.truth(found))

    def html_table(self, i: int) -> Doc:
        """An intranet page: 後期高齢者 被保険者番号 and 保険者番号 columns."""
        cells, found = [], []
        for _ in range(3):
            insurer, number = "39" + f"{self.rng.randint(1, 47):02d}" + self.digits(3), self.digits(8)
            insurer += luhn.calc_check_digit(insurer)
            cells.append(f"<tr><td>{self.name()}</td><td>{insurer}</td><td>{number}</td></tr>")
            found += [insurer, number]
        page = ("<html><body><h2>後期高齢者医療 対象者</h2><table><tr><th>氏名</th><th>保険者番号</th>"
                "<th>被保険者番号</th></tr>" + "".join(cells) + "</table></body></html>")
        return Doc(f"i10d_page{i:03d}.html", page.encode("utf-8"), self.truth(found))

    # --- corpus 8's classes: employment insurance and bank -------------------------------

    def group_header_xlsx(self, i: int) -> Doc:
        """A site roster: merged groups (保険関係, 緊急時) over 雇用保険番号 | 健保番号, the employer's number in a note."""
        import io

        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.append(["入場者名簿"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=7)
        sheet.append(["作業員本人", "", "保険関係", "", "緊急連絡", "", ""])
        for first, last in ((1, 2), (3, 4), (5, 6)):
            sheet.merge_cells(start_row=2, start_column=first, end_row=2, end_column=last)
        sheet.append(["氏名", "職種", "雇用保険番号", "健康保険証番号", "家族氏名", "家族電話", "入場日"])
        insured, health = [], []
        for _ in range(4):
            e, (symbol, number) = f"{self.rng.randint(1, 9)}{self.digits(10)}", self.card()
            sheet.append([self.name(), "鉄筋工", f"{e[:4]}-{e[4:10]}-{e[10]}", f"{symbol}-{number}", self.name(),
                          "", "2026/11/30"])
            insured.append(e)
            health.append(symbol + number)
        employer = f"{self.rng.randint(1, 9)}{self.digits(10)}"
        sheet.append(["事業所番号", f"{employer[:4]}-{employer[4:10]}-{employer[10]}"])
        data = io.BytesIO()
        book.save(data)
        return Doc(f"i10d_roster{i:03d}.xlsx", data.getvalue(),
                   self.truth(health, insured, others=[("EMPLOYMENT_INSURANCE_NUMBER", employer)]))

    def host_record_csv(self, i: int) -> Doc:
        """A bank host's headerless customer extract: code, kana holder, name, kind code, account."""
        lines, accounts = [], []
        for n, (family, given, kana) in enumerate(self.rng.sample(PATIENTS, 4)):
            account = self.digits(7)
            lines.append(f"{70100 + n},{kana},{family}{given},0{self.rng.randint(1, 2)},{account},202611{n + 10}")
            accounts.append(account)
        order = self.digits(7)  # a shop's order row: a count before the number, no holder
        lines.append(f"{70200},ﾌﾞﾋﾝ,部品,1,{order},20261120")
        return Doc(f"i10d_hostrecord{i:03d}.csv", "\n".join(lines).encode("cp932"),
                   self.truth(accounts=accounts, others=[("BANK_ACCOUNT", order)]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.reception_csv, self.merged_xlsx, self.care_column_tsv, self.left_label_xlsx, self.form_docx,
                 self.fixed_host_txt, self.english_txt, self.api_json, self.claim_xml, self.profile_yaml,
                 self.card_copy_pdf, self.prose_mail, self.slides_pptx, self.html_table, self.group_header_xlsx,
                 self.host_record_csv]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    # --- clean files ---------------------------------------------------------------------

    def fee_table(self, i: int) -> Doc:
        """A fee schedule: 診療行為コード and 点数, no person."""
        lines = ["診療行為コード,名称,点数"] + [f"11{self.digits(7)},処置{n},{self.rng.randint(10, 900)}" for n in range(4)]
        return Doc(f"i10d_clean_fees{i:03d}.csv", "\n".join(lines).encode("utf-8"))

    def notice(self, i: int) -> Doc:
        """A notice of how to fill in the card's fields, no number."""
        lines = ["保険証の記号・番号の記入について", "記号と番号は保険証の表面に記載されています。",
                 "枝番は2桁で記入してください。"]
        return Doc(f"i10d_clean_notice{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.fee_table, self.notice]
        return [kinds[n % len(kinds)](n) for n in range(count)]
