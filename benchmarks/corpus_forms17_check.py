"""Check corpus for issue 12's forms17 work, written apart from benchmarks/corpus_forms17_dev.py
(no template or word list in common; never tuned on): an after-school club's enrolment sheet,
a home-care office's user ledger, a travel desk's bookings, a clinic's card payments and a
members' page built by a script.

Kinds: 入会申込書 in Excel (label cells: 父 勤め先TEL, 母 勤務先（日中連絡先）); a 利用者台帳 CSV
(利用者, 緊急連絡先, 続柄, 勤め先電話); a travel desk's mail (航空券番号 and the card that paid); a
clinic's 自費診療 payment list in TSV (診察券番号, カード番号); a members' page whose table a
script builds from an array, an old number left in a comment. Look-alikes: a workplace named
with its legal form on the phone's line, a 勤務先 column holding the employer, the desk's own
number, goods codes passing Luhn in a JSON data block. Clean files: a club's notice, a menu page.

Truth: PHONE and CREDIT_CARD; look-alikes `("~TYPE", value)`.
"""

from __future__ import annotations

import random

import phonenumbers
from stdnum import luhn

from benchmarks.corpus import Doc
from samples import writers as w

SCORED = ("PHONE", "CREDIT_CARD")
_MARK = {("*", t) for t in SCORED}
PUPILS = ["岡田 颯太", "市川 心春", "大塚 律", "杉山 紬"]
PARENTS = [("岡田 修平", "岡田 麻衣"), ("市川 拓真", "市川 彩花"), ("大塚 悠", "大塚 友美"), ("杉山 崇", "杉山 里沙")]
USERS = ["増田 ミヨ", "桑原 勝", "樋口 トシ子", "荒井 清"]
KIN = ["長男", "次女", "甥", "長女"]
FIRMS = ["しらかば電設株式会社", "合同会社ノースリンク", "医療法人 青葉会"]
TRAVELLERS = ["原田 俊介", "永井 美紀", "PARK JIWOO", "小松 大地"]
BRANDS = ("4", "3541", "51", "55")


class CheckForms17:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed * 53 + 170)

    def _num(self, k: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(k))

    def land(self) -> str:
        while True:
            text = f"0{self.r.randint(11, 99)}-{self.r.randint(200, 999)}-{self._num(4)}"
            if phonenumbers.is_valid_number(phonenumbers.parse(text, "JP")):
                return text

    def cell(self) -> str:
        return f"0{self.r.choice('789')}0{self.r.randint(1, 9)}{self._num(7)}"  # not 0800: toll-free

    def pan(self) -> str:
        head = self.r.choice(BRANDS)  # an issuer's prefix: Visa 4, JCB 3528–3589, Mastercard 51–55
        body = head + self._num(15 - len(head))
        return body + luhn.calc_check_digit(body)

    @staticmethod
    def _e164(number: str) -> str:
        return phonenumbers.format_number(phonenumbers.parse(number, "JP"), phonenumbers.PhoneNumberFormat.E164)

    def mark(self, phones=(), cards=(), not_phones=(), not_cards=()) -> set:
        return ({("PHONE", self._e164(p)) for p in phones} | {("CREDIT_CARD", c.replace("-", "")) for c in cards}
                | {("~PHONE", self._e164(p)) for p in not_phones} | {("~CREDIT_CARD", c) for c in not_cards} | _MARK)

    def enrolment_xlsx(self, i: int) -> Doc:
        father, mother = self.r.choice(PARENTS)
        f_work, m_work = self.land(), self.land()
        rows = [["学童クラブ 入会申込書"], ["児童名", self.r.choice(PUPILS)], ["父 氏名", father],
                ["父 勤め先TEL", f_work], ["母 氏名", mother], ["母 勤務先（日中連絡先）", m_work.replace("-", "")]]
        truth = self.mark([f_work, m_work])
        if self.r.random() < 0.4:
            firm_tel = self.land()
            rows.append(["祖父 勤務先", f"{self.r.choice(FIRMS)} {firm_tel}"])
            truth |= self.mark(not_phones=[firm_tel])
        return Doc(f"f17c_enrol{i:03d}.xlsx", w.xlsx_bytes({"申込": rows}), truth)

    def ledger_csv(self, i: int) -> Doc:
        lines, truth = ["利用者,緊急連絡先,続柄,勤め先電話,勤務先"], self.mark()
        for user in self.r.sample(USERS, 3):
            kin_name, tel = self.r.choice(PARENTS)[0], self.land()
            if self.r.random() < 0.3:
                lines.append(f"{user},{kin_name},{self.r.choice(KIN)},{tel},{self.r.choice(FIRMS)}")
                truth |= self.mark(not_phones=[tel])
            else:
                lines.append(f"{user},{kin_name},{self.r.choice(KIN)},{tel},")
                truth |= self.mark([tel])
        return Doc(f"f17c_ledger{i:03d}.csv", "\n".join(lines).encode("cp932"), truth)

    def travel_eml(self, i: int) -> Doc:
        desk = self.land()
        lines, truth = ["手配済みの航空券一覧です。"], self.mark(not_phones=[desk])
        for who in self.r.sample(TRAVELLERS, 2):
            card = self.pan()
            lines.append(f"{who}様　航空券番号 131{self._num(10)}　お支払いカード番号 {card}")
            truth |= self.mark(cards=[card])
        lines.append(f"--\nさくら旅行センター 手配課 TEL {desk}")
        return Doc(f"f17c_travel{i:03d}.eml", w.make_eml("航空券手配", "desk@example.jp", "staff@example.jp",
                                                        "\n".join(lines) + "\n"), truth)

    def payments_tsv(self, i: int) -> Doc:
        lines, truth = ["診察券番号\t氏名\tカード番号\t金額"], self.mark()
        for who in self.r.sample(TRAVELLERS, 3):
            card = self.pan()
            written = "-".join(card[k:k + 4] for k in range(0, 16, 4)) if self.r.random() < 0.5 else card
            lines.append(f"{self._num(6)}\t{who}\t{written}\t{self.r.randint(3, 60)}000")
            truth |= self.mark(cards=[written])
        return Doc(f"f17c_payments{i:03d}.tsv", "\n".join(lines).encode("utf-8"), truth)

    def members_html(self, i: int) -> Doc:
        rows, truth = [], self.mark()
        for who in self.r.sample(USERS, 2):
            tel = self.cell()
            rows.append(f'{{"name": "{who}", "tel": "{tel}"}}')
            truth |= self.mark([tel])
        old = self.land()
        truth |= self.mark([old])
        html = ("<html><head><script src=\"table.js\"></script></head><body><h2>会員名簿</h2><table id=\"m\"></table>"
                f"<!-- 旧連絡先（{self.r.choice(USERS)}）{old} -->"
                f"<script>var members = [{', '.join(rows)}]; render(members);</script></body></html>")
        return Doc(f"f17c_members{i:03d}.html", html.encode("utf-8"), truth)

    def positives(self, count: int) -> list[Doc]:
        makers = (self.enrolment_xlsx, self.ledger_csv, self.travel_eml, self.payments_tsv, self.members_html)
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = (self.notice_txt, self.menu_html)
        return [makers[i % len(makers)](i) for i in range(count)]

    def notice_txt(self, i: int) -> Doc:
        body = f"学童クラブだより\n夏休みは8時から開所します。\nお問い合わせ：学童クラブ事務室 {self.land()}\n"
        return Doc(f"f17c_clean_notice{i:03d}.txt", body.encode("utf-8"))

    def menu_html(self, i: int) -> Doc:
        items = ", ".join(f'{{"sku": "{self.pan()}", "item": "日替わり弁当"}}' for _ in range(3))
        html = (f"<html><body><h1>本日のメニュー</h1><script type=\"application/json\">[{items}]</script>"
                "<p>ご注文はお電話で。</p></body></html>")
        return Doc(f"f17c_clean_menu{i:03d}.html", html.encode("utf-8"))
