"""Check corpus for issue 12's ids6 work, written apart from corpus_ids6_dev.py (no
template, label, name or word list in common; tests/benchmarks/test_ids6_corpora.py):
an insurer's ODS sheet of row labels (保険証券番号, 契約番号 … beside 個人番号カード番号),
a school office's TSV (学籍番号 beside My Number), an XML export of reservations, an RTF
letter from a shop (お客様番号 in prose), a slide of staff (社員番号 in a table), a
ticket mail whose 問合せ番号 comes after the card is named; accounts of a society
(協賛金, 参加費 paid to it) beside a member's refund account. Reported, never tuned on.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc
from benchmarks.ids5_formats import Numbers, odf_bytes, rtf_bytes
from samples import writers as w

SCORED = ("MY_NUMBER", "BANK_ACCOUNT")
_SCORED = {("*", e) for e in SCORED}
STAFF = ["綾瀬 夏美", "笹倉 慎", "梶原 いずみ", "羽柴 隆之", "藤枝 かれん", "御影 徹", "早乙女 葵", "風間 勇人"]
ROW_TAGS = ["保険証券番号", "契約番号", "加入者番号", "カルテ番号", "整理番号", "申込番号"]
PROSE_TAGS = ["お客様番号", "伝票番号", "予約番号", "問合せ番号", "ポイントカード番号", "学籍番号", "社員番号"]
XML_TAGS = ["ReservationNo", "CustomerNumber", "OrderID", "PolicyNo"]
MINE_TAGS = ["個人番号カード番号", "My Number", "個人番号（マイナンバー）"]
LENDERS = ["かもめ銀行", "ときわ信用組合", "あおば銀行"]
SOCIETIES = ["公益財団法人ひかり基金", "さつき台自治会", "ふれあい写真クラブ"]


class CheckIds6(Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 43 + 16))

    def shown(self, number: str) -> str:
        return self.pick([number, f"{number[:4]} {number[4:8]} {number[8:]}", f"{number[:4]}-{number[4:8]}-{number[8:]}"])

    def insurer_ods(self, i: int) -> Doc:
        """Row labels in the first column: the card's number two rows above."""
        other, mine, tag = self.my_number(), self.my_number(), self.pick(ROW_TAGS)
        rows = [["加入申込内容", ""], ["お名前", self.pick(STAFF)], [self.pick(MINE_TAGS), self.shown(mine)],
                ["保険種類", "医療保険"], [tag, self.shown(other)], ["払込方法", "月払"]]
        return Doc(f"ids6c_insurer{i:03d}.ods", odf_bytes("spreadsheet", tables={"申込": rows}),
                   {("MY_NUMBER", mine), ("~MY_NUMBER", other)} | _SCORED)

    def school_tsv(self, i: int) -> Doc:
        """A school office's TSV: 学籍番号 (passing the check) beside My Number."""
        lines, truth = ["学籍番号\t生徒氏名\tMy Number\t学年"], set()
        for n, who in enumerate(self.rng.sample(STAFF, 5)):
            other, mine = self.my_number(), self.my_number()
            lines.append(f"{other}\t{who}\t{mine}\t{n % 3 + 1}")
            truth |= {("~MY_NUMBER", other), ("MY_NUMBER", mine)}
        return Doc(f"ids6c_school{i:03d}.tsv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def reservations_xml(self, i: int) -> Doc:
        """An XML export: reservation numbers in their own elements."""
        records, truth = [], set()
        for who in self.rng.sample(STAFF, 4):
            other, tag = self.my_number(), self.pick(XML_TAGS)
            records.append(f"  <Guest><Name>{who}</Name><{tag}>{other}</{tag}></Guest>")
            truth.add(("~MY_NUMBER", other))
        text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Guests>\n" + "\n".join(records) + "\n</Guests>\n"
        return Doc(f"ids6c_reservations{i:03d}.xml", text.encode("utf-8"), truth | _SCORED)

    def shop_rtf(self, i: int) -> Doc:
        """A shop's letter: the customer's number in a sentence after the card is named."""
        other, tag = self.my_number(), self.pick(PROSE_TAGS)
        lines = [f"{self.pick(STAFF)} 様", "本人確認のため個人番号カードをご提示いただき、ありがとうございました。",
                 f"お客様の{tag}は「{self.shown(other)}」となります。", "今後ともよろしくお願い申し上げます。"]
        return Doc(f"ids6c_shop{i:03d}.rtf", rtf_bytes(lines), {("~MY_NUMBER", other)} | _SCORED)

    def staff_odp(self, i: int) -> Doc:
        """A slide: 社員番号 column and 個人番号 column."""
        rows, truth = [["社員番号", "氏名", "個人番号（マイナンバー）"]], set()
        for who in self.rng.sample(STAFF, 3):
            other, mine = self.my_number(), self.my_number()
            rows.append([self.shown(other), who, self.shown(mine)])
            truth |= {("~MY_NUMBER", other), ("MY_NUMBER", mine)}
        return Doc(f"ids6c_staff{i:03d}.odp", odf_bytes("presentation", ["年末調整 提出状況"], {"表": rows}), truth | _SCORED)

    def ticket_eml(self, i: int) -> Doc:
        """A ticket mail: the inquiry number after a line about the card."""
        other, tag = self.my_number(), self.pick(PROSE_TAGS)
        body = "\n".join([f"{self.pick(STAFF)}さま", "マイナンバーカードの交付予約を承りました。",
                          f"{tag}：{self.shown(other)}", "当日は通知はがきをお持ちください。"])
        data = w.make_eml("ご予約の確認", "yoyaku@example-city.lg.jp", "guest@example.jp", body)
        return Doc(f"ids6c_ticket{i:03d}.eml", data, {("~MY_NUMBER", other)} | _SCORED)

    def society_odt(self, i: int) -> Doc:
        """A society's notice: its own account for 協賛金; a member's refund account."""
        own, member = self.digits(7), self.digits(7)
        lines = [self.pick(SOCIETIES), f"{self.pick(['協賛金', '参加費', '購読料'])}のご案内",
                 "下記口座までお振り込みくださいますようお願いいたします。",
                 f"{self.pick(LENDERS)} 西口支店 普通 {own}", "",
                 f"返金先口座（{self.pick(STAFF)}）：{self.pick(LENDERS)} 北支店 普通 {member}"]
        return Doc(f"ids6c_society{i:03d}.odt", odf_bytes("text", lines),
                   {("~BANK_ACCOUNT", own), ("BANK_ACCOUNT", member)} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.insurer_ods, self.school_tsv, self.reservations_xml, self.shop_rtf, self.staff_odp,
                 self.ticket_eml, self.society_odt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def repairs_ods(self, i: int) -> Doc:
        rows = [["修理伝票番号", "品名", "預かり日"]] + [[self.my_number(), f"時計{n}", f"2026-1{n % 3}-05"] for n in range(5)]
        return Doc(f"ids6c_clean_repairs{i:03d}.ods", odf_bytes("spreadsheet", tables={"修理": rows}))

    def guide_rtf(self, i: int) -> Doc:
        lines = ["個人番号カードの受け取り方", f"整理券番号 {self.shown(self.my_number())} をお持ちください。"]
        return Doc(f"ids6c_clean_guide{i:03d}.rtf", rtf_bytes(lines))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.repairs_ods, self.guide_rtf]
        return [kinds[i % len(kinds)](i) for i in range(count)]
