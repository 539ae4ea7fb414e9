"""Development corpus of issue 12's accounts9 work (bank accounts, 基礎年金番号 and
雇用保険被保険者番号 missed): the rules are corrected on it. A payroll office's habits:
a 給与振込 export in every format daicho reads, each writing the value its own way. No
template, label, name or word list in common with corpus_accounts9_check.py (an 入社手続
form set, tests/benchmarks/test_accounts9_corpora.py).

Accounts in: a CSV with 銀行/支店/種目 in other columns, a headerless CSV, a two-row
(merged) header in a sheet, 金融機関コード + 店番 + 口座番号 in three cells, a docx form
whose label stands above its value, prose (普通 1234567, 振込先), a ゆうちょ 記号-番号, JSON
and XML with English or romaji keys, YAML, a mail with a zipped CSV attached. Pension
and employment-insurance numbers under 基礎年金番号 / 雇用保険被保険者番号 columns, split
in three cells, under romaji keys, in a mail's sentence. Look-alikes (`~`): 注文番号,
請求書番号, 会員番号 and 証券番号 of the same shapes, the organisation's own account a
reader is asked to pay into, the employer's 適用事業所番号.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from benchmarks.corpus import Doc
from samples import writers as w

NAMES = ["榊原 拓真", "宇野 千尋", "梶田 秀樹", "東 沙織", "守屋 悠斗", "篠田 麻衣", "黒川 慎吾", "浜口 遥"]
ROMAJI = ["SAKAKIBARA TAKUMA", "UNO CHIHIRO", "KAJITA HIDEKI", "AZUMA SAORI", "MORIYA YUTO"]
BANKS = [("0001", "みずほ銀行"), ("0009", "三井住友銀行"), ("0017", "埼玉りそな銀行"), ("0138", "横浜銀行")]
BRANCHES = [("110", "渋谷支店"), ("254", "川口支店"), ("071", "本店営業部"), ("312", "港北支店")]
KINDS = ["普通", "当座"]
ONLY = {("*", "BANK_ACCOUNT"), ("*", "BASIC_PENSION_NUMBER"), ("*", "EMPLOYMENT_INSURANCE_NUMBER")}


class DevAccounts9:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 29 + 9)

    def choose(self, items):
        return self.rng.choice(items)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def account(self) -> str:
        return f"{self.rng.randint(1, 9)}{self.digits(6)}"

    def pension(self) -> tuple[str, str]:
        """(as written 1234-567890, canonical digits)."""
        number = f"{self.rng.randint(1, 9)}{self.digits(9)}"
        return f"{number[:4]}-{number[4:]}", number

    def insured(self) -> tuple[str, str]:
        """雇用保険被保険者番号 (as written 1234-567890-1, canonical digits)."""
        number = f"{self.rng.randint(1, 9)}{self.digits(10)}"
        return f"{number[:4]}-{number[4:10]}-{number[10]}", number

    def yucho(self) -> str:
        return f"1{self.digits(3)}0-{self.digits(7)}1"

    @staticmethod
    def truth(accounts=(), pensions=(), insured=(), others=()) -> set:
        return ({("BANK_ACCOUNT", a) for a in accounts} | {("BASIC_PENSION_NUMBER", p) for p in pensions}
                | {("EMPLOYMENT_INSURANCE_NUMBER", e) for e in insured}
                | {(f"~{entity}", value) for entity, value in others} | ONLY)

    # --- positives ---------------------------------------------------------------

    def transfer_csv(self, i: int) -> Doc:
        """給与振込データ: 銀行名, 支店名, 預金種目 in their own columns, 口座番号 in another."""
        lines, accounts = ["社員コード,氏名,銀行名,支店名,預金種目,口座番号,振込額"], []
        for n, who in enumerate(self.rng.sample(NAMES, 4)):
            account = self.account()
            lines.append(f"{2001 + n},{who},{self.choose(BANKS)[1]},{self.choose(BRANCHES)[1]},{self.choose(KINDS)},"
                         f"{account},{self.rng.randint(180, 420) * 1000}")
            accounts.append(account)
        return Doc(f"a9d_transfer{i:03d}.csv", "\n".join(lines).encode("cp932"), self.truth(accounts))

    def headerless_csv(self, i: int) -> Doc:
        """The same export without its header: bank, branch (codes, or names on odd rows), kind, account, name."""
        lines, accounts = [], []
        for n, who in enumerate(self.rng.sample(ROMAJI, 4)):
            account, bank, branch = self.account(), self.choose(BANKS), self.choose(BRANCHES)
            bank_cells = f"{bank[0]},{branch[0]},1" if n % 2 == 0 else f"{bank[1]},{branch[1]},{self.choose(KINDS)}"
            lines.append(f"{bank_cells},{account},{who}")
            accounts.append(account)
        fund = self.account()  # the staff association's own account, its row labelled by what is paid in
        lines.append(f"親睦会費口座,{self.choose(BANKS)[1]},{self.choose(BRANCHES)[1]},普通,{fund},")
        return Doc(f"a9d_headerless{i:03d}.csv", "\n".join(lines).encode("utf-8"),
                   self.truth(accounts, others=[("BANK_ACCOUNT", fund)]))

    def merged_header_xlsx(self, i: int) -> Doc:
        """A sheet whose 振込先 header spans 金融機関 | 支店 | 種目 | 口座番号 on the row below."""
        rows = [["給与振込先一覧（2026年12月支給分）"], ["氏名", "振込先", "", "", ""],
                ["", "金融機関", "支店", "種目", "口座番号"]]
        accounts = []
        for n, who in enumerate(self.rng.sample(NAMES, 4)):
            account = self.account() if n else f"0{self.digits(6)}"
            # the sheet keeps the numbers as numbers: an account's leading zero is lost (0123456 → 123456)
            rows.append([who, self.choose(BANKS)[1], self.choose(BRANCHES)[1], self.choose(KINDS), int(account)])
            accounts.append(account)
        own = self.account()  # the payer's own account, its row labelled by the organisation
        rows.append(["本部口座", self.choose(BANKS)[1], self.choose(BRANCHES)[1], "当座", own])
        return Doc(f"a9d_merged{i:03d}.xlsx", w.xlsx_bytes({"振込先": rows}),
                   self.truth(accounts, others=[("BANK_ACCOUNT", own)]))

    def split_codes_xlsx(self, i: int) -> Doc:
        """金融機関コード | 店番 | 口座番号 split in cells, with a 基礎年金番号 and 雇用保険 column."""
        rows = [["氏名", "金融機関コード", "店番", "口座番号", "基礎年金番号", "雇用保険被保険者番号"]]
        accounts, pensions, insured = [], [], []
        for who in self.rng.sample(NAMES, 3):
            account, (pw, p), (ew, e) = self.account(), self.pension(), self.insured()
            rows.append([who, self.choose(BANKS)[0], self.choose(BRANCHES)[0], account, pw, ew])
            accounts.append(account)
            pensions.append(p)
            insured.append(e)
        return Doc(f"a9d_codes{i:03d}.xlsx", w.xlsx_bytes({"Sheet1": rows}), self.truth(accounts, pensions, insured))

    def form_docx(self, i: int) -> Doc:
        """A 口座振込依頼書 as a docx table whose labels stand above their values."""
        account, (pw, p), (ew, e) = self.account(), self.pension(), self.insured()
        account_row = [["預金種目", "口座番号", ""], [self.choose(KINDS), account, ""]] if i % 2 == 0 else \
            [["口座番号", "預金種目", ""], [account, self.choose(KINDS), ""]]  # the number under 氏名's column
        table = [["氏名", "銀行名", "支店名"], [self.choose(NAMES), self.choose(BANKS)[1], self.choose(BRANCHES)[1]],
                 *account_row,
                 ["基礎年金番号", "雇用保険被保険者番号", ""], [pw, ew, ""]]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "form.docx"
            w.write_docx(path, ["給与振込口座届"], table)
            data = path.read_bytes()
        return Doc(f"a9d_form{i:03d}.docx", data, self.truth([account], [p], [e]))

    def prose_pdf(self, i: int) -> Doc:
        """A note of changes in sentences: 普通 1234567 and 振込先 in prose."""
        account, second = self.account(), self.account()
        lines = ["口座変更の記録", f"{self.choose(NAMES)}さんより、給与の振込先を{self.choose(BANKS)[1]}{self.choose(BRANCHES)[1]}の"
                 f"普通預金 {account} に変更したいとの申出あり。",
                 f"旧口座（当座 {second}）は12月末で解約予定とのこと。"]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "note.pdf"
            w.write_pdf(path, [lines])
            data = path.read_bytes()
        return Doc(f"a9d_prose{i:03d}.pdf", data, self.truth([account, second]))

    def key_rows_tsv(self, i: int) -> Doc:
        """A 振込依頼 form saved as key-value rows: the kind, or a note, between the label and the number."""
        account, (_, p), (_, e) = self.account(), self.pension(), self.insured()
        lines = ["振込依頼", f"依頼者\t{self.choose(NAMES)}", f"振込口座\t{self.choose(KINDS)}\t{account}",
                 f"金融機関\t{self.choose(BANKS)[1]}\t{self.choose(BRANCHES)[1]}",
                 f"基礎年金番号\t（ハイフン不要）\t{p}", f"雇用保険被保険者番号\t{'※11桁で記入' if i % 2 else ''}\t{e}"]  # a note, or the label merged over two cells
        return Doc(f"a9d_keyrows{i:03d}.tsv", "\n".join(lines).encode("utf-8"), self.truth([account], [p], [e]))

    def yucho_txt(self, i: int) -> Doc:
        """ゆうちょ accounts as 記号-番号 in a memo, one per line after a name."""
        lines, accounts = ["ゆうちょ銀行 受取口座"], []
        for who in self.rng.sample(NAMES, 3):
            number = self.yucho()
            lines.append(f"{who}　記号番号 {number}")
            accounts.append(number)
        return Doc(f"a9d_yucho{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth(accounts))

    def api_json(self, i: int) -> Doc:
        """An HR system's export: English snake_case keys."""
        records, accounts, pensions, insured = [], [], [], []
        for who in self.rng.sample(ROMAJI, 3):
            account, (pw, p), (ew, e) = self.account(), self.pension(), self.insured()
            records.append({"employee_name": who, "bank_code": self.choose(BANKS)[0], "branch_code": self.choose(BRANCHES)[0],
                            "account_type": "ordinary", "account_no": account, "pension_no": pw,
                            "employment_insurance_no": ew})
            accounts.append(account)
            pensions.append(p)
            insured.append(e)
        data = json.dumps({"employees": records}, ensure_ascii=False, indent=2).encode("utf-8")
        return Doc(f"a9d_api{i:03d}.json", data, self.truth(accounts, pensions, insured))

    def romaji_xml(self, i: int) -> Doc:
        """A payroll package's XML with romaji element names."""
        parts, accounts, pensions, insured = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<shain_list>"], [], [], []
        for who in self.rng.sample(NAMES, 3):
            account, (pw, p), (ew, e) = self.account(), self.pension(), self.insured()
            parts.append(f"  <shain><shimei>{who}</shimei><ginko>{self.choose(BANKS)[1]}</ginko>"
                         f"<kouza_bango>{account}</kouza_bango><nenkin_bango>{pw}</nenkin_bango>"
                         f"<koyo_hoken_bango>{ew}</koyo_hoken_bango></shain>")
            accounts.append(account)
            pensions.append(p)
            insured.append(e)
        parts.append("</shain_list>")
        return Doc(f"a9d_romaji{i:03d}.xml", "\n".join(parts).encode("utf-8"), self.truth(accounts, pensions, insured))

    def settings_yaml(self, i: int) -> Doc:
        """A YAML record per person with a nested bank block."""
        account, (pw, p) = self.account(), self.pension()
        lines = ["person:", f"  name: {self.choose(ROMAJI)}", "  bank:", f"    name: {self.choose(BANKS)[1]}",
                 f"    branch: {self.choose(BRANCHES)[1]}", "    type: 普通", f"    number: {account}",
                 f"  pension: {pw}"]
        return Doc(f"a9d_settings{i:03d}.yaml", "\n".join(lines).encode("utf-8"), self.truth([account], [p]))

    def mail_eml(self, i: int) -> Doc:
        """A mail whose sentences give the numbers, with a zipped CSV of accounts attached."""
        (pw, p), (ew, e), account = self.pension(), self.insured(), self.account()
        body = "\n".join(["人事課 各位", "", f"{self.choose(NAMES)}さんの入社手続の件です。",
                          f"基礎年金番号は{pw}、前職の雇用保険被保険者番号は{ew}とのことです。",
                          "給与口座は添付のとおりです。"])
        attached = f"氏名,口座番号\n{self.choose(NAMES)},{account}\n".encode("cp932")
        data = w.make_eml("入社手続", "jinji@example.co.jp", "soumu@example.co.jp", body,
                          attachments=[("koza.zip", w.zip_bytes({"koza.csv": attached}))])
        return Doc(f"a9d_mail{i:03d}.eml", data, self.truth([account], [p], [e]))

    def split_numbers_xlsx(self, i: int) -> Doc:
        """Numbers split in cells: 基礎年金番号 4 | 6, 雇用保険被保険者番号 4 | 6 | 1."""
        rows = [["氏名", "基礎年金番号", "", "雇用保険被保険者番号", "", ""]]
        pensions, insured = [], []
        for who in self.rng.sample(NAMES, 3):
            (_, p), (_, e) = self.pension(), self.insured()
            rows.append([who, p[:4], p[4:], e[:4], e[4:10], e[10]])
            pensions.append(p)
            insured.append(e)
        return Doc(f"a9d_splitcells{i:03d}.xlsx", w.xlsx_bytes({"手続": rows}), self.truth(pensions=pensions, insured=insured))

    def titled_split_xlsx(self, i: int) -> Doc:
        """A sheet with a title and the employer's line above its header, the numbers split in cells."""
        rows = [["雇用保険・年金 加入者一覧"], ["事業所名", "みなと工業株式会社"],
                ["社員名", "雇用保険被保険者番号", "", "", "基礎年金番号", ""]]
        pensions, insured = [], []
        for who in self.rng.sample(NAMES, 3):
            (_, p), (_, e) = self.pension(), self.insured()
            rows.append([who, e[:4], e[4:10], e[10], p[:4], p[4:]])
            pensions.append(p)
            insured.append(e)
        truth = self.truth(pensions=pensions, insured=insured)
        if i % 2 == 0:
            return Doc(f"a9d_titled{i:03d}.xlsx", w.xlsx_bytes({"加入者": rows}), truth)
        with tempfile.TemporaryDirectory() as tmp:  # the same sheet kept in the old binary format
            path = Path(tmp) / "roster.xls"
            w.write_xls(path, {"加入者": rows})
            return Doc(f"a9d_titled{i:03d}.xls", path.read_bytes(), truth)

    def html_table(self, i: int) -> Doc:
        """An intranet page's table: 年金 and 雇保 columns, digits without dashes."""
        cells, pensions, insured = [], [], []
        for who in self.rng.sample(NAMES, 3):
            (_, p), (_, e) = self.pension(), self.insured()
            cells.append(f"<tr><td>{who}</td><td>{p}</td><td>{e}</td></tr>")
            pensions.append(p)
            insured.append(e)
        page = ("<html><body><h1>社会保険 資格情報</h1><table><tr><th>氏名</th><th>年金番号</th><th>雇保番号</th></tr>"
                + "".join(cells) + "</table></body></html>")
        return Doc(f"a9d_page{i:03d}.html", page.encode("utf-8"), self.truth(pensions=pensions, insured=insured))

    def host_fixed_txt(self, i: int) -> Doc:
        """A host's fixed-width payroll record: code, bank, branch, kind, account, kana, amount."""
        lines, accounts = [], []
        for n, who in enumerate(self.rng.sample(ROMAJI, 3)):
            account = self.account()
            lines.append(f"{31000 + n:05d}{self.choose(BANKS)[0]}{self.choose(BRANCHES)[0]}1{account}{who:<30}"
                         f"{self.rng.randint(150, 500) * 1000:010d}")
            accounts.append(account)
        return Doc(f"a9d_hostfixed{i:03d}.txt", "\n".join(lines).encode("ascii"), self.truth(accounts))

    def env_conf(self, i: int) -> Doc:
        """A batch job's settings with UPPER_SNAKE romaji keys."""
        account, (pw, p), (ew, e) = self.account(), self.pension(), self.insured()
        lines = ["# furikomi batch", f"SHAIN_MEI=\"{self.choose(ROMAJI)}\"", f"FURIKOMI_KOUZA={account}",
                 f"KISO_NENKIN={pw}", f"KOYOU_HOKEN_NO={ew}"]
        return Doc(f"a9d_env{i:03d}.conf", "\n".join(lines).encode("utf-8"), self.truth([account], [p], [e]))

    def former_job_txt(self, i: int) -> Doc:
        """A memo in sentences: the number from a former employer's paper, an employer word beside it."""
        (ew, e) = self.insured()
        lines = ["入社手続メモ", f"{self.choose(NAMES)}さん：以前勤めていた会社で交付された雇用保険の番号は{ew}。",
                 "被保険者証は紛失とのこと。"]
        return Doc(f"a9d_formerjob{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth(insured=[e]))

    # --- look-alikes beside the positives ------------------------------------------

    def invoice_txt(self, i: int) -> Doc:
        """An invoice: the organisation's own account to pay into, an order and an invoice number."""
        own, order, invoice = self.account(), self.digits(7), f"{self.rng.randint(1, 9)}{self.digits(9)}"
        lines = ["請求書", f"請求書番号 {invoice}", f"注文番号 {order}", "下記口座へお振込みください。",
                 f"振込先：{self.choose(BANKS)[1]} {self.choose(BRANCHES)[1]} 普通 {own}",
                 "口座名義：カ）ミナトコウギョウ"]
        employee, (pw, p) = self.account(), self.pension()
        lines += ["", "（控）担当者立替分の精算", f"{self.choose(NAMES)} 普通 {employee}　基礎年金番号 {pw}"]
        return Doc(f"a9d_invoice{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   self.truth([employee], [p], others=[("BANK_ACCOUNT", own), ("BANK_ACCOUNT", order),
                                                      ("BASIC_PENSION_NUMBER", invoice)]))

    def members_csv(self, i: int) -> Doc:
        """A member list: 会員番号 and 証券番号 of pension / insurance shapes beside 口座 words."""
        lines, others = ["会員番号,氏名,証券番号,引落口座"], []
        accounts = []
        for who in self.rng.sample(NAMES, 3):
            member, policy, account = self.digits(7), f"{self.rng.randint(1, 9)}{self.digits(9)}", self.account()
            lines.append(f"{member},{who},{policy},{self.choose(BANKS)[1]} 普通 {account}")
            others += [("BANK_ACCOUNT", member), ("BASIC_PENSION_NUMBER", policy)]
            accounts.append(account)
        return Doc(f"a9d_members{i:03d}.csv", "\n".join(lines).encode("utf-8"), self.truth(accounts, others=others))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.transfer_csv, self.headerless_csv, self.merged_header_xlsx, self.split_codes_xlsx, self.form_docx,
                 self.prose_pdf, self.key_rows_tsv, self.yucho_txt, self.api_json, self.romaji_xml, self.settings_yaml, self.mail_eml,
                 self.split_numbers_xlsx, self.titled_split_xlsx, self.html_table, self.host_fixed_txt, self.env_conf, self.former_job_txt,
                 self.invoice_txt, self.members_csv]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    # --- clean files -------------------------------------------------------------

    def price_list(self, i: int) -> Doc:
        lines = ["品番,品名,単価"] + [f"{self.digits(7)},部品{n},{self.rng.randint(1, 90) * 100}" for n in range(4)]
        return Doc(f"a9d_clean_prices{i:03d}.csv", "\n".join(lines).encode("utf-8"))

    def branch_list(self, i: int) -> Doc:
        lines = ["取引銀行一覧"] + [f"{bank[1]} 金融機関コード {bank[0]}" for bank in BANKS]
        return Doc(f"a9d_clean_banks{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.price_list, self.branch_list]
        return [kinds[n % len(kinds)](n) for n in range(count)]
