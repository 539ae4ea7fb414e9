"""Development corpus for issue 12's ids6 work: twelve-digit numbers under another
number's label (患者ID, 受付番号, 会員番号, 証券番号, 注文番号, patient_id, Policy No. …)
that pass the My Number check, beside real My Numbers under 個人番号 / マイナンバー,
in every layout the extraction gives (a clinic's sheet with a header, a key-value form
whose 個人番号 is a line above, a reception mail in prose, a JSON export, an HTML
table, a header-less-looking CSV of order numbers); an organisation's own account (a
bill's お振込先, a 寄付 / 会費 notice) beside people's (a 給与振込口座 form). The rules are
tuned on this corpus only; benchmarks/corpus_ids6_check.py (other labels, layouts and
words; no list in common, tests/benchmarks/test_ids6_corpora.py) checks them.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import json
import random

from benchmarks.corpus import Doc, _docx
from benchmarks.ids5_formats import Numbers
from samples import writers as w

SCORED = ("MY_NUMBER", "BANK_ACCOUNT")
_SCORED = {("*", e) for e in SCORED}
PEOPLE = ["榊 由紀子", "茅野 大吾", "設楽 まどか", "嵯峨 健吾", "宇佐美 朋", "左近 拓郎", "秋津 春香", "能勢 陽平"]
OTHER_LABELS = ["患者ID", "受付番号", "受付No", "会員番号", "証券番号", "注文番号", "管理番号", "登録番号", "請求番号",
                "診察券番号"]
ENGLISH_KEYS = ["patient_id", "order_no", "member_id", "policy_number", "receipt_no"]
OWN_LABELS = ["個人番号", "マイナンバー"]
BANKS = ["ひばり銀行", "はまなす信用金庫", "みずうみ銀行"]
ORGS = ["NPO法人こもれび文庫", "一般社団法人みどり野会", "しらかば会計事務所"]


class DevIds6(Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 41 + 6))

    def written(self, number: str) -> str:
        return self.pick([number, f"{number[:4]}-{number[4:8]}-{number[8:]}", f"{number[:4]} {number[4:8]} {number[8:]}"])

    # --- positives -------------------------------------------------------------

    def clinic_xlsx(self, i: int) -> Doc:
        """A clinic's sheet: 患者ID (passing the check) beside 個人番号 for some rows."""
        label, own = self.pick(OTHER_LABELS), self.pick(OWN_LABELS)
        rows, truth = [["受診者一覧"], [label, "氏名", own, "備考"]], set()
        for n, who in enumerate(self.rng.sample(PEOPLE, 6)):
            other, mine = self.my_number(), self.my_number()
            rows.append([self.pick([self.written(other), f"P-{other}"]), who, self.written(mine) if n % 2 else "", "初診" if n % 3 else ""])
            truth.add(("~MY_NUMBER", other))
            if n % 2:
                truth.add(("MY_NUMBER", mine))
        return Doc(f"ids6_clinic{i:03d}.xlsx", w.xlsx_bytes({"一覧": rows}), truth | _SCORED)

    def form_docx(self, i: int) -> Doc:
        """A form of key-value lines: the 個人番号 a line above the other number."""
        other, mine, label = self.my_number(), self.my_number(), self.pick(OTHER_LABELS)
        lines = ["申込書", f"氏名：{self.pick(PEOPLE)}", f"{self.pick(OWN_LABELS)}：{self.written(mine)}",
                 self.pick([f"{label}：{self.written(other)}", f"{label}　第{other}号", f"【{label}】\n{self.written(other)}"]),
                 "備考：なし"]
        return Doc(f"ids6_form{i:03d}.docx", _docx(lines),
                   {("MY_NUMBER", mine), ("~MY_NUMBER", other)} | _SCORED)

    def reception_eml(self, i: int) -> Doc:
        """A reception mail: the other number in prose, the My Number card mentioned."""
        other, second, label = self.my_number(), self.my_number(), self.pick(OTHER_LABELS)
        body = "\n".join([f"{self.pick(PEOPLE)} 様", "マイナンバーカードの写しを受領いたしました。",
                          f"{label}は {self.written(other)} です。お問い合わせの際はお伝えください。",
                          f"また、ご契約の{self.pick(OTHER_LABELS)}（{self.written(second)}）もご確認ください。"])
        data = w.make_eml("受付完了のお知らせ", "uketsuke@hibari-clinic.example.jp", "user@example.jp", body)
        return Doc(f"ids6_reception{i:03d}.eml", data, {("~MY_NUMBER", other), ("~MY_NUMBER", second)} | _SCORED)

    def export_json(self, i: int) -> Doc:
        """An API's export: patient_id keys beside my_number keys."""
        records, truth = [], set()
        for who in self.rng.sample(PEOPLE, 3):
            other, mine = self.my_number(), self.my_number()
            records.append({self.pick(ENGLISH_KEYS): other, "name": who, "my_number": mine})
            truth |= {("~MY_NUMBER", other), ("MY_NUMBER", mine)}
        data = json.dumps({"records": records}, ensure_ascii=False, indent=2).encode("utf-8")
        return Doc(f"ids6_export{i:03d}.json", data, truth | _SCORED)

    def members_html(self, i: int) -> Doc:
        """An HTML table: 会員番号 column and マイナンバー column."""
        label = self.pick(OTHER_LABELS)
        cells, truth = [], set()
        for who in self.rng.sample(PEOPLE, 3):
            other, mine = self.my_number(), self.my_number()
            cells.append(f"<tr><td>{self.written(other)}</td><td>{who}</td><td>{self.written(mine)}</td></tr>")
            truth |= {("~MY_NUMBER", other), ("MY_NUMBER", mine)}
        html = (f"<html><body><h1>名簿</h1><table><tr><th>{label}</th><th>氏名</th><th>マイナンバー</th></tr>"
                + "".join(cells) + "</table></body></html>")
        return Doc(f"ids6_members{i:03d}.html", html.encode("utf-8"), truth | _SCORED)

    def orders_csv(self, i: int) -> Doc:
        """An order list with a header: six numbers passing the check in a column."""
        label = self.pick(["注文番号", "受付番号", "管理番号"])
        lines, truth = [f"{label},氏名,金額"], set()
        for n, who in enumerate(self.rng.sample(PEOPLE, 6)):
            other = self.my_number()
            lines.append(f"{other},{who},{1200 + n * 300}")
            truth.add(("~MY_NUMBER", other))
        return Doc(f"ids6_orders{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def invoice_docx(self, i: int) -> Doc:
        """A bill whose お振込先 is the sender's account; a payroll form's is the person's."""
        own, theirs = self.digits(7), self.digits(7)
        lines = [f"{self.pick(ORGS)}", "ご請求書", "下記の通りご請求申し上げます。",
                 f"お振込先：{self.pick(BANKS)} 本店 普通 {own}", "お支払期限：2026年11月30日"]
        form = ["給与振込口座届", f"氏名：{self.pick(PEOPLE)}", f"振込先口座：{self.pick(BANKS)} 駅前支店 普通 {theirs}"]
        return Doc(f"ids6_invoice{i:03d}.docx", _docx(lines + [""] + form),
                   {("~BANK_ACCOUNT", own), ("BANK_ACCOUNT", theirs)} | _SCORED)

    def donation_txt(self, i: int) -> Doc:
        """A 寄付 / 会費 notice: the account is the organisation's."""
        own = self.digits(7)
        what = self.pick(["寄付金", "年会費", "会費"])
        lines = [f"{self.pick(ORGS)}より", f"{what}のお振込みのお願い", f"{what}の振込先は下記の口座です。",
                 f"{self.pick(BANKS)} 中央支店 普通預金 {own}", "よろしくお願いいたします。"]
        return Doc(f"ids6_donation{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("~BANK_ACCOUNT", own)} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.clinic_xlsx, self.form_docx, self.reception_eml, self.export_json, self.members_html,
                 self.orders_csv, self.invoice_docx, self.donation_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------

    def tickets_xlsx(self, i: int) -> Doc:
        rows = [["整備受付台帳"], ["受付番号", "車種", "入庫日"]] + [[self.my_number(), f"車種{n}", f"2026/0{n + 1}/12"]
                                                              for n in range(6)]
        return Doc(f"ids6_clean_tickets{i:03d}.xlsx", w.xlsx_bytes({"受付": rows}))

    def notice_txt(self, i: int) -> Doc:
        lines = ["マイナンバーの提出について", "年末調整の書類には個人番号の記入が必要です。",
                 f"管理番号 {self.written(self.my_number())} の書類を使ってください。"]
        return Doc(f"ids6_clean_notice{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.tickets_xlsx, self.notice_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
