"""Check corpus of issue 12's bank26 work, written after corpus_bank26_dev.py by another
hand and never tuned on: a care home's papers for collecting its fees by 口座振替. No
template, label, name or word list in common with the development corpus.

Accounts in: a 口座振替依頼書 sheet whose labels stand left of their values down one
column, the same form with the number in one box per digit, a web form's <dl> export,
residents' families writing in mails (引落しは〇〇信組△△支店の普通、番号は1234567です),
a nested JSON of a billing system, a ゆうちょ 通帳記号・通帳番号 in a PDF, 金融機関
コード / 支店コード / 口座番号 on one line of a ledger. Look-alikes (`~`): the home's own
collection account in a notice to all families, 利用者番号 and 請求No. of seven digits.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from benchmarks.corpus import Doc
from samples import writers as w

FAMILIES = [("佐久間", "トシコ", "敏子"), ("小野寺", "マサル", "勝"), ("笠原", "ヨシエ", "芳江"),
            ("新井", "ツトム", "努"), ("長谷部", "キヨミ", "清美"), ("安藤", "イサオ", "功")]
INSTITUTIONS = [("群馬信用組合", "0120", "高崎中央"), ("静岡労金", "2972", "浜松"), ("千葉興業銀行", "0134", "幕張"),
                ("西武信金", "1344", "国分寺"), ("JAいるま野", "3035", "川越南")]
HOME = "特別養護老人ホーム さくらの里"
SCOPE = {("*", "BANK_ACCOUNT")}


class CheckBank26:
    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed * 53 + 7)

    def number(self, width: int = 7) -> str:
        return "".join(self.random.choice("0123456789") for _ in range(width))

    def family(self) -> tuple[str, str, str]:
        return self.random.choice(FAMILIES)

    def institution(self) -> tuple[str, str, str]:
        return self.random.choice(INSTITUTIONS)

    @staticmethod
    def labelled(accounts=(), others=()) -> set:
        return {("BANK_ACCOUNT", a) for a in accounts} | {("~BANK_ACCOUNT", o) for o in others} | SCOPE

    # --- positives ---------------------------------------------------------------

    def mandate_xlsx(self, k: int) -> Doc:
        """口座振替依頼書: one label per row, its value in the cell to its right."""
        surname, kana, given = self.family()
        bank, _, branch = self.institution()
        account, resident = self.number(), self.number()
        rows = [["預金口座振替依頼書"], ["利用者番号", resident], ["ご利用者", f"{surname}{given}"],
                ["お引落し金融機関", bank], ["お取扱店", f"{branch}支店"], ["科目", "1.普通"],
                ["番号", account], ["おなまえ（カナ）", f"{surname}　{kana}"]]
        return Doc(f"b26c_mandate{k:03d}.xlsx", w.xlsx_bytes({"依頼書": rows}), self.labelled([account], [resident]))

    def boxes_xlsx(self, k: int) -> Doc:
        """The same form printed with a box per digit: seven cells after 口座番号."""
        surname, _, given = self.family()
        account = self.number()
        rows = [["口座振替のお申込み"], ["ご契約者", f"{surname} {given}"], ["金融機関", self.institution()[0]],
                ["口座番号", *account], ["預金種目", "普通"]]
        return Doc(f"b26c_boxes{k:03d}.xlsx", w.xlsx_bytes({"申込": rows}), self.labelled([account]))

    def webform_html(self, k: int) -> Doc:
        """An online application saved from the browser: <dt> label, <dd> value."""
        surname, kana, given = self.family()
        bank, code, branch = self.institution()
        account = self.number()
        items = [("申込者", f"{surname} {given}"), ("金融機関コード", code), ("支店名", branch),
                 ("預貯金の種類", "普通"), ("口座の番号", account), ("名義（フリガナ）", kana)]
        body = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in items)
        page = f"<html><body><h2>引落口座登録</h2><dl>{body}</dl></body></html>"
        return Doc(f"b26c_webform{k:03d}.html", page.encode("utf-8"), self.labelled([account]))

    def family_eml(self, k: int) -> Doc:
        """A family member's mail: the account told in a sentence, a particle between kind and number."""
        surname, _, given = self.family()
        bank, _, branch = self.institution()
        account = self.number()
        body = "\n".join([f"{HOME} ご担当者様", "", f"{surname}{given}の長男です。",
                          f"来月から引落しを{bank}{branch}支店の普通、番号は{account}に変えていただけますか。",
                          "よろしくお願いいたします。"])
        data = w.make_eml("引落口座の変更", "family@example.net", "office@sakura.example.jp", body)
        return Doc(f"b26c_family{k:03d}.eml", data, self.labelled([account]))

    def billing_json(self, k: int) -> Doc:
        """A billing system's export: the account nested under its payer, codes apart."""
        payers, accounts = [], []
        for surname, kana, _ in self.random.sample(FAMILIES, 3):
            bank, code, _ = self.institution()
            account = self.number()
            payers.append({"payer": f"{surname} {kana}", "debit": {"institution": code, "office": self.number(3),
                                                                    "class": 1, "no": account}})
            accounts.append(account)
        data = json.dumps({"billing": payers}, ensure_ascii=False, indent=1).encode("utf-8")
        return Doc(f"b26c_billing{k:03d}.json", data, self.labelled(accounts))

    def passbook_pdf(self, k: int) -> Doc:
        """A note of a ゆうちょ passbook: 通帳記号 and 通帳番号 on their own lines."""
        surname, _, given = self.family()
        symbol, passbook = f"1{self.number(3)}0", f"{self.number(7)}1"
        lines = ["自動払込利用申込（ゆうちょ）", f"お名前　{surname} {given}", f"通帳記号　{symbol}", f"通帳番号　{passbook}"]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "passbook.pdf"
            w.write_pdf(path, [lines])
            data = path.read_bytes()
        return Doc(f"b26c_passbook{k:03d}.pdf", data, self.labelled([passbook]))

    def ledger_txt(self, k: int) -> Doc:
        """A fee ledger: codes and the number on one line per resident."""
        lines, accounts = [f"{HOME} 口座振替台帳"], []
        for surname, _, given in self.random.sample(FAMILIES, 3):
            _, code, _ = self.institution()
            account = self.number()
            lines.append(f"{surname}{given} 金融機関コード{code} 支店コード{self.number(3)} 口座番号{account}")
            accounts.append(account)
        return Doc(f"b26c_ledger{k:03d}.txt", "\n".join(lines).encode("utf-8"), self.labelled(accounts))

    # --- look-alikes -------------------------------------------------------------

    def notice_txt(self, k: int) -> Doc:
        """A notice to all families: the home's own account, a bill number, a resident number."""
        own, bill, resident = self.number(), self.number(), self.number()
        bank, _, branch = self.institution()
        lines = ["ご家族の皆様へ", f"{HOME}より利用料のお知らせです。", f"請求No. {bill}　利用者番号 {resident}",
                 f"お振込みの場合は {bank} {branch}支店 普通 {own} 名義 シャカイフクシホウジン サクラカイ まで。"]
        return Doc(f"b26c_notice{k:03d}.txt", "\n".join(lines).encode("utf-8"), self.labelled(others=[own, bill, resident]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.mandate_xlsx, self.boxes_xlsx, self.webform_html, self.family_eml, self.billing_json,
                 self.passbook_pdf, self.ledger_txt, self.notice_txt]
        return [kinds[k % len(kinds)](k) for k in range(count)]

    # --- clean files -------------------------------------------------------------

    def menu(self, k: int) -> Doc:
        lines = ["献立コード\t献立"] + [f"{self.number()}\t季節の煮物{n}" for n in range(3)]
        return Doc(f"b26c_clean_menu{k:03d}.tsv", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        return [self.menu(k) for k in range(count)]
