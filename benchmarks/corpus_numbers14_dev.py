"""Development corpus for issue 12's numbers14 work: 基礎年金番号 and 雇用保険被保険者番号 side
by side in a manufacturer's payroll office's files, and its foreign staff's residence cards
beside their passports — a matrix of formats (csv, headerless csv, fixed width, xlsx with
one and two header rows, docx form, pdf, html, json, xml, yaml, eml with an attachment) ×
where the label stands (column header, merged header over two columns, key-value line,
romaji and English keys, a form's heading over 被保険者番号) × the value's shape (hyphens,
bare digits, spaces, full width, split cells, lower case, spaced cards).

Look-alikes: the employer's 適用事業所番号 (4-6-1, same shape), its 労働保険番号 (14 digits),
the 年金事務所's phone, a form's example numbers (記入例). The rules are tuned on this corpus
only; benchmarks/corpus_numbers14_check.py (another writer, no list in common) checks them.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import io
import json
import random

from openpyxl import Workbook

from benchmarks.corpus import Doc, _docx, _pdf
from benchmarks.travel9_values import TravelNumbers, spaced
from samples import writers as w

SCORED = ("BASIC_PENSION_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER", "RESIDENCE_CARD", "PASSPORT")
_SCORED = {("*", e) for e in SCORED}
STAFF = ["高木 健二", "松尾 奈々", "横山 拓真", "菅野 由紀", "大西 勝也", "早川 彩"]
KANA = ["タカギ ケンジ", "マツオ ナナ", "ヨコヤマ タクマ", "スガノ ユキ", "オオニシ カツヤ", "ハヤカワ アヤ"]
FOREIGN = [("NGUYEN THI LAN", "ベトナム"), ("SANTOS MARK", "フィリピン"), ("WANG FANG", "中国"),
           ("GURUNG BIKASH", "ネパール"), ("SITI AMINAH", "インドネシア")]
STATUSES = ["技能実習2号", "特定技能1号", "技術・人文知識・国際業務", "永住者", "家族滞在"]
PENSION_HEADS = ["基礎年金番号", "年金番号", "年金手帳番号", "基礎年金No.", "厚生年金番号"]
INSURED_HEADS = ["雇用保険被保険者番号", "雇用保険番号", "雇保番号", "雇保No."]
FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")


class DevNumbers14(TravelNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 97 + 14))

    def pension(self) -> tuple[str, str]:
        number = f"{self.rng.randint(1, 9)}{self.digits(9)}"
        return number, self.pick([f"{number[:4]}-{number[4:]}", number, f"{number[:4]} {number[4:]}",
                                  f"{number[:4]}-{number[4:]}".translate(FULL), f"{number[:4]}－{number[4:]}"])

    def insured(self) -> tuple[str, str]:
        number = f"{self.rng.randint(1, 9)}{self.digits(10)}"
        return number, self.pick([f"{number[:4]}-{number[4:10]}-{number[10]}", number,
                                  f"{number[:4]} {number[4:10]} {number[10]}",
                                  f"{number[:4]}-{number[4:10]}-{number[10]}".translate(FULL)])

    def office(self) -> str:
        return f"{self.digits(4)}-{self.digits(6)}-{self.digits(1)}"

    def people(self, n: int):
        return self.rng.sample(range(len(STAFF)), n)

    # --- pension and employment insurance ------------------------------------------------

    def roster_csv(self, i: int) -> Doc:
        truth, p_head, e_head = set(), self.pick(PENSION_HEADS), self.pick(INSURED_HEADS)
        lines = [f"社員番号,氏名,フリガナ,{p_head},{e_head},資格取得日"]
        for k in self.people(4):
            (p, pw), (e, ew) = self.pension(), self.insured()
            lines.append(f"{1000 + k},{STAFF[k]},{KANA[k]},{pw},{ew},2019/04/01")
            truth |= {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)}
        return Doc(f"n14_roster{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def merged_xlsx(self, i: int) -> Doc:
        """Two header rows: 社会保険 merged over 基礎年金番号 | 雇用保険番号, or 基礎年金 | 雇用保険
        each over 番号."""
        book, truth = Workbook(), set()
        sheet = book.active
        sheet.append(["社員番号", "氏名", "社会保険", None, "入社日"])
        sheet.merge_cells("C1:D1")
        sheet.append([None, None] + self.pick([["基礎年金番号", "雇用保険番号"], ["年金番号", "雇保番号"]]) + [None])
        for k in self.people(4):
            (p, pw), (e, ew) = self.pension(), self.insured()
            sheet.append([f"A{100 + k}", STAFF[k], pw, ew, "2021/10/01"])
            truth |= {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)}
        out = io.BytesIO()
        book.save(out)
        return Doc(f"n14_merged{i:03d}.xlsx", out.getvalue(), truth | _SCORED)

    def split_xlsx(self, i: int) -> Doc:
        """Each number's parts in cells of its own under the heading's merged cell."""
        rows, truth = [["氏名", "基礎年金番号", "", "雇用保険被保険者番号", "", ""]], set()
        for k in self.people(3):
            (p, _), (e, _) = self.pension(), self.insured()
            rows.append([STAFF[k], p[:4], p[4:], e[:4], e[4:10], e[10]])
            truth |= {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)}
        return Doc(f"n14_split{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}), truth | _SCORED)

    def host_txt(self, i: int) -> Doc:
        """A payroll host's fixed-width file with a header line."""
        lines, truth = [f"{'CODE':<6}{'氏名':<10}{'基礎年金番号':<14}{'雇用保険番号':<14}"], set()
        for k in self.people(4):
            p, e = self.pension()[0], self.insured()[0]
            lines.append(f"{k + 1:06d}{STAFF[k]:<10}{p:<14}{e:<14}")
            truth |= {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)}
        return Doc(f"n14_host{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def keys_json(self, i: int) -> Doc:
        p_key, e_key = self.pick([("kiso_nenkin_no", "koyo_hoken_no"), ("nenkin_bango", "emp_ins_no"),
                                  ("pensionNo", "employmentInsuranceNo"), ("pension_number", "ei_no")])
        staff, truth = [], set()
        for k in self.people(3):
            (p, pw), (e, ew) = self.pension(), self.insured()
            staff.append({"emp_id": f"E{k:04d}", "name": STAFF[k], p_key: pw, e_key: ew})
            truth |= {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)}
        data = json.dumps({"company": "株式会社北斗製作所", "staff": staff}, ensure_ascii=False, indent=2)
        return Doc(f"n14_keys{i:03d}.json", data.encode(), truth | _SCORED)

    def elements_xml(self, i: int) -> Doc:
        tags = self.pick([("基礎年金番号", "雇用保険被保険者番号"), ("PensionNo", "EmpInsNo"), ("NenkinNo", "KoyoHokenNo")])
        body, truth = "", set()
        for k in self.people(3):
            (p, pw), (e, ew) = self.pension(), self.insured()
            body += f"<社員><氏名>{STAFF[k]}</氏名><{tags[0]}>{pw}</{tags[0]}><{tags[1]}>{ew}</{tags[1]}></社員>"
            truth |= {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)}
        return Doc(f"n14_elements{i:03d}.xml", f"<社員一覧>{body}</社員一覧>".encode(), truth | _SCORED)

    def staff_yaml(self, i: int) -> Doc:
        lines, truth = ["staff:"], set()
        for k in self.people(3):
            (p, pw), (e, ew) = self.pension(), self.insured()
            lines += [f"  - name: {STAFF[k]}", f"    年金番号: \"{pw}\"", f"    雇用保険番号: \"{ew}\""]
            truth |= {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)}
        return Doc(f"n14_staff{i:03d}.yaml", "\n".join(lines).encode(), truth | _SCORED)

    def acquisition_docx(self, i: int) -> Doc:
        """雇用保険被保険者資格取得届: the employer's 事業所番号 above, the person's 被保険者番号 below."""
        k, office = self.people(1)[0], self.office()
        (e, ew), (p, pw) = self.insured(), self.pension()
        table = [["事業所番号", office], ["被保険者氏名", STAFF[k]], ["被保険者番号", ew], ["基礎年金番号", pw],
                 ["資格取得年月日", "令和8年4月1日"]]
        truth = {("EMPLOYMENT_INSURANCE_NUMBER", e), ("BASIC_PENSION_NUMBER", p),
                 ("~EMPLOYMENT_INSURANCE_NUMBER", office.replace("-", ""))}
        return Doc(f"n14_acquisition{i:03d}.docx", _docx(["雇用保険被保険者資格取得届", "（ハローワーク提出用）"], table),
                   truth | _SCORED)

    def notice_pdf(self, i: int) -> Doc:
        k, (p, pw), (e, ew) = self.people(1)[0], self.pension(), self.insured()
        lines = ["入社手続きのご案内", f"{STAFF[k]} 様", "社会保険・雇用保険の手続きが完了しました。",
                 f"年金手帳の番号：{pw}", f"雇用保険被保険者番号：{ew}",
                 "お問い合わせ 日本年金機構 年金事務所 03-3456-7890", f"労働保険番号 {self.digits(14)}"]
        return Doc(f"n14_notice{i:03d}.pdf", _pdf(lines),
                   {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e),
                    ("~BASIC_PENSION_NUMBER", "0334567890")} | _SCORED)

    def table_html(self, i: int) -> Doc:
        rows, truth = "", set()
        for k in self.people(3):
            (p, pw), (e, ew) = self.pension(), self.insured()
            rows += f"<tr><td>{STAFF[k]}</td><td>{pw}</td><td>{ew}</td></tr>"
            truth |= {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)}
        html = ("<html><body><h2>社会保険 加入者一覧</h2><table><tr><th>氏名</th><th>年金No</th><th>雇保番号</th></tr>"
                f"{rows}</table></body></html>")
        return Doc(f"n14_table{i:03d}.html", html.encode(), truth | _SCORED)

    def mail_eml(self, i: int) -> Doc:
        k, (p, pw), (e, ew) = self.people(1)[0], self.pension(), self.insured()
        attached = f"氏名,基礎年金番号,雇用保険被保険者番号\n{STAFF[k]},{pw},{ew}\n".encode("cp932")
        body = "人事課 各位\n新入社員の社会保険情報を添付します。\n"
        return Doc(f"n14_mail{i:03d}.eml", w.make_eml("入社手続き", "hr@example.jp", "payroll@example.jp", body,
                                                     attachments=[("new_staff.csv", attached)]),
                   {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)} | _SCORED)

    def prose_txt(self, i: int) -> Doc:
        k, (p, pw), (e, ew) = self.people(1)[0], self.pension(), self.insured()
        lines = [f"{STAFF[k]}さんの入社書類を確認しました。", f"年金手帳の基礎年金番号は{pw}です。",
                 f"前職の雇用保険被保険者証によると被保険者番号は{ew}でした。",
                 f"当社の適用事業所番号 {self.office()} で資格取得届を提出します。"]
        return Doc(f"n14_prose{i:03d}.txt", "\n".join(lines).encode(),
                   {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)} | _SCORED)

    def example_form_txt(self, i: int) -> Doc:
        """Instructions of a form: its example numbers (記入例) are no one's."""
        p, e = self.pension()[0], self.insured()[0]
        lines = ["【記入例】", f"基礎年金番号 {p[:4]}-{p[4:]}", f"雇用保険被保険者番号 {e[:4]}-{e[4:10]}-{e[10]}",
                 "※番号は年金手帳・被保険者証で確認してください。"]
        return Doc(f"n14_example{i:03d}.txt", "\n".join(lines).encode(),
                   {("~BASIC_PENSION_NUMBER", p), ("~EMPLOYMENT_INSURANCE_NUMBER", e)} | _SCORED)

    def headerless_csv(self, i: int) -> Doc:
        """A payroll export with no header: (the employer's 事業所番号,) code, name, kana, birth date,
        the two numbers, a date."""
        lines, truth, office = [], set(), self.pick(["", self.office() + ","])  # the employer's, on every row
        if office:
            truth.add(("~EMPLOYMENT_INSURANCE_NUMBER", office[:-1].replace("-", "")))
        for k in self.people(4):
            p, e = self.pension()[0], self.insured()[0]
            lines.append(f"{office}{2000 + k},{STAFF[k]},{KANA[k]},19{self.rng.randint(60, 99)}/0{self.rng.randint(1, 9)}/1{k},"
                         f"{p[:4]}-{p[4:]},{e[:4]}-{e[4:10]}-{e[10]},2020/04/01")
            truth |= {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)}
        return Doc(f"n14_headerless{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def roster_pdf(self, i: int) -> Doc:
        """A roster printed to PDF: its header line no longer stands over its columns."""
        lines, truth = ["社会保険加入者名簿", "氏名 基礎年金番号 雇用保険被保険者番号 資格取得日"], set()
        for k in self.people(4):
            p, e = self.pension()[0], self.insured()[0]
            lines.append(f"{STAFF[k]} {p[:4]}-{p[4:]} {e[:4]}-{e[4:10]}-{e[10]} 2022/10/01")
            truth |= {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)}
        return Doc(f"n14_rosterprint{i:03d}.pdf", _pdf(lines), truth | _SCORED)

    def book_xlsx(self, i: int) -> Doc:
        """年金手帳 merged over 記号 | 番号: the number's two parts under a sub-header each."""
        rows, truth = [["氏名", "年金手帳", "", "入社日"], ["", "記号", "番号", ""]], set()
        for k in self.people(3):
            p = self.pension()[0]
            rows.append([STAFF[k], p[:4], p[4:], "2024/04/01"])
            truth.add(("BASIC_PENSION_NUMBER", p))
        return Doc(f"n14_book{i:03d}.xlsx", w.xlsx_bytes({"年金": rows}), truth | _SCORED)

    def offices_csv(self, i: int) -> Doc:
        """Look-alikes: the group's offices, each 事業所番号 (4-6-1) beside a free dial (4-6)."""
        lines, truth = [], set()
        for site in ("本社事業所", "大阪事業所", "九州工場"):
            office, dial = self.office(), f"0120-{self.digits(6)}"
            lines.append(f"{site},{office},{dial},{self.pick(['東京', '大阪', '福岡'])}")
            truth |= {("~EMPLOYMENT_INSURANCE_NUMBER", office.replace("-", "")), ("~BASIC_PENSION_NUMBER", dial.replace("-", ""))}
        return Doc(f"n14_offices{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def contracts_txt(self, i: int) -> Doc:
        """Look-alikes: a host's list of contracts whose header names its columns: a contract's
        4-6-1 and a serial's 4-6 in every row, no one's insurance."""
        lines, truth = [f"{'受付番号':<10}{'契約番号':<16}{'製造番号':<14}{'日付':<12}"], set()
        for _ in range(4):
            contract, serial = self.office(), f"{self.rng.randint(1, 9)}{self.digits(3)}-{self.digits(6)}"
            lines.append(f"{self.digits(8):<12}{contract:<16}{serial:<14}2026/0{self.rng.randint(1, 9)}/15")
            truth |= {("~EMPLOYMENT_INSURANCE_NUMBER", contract.replace("-", "")), ("~BASIC_PENSION_NUMBER", serial.replace("-", ""))}
        return Doc(f"n14_contracts{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def sections_txt(self, i: int) -> Doc:
        """A form with a section to each insurance, each number under the bare 被保険者番号."""
        k, (p, pw), (e, ew) = self.people(1)[0], self.pension(), self.insured()
        lines = [f"社会保険 資格取得確認（{STAFF[k]}）", "【厚生年金保険】", f"被保険者番号：{pw}", "【雇用保険】",
                 f"被保険者番号：{ew}", "【健康保険】", f"記号：{self.digits(4)}　番号：{self.rng.randint(1, 99)}"]
        return Doc(f"n14_sections{i:03d}.txt", "\n".join(lines).encode(),
                   {("BASIC_PENSION_NUMBER", p), ("EMPLOYMENT_INSURANCE_NUMBER", e)} | _SCORED)

    # --- residence cards beside passports -------------------------------------------------

    def card_written(self) -> tuple[str, str]:
        card = self.residence_card()
        return card, self.pick([card, card.lower(), spaced(card), card.translate(str.maketrans(
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"))])

    def foreign_xlsx(self, i: int) -> Doc:
        """国籍 | 旅券番号 | 在留カード番号 | 在留資格 | 在留期限 in some order."""
        columns = self.rng.sample(["国籍", "旅券番号", "在留カード番号", "在留資格", "在留期限"], 5)
        rows, truth = [["氏名"] + columns], set()
        for name, nation in self.rng.sample(FOREIGN, 3):
            card, written = self.card_written()
            passport = self.foreign_passport()
            values = {"国籍": nation, "旅券番号": passport, "在留カード番号": written,
                      "在留資格": self.pick(STATUSES), "在留期限": "2027/03/31"}
            rows.append([name] + [values[c] for c in columns])
            truth |= {("RESIDENCE_CARD", card), ("PASSPORT", passport)}
        return Doc(f"n14_foreign{i:03d}.xlsx", w.xlsx_bytes({"外国人": rows}), truth | _SCORED)

    def certificate_docx(self, i: int) -> Doc:
        """証明書番号 under a 在留カード heading, or a 特別永住者証明書番号."""
        name, nation = self.pick(FOREIGN)
        card, written = self.card_written()
        label = self.pick(["特別永住者証明書番号", "在留カード 証明書番号"])
        table = [["氏名", name], ["国籍・地域", nation], [label, written], ["有効期間", "2030年5月1日まで"]]
        return Doc(f"n14_certificate{i:03d}.docx", _docx(["在留カード確認票"], table),
                   {("RESIDENCE_CARD", card)} | _SCORED)

    def both_column_csv(self, i: int) -> Doc:
        """One column named for both documents: a card where one was issued, a passport otherwise."""
        lines, truth = ["氏名,国籍,在留カード/旅券番号,在留資格"], set()
        for name, nation in self.rng.sample(FOREIGN, 3):
            if self.rng.random() < 0.6:
                card, number = self.card_written()
                truth.add(("RESIDENCE_CARD", card))
            else:
                number = self.foreign_passport()
                truth.add(("PASSPORT", number))
            lines.append(f"{name},{nation},{number},{self.pick(STATUSES)}")
        return Doc(f"n14_both{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.roster_csv, self.merged_xlsx, self.split_xlsx, self.host_txt, self.keys_json, self.elements_xml,
                 self.staff_yaml, self.acquisition_docx, self.notice_pdf, self.table_html, self.mail_eml,
                 self.prose_txt, self.example_form_txt, self.headerless_csv, self.roster_pdf, self.book_xlsx,
                 self.offices_csv, self.contracts_txt, self.sections_txt, self.foreign_xlsx, self.certificate_docx, self.both_column_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        """An office's own numbers: 事業所番号, 労働保険番号, phones."""
        docs = []
        for i in range(count):
            lines = ["事業所情報", f"雇用保険適用事業所番号：{self.office()}", f"労働保険番号：{self.digits(14)}",
                     f"管轄 年金事務所 電話 0{self.digits(3)}-{self.digits(2)}-{self.digits(4)}"]
            docs.append(Doc(f"n14_clean_office{i:03d}.txt", "\n".join(lines).encode()))
        return docs
