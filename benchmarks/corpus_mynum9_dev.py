"""Development corpus for issue 12's mynum9 work: twelve-digit numbers of a mail-order
shop that pass the My Number check (1 in 11 random numbers does) beside real My
Numbers of its payroll office, and real credit cards in records that also speak of
points or a balance beside cards of stored value.

Look-alikes: an order export whose key column is headed by a kind of record with no
number's word (受注, SKU), run through enough rows that a run of valid numbers would
vouch for them; an order's JSON with its items' product codes; a shipping mail naming
the order in a sentence while its footer speaks of マイナンバーカード; gift cards by
their own label or ledger. Real values: a payroll sheet's My Number column, a headerless
eLTAX-style export, a 扶養 table, a sentence that says the number; a card statement and
a member list that speak of points and balances. The rules are tuned on this corpus
only; benchmarks/corpus_mynum9_check.py (other documents, labels and words; no list in
common, tests/benchmarks/test_mynum9_corpora.py) checks them.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import json
import random

from stdnum import luhn

from benchmarks.corpus import Doc, _docx
from benchmarks.ids5_formats import Numbers
from samples import writers as w

SCORED = ("MY_NUMBER", "CREDIT_CARD")
_SCORED = {("*", e) for e in SCORED}
BUYERS = ["梶原 真一", "富永 由香", "宮内 健太", "桑田 早苗", "大森 隆之", "今泉 葵", "柴崎 航", "島袋 千尋"]
BUYERS_KANA = ["カジワラ シンイチ", "トミナガ ユカ", "ミヤウチ ケンタ", "クワタ サナエ", "オオモリ タカユキ"]
GOODS = ["ステンレスボトル", "麻のれん", "珪藻土マット", "木製トレー", "綿ふきん5枚組", "土鍋6号"]
ORDER_HEADS = ["受注", "オーダー", "受注No", "SKU", "お買上げ"]
MY_NUMBER_HEADS = ["個人番号", "マイナンバー", "my_number", "個人No."]
KIN = ["妻", "長男", "長女", "母"]
GIFT_KINDS = ["ギフトカード", "プリペイドカード", "ビール券", "入浴券"]


class DevMynum9(Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 59 + 9))

    def buyer(self) -> str:
        return self.pick(BUYERS)

    def luhn16(self, first: str) -> str:
        body = first + self.digits(15 - len(first))
        return body + luhn.calc_check_digit(body)

    def grouped(self, number: str) -> str:
        return self.pick([number, f"{number[:4]} {number[4:8]} {number[8:]}", f"{number[:4]}-{number[4:8]}-{number[8:]}"])

    def card_grouped(self, number: str) -> str:
        return self.pick([number, " ".join(number[k:k + 4] for k in range(0, 16, 4))])

    # --- look-alikes of a My Number ----------------------------------------------------

    def orders_csv(self, i: int) -> Doc:
        """An order export: its key column headed by the kind of record, every key passing the check."""
        head = self.pick(ORDER_HEADS)
        lines, truth = [f"{head},受注日,購入者,商品名,数量,単価,金額"], set()
        for n in range(6):
            key, count, price = self.my_number(), self.rng.randint(1, 4), self.rng.choice([980, 1800, 3200])
            lines.append(f"{key},2026/11/{n + 3:02d},{self.buyer()},{self.pick(GOODS)},{count},{price},{count * price}")
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum9_orders{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def order_json(self, i: int) -> Doc:
        """An order's JSON: its items' twelve-digit product codes passing the check."""
        items, truth = [], set()
        for _ in range(5):
            code = self.my_number()
            items.append({"sku": code, "name": self.pick(GOODS), "qty": self.rng.randint(1, 3), "price": 1800})
            truth.add(("~MY_NUMBER", code))
        order = {"customer": {"name": self.buyer(), "identity_document": "マイナンバーカード"}, "items": items}
        return Doc(f"mynum9_order{i:03d}.json", json.dumps(order, ensure_ascii=False, indent=1).encode("utf-8"),
                   truth | _SCORED)

    def orders_ndjson(self, i: int) -> Doc:
        """An order log of one JSON object a line: the key under `"order": "…"` beside the amount."""
        lines, truth = [], set()
        for _ in range(5):
            key = self.my_number()
            lines.append(json.dumps({"order": key, "buyer": self.buyer(), "amount": 4800}, ensure_ascii=False))
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum9_orderlog{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def shipped_txt(self, i: int) -> Doc:
        """A shipping mail: the order named in a sentence, マイナンバーカード in the footer's notice."""
        key = self.my_number()
        said = self.pick([f"ご注文 {self.grouped(key)} の商品を本日発送いたしました。",
                          f"お買い上げいただいた受注（{key}）は本日出荷済みです。"])
        lines = [f"{self.buyer()} 様", said, "※代金引換の際、マイナンバーカード等の本人確認は不要です。"]
        return Doc(f"mynum9_shipped{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("~MY_NUMBER", key)} | _SCORED)

    def receipt_md(self, i: int) -> Doc:
        """An order receipt in markdown: the key alone on the line under its label, マイナンバーカード above."""
        key = self.my_number()
        lines = ["# ご購入控え", f"{self.buyer()} 様", "本人確認書類：マイナンバーカード（提示済）", "【受注】", key,
                 f"{self.pick(GOODS)} × 1"]
        return Doc(f"mynum9_receipt{i:03d}.md", "\n".join(lines).encode("utf-8"), {("~MY_NUMBER", key)} | _SCORED)

    # --- real My Numbers -----------------------------------------------------------------

    def payroll_xlsx(self, i: int) -> Doc:
        """A payroll office's staff sheet: the My Number in a column of its own."""
        head = self.pick(MY_NUMBER_HEADS)
        rows, truth = [["従業員マスタ"], ["社員No", "氏名", "生年月日", head]], set()
        for n in range(4):
            number = self.my_number()
            rows.append([f"S{200 + n}", self.buyer(), f"1985/0{n + 1}/12", number])
            truth.add(("MY_NUMBER", number))
        return Doc(f"mynum9_payroll{i:03d}.xlsx", w.xlsx_bytes({"社員": rows}), truth | _SCORED)

    def eltax_txt(self, i: int) -> Doc:
        """A headerless export for eLTAX: the number first in each person's row, a run."""
        lines, truth = [], set()
        for n in range(6):
            number = self.my_number()
            lines.append(f"{number},{self.pick(BUYERS_KANA)},1979{n + 1:02d}08,{self.rng.randint(200, 600)}0000")
            truth.add(("MY_NUMBER", number))
        return Doc(f"mynum9_eltax{i:03d}.txt", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def dependants_docx(self, i: int) -> Doc:
        """A 扶養 table: each dependant's 個人番号 beside the relation."""
        table, truth = [["続柄", "氏名", "生年月日", "個人番号"]], set()
        for relation in self.rng.sample(KIN, 3):
            number = self.my_number()
            table.append([relation, self.buyer(), "2001/05/05", self.grouped(number)])
            truth.add(("MY_NUMBER", number))
        lines = ["扶養控除等（異動）申告書", "下記のとおり申告します。"] + ["\t".join(row) for row in table]
        return Doc(f"mynum9_dependants{i:03d}.docx", _docx(lines), truth | _SCORED)

    def told_txt(self, i: int) -> Doc:
        """A staff member's reply telling the number in a sentence."""
        number = self.my_number()
        said = self.pick([f"マイナンバーは {self.grouped(number)} です。", f"私の個人番号：{number}"])
        lines = ["総務ご担当者様", f"{self.buyer()}です。", said, "よろしくお願いします。"]
        return Doc(f"mynum9_told{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("MY_NUMBER", number)} | _SCORED)

    # --- cards ---------------------------------------------------------------------------

    def statement_txt(self, i: int) -> Doc:
        """A card statement: the card's number beside its points and the balance owed."""
        card = self.luhn16(self.pick(["4", "51", "3540"]))
        lines = ["ご利用代金明細書", f"{self.buyer()} 様", f"カード番号 {self.card_grouped(card)}",
                 f"今回ご請求額 {self.rng.randint(3, 90)},800円", f"ポイント残高 {self.rng.randint(100, 9000)}pt",
                 "リボ残高 0円"]
        return Doc(f"mynum9_statement{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("CREDIT_CARD", card)} | _SCORED)

    def members_csv(self, i: int) -> Doc:
        """A member list: the card each member pays with beside the points held, and a gift card's own column."""
        kind = self.pick(GIFT_KINDS)
        lines, truth = [f"会員名,お支払いカード,ポイント残高,{kind}番号"], set()
        for _ in range(3):
            card, gift = self.luhn16("4"), self.luhn16("55")
            lines.append(f"{self.buyer()},{card},{self.rng.randint(10, 900)},{gift}")
            truth |= {("CREDIT_CARD", card), ("~CREDIT_CARD", gift)}
        return Doc(f"mynum9_members{i:03d}.csv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def gift_xlsx(self, i: int) -> Doc:
        """A ledger of gift cards sold: their numbers under a neutral header, 額面 beside them."""
        kind = self.pick(GIFT_KINDS)
        rows, truth = [[f"{kind}販売台帳"], ["販売日", "番号", "額面"]], set()
        for n in range(3):
            number = self.luhn16(self.pick(["4", "53"]))
            rows.append([f"2026/10/{n + 1:02d}", number, "3000"])
            truth.add(("~CREDIT_CARD", number))
        return Doc(f"mynum9_gift{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.orders_csv, self.order_json, self.orders_ndjson, self.shipped_txt, self.receipt_md, self.payroll_xlsx, self.eltax_txt,
                 self.dependants_docx, self.told_txt, self.statement_txt, self.members_csv, self.gift_xlsx]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------------------

    def catalogue_xlsx(self, i: int) -> Doc:
        rows = [["商品カタログ"], ["SKU", "商品名", "価格"]] + [[self.my_number(), g, "1800"] for g in GOODS[:5]]
        return Doc(f"mynum9_clean_catalogue{i:03d}.xlsx", w.xlsx_bytes({"商品": rows}))

    def notice_txt(self, i: int) -> Doc:
        lines = ["マイナンバーカードの取得にご協力ください。", "個人番号の提出は年末調整の書類でお願いします。",
                 f"ギフトカード {self.luhn16('4')} は見本です。"]
        return Doc(f"mynum9_clean_notice{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.catalogue_xlsx, self.notice_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
