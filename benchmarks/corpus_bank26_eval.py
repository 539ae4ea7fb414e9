"""Evaluation corpus of issue 12's bank26 work, written after the dev and check corpora
by a third hand and scored once before and once after the rules were corrected on the
other two (never tuned on): a company payroll desk handling staff's 給与振込口座 changes.
No template, label, name or word list in common with corpus_bank26_dev.py or
corpus_bank26_check.py.

Accounts in: a 給与振込口座変更届 docx whose table has a header row and the 変更前 /
変更後 accounts in rows below, a filled-in PDF form with romanised field names, a chat
export where a worker types the account in one line, an HR system's XML, a markdown
table whose one 振込先 cell holds bank, branch, kind and number together, a split-pay
sheet (第1口座 / 第2口座 per worker). Look-alikes (`~`): the company's own paying account
in a note to the bank, 社員番号 and 支給額 of seven digits.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from benchmarks.corpus import Doc
from samples import writers as w

STAFF = [("田村", "亮介", "タムラ リョウスケ"), ("吉川", "奈緒", "ヨシカワ ナオ"), ("松尾", "大輝", "マツオ ダイキ"),
         ("片山", "千尋", "カタヤマ チヒロ"), ("宮崎", "浩二", "ミヤザキ コウジ"), ("堀", "美咲", "ホリ ミサキ")]
BANKS = [("横浜銀行", "0138", "鶴見"), ("城南信用金庫", "1349", "蒲田"), ("北洋銀行", "0501", "大通"),
         ("近畿労働金庫", "2978", "梅田"), ("伊予銀行", "0174", "松山駅前")]
COMPANY = "株式会社ミナト精工"
WANTED = {("*", "BANK_ACCOUNT")}


class EvalBank26:
    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed * 71 + 3)

    def digits(self, width: int = 7) -> str:
        return "".join(self.random.choice("0123456789") for _ in range(width))

    def worker(self) -> tuple[str, str, str]:
        return self.random.choice(STAFF)

    def bank(self) -> tuple[str, str, str]:
        return self.random.choice(BANKS)

    @staticmethod
    def marked(accounts=(), others=()) -> set:
        return {("BANK_ACCOUNT", a) for a in accounts} | {("~BANK_ACCOUNT", o) for o in others} | WANTED

    # --- positives ---------------------------------------------------------------

    def change_notice_docx(self, k: int) -> Doc:
        """給与振込口座変更届: a header row, then the old and the new account below it."""
        family, given, _ = self.worker()
        staff_no = self.digits()
        rows = [["区分", "銀行名", "支店", "種類", "口座No."]]
        accounts = []
        for when in ("変更前", "変更後"):
            name, _, branch = self.bank()
            accounts.append(self.digits())
            rows.append([when, name, branch, self.random.choice(["普通", "当座"]), accounts[-1]])
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "change.docx"
            w.write_docx(path, ["給与振込口座変更届", f"社員番号 {staff_no}", f"氏名 {family} {given}"], rows)
            data = path.read_bytes()
        return Doc(f"b26e_change{k:03d}.docx", data, self.marked(accounts, [staff_no]))

    def filled_form_pdf(self, k: int) -> Doc:
        """A PDF form printed filled in: romanised field names left, values right."""
        family, given, kana = self.worker()
        name, code, branch = self.bank()
        account = self.digits()
        fields = [("shimei", f"{family} {given}"), ("ginko_code", code), ("shiten_mei", branch),
                  ("yokin_shubetsu", "1"), ("koza_bango", account), ("meigi_kana", kana)]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "form.pdf"
            w.write_pdf_form(path, fields)
            data = path.read_bytes()
        return Doc(f"b26e_form{k:03d}.pdf", data, self.marked([account]))

    def chat_log_txt(self, k: int) -> Doc:
        """A chat export: the worker types bank, branch, kind and number on one line."""
        family, _, _ = self.worker()
        name, _, branch = self.bank()
        account = self.digits()
        lines = ["#総務-給与 チャンネル書き出し", f"[09:12] {family}: 来月分から給与の振込先を変えたいです",
                 "[09:15] 総務: 新しい口座を教えてください", f"[09:20] {family}: {name} {branch} 普通 {account} です",
                 "[09:21] 総務: 承知しました"]
        return Doc(f"b26e_chat{k:03d}.txt", "\n".join(lines).encode("utf-8"), self.marked([account]))

    def hr_export_xml(self, k: int) -> Doc:
        """An HR system's XML: each employee's pay account in elements of its own."""
        parts, accounts = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<Employees>"], []
        for family, given, _ in self.random.sample(STAFF, 2):
            _, code, _ = self.bank()
            accounts.append(self.digits())
            parts.append(f"  <Employee><Name>{family} {given}</Name><PayAccount><BankCode>{code}</BankCode>"
                         f"<BranchCode>{self.digits(3)}</BranchCode><Type>1</Type>"
                         f"<Number>{accounts[-1]}</Number></PayAccount></Employee>")
        parts.append("</Employees>")
        return Doc(f"b26e_hr{k:03d}.xml", "\n".join(parts).encode("utf-8"), self.marked(accounts))

    def roster_md(self, k: int) -> Doc:
        """A markdown roster: the whole 振込先 in one cell."""
        lines, accounts = ["## 新入社員 給与振込先一覧", "", "| 氏名 | 振込先 |", "|---|---|"], []
        for family, given, _ in self.random.sample(STAFF, 3):
            name, _, branch = self.bank()
            accounts.append(self.digits())
            lines.append(f"| {family} {given} | {name}{branch}支店 普通 {accounts[-1]} |")
        return Doc(f"b26e_roster{k:03d}.md", "\n".join(lines).encode("utf-8"), self.marked(accounts))

    def split_pay_csv(self, k: int) -> Doc:
        """A split-pay sheet: a first and a second account per worker, each with its share."""
        lines, accounts = ["社員,第1口座銀行,第1口座,第2口座銀行,第2口座,第2口座額"], []
        for family, given, _ in self.random.sample(STAFF, 2):
            first, second = self.digits(), self.digits()
            accounts += [first, second]
            lines.append(f"{family}{given},{self.bank()[0]},{first},{self.bank()[0]},{second},30000")
        return Doc(f"b26e_split{k:03d}.csv", "\n".join(lines).encode("utf-8"), self.marked(accounts))

    # --- look-alikes -------------------------------------------------------------

    def bank_request_txt(self, k: int) -> Doc:
        """The company's note to its bank: its own paying account, a pay total, staff numbers."""
        own, total, staff_no = self.digits(), self.digits(), self.digits()
        name, _, branch = self.bank()
        lines = [f"{name} {branch}支店 御中", f"{COMPANY} 経理課", "給与振込の依頼",
                 f"引落口座：当座 {own}（{COMPANY}）", f"振込総額 {total}円", f"担当 社員番号 {staff_no}"]
        return Doc(f"b26e_request{k:03d}.txt", "\n".join(lines).encode("utf-8"), self.marked(others=[own, total, staff_no]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.change_notice_docx, self.filled_form_pdf, self.chat_log_txt, self.hr_export_xml,
                 self.roster_md, self.split_pay_csv, self.bank_request_txt]
        return [kinds[k % len(kinds)](k) for k in range(count)]

    # --- clean files -------------------------------------------------------------

    def parts_list(self, k: int) -> Doc:
        lines = ["品番,品名,数量"] + [f"{self.digits()},六角ボルトM{n + 6},{n + 10}" for n in range(3)]
        return Doc(f"b26e_clean_parts{k:03d}.csv", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        return [self.parts_list(k) for k in range(count)]
